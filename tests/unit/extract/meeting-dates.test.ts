import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findDates, yearFromText } from '../../../src/extract/dates.js';
import { articleOf } from './helpers.js';

const dateOf = (text: string, published: string | null = null): string | null | undefined =>
  extract(articleOf(text, { published })).meetings[0]?.date;

describe('dates: the long form "ngày D tháng M (năm Y)"', () => {
  it('reads a full long-form date and a long-form date without a year', () => {
    expect(dateOf('Ngày 05 tháng 09 năm 2025, UBND tỉnh tổ chức hội nghị sơ kết công tác 6 tháng. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì hội nghị.')).toBe('2025-09-05');
    expect(dateOf('Sáng ngày 5 tháng 9, Sở Tư pháp tổ chức hội nghị tập huấn. Ông Trần Văn Bình, Giám đốc Sở Tư pháp chủ trì hội nghị.')).toBe('--09-05');
    expect(findDates('chiều ngày 12 tháng 3 năm 2024, tại trụ sở').map((d) => [d.day, d.month, d.year, d.timeOfDay])).toEqual([[12, 3, 2024, 'afternoon']]);
  });
});

describe('dates: "sáng nay", "hôm qua" counted from the publication date', () => {
  it('dates "Sáng nay" on the publication day and "Chiều hôm qua" on the day before', () => {
    expect(dateOf('Sáng nay, UBND tỉnh tổ chức hội nghị sơ kết công tác 6 tháng. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì hội nghị.', '2023-06-08')).toBe('2023-06-08');
    expect(dateOf('Chiều hôm qua, Sở Y tế tổ chức hội nghị về phòng chống dịch. Ông Đỗ Văn Nam, Giám đốc Sở Y tế chủ trì hội nghị.', '2023-03-01')).toBe('2023-02-28');
  });

  it('dates "chiều qua" on the day before the publication date', () => {
    expect(dateOf('Chiều qua, Sở Tài chính tổ chức hội nghị về giá đất. Ông Vũ Đức Minh, Giám đốc Sở Tài chính chủ trì hội nghị.', '2024-10-02')).toBe('2024-10-01');
  });

  it('weekday-before-publication: "Sáng thứ Hai", "chiều Chủ nhật" is the last such day up to publication', () => {
    // 2024-10-02 is a Wednesday
    expect(dateOf('Sáng thứ Hai, Sở Nội vụ tổ chức hội nghị về tinh giản biên chế. Ông Hà Văn Tâm, Giám đốc Sở Nội vụ chủ trì hội nghị.', '2024-10-02')).toBe('2024-09-30');
    expect(dateOf('Chiều Chủ nhật, Ban Thường vụ Huyện ủy họp phiên bất thường. Ông Lê Minh Hải, Bí thư Huyện ủy chủ trì phiên họp.', '2024-10-02')).toBe('2024-09-29');
    // an ordinal "thứ hai" is no weekday, and without a publication date nothing is counted
    expect(dateOf('Kỳ họp thứ hai của HĐND huyện bàn về ngân sách. Ông Lê Minh Hải, Chủ tịch HĐND huyện chủ trì kỳ họp.', '2024-10-02')).toBeNull();
    expect(dateOf('Sáng thứ Hai, Sở Nội vụ tổ chức hội nghị về tinh giản biên chế. Ông Hà Văn Tâm, Giám đốc Sở Nội vụ chủ trì hội nghị.')).toBeNull();
  });

  it('leaves "sáng nay" undated without a publication date', () => {
    expect(dateOf('Sáng nay, UBND tỉnh tổ chức hội nghị sơ kết công tác 6 tháng. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì hội nghị.')).toBeNull();
  });
});

