import { describe, expect, it } from 'vitest';
import { findNames, isVietnameseSyllable } from '../../../src/extract/names.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const names = (s: string): string[] => findNames(s).map((n) => n.name);

describe('findNames', () => {
  it('finds names of two to four syllables after titles and honorifics', () => {
    expect(names('Đồng chí Nguyễn Thị Kim Oanh phát biểu')).toEqual(['Nguyễn Thị Kim Oanh']);
    expect(names('Phó Chủ tịch UBND tỉnh Đặng Văn Sáu chủ trì')).toEqual(['Đặng Văn Sáu']);
    expect(names('Thượng tướng Lê Hữu Tài dự')).toEqual(['Lê Hữu Tài']);
  });

  it('cuts places and bodies written before the name in the same capitalised run', () => {
    expect(names('Bí thư Thành ủy Hà Nội Hoàng Văn Khải')).toEqual(['Hoàng Văn Khải']);
    expect(names('Bộ trưởng Bộ Công Thương Việt Nam Trần Quốc Huy')).toEqual(['Trần Quốc Huy']);
  });

  it('stops a name before a role word that follows it', () => {
    expect(names('Ông Trần Minh Tuệ Phó chủ tịch UBND quận chủ trì')).toEqual(['Trần Minh Tuệ']);
    expect(names('Ủy viên Đoàn Chủ tịch Ủy ban')).toEqual([]);
  });

  it('does not take a province for a person', () => {
    expect(names('Đoàn công tác đến Hà Tĩnh và Cao Bằng')).toEqual([]);
    expect(names('tại Thành phố Hồ Chí Minh')).toEqual([]);
  });

  it('reads a foreign name that is not made of Vietnamese syllables', () => {
    expect(names('Bộ trưởng Thương mại Anna Petrovna dự')).toEqual(['Anna Petrovna']);
    expect(isVietnameseSyllable('Nguyễn')).toBe(true);
    expect(isVietnameseSyllable('Petrovna')).toBe(false);
  });
});

describe('company-in-foreign-words: a run of Latin-letter words with a firm\'s word is a company, not a person', () => {
  it('reads no person in "TGĐ Vina Capital" and keeps the person whose post names the firm', () => {
    const e = extract(articleOf('Sáng 3/4, Bộ Tài chính tổ chức hội thảo. Ông Nguyễn Văn An, TGĐ Vina Capital cho rằng cần sửa luật.'));
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyễn Văn An']);
    expect(e.positions.map((p) => [p.person, p.title])).toEqual([['Nguyễn Văn An', 'TGĐ Vina Capital']]);
    const f = extract(articleOf('Sáng 3/4, Bộ Tài chính tổ chức hội thảo. Chủ tịch Regent Hotels Group phát biểu tại hội thảo.'));
    expect(f.persons).toEqual([]);
  });

  it('still reads a foreign name written after the firm', () => {
    const e = extract(articleOf('Chiều 5/6, Chủ tịch Asia Pacific Group Kurt Lindner đã làm việc với lãnh đạo tỉnh Bình Dương.'));
    expect(e.persons.map((p) => p.name)).toEqual(['Kurt Lindner']);
  });
});
