import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findDates, yearFromText } from '../../../src/extract/dates.js';
import { articleOf } from './helpers.js';

const dateOf = (text: string, published: string | null = null): string | null | undefined =>
  extract(articleOf(text, { published })).meetings[0]?.date;
const daysOf = (text: string): Array<[number, number, number | null]> => findDates(text).map((d) => [d.day, d.month, d.year]);

describe('dates: dash-with-spaces and time-word-glued-to-day', () => {
  it('reads an en dash between day and month after "ngày" or a time word', () => {
    expect(daysOf('Ngày 17 – 9, UBND huyện tổ chức hội nghị')).toEqual([[17, 9, null]]);
    expect(daysOf('Sáng 3 – 11 – 2017, Sở Công Thương họp')).toEqual([[3, 11, 2017]]);
    expect(dateOf('Ngày 17 – 9, ông Nguyễn Văn Tài, Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng chống lụt bão.')).toBe('--09-17');
  });

  it('keeps an en dash between numbers of hours or amounts out', () => {
    expect(daysOf('sáng 8 – 9 giờ mỗi ngày')).toEqual([]);
    expect(daysOf('giá tăng (5 – 7 nghìn đồng)')).toEqual([]);
  });

  it('reads a time word written without its space', () => {
    expect(daysOf('Sáng7/6, Sở Y tế họp')).toEqual([[7, 6, null]]);
    expect(dateOf('Chiều12-10, ông Lê Quốc Hưng, Giám đốc Sở Nội vụ chủ trì hội nghị tập huấn công tác thi đua.')).toBe('--10-12');
  });
});

describe('dates: plan-for-coming-year and year-review-meeting', () => {
  it('dates a late-year meeting that lays out next year\'s tasks in the year before', () => {
    expect(yearFromText('Ngày 27/12, UBND huyện tổ chức Hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018.', 12, 27)).toBe(2017);
    expect(yearFromText('Ngày 18/11, Sở Xây dựng họp bàn phương hướng, nhiệm vụ năm 2020.', 11, 18)).toBe(2019);
  });

  it('dates an early-year meeting that lays out the year\'s tasks in that year', () => {
    expect(yearFromText('Ngày 6/1, UBND huyện tổ chức Hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018.', 1, 6)).toBe(2018);
  });

  it('dates a year review held in the year\'s last months in that year, and leaves one held early in the next alone', () => {
    expect(yearFromText('Sáng 22/12, Hội Nông dân tỉnh tổ chức Hội nghị tổng kết công tác năm 2019.', 12, 22)).toBe(2019);
    expect(yearFromText('Chiều 27/11, Hội Cựu chiến binh huyện tổ chức Hội nghị tổng kết công tác năm 2018.', 11, 27)).toBe(2018);
    expect(yearFromText('Chiều 12/1, Đoàn Thanh niên tổ chức Hội nghị tổng kết công tác năm 2019.', 1, 12)).toBeNull();
  });

  it('keeps a year to be finished as the meeting\'s own', () => {
    expect(yearFromText('Ngày 20/11, Sở Tài chính họp bàn giải pháp hoàn thành kế hoạch năm 2017.', 11, 20)).toBe(2017);
  });
});

describe('dates: agenda-for-coming-year, exam prepared ahead, deadline-across-new-year', () => {
  it('takes no year from a budget or an exam a mid-year meeting prepares for', () => {
    expect(yearFromText('Ngày 12/7, Sở Tài chính chủ trì cuộc họp về dự toán ngân sách năm 2019.', 7, 12)).toBeNull();
    expect(yearFromText('Ngày 20/7, Sở Giáo dục chủ trì cuộc họp chuẩn bị cho kỳ thi THPT quốc gia năm 2019.', 7, 20)).toBeNull();
  });

  it('still dates a spring meeting on the exam of its year', () => {
    expect(yearFromText('Ngày 12/4, Sở Giáo dục chủ trì cuộc họp chuẩn bị cho kỳ thi THPT quốc gia năm 2019.', 4, 12)).toBe(2019);
  });

  it('dates a December meeting whose deadline falls in January in the year before the deadline', () => {
    expect(yearFromText('Ngày 19/12, ông A chủ trì cuộc họp. Các sở phải báo cáo trước ngày 15/1/2020.', 12, 19)).toBe(2019);
    expect(yearFromText('Ngày 26/11, Sở Nội vụ họp, yêu cầu các phòng hoàn thành hồ sơ trước ngày 10/2/2021.', 11, 26)).toBe(2020);
  });
});