describe('dates: the year the text ties to the meeting', () => {
  it('takes the year in the meeting\'s own name', () => {
    expect(yearFromText('Hội nghị Thủ tướng với doanh nghiệp lần thứ hai năm 2017 thu hút đông đảo đại biểu', 5)).toBe(2017);
    expect(yearFromText('Sáng 16/5, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5/2023.', 5)).toBe(2023);
    expect(dateOf('Sáng 16/5, Hội đồng nhân dân tỉnh tổ chức hội nghị giao ban năm 2024. Ông Lê Văn Hòa, Chủ tịch HĐND tỉnh chủ trì hội nghị.')).toBe('2024-05-16');
  });

  it('does not take the year of a review, a past result, a past survey or a target', () => {
    expect(yearFromText('hội nghị kiểm điểm thực hiện Quy chế phối hợp công tác năm 2016', 2)).toBeNull();
    expect(yearFromText('Trong năm 2021, tỉnh đã hoàn thành 12 xã đạt chuẩn nông thôn mới.', 5)).toBeNull();
    expect(yearFromText('Khảo sát của EuroCham Quý IV/2016 cho thấy doanh nghiệp lạc quan.', 5)).toBeNull();
    expect(yearFromText('Phấn đấu đến năm 2025, toàn tỉnh có 80% xã đạt chuẩn.', 5)).toBeNull();
    expect(dateOf('Sáng 16/5, UBND tỉnh họp phiên thường kỳ. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì phiên họp. Mục tiêu đến năm 2025 toàn tỉnh có 80% xã đạt chuẩn. Năm 2021, tỉnh đã hoàn thành 12 xã.')).toBe('--05-16');
  });
});

describe('dates: current-year-frame (the year the report is written in, when nothing else tells)', () => {
  it('takes the year of the recent months the report speaks of', () => {
    expect(dateOf('Sáng 3/8, UBND tỉnh tổ chức cuộc họp về giá thức ăn chăn nuôi. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Từ giữa tháng 7-2019, giá thức ăn tăng liên tục.')).toBe('2019-08-03');
    expect(dateOf('Chiều 14/2, Sở Công Thương tổ chức hội nghị giao ban. Ông Trần Văn Bình, Giám đốc Sở chủ trì hội nghị. Doanh thu tháng 1/2022 đạt 900 tỷ đồng.')).toBe('2022-02-14');
  });

  it('takes the quarter the meeting falls in, and the year\'s own plans stated as such', () => {
    expect(dateOf('Chiều 9/2, Bộ Xây dựng tổ chức cuộc họp về tái cơ cấu doanh nghiệp. Thứ trưởng Lê Văn Tâm chủ trì cuộc họp. Tổng công ty phải hoàn tất cổ phần hóa ngay quý I/2021.')).toBe('2021-02-09');
    expect(dateOf('Chiều 10/3, Bộ Giao thông vận tải tổ chức cuộc họp nghe báo cáo của Tổng công ty. Bộ trưởng Ngô Văn Lâm chủ trì cuộc họp. Năm 2020, Tổng công ty đặt mục tiêu doanh thu 5.000 tỷ đồng.')).toBe('2020-03-10');
  });

  it('gives no year from an old month, a past year\'s results, or two competing years', () => {
    expect(dateOf('Sáng 9/2, Công an thành phố tổ chức hội nghị. Đại tá Lê Văn Hòa, Giám đốc Công an thành phố chủ trì hội nghị. Tháng 5/2012, Công an thành phố đã lập đội chuyên trách.')).toBe('--02-09');
    expect(dateOf('Sáng 14/6, UBND tỉnh tổ chức buổi làm việc với Đại học X. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì. Năm 2018, trường đã tái cấu trúc các khoa.')).toBe('--06-14');
    expect(dateOf('Sáng 3/8, UBND tỉnh tổ chức cuộc họp. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Từ tháng 6-2019 đến tháng 7-2020, giá tăng liên tục.')).toBe('--08-03');
  });
});

