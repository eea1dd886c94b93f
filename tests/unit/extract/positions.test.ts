import { describe, expect, it } from 'vitest';
import { expandAbbreviations, parseTitle, titleRefersTo } from '../../../src/extract/positions.js';
import { findNameMentions } from '../../../src/extract/mentions.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const titlesOf = (s: string): Array<[string, string[]]> => findNameMentions(s).map((m) => [m.name, m.titles.map((t) => t.text)]);

describe('titles around names', () => {
  it('splits stacked titles at commas, ending at the verb', () => {
    expect(titlesOf('Đồng chí Mai Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh phát biểu tại hội nghị.')).toEqual([
      ['Mai Văn Lộc', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc Công an tỉnh']],
    ]);
  });

  it('keeps a comma inside one title ("phòng, chống")', () => {
    expect(titlesOf('Ông Lý Quốc Bảo, Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng chủ trì.')).toEqual([
      ['Lý Quốc Bảo', ['Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng']],
    ]);
  });

  it('reads titles before the name, chained by commas, but not a rank', () => {
    expect(titlesOf('Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đồng chủ trì')).toEqual([
      ['Phan Văn Giang', ['Ủy viên Bộ Chính trị']],
      ['Đinh Tiến Dũng', ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội']],
    ]);
  });

  it('reads the dash form and one title shared by a list', () => {
    expect(titlesOf('Ông Hồ Văn Lợi - Chủ tịch UBND huyện Tân Kỳ cho biết')).toEqual([['Hồ Văn Lợi', ['Chủ tịch UBND huyện Tân Kỳ']]]);
    expect(titlesOf('Cùng dự có các Phó Chủ tịch UBND tỉnh: Lê Thị Hoa, Trịnh Văn Nam.')).toEqual([
      ['Lê Thị Hoa', ['Phó Chủ tịch UBND tỉnh']],
      ['Trịnh Văn Nam', ['Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('does not give one person the title of the next ("A, Chủ tịch Quốc hội B")', () => {
    expect(titlesOf('Chủ tịch nước Võ Văn Hải, Chủ tịch Quốc hội Nguyễn Thị Lan dự.')).toEqual([
      ['Võ Văn Hải', ['Chủ tịch nước']],
      ['Nguyễn Thị Lan', ['Chủ tịch Quốc hội']],
    ]);
  });
});

describe('parseTitle', () => {
  it('splits role and body and expands abbreviations', () => {
    expect(parseTitle('Chủ tịch HĐND tỉnh')).toEqual({ role: 'Chủ tịch', body: 'HĐND tỉnh', expanded: 'Chủ tịch Hội đồng nhân dân tỉnh' });
    expect(parseTitle('Phó Bí thư Thường trực Thành ủy').role).toBe('Phó Bí thư Thường trực');
    expect(expandAbbreviations('Chủ tịch Ủy ban T.Ư MTTQ Việt Nam')).toBe('Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
    expect(expandAbbreviations('ĐBQH, UVT.Ư')).toBe('Đại biểu Quốc hội, Ủy viên Trung ương');
  });

  it('lets a title written alone refer to the full title of its holder', () => {
    expect(titleRefersTo('Phó Chủ tịch TP. Sầm Sơn', 'Phó Chủ tịch UBND TP.Sầm Sơn')).toBe(true);
    expect(titleRefersTo('Thủ tướng', 'Thủ tướng Chính phủ')).toBe(true);
    expect(titleRefersTo('Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh')).toBe(false);
  });
});

describe('title-comma-honorific-name', () => {
  it('reads a post that opens its clause, a comma, then a rank or honorific and the name', () => {
    expect(titlesOf('Chiều 5/6, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đồng chí Nguyễn Văn Sơn chủ trì hội nghị.')).toEqual([
      ['Nguyễn Văn Sơn', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ]);
    expect(titlesOf('Giám đốc Công an tỉnh, Đại tá Lê Văn Hùng báo cáo tình hình an ninh.')).toEqual([
      ['Lê Văn Hùng', ['Giám đốc Công an tỉnh']],
    ]);
  });
  it('takes no post that is not the head of its clause ("Sau khi nghe …", "Theo …")', () => {
    expect(titlesOf('Sau khi nghe Giám đốc Sở Y tế báo cáo, ông Trần Văn Bình đề nghị tăng cường kiểm tra.')).toEqual([['Trần Văn Bình', []]]);
    expect(titlesOf('Theo Giám đốc Sở Tài chính, bà Lê Thị Hoa cho biết ngân sách đã đủ.')).toEqual([['Lê Thị Hoa', []]]);
    expect(titlesOf('Chủ tịch UBND tỉnh tin tưởng trên cương vị mới, ông Trần Văn Bình sẽ hoàn thành tốt nhiệm vụ.')).toEqual([['Trần Văn Bình', []]]);
  });
});

describe('personal-aside-before-post: a bracketed birth date or age between a name and its post', () => {
  it('reads the post written after "(sinh năm …)", "(dd/mm/yyyy)" or "(NN tuổi)"', () => {
    expect(titlesOf('Ông Trần Văn Hùng (sinh năm 1958), nguyên Chủ tịch UBND huyện Ý Yên cho biết.')).toEqual([['Trần Văn Hùng', ['Chủ tịch UBND huyện Ý Yên']]]);
    expect(findNameMentions('Ông Trần Văn Hùng (sinh năm 1958), nguyên Chủ tịch UBND huyện Ý Yên cho biết.')[0]!.titles[0]!.former).toBe(true);
    expect(titlesOf('Ông Phạm Quốc Bảo (12/3/1961), nguyên Giám đốc Sở Xây dựng bị khởi tố.')).toEqual([['Phạm Quốc Bảo', ['Giám đốc Sở Xây dựng']]]);
    expect(titlesOf('Bà Lê Thị Mai (45 tuổi), Giám đốc Sở Y tế cho biết sẽ kiểm tra.')).toEqual([['Lê Thị Mai', ['Giám đốc Sở Y tế']]]);
  });

  it('reads no post past another bracket (a place) or a bracket with no post after it', () => {
    expect(titlesOf('Ông Trần Văn Hùng (Nam Định), Giám đốc Sở Y tế cho biết sẽ kiểm tra.')).toEqual([['Trần Văn Hùng', []]]);
    expect(titlesOf('Ông Trần Văn Hùng (sinh năm 1958), trú tại xã Yên Bằng cho biết.')).toEqual([['Trần Văn Hùng', []]]);
  });
});

describe('where a post written after a name ends', () => {
  it('glued-clause-opener: a capitalised clause opener after a post without its full stop ends the post', () => {
    expect(titlesOf('Ông Ngô Văn Hùng, Trưởng ban Kinh tế Trung ương Những ý kiến này đã được ghi nhận.')).toEqual([
      ['Ngô Văn Hùng', ['Trưởng ban Kinh tế Trung ương']],
    ]);
    expect(titlesOf('Bà Phạm Thị Lực, Bộ trưởng Bộ GD-ĐT Hiện nay giáo viên vùng cao còn thiếu nhiều.')).toEqual([
      ['Phạm Thị Lực', ['Bộ trưởng Bộ GD-ĐT']],
    ]);
    expect(titlesOf('Ông Đặng Văn Kha, Giám đốc Công an tỉnh Quảng Trị Theo báo cáo, số vụ việc giảm.')).toEqual([
      ['Đặng Văn Kha', ['Giám đốc Công an tỉnh Quảng Trị']],
    ]);
  });

  it('place-name-ends-post: a lower-case word after a locality\'s name ends the post', () => {
    expect(titlesOf('Tòa tuyên phạt ông Trần Văn Bình, nguyên Chủ tịch UBND tỉnh Hòa Bình mức án 5 năm tù.')).toEqual([
      ['Trần Văn Bình', ['Chủ tịch UBND tỉnh Hòa Bình']],
    ]);
    expect(titlesOf('Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện Tân Kỳ điều khiển xe máy đi qua cầu.')).toEqual([
      ['Lê Văn Tâm', ['Phó Chủ tịch UBND huyện Tân Kỳ']],
    ]);
    expect(titlesOf('Ông Nguyễn Văn Đông – Chủ tịch UBND tỉnh Quảng Trị ủng hộ đề án của trường ĐH Huế.')).toEqual([
      ['Nguyễn Văn Đông', ['Chủ tịch UBND tỉnh Quảng Trị']],
    ]);
  });

  it('keeps a long post whose lower-case words still name it', () => {
    expect(titlesOf('Ông Lý Văn An, Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh phát biểu.')).toEqual([
      ['Lý Văn An', ['Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh']],
    ]);
    expect(titlesOf('Ông Hà Văn Tú, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì.')).toEqual([
      ['Hà Văn Tú', ['Chủ nhiệm Ủy ban Kiểm tra Trung ương']],
    ]);
    expect(titlesOf('Bà Đỗ Thị Mai, Giám đốc Sở Tài nguyên và Môi trường cho hay.')).toEqual([
      ['Đỗ Thị Mai', ['Giám đốc Sở Tài nguyên và Môi trường']],
    ]);
    expect(titlesOf('Ông Lê Văn Tâm, Chủ tịch UBND xã Hòa An huyện Phú Hòa dự họp.')).toEqual([
      ['Lê Văn Tâm', ['Chủ tịch UBND xã Hòa An huyện Phú Hòa']],
    ]);
    expect(titlesOf('Ông Võ Văn Lâm, Chủ tịch UBND huyện Tuy Phước chủ trì.')).toEqual([
      ['Võ Văn Lâm', ['Chủ tịch UBND huyện Tuy Phước']],
    ]);
    expect(titlesOf('Ông Lê Văn Tâm, Chủ tịch HĐND tỉnh Phú Yên khóa VII phát biểu.')).toEqual([
      ['Lê Văn Tâm', ['Chủ tịch HĐND tỉnh Phú Yên khóa VII']],
    ]);
  });
});

describe('bare-post-beside-full-form: a post with no body that opens a longer title of the person is no second post', () => {
  const positionsOf = (text: string): string[] => extract(articleOf(text)).positions.map((p) => `${p.person}=${p.title}`);

  it('drops "Chủ tịch" beside "Chủ tịch nước" and "Phó Thủ tướng" beside its full form', () => {
    expect(positionsOf('Sáng 8/4, Chủ tịch nước Lê Văn Hòa hội đàm với Tổng thống Chile. Chủ tịch Lê Văn Hòa nhấn mạnh quan hệ hữu nghị hai nước.'))
      .toEqual(['Lê Văn Hòa=Chủ tịch nước']);
    expect(positionsOf('Chiều 2/6, Phó Thủ tướng Trần Minh Quân chủ trì cuộc họp về an toàn giao thông. Phó Thủ tướng Thường trực Chính phủ Trần Minh Quân yêu cầu các bộ rà soát.'))
      .toEqual(['Trần Minh Quân=Phó Thủ tướng Thường trực Chính phủ']);
  });

  it('keeps two posts that are not one written short', () => {
    expect(positionsOf('Sáng 3/5, ông Đỗ Văn Tài, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.'))
      .toEqual(['Đỗ Văn Tài=Bí thư Huyện ủy', 'Đỗ Văn Tài=Chủ tịch HĐND huyện']);
  });
});