describe('dates: coming-event-date and earlier-occasion-lead', () => {
  it('does not date the meeting by an event said to come', () => {
    expect(dateOf('Sáng nay, ông Hoàng Văn Phúc, Giám đốc Sở Nội vụ chủ trì hội nghị sơ kết. Hội nghị tổng kết sẽ được tổ chức vào ngày 20/12.')).toBeNull();
    expect(dateOf('Ông Trịnh Văn Lợi, Chủ tịch UBND huyện chủ trì cuộc họp về giải phóng mặt bằng. Phiên họp tiếp theo sẽ được tổ chức vào ngày 2/9.')).toBeNull();
  });

  it('does not date the meeting by an earlier occasion told after it', () => {
    expect(dateOf('Ông Hoàng Văn Tuấn, Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng chống lụt bão. Trước đó, ngày 10/9, UBND tỉnh đã ban hành công văn chỉ đạo.')).toBeNull();
    expect(dateOf('Ông Vũ Minh Đức, Giám đốc Sở Công Thương chủ trì cuộc họp về giá điện. Trước đây, ngày 3/5, Sở đã kiểm tra các cửa hàng.')).toBeNull();
  });

  it('keeps the date of the sentence that tells the meeting', () => {
    expect(dateOf('Ngày 10/9, ông Hoàng Văn Phong, Chủ tịch UBND tỉnh chủ trì cuộc họp. Dự án sẽ khởi công ngày 2/10.')).toBe('--09-10');
  });
});

describe('dates: span-then-meeting-held and dated-lead-before-referral', () => {
  it('dates a meeting by a range opening a clause when the sentence then says it sat', () => {
    expect(dateOf('Thực hiện chương trình công tác năm, từ ngày 3 - 11 đến 6 - 11, tại thành phố Huế, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã họp. Đồng chí Lê Trường Lưu, Bí thư Tỉnh ủy chủ trì hội nghị.')).toBe('--11-03');
    expect(findDates('Theo kế hoạch, từ ngày 5/5 đến 10/5, các đơn vị phải tổ chức kiểm tra').every((d) => d.deadline)).toBe(true);
  });

  it('dates a session referred back to by the dated sentence just before', () => {
    const lead = 'Từng bước giảm dần biên chế trong các đơn vị sự nghiệp công lập.\n';
    expect(dateOf(`${lead}Phó Thủ tướng Lê Văn Thành (trái) Chiều 14.3 tại Hà Nội, Phó Thủ tướng Lê Văn Thành, Trưởng ban Chỉ đạo về đổi mới cơ chế quản lý, tổ chức lại hệ thống các đơn vị sự nghiệp công lập, đã làm việc với Bộ Y tế để xây dựng đề án. Tại buổi làm việc, Bộ trưởng Đào Hồng Lan báo cáo tình hình.`)).toBe('--03-14');
    expect(dateOf(`${lead}Thứ trưởng Phùng Đức Tiến (phải) Sáng 9/10 tại Hà Nội, Thứ trưởng Phùng Đức Tiến, Tổ trưởng Tổ công tác về sắp xếp, tổ chức lại các đơn vị sự nghiệp, đã làm việc với Tổng cục Thủy sản để xây dựng đề án. Tại buổi làm việc, ông Trần Đình Luân báo cáo kết quả.`)).toBe('--10-09');
  });
});