describe('dates: multi-day-span-first-day (a meeting over several days is dated by its first)', () => {
  it('dates "Trong hai ngày 6 và 7/2", "Trong 2 ngày 6-7/2" and "Ngày 6 - 7/2" by the first day', () => {
    expect(dateOf('Trong hai ngày 14 và 15/3, UBND tỉnh tổ chức hội nghị tập huấn công tác dân tộc. Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.')).toBe('--03-14');
    expect(dateOf('Trong 2 ngày 21-22/9/2022, Sở Nội vụ tổ chức hội nghị bồi dưỡng cán bộ. Ông Trần Văn Bình, Giám đốc Sở Nội vụ chủ trì hội nghị.')).toBe('2022-09-21');
    expect(dateOf('Ngày 8 - 9/11, Ban Chỉ đạo tỉnh tổ chức hội nghị sơ kết. Ông Đỗ Văn Nam, Trưởng ban chủ trì hội nghị.')).toBe('--11-08');
  });

  it('dates "từ ngày 6 đến 8/2" by its first day only where the meeting takes place then', () => {
    expect(dateOf('Hội nghị diễn ra từ ngày 16 đến 18/8 tại Hà Nội. Ông Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì hội nghị.')).toBe('--08-16');
    // a period the meeting reviews is no span of the meeting
    expect(findDates('số liệu thu thập từ ngày 1 đến 15/5 cho thấy').map((d) => d.day)).not.toContain(1);
  });
});

describe('dates: background months and dates in force do not give the year', () => {
  it('ignores a past event two months back and a law\'s date in force', () => {
    expect(dateOf('Sáng 11/5, Quốc hội tổ chức hội nghị bàn giao chức Chủ tịch diễn đàn. Ông Lê Văn Hòa, Phó Chủ tịch Quốc hội chủ trì hội nghị. Đại hội đồng IPU tổ chức tại Hà Nội, tháng 3/2015.')).toBe('--05-11');
    expect(dateOf('Chiều 12/7, Văn phòng Chủ tịch nước tổ chức họp báo công bố các luật. Ông Trần Văn Sơn, Phó Chủ nhiệm Văn phòng chủ trì họp báo. Luật có hiệu lực thi hành từ 1/7/2018.')).toBe('--07-12');
  });
});

describe('dates: anniversary-year (a celebration planned "trong năm Y" does not date the meeting)', () => {
  it('casts no vote for the year of an anniversary to be held, but still for a plain "trong năm"', () => {
    expect(yearFromText('Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 50 năm quan hệ ngoại giao trong năm 2023.', 6)).toBeNull();
    expect(yearFromText('Đoàn đề nghị tổ chức lễ kỷ niệm 30 năm thành lập hội trong năm 2025 thật trang trọng.', 5)).toBeNull();
    expect(yearFromText('Bộ yêu cầu các đơn vị hoàn thành đề án trong năm 2023.', 6)).toBe(2023);
  });
});

describe('dates: coming-day-written-in-full ("ngày 11/2 tới" at the meeting, "11/2/2017" elsewhere)', () => {
  it('takes the year of the coming day when the text writes that day in full', () => {
    expect(yearFromText('Cuộc họp chuẩn bị cho việc chuyển mạng vào ngày 11/2 tới. Kế hoạch triển khai từ ngày 11/2/2017 theo ba giai đoạn.', 2)).toBe(2017);
    expect(yearFromText('Các bên thống nhất khai trương tuyến bay vào ngày 3.7 tới. Tuyến bay khai trương từ 3/7/2019 sẽ có 4 chuyến mỗi tuần.', 6)).toBe(2019);
  });

  it('casts no vote when the full date is another day', () => {
    expect(yearFromText('Cuộc họp chuẩn bị cho việc chuyển mạng vào ngày 11/2 tới. Quyết định ngày 21/11/2016 phê duyệt kế hoạch.', 2)).toBeNull();
  });
});

