import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/names.js';
import { findNameMentions } from '../../../src/extract/mentions.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const names = (s: string): string[] => findNames(s).map((n) => n.name);
const titlesOf = (s: string): Array<[string, string[]]> => findNameMentions(s).map((m) => [m.name, m.titles.map((t) => t.text)]);
const positionsOf = (s: string): string[] => extract(articleOf(s)).positions.map((p) => `${p.person} = ${p.title}`);

describe('middle-initial-in-foreign-name', () => {
  it('reads a given name, a middle initial and the surname as one name', () => {
    expect(names('Tổng thống Mỹ Harold T. Wilkins đã gửi thư chúc mừng.')).toEqual(['Harold T. Wilkins']);
    expect(names('Theo cựu Bộ trưởng Quốc phòng Gordon K. Sutherland, kế hoạch này khó thành công.')).toEqual(['Gordon K. Sutherland']);
    expect(positionsOf('Tổng thống Mỹ Harold T. Wilkins đã gửi thư chúc mừng.')).toEqual(['Harold T. Wilkins = Tổng thống Mỹ']);
  });

  it('does not join a class letter, a country or a two-word name after the letter', () => {
    expect(names('Anh ấy từng chơi ở Serie A. Marco Bellini lần đầu ra sân.')).not.toContain('Serie A. Marco');
    expect(names('Ông cho rằng vitamin C. Nguyễn Văn Hùng nói thêm.')).toEqual(['Nguyễn Văn Hùng']);
    expect(names('Giải hạng nhất Serie A. Rossi ghi bàn.').some((n) => n.includes('Serie'))).toBe(false);
  });
});

describe('information-as-verb', () => {
  it('ends a post before "thông tin" used as the verb of the sentence', () => {
    expect(titlesOf('Ông Lê Văn Nam, Giám đốc Sở Công Thương thông tin về tình hình thị trường.')).toEqual([
      ['Lê Văn Nam', ['Giám đốc Sở Công Thương']],
    ]);
    expect(titlesOf('Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND huyện Tân Kỳ thông tin, giá điện sẽ giữ nguyên.')).toEqual([
      ['Nguyễn Thị Hoa', ['Phó Chủ tịch UBND huyện Tân Kỳ']],
    ]);
  });

  it('keeps "thông tin" that is part of a body\'s name', () => {
    expect(titlesOf('Ông Trần Văn Bình, Vụ trưởng Vụ Công nghệ thông tin cho biết.')).toEqual([
      ['Trần Văn Bình', ['Vụ trưởng Vụ Công nghệ thông tin']],
    ]);
    expect(titlesOf('Ông Hà Văn Nam, Trưởng ban Chỉ đạo Công tác thông tin đối ngoại cho biết.')).toEqual([
      ['Hà Văn Nam', ['Trưởng ban Chỉ đạo Công tác thông tin đối ngoại']],
    ]);
  });
});

describe('post-comma-parent-body-name', () => {
  it('gives the post before the parent body to the name after it', () => {
    expect(positionsOf('Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Anh Tuấn cho biết giá xăng sẽ tăng.')).toEqual([
      'Nguyễn Anh Tuấn = Cục trưởng Cục Quản lý giá',
    ]);
    expect(positionsOf('Sáng 5/6, Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo Phạm Chí Cường chủ trì cuộc họp.')).toEqual([
      'Phạm Chí Cường = Phó Vụ trưởng Vụ Hợp tác quốc tế',
    ]);
    expect(positionsOf('Trưởng phòng Tham mưu, Công an tỉnh Hà Giang Lê Văn Hưng cho biết.')).toEqual(['Lê Văn Hưng = Trưởng phòng Tham mưu']);
  });

  it('gives nothing when the part after the comma holds a post or is no parent body', () => {
    expect(positionsOf('Theo ông, Bộ Tài chính Nguyễn Văn An sẽ báo cáo.')).toEqual([]);
    expect(positionsOf('Lãnh đạo Sở Y tế, Bộ Tài chính Nguyễn Văn An dự họp.')).toEqual([]);
  });
});

describe('steering-committee-remit', () => {
  it('keeps the remit verb or number after "Ban Chỉ đạo" inside the post', () => {
    expect(positionsOf('Sáng 3/4, Trưởng Ban chỉ đạo điều hành giá Trần Văn Hùng chủ trì cuộc họp.')).toEqual([
      'Trần Văn Hùng = Trưởng Ban chỉ đạo điều hành giá',
    ]);
    expect(titlesOf('Phó Thủ tướng Lê Văn Hải, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi làm việc.')).toEqual([
      ['Lê Văn Hải', ['Phó Thủ tướng', 'Trưởng Ban chỉ đạo điều hành giá']],
    ]);
    expect(positionsOf('Chiều 2/5, Phó Trưởng ban Chỉ đạo 389 quốc gia Lê Văn Tám chủ trì hội nghị.')).toEqual([
      'Lê Văn Tám = Phó Trưởng ban Chỉ đạo 389 quốc gia',
    ]);
  });

  it('does not read a verb that is not a remit into the post', () => {
    expect(titlesOf('Ông Trần Văn Hùng, Trưởng Ban chỉ đạo triển khai kế hoạch mới.')).toEqual([
      ['Trần Văn Hùng', ['Trưởng Ban chỉ đạo']],
    ]);
    expect(titlesOf('Ông Trần Văn Hùng, Trưởng Ban chỉ đạo chủ trì cuộc họp.')).toEqual([
      ['Trần Văn Hùng', ['Trưởng Ban chỉ đạo']],
    ]);
  });
});
