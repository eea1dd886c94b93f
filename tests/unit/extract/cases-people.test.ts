/**
 * The people side of the failure cases in ../shared/cases (07, 15, 16, 17, 18): each input is the
 * case's short invented text, each expectation its `.expected.md`.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const posts = (e: ReturnType<typeof extract>): string[] => e.positions.map((p) => `${p.person} | ${p.title}`);

describe('case 07: academic titles before names', () => {
  const e = extract(articleOf(
    'Hội nghị chuyên môn ngành y tế thành phố\n\n' +
    'Sáng 12/5, Sở Y tế TP. Hồ Chí Minh tổ chức hội nghị sơ kết công tác khám, chữa bệnh 6 tháng đầu năm 2024. PGS.TS. Lê Quang Minh, Giám đốc Sở Y tế chủ trì hội nghị.\n\n' +
    'Dự hội nghị có ThS.BS. Đinh Thị Hạnh, Phó Giám đốc Bệnh viện Nhi Đồng 1; TS. Võ Văn Tài, Giám đốc Trung tâm Kiểm soát bệnh tật thành phố.',
  ));
  it('finds the chair and the attendees with their posts, without the degrees', () => {
    expect(names(e.meetings[0]!.chairs)).toEqual(['Lê Quang Minh']);
    expect(names(e.meetings[0]!.attendees)).toEqual(['Lê Quang Minh', 'Đinh Thị Hạnh', 'Võ Văn Tài']);
    expect(posts(e)).toEqual([
      'Lê Quang Minh | Giám đốc Sở Y tế',
      'Đinh Thị Hạnh | Phó Giám đốc Bệnh viện Nhi Đồng 1',
      'Võ Văn Tài | Giám đốc Trung tâm Kiểm soát bệnh tật thành phố',
    ]);
    expect(e.meetings[0]!.date).toBe('2024-05-12');
  });
});

describe('case 15: later mentions by given name only', () => {
  const e = extract(articleOf(
    'UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công\n\n' +
    'Chiều 16/9, UBND tỉnh tổ chức hội nghị bàn giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024. Đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n' +
    'Dự hội nghị có đồng chí Mai Thị Huệ, Giám đốc Sở Kế hoạch và Đầu tư.\n\n' +
    'Phát biểu kết luận hội nghị, đồng chí Bảo đề nghị các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán khối lượng đã thực hiện. Đồng chí Bảo cũng yêu cầu Sở Kế hoạch và Đầu tư tham mưu điều chuyển vốn từ các dự án chậm giải ngân.',
    { published: '2024-09-16' },
  ));
  it('keeps one person per full name and gives the short mentions\' speech and tasks to him', () => {
    expect(names(e.persons)).toEqual(['Trần Quốc Bảo', 'Mai Thị Huệ']);
    expect(names(e.meetings[0]!.speakers)).toEqual(['Trần Quốc Bảo']);
    expect(e.meetings[0]!.tasks.length).toBe(2);
    expect(e.meetings[0]!.tasks.every((t) => t.by === 'Trần Quốc Bảo')).toBe(true);
  });
});

describe('case 16: ethnic-minority and foreign names', () => {
  const e = extract(articleOf(
    'Hội nghị tổng kết công tác đối ngoại nhân dân\n\n' +
    'Sáng 3/10, Ban Chỉ đạo công tác đối ngoại tỉnh tổ chức hội nghị tổng kết công tác đối ngoại nhân dân năm 2024. Đồng chí Y Khoa Niê Kdăm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.\n\n' +
    'Dự hội nghị có đồng chí H\'Bla Ksor, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; đồng chí Điểu K\'Lưu, Giám đốc Sở Ngoại vụ; ông Jean-Pierre Martin, Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh.\n\n' +
    'Dự hội nghị còn có đồng chí Chíu Văn Sáng, Phó Giám đốc Sở Ngoại vụ và đồng chí Nịnh Thị Lan, Phó Chủ tịch Hội Hữu nghị Việt - Pháp tỉnh.',
    { published: '2024-10-03' },
  ));
  it('finds the chair and every attendee whole', () => {
    expect(names(e.meetings[0]!.chairs)).toEqual(['Y Khoa Niê Kdăm']);
    expect(names(e.meetings[0]!.attendees)).toEqual([
      'Y Khoa Niê Kdăm', 'H\'Bla Ksor', 'Điểu K\'Lưu', 'Jean-Pierre Martin', 'Chíu Văn Sáng', 'Nịnh Thị Lan',
    ]);
  });
  it('gives each their post', () => {
    expect(posts(e)).toEqual(expect.arrayContaining([
      'Y Khoa Niê Kdăm | Phó Chủ tịch UBND tỉnh',
      'Y Khoa Niê Kdăm | Trưởng Ban Chỉ đạo',
      'H\'Bla Ksor | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Điểu K\'Lưu | Giám đốc Sở Ngoại vụ',
      'Jean-Pierre Martin | Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh',
      'Chíu Văn Sáng | Phó Giám đốc Sở Ngoại vụ',
      'Nịnh Thị Lan | Phó Chủ tịch Hội Hữu nghị Việt - Pháp tỉnh',
    ]));
  });
  it('gives the body the text says held it as organizer, and no body cut at the dash of "Việt - Pháp"', () => {
    expect(names(e.meetings[0]!.organizers)).toEqual(['Ban Chỉ đạo công tác đối ngoại tỉnh']);
    expect(names(e.committees)).toContain('Hội Hữu nghị Việt - Pháp tỉnh');
    expect(names(e.committees)).not.toContain('Hội Hữu nghị Việt');
  });
});

describe('case 17: post or rank written before the name', () => {
  const e = extract(articleOf(
    'Hội nghị bảo đảm an ninh, trật tự dịp cuối năm\n\n' +
    'Sáng 20/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn giải pháp bảo đảm an ninh, trật tự dịp cuối năm 2024. Bí thư Tỉnh ủy Lê Minh Tuấn chủ trì hội nghị.\n\n' +
    'Dự hội nghị có Chủ tịch UBND tỉnh Vũ Thị Hằng và Thiếu tướng Nguyễn Văn Tâm, Giám đốc Công an tỉnh.',
  ));
  it('keeps names clean of posts and ranks', () => {
    expect(names(e.persons)).toEqual(['Lê Minh Tuấn', 'Vũ Thị Hằng', 'Nguyễn Văn Tâm']);
    expect(names(e.meetings[0]!.chairs)).toEqual(['Lê Minh Tuấn']);
    expect(posts(e)).toEqual(['Lê Minh Tuấn | Bí thư Tỉnh ủy', 'Vũ Thị Hằng | Chủ tịch UBND tỉnh', 'Nguyễn Văn Tâm | Giám đốc Công an tỉnh']);
  });
});

describe('case 18: surname "Đoàn" read as an organisation', () => {
  const e = extract(articleOf(
    'Hội nghị triển khai công tác tư pháp năm 2024\n\n' +
    'Sáng 14/3, Sở Tư pháp tổ chức hội nghị triển khai công tác tư pháp năm 2024. Đồng chí Đoàn Văn Khải, Giám đốc Sở Tư pháp chủ trì hội nghị.\n\n' +
    'Dự hội nghị có đồng chí Đoàn Thị Yến, Chánh án Tòa án nhân dân tỉnh và đại diện Đoàn Luật sư tỉnh.',
  ));
  it('lists the real bodies and no body named after a person', () => {
    expect(names(e.persons)).toEqual(['Đoàn Văn Khải', 'Đoàn Thị Yến']);
    expect(names(e.committees).sort()).toEqual(['Sở Tư pháp', 'Tòa án nhân dân tỉnh', 'Đoàn Luật sư tỉnh'].sort());
  });
});