describe('dates: exam-of-the-year ("điểm thi THPT quốc gia 2017" dates a meeting of up to August)', () => {
  it('votes the exam year for a meeting of the exam season, not for one after it', () => {
    expect(yearFromText('Các sở sẽ công bố điểm thi THPT quốc gia 2019 vào ngày mai.', 7)).toBe(2019);
    expect(yearFromText('Bộ chuẩn bị kỳ thi trung học phổ thông quốc gia năm 2020 chu đáo.', 3)).toBe(2020);
    expect(yearFromText('Bộ rút kinh nghiệm kỳ thi THPT quốc gia 2019 để chuẩn bị năm học mới.', 11)).toBeNull();
  });
});

describe('dates: target-horizon and settled-accounts-year (years that do not date the meeting)', () => {
  it('casts no vote for "xong vào đầu năm Y" or for a past year\'s accounts', () => {
    expect(yearFromText('Cầu Bình Khánh dự kiến sẽ xong vào đầu năm 2019.', 6)).toBeNull();
    expect(yearFromText('Công trình có thể hoàn thành vào đầu năm 2025 nếu đủ vốn.', 9)).toBeNull();
    expect(yearFromText('Kết thúc phiên thảo luận báo cáo quyết toán ngân sách năm 2015, Ủy ban đã thống nhất.', 5)).toBeNull();
    expect(yearFromText('Tại phiên họp thẩm tra quyết toán ngân sách nhà nước năm 2021, các ủy viên cho ý kiến.', 4)).toBeNull();
  });

  it('still votes the year of "trong năm Y" and of a session named with its year', () => {
    expect(yearFromText('Tỉnh phấn đấu thu hút 20 dự án trong năm 2017.', 6)).toBe(2017);
    expect(yearFromText('Phiên họp thường kỳ năm 2023 của Ủy ban đã thảo luận nhiều nội dung.', 5)).toBe(2023);
  });
});

describe('dates: time-word-after-number ("tại Q.2 sáng 7.2": a time word opens the date after a number)', () => {
  it('reads the date after a place ending in a number when a time word introduces it', () => {
    expect(findDates('Làm việc tại Q.2 sáng 7.2, Bí thư Thành ủy yêu cầu kéo giảm tai nạn.').map((d) => [d.day, d.month, d.timeOfDay])).toEqual([[7, 2, 'morning']]);
    expect(findDates('Họp tại phòng 3 chiều 14/6, Ban chỉ đạo thống nhất phương án.').map((d) => [d.day, d.month])).toEqual([[14, 6]]);
  });

  it('still reads no date from a count before a bare number pair', () => {
    expect(findDates('Tỉnh có 12 7.2 ha đất chưa sử dụng.')).toEqual([]);
  });
});

describe('dates: earlier-meeting-referred (a meeting whose directions or success are built on is past)', () => {
  it('casts no vote for the year of a meeting referred to as the source of directions or success', () => {
    expect(yearFromText('Đối thoại nhằm triển khai chỉ đạo của các nhà lãnh đạo tại Hội nghị cấp cao năm 2021 về hợp tác vùng.', 5)).toBeNull();
    expect(yearFromText('Tiếp theo thành công của Hội nghị năm 2022, năm nay thành phố tiếp tục mời các nhà đầu tư.', 6)).toBeNull();
    expect(yearFromText('Hội nghị xúc tiến đầu tư năm 2023 của tỉnh thu hút 300 đại biểu.', 6)).toBe(2023);
  });
});

