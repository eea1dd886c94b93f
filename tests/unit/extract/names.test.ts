import { describe, expect, it } from 'vitest';
import { findNames, isVietnameseSyllable } from '../../../src/extract/names.js';

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