describe('dates: dated-report-near-caption', () => {
  it('takes the date of the report of the same meeting word right after an undated caption', () => {
    expect(dateOf('Bí thư Tỉnh ủy Lê Văn Hùng chủ trì và phát biểu khai mạc Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh.\n(Ảnh: Minh Anh)\nSáng 12/7, tại Hội trường Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh đã khai mạc Hội nghị lần thứ 8.')).toBe('--07-12');
    expect(dateOf('Phó Chủ tịch UBND tỉnh Trần Văn Nam chủ trì Hội nghị trực tuyến sơ kết công tác 6 tháng.\nẢnh: Thu Hà.\nChiều 4/7, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Nam, Trưởng Ban An toàn giao thông (ATGT) tỉnh đã chủ trì Hội nghị trực tuyến sơ kết công tác 6 tháng.')).toBe('--07-04');
  });

  it('takes the date of a body meeting told by its verb right before the chair sentence', () => {
    expect(dateOf('Xem xét kỷ luật nhiều cán bộ\nNhiều cán bộ bị đề nghị kỷ luật vì vi phạm trong quản lý đất đai.\nNgày 3/7, tại Hà Nội, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ thứ 15.\nĐồng chí Lê Văn Tâm, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.')).toBe('--07-03');
  });

  it('does not take the date of an earlier occasion after the caption', () => {
    expect(dateOf('Phó Chủ tịch UBND tỉnh Trần Văn Nam chủ trì cuộc họp về giải phóng mặt bằng.\nẢnh: Thu Hà.\nTrước đó, ngày 2/6, UBND tỉnh đã tổ chức cuộc họp về dự án này.')).toBeNull();
  });
});

describe('dates: a range opening the sentence is dated by its first day', () => {
  const first = (s: string): Array<[number, number, boolean]> => findDates(s).map((d) => [d.day, d.month, d.deadline]);
  it('multi-day-span-first-day: "Từ ngày 27 đến ngày 30-6-2017" with a dash between day and month', () => {
    expect(dateOf('Từ ngày 14 đến ngày 16-8-2023, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 30.\nĐồng chí Lê Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.')).toBe('2023-08-14');
    expect(first('Phiên họp diễn ra từ ngày 3 đến 5-7 tại Nhà Quốc hội.')[0]).toEqual([3, 7, false]);
  });

  it('range-of-dates-first-day: "Từ ngày 5-5 đến 10-5-2017", "diễn ra từ ngày 6/2 đến ngày 8/2"', () => {
    expect(first('Từ ngày 5-5 đến 10-5-2017, tại Hà Nội, Hội nghị lần thứ năm Ban Chấp hành Trung ương đã họp.')[0]).toEqual([5, 5, false]);
    expect(first('Hội nghị diễn ra từ ngày 6/2 đến ngày 8/2 tại Đà Nẵng.')[0]).toEqual([6, 2, false]);
  });

  it('keeps a range that opens no sentence and tells no meeting a deadline', () => {
    expect(first('Luật có hiệu lực từ ngày 1/7 đến 31/12.')[0]).toEqual([1, 7, true]);
    expect(first('Trong đó, từ ngày 1/6 đến 15/6, các đơn vị phải rà soát hồ sơ.')[0]).toEqual([1, 6, true]);
  });
});

describe('dates: weekday-before-date', () => {
  const dm = (s: string): Array<[number, number]> => findDates(s).map((d) => [d.day, d.month]);
  it('reads "D-M" or "D.M" after a day of the week as a date', () => {
    expect(dm('Chiều Chủ nhật 28-5, dù là ngày nghỉ, Phó Chủ tịch UBND tỉnh Lê Văn An vẫn chủ trì cuộc họp.')).toEqual([[28, 5]]);
    expect(dm('Sáng thứ Bảy 3.6, Sở Y tế tổ chức hội nghị khẩn.')).toEqual([[3, 6]]);
    expect(dateOf('Tối thứ Sáu, 9.6, UBND huyện tổ chức cuộc họp khẩn về phòng chống lũ. Ông Trần Văn Lộc, Chủ tịch UBND huyện chủ trì cuộc họp.')).toBe('--06-09');
  });
  it('does not read an ordinal "thứ hai" after a noun as a weekday', () => {
    expect(dm('Đây là lần thứ hai 5-6 hộ dân bị ngập.')).toEqual([]);
    expect(dm('Tại kỳ họp thứ năm 12.3 dự án luật được thông qua.')).toEqual([]);
  });
});

describe('dates: held-on-day ("được tổ chức … vào ngày 23/3": the event\'s day, not a deadline)', () => {
  it('dates the meeting by "vào ngày" after its verb of taking place', () => {
    expect(dateOf('Hội nghị sơ kết công tác khuyến nông được tổ chức tại tỉnh Bến Tre vào ngày 14/4. Ông Lê Quang Vinh, Giám đốc Sở Nông nghiệp chủ trì hội nghị.')).toBe('--04-14');
    expect(dateOf('Phiên họp thứ hai của Ban chỉ đạo diễn ra vào ngày 9-8, tại trụ sở UBND tỉnh. Ông Phan Văn Lộc, Phó Chủ tịch UBND tỉnh chủ trì phiên họp.')).toBe('--08-09');
  });

  it('keeps "vào ngày" a deadline after other verbs, and an earlier meeting compared with undated', () => {
    expect(findDates('Dự án phải hoàn thành vào ngày 30/6.')[0]?.deadline).toBe(true);
    expect(findDates('Số đại biểu cao gấp đôi so với hội nghị lần đầu diễn ra vào ngày 12/5.')[0]?.deadline).toBe(true);
    expect(findDates('Hội nghị được tổ chức tại Cần Thơ vào ngày 12/5.')[0]?.deadline).toBe(false);
  });
});

describe('dates: a span "từ ngày 13 đến 15-6" written with a hyphen or a dot dates the meeting by its first day', () => {
  it('reads "từ ngày D1 đến (ngày) D2-M" as starting on D1', () => {
    expect(dateOf('Từ ngày 20 đến ngày 22-7-2024, tại Hà Nội, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ thứ 9. Ông Lê Văn Toàn, Chủ nhiệm Ủy ban Kiểm tra chủ trì kỳ họp.')).toBe('2024-07-20');
    expect(dateOf('Kỳ họp thứ sáu HĐND tỉnh diễn ra từ ngày 11 đến 13.12. Ông Ngô Văn Tuấn, Chủ tịch HĐND tỉnh chủ trì kỳ họp.')).toBe('--12-11');
  });

  it('leaves a count "từ 13 đến 15-6" without "ngày" alone', () => {
    expect(findDates('số lượng tăng từ 13 đến 15-6 đơn vị').length).toBe(0);
  });
});

describe('dates: target-by-year-end ("mục tiêu hết năm 2018" is a horizon, not the meeting\'s year)', () => {
  it('casts no vote for the year of a goal set for a year\'s end', () => {
    expect(yearFromText('Phó Thủ tướng yêu cầu các bộ phải đạt mục tiêu hết năm 2019 xử lý xong các dự án thua lỗ.', 7)).toBeNull();
    expect(yearFromText('Tỉnh đặt mục tiêu cuối năm 2020 phủ kín quy hoạch xây dựng nông thôn mới.', 8)).toBeNull();
  });

  it('still reads the year of a goal for the year on the agenda', () => {
    expect(yearFromText('Hội nghị bàn giải pháp thực hiện mục tiêu năm 2019 của ngành.', 2)).toBe(2019);
  });
});

describe('dates: year-figure ("lợi nhuận trong năm 2016 là 68 triệu USD" is a past tally, not the meeting\'s year)', () => {
  it('casts no vote for a whole year\'s figure', () => {
    expect(yearFromText('Du lịch biển mang lại doanh thu trong năm 2016 là 120 triệu USD.', 5)).toBeNull();
    expect(yearFromText('Kim ngạch xuất khẩu trong năm 2018 đạt hơn 3 tỷ USD, ông Hùng cho biết.', 4)).toBeNull();
  });

  it('keeps the year-to-date tally of the meeting\'s year', () => {
    expect(yearFromText('Trong 5 tháng đầu năm 2019 đạt khoảng 10.600 tấn thịt lợn xuất khẩu.', 6)).toBe(2019);
  });
});

describe('dates: after-welcome-ceremony ("Sau lễ đón, … hội đàm" is dated by the ceremony)', () => {
  it('dates talks told after the welcome ceremony by the ceremony\'s day', () => {
    expect(dateOf('Chiều nay (19/6), tại Nhà Quốc hội đã diễn ra lễ đón Đoàn Đại biểu cấp cao Thượng viện Chile. Ngay sau lễ đón, Chủ tịch Quốc hội Trần Thị Mai đã chủ trì hội đàm.')).toBe('--06-19');
    expect(dateOf('Sáng 12/6, Lễ đón chính thức Chủ tịch Quốc hội Cuba được tổ chức trọng thể. Kết thúc lễ đón, Chủ tịch Quốc hội Trần Thị Mai đã hội đàm với Chủ tịch Quốc hội Cuba Juan Perez.')).toBe('--06-12');
  });
});

describe('dates: years of the past or of another edition cast no vote', () => {
  it('past-act-in-year: a year whose deeds or figures are told', () => {
    expect(yearFromText('Với những việc đã làm tốt trong năm 2016, Thứ trưởng yêu cầu Ban Tổ chức tiếp tục phát huy.', 2)).toBeNull();
    expect(yearFromText('Bộ trưởng ghi nhận sự đóng góp của ngành trong năm 2016 - năm đầu tiên thực hiện Nghị quyết.', 2)).toBeNull();
    expect(yearFromText('Theo số liệu thống kê trong năm 2016, kim ngạch hai chiều giữa hai nước đạt 5,26 tỷ USD.', 6)).toBeNull();
  });

  it('year-end-tally: a count as of a year\'s end', () => {
    expect(yearFromText('Đến cuối năm 2016, có 108/127 xã đạt chuẩn quốc gia về y tế.', 5)).toBeNull();
    expect(yearFromText('Tính đến hết năm 2016, toàn vùng có 908 hợp tác xã hoạt động tốt.', 6)).toBeNull();
    expect(yearFromText('Sau 2 năm, đến hết ngày 31/12/2016, có 147 khuyến nghị đã được triển khai thực hiện.', 6)).toBeNull();
  });

  it('year-task-review: the whole past year reviewed in the first half-year', () => {
    expect(yearFromText('Bí thư Tỉnh ủy báo cáo kết quả và tình hình thực hiện nhiệm vụ năm 2016 của tỉnh.', 2)).toBeNull();
    expect(yearFromText('Bộ trưởng biểu dương nỗ lực của tỉnh trong thực hiện nhiệm vụ năm 2016.', 3)).toBeNull();
    expect(yearFromText('Hội nghị bàn giải pháp triển khai thực hiện nhiệm vụ năm 2017.', 2)).toBe(2017);
  });

  it('next-edition-named: a later edition hosted or to come', () => {
    expect(yearFromText('Thủ tướng dự Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018 cho Việt Nam.', 5)).toBeNull();
    expect(yearFromText('Ban Tổ chức quyết định Hội nghị Thượng đỉnh Phụ nữ Toàn cầu năm 2018 sẽ diễn ra tại Australia.', 5)).toBeNull();
    expect(yearFromText('Hội nghị Thượng đỉnh Phụ nữ Toàn cầu năm 2017 đã khai mạc tại Tokyo.', 5)).toBe(2017);
  });

  it('later-day-same-month and enacted-on: a full date of the month that cannot be this year\'s', () => {
    expect(yearFromText('Ngày 18/6/2007, Bộ Quốc phòng đã ra quyết định giao công ty làm chủ đầu tư.', 6, 12)).toBeNull();
    expect(yearFromText('Luật Mặt trận Tổ quốc đã được Quốc hội thông qua ngày 9/6/2015.', 6, 15)).toBeNull();
    expect(yearFromText('Các sở phải hoàn thành báo cáo trước ngày 25/6/2017.', 6, 12)).toBe(2017);
    expect(yearFromText('Ngày 8/6/2017, Văn phòng Chính phủ đã có thông báo kết luận.', 6, 12)).toBe(2017);
  });

  it('this-and-coming-school-year: two school years in a row date the meeting in their shared year', () => {
    expect(yearFromText('Hội nghị sơ kết học kỳ 1 năm học 2016-2017. Kỳ thi tuyển sinh lớp 10 cho năm học 2017 - 2018 sẽ diễn ra đầu tháng 6.', 2)).toBe(2017);
    expect(yearFromText('Tổng kết năm học 2016-2017 và triển khai nhiệm vụ năm học 2017-2018 của ngành.', 9)).toBe(2017);
  });

  it('decades-past: "từ những năm 1990 và đầu năm 2000" is history', () => {
    expect(yearFromText('Chính sách phân lô bán nền từ những năm 1990 và đầu năm 2000 đã bộc lộ hạn chế.', 6)).toBeNull();
  });
});

describe('dates: after-welcome-ceremony anchors the talks', () => {
  it('dates talks told after the welcome ceremony by the ceremony, not by a date told at the talks', () => {
    expect(dateOf('Lễ đón Tổng thống Phần Lan được tổ chức trọng thể vào chiều 21/9 tại Phủ Chủ tịch. Sau lễ đón, Chủ tịch nước Lê Văn Thành và Tổng thống Phần Lan đã tiến hành hội đàm. Tại hội đàm, Chủ tịch nước Lê Văn Thành chúc mừng thắng lợi của Tổng thống tại cuộc bầu cử ngày 28/1/2024.')).toBe('--09-21');
    expect(dateOf('Chiều 4/6, lễ đón Tổng thống Hàn Quốc được tổ chức tại Phủ Chủ tịch. Ngay sau lễ đón, Chủ tịch nước Lê Văn Thành và Tổng thống Hàn Quốc đã tiến hành hội đàm. Tại hội đàm, Chủ tịch nước Lê Văn Thành chúc mừng thành công của Tổng thống tại cuộc bầu cử ngày 2/3/2019.')).toBe('--06-04');
  });
});

describe('dates: span-covers-day gives the year', () => {
  it('takes the year of a stay or meeting span written with its year that holds the day', () => {
    expect(yearFromText('Bộ trưởng thăm chính thức Nhật Bản từ ngày 08-11/9/2019. Chiều 10/9, Bộ trưởng hội đàm với người đồng cấp.', 9, 10)).toBe(2019);
    expect(yearFromText('Hội chợ diễn ra từ ngày 5 đến 8/6/2021. Sáng 6/6, Ban tổ chức họp báo.', 6, 6)).toBe(2021);
  });
  it('takes none from a span that misses the day', () => {
    expect(yearFromText('Đoàn thăm Lào từ ngày 08-11/9/2019. Chiều 20/9, Bộ trưởng họp.', 9, 20)).toBeNull();
  });
});

describe('dates: held-lately-undated takes no date from the lead', () => {
  it('leaves undated a meeting told as recent when only a milestone in the lead has a date', () => {
    expect(dateOf('Tuyến xe buýt nhanh dự kiến chạy thử là 1/9/2024. Tại cuộc họp kiểm điểm tiến độ dự án do Sở Giao thông vận tải tổ chức mới đây, ông Lê Văn Hùng, Giám đốc Sở Giao thông vận tải chủ trì cuộc họp.')).toBeNull();
    expect(dateOf('Cầu Bạch Đằng phải thông xe ngày 30/4/2025. Hội nghị bàn giải pháp tháo gỡ vướng mắc do UBND tỉnh tổ chức vừa qua. Ông Trần Văn Bình, Chủ tịch UBND tỉnh chủ trì hội nghị.')).toBeNull();
  });
  it('still dates a recent meeting whose lead names it with its day', () => {
    expect(dateOf('Hội nghị sơ kết công tác quý I diễn ra ngày 5/4/2025. Tại hội nghị do Sở Tài chính tổ chức vừa qua, ông Vũ Đức Minh, Giám đốc Sở Tài chính chủ trì hội nghị.')).toBe('2025-04-05');
  });
});
