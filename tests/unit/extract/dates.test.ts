import { describe, expect, it } from 'vitest';
import { findDates, formatDate, isDocumentDate, yearFromPublished, yearFromText } from '../../../src/extract/dates.js';

describe('findDates', () => {
  it('reads the forms reports use', () => {
    const d = (s: string) => findDates(s).map((x) => [x.day, x.month, x.year, x.timeOfDay]);
    expect(d('Chiều 6/2, hội nghị')).toEqual([[6, 2, null, 'afternoon']]);
    expect(d('Sáng ngày 5/1 diễn ra')).toEqual([[5, 1, null, 'morning']]);
    expect(d('ngày 27/4/2024')).toEqual([[27, 4, 2024, null]]);
    expect(d('Ngày 10-2, tại Trụ sở')).toEqual([[10, 2, null, null]]);
    expect(d('Ngày 3.7, Bộ tổ chức')).toEqual([[3, 7, null, null]]);
    expect(d('Chiều nay (8/6), ông')).toEqual([[8, 6, null, 'afternoon']]);
  });

  it('reads "Chiều nay, D-M," with a comma after "nay"', () => {
    const d = (s: string) => findDates(s).map((x) => [x.day, x.month, x.year, x.timeOfDay]);
    expect(d('Chiều nay, 14-3, Sở Tài chính tổ chức họp báo.')).toEqual([[14, 3, null, 'afternoon']]);
    expect(d('Sáng nay, 9.10, Ban Tuyên giáo họp giao ban.')).toEqual([[9, 10, null, 'morning']]);
  });

  it('reads "hôm qua (D.M)" with a dotted day', () => {
    const d = (s: string) => findDates(s).map((x) => [x.day, x.month, x.year]);
    expect(d('Hội thảo về lúa gạo diễn ra hôm qua (14.3) tại Cần Thơ.')).toEqual([[14, 3, null]]);
    expect(d('Cuộc họp diễn ra hôm qua 2.11 tại trụ sở.')).toEqual([[2, 11, null]]);
  });

  it('skips document numbers and ratios, and marks deadlines', () => {
    expect(findDates('Nghị định số 15/2017 và tỷ lệ 1/500')).toEqual([]);
    expect(findDates('hoàn thành trước ngày 20/5')[0]?.deadline).toBe(true);
  });
});

describe('years', () => {
  it('takes the year from the publication date', () => {
    expect(yearFromPublished('2023-01-05T14:50:59', 1, 5)).toBe(2023);
    expect(yearFromPublished('2023-01-05', 12, 28)).toBe(2022);
  });

  it('infers the year from plans for the year, not from the year reviewed', () => {
    expect(yearFromText('tổng kết công tác năm 2022; triển khai nhiệm vụ năm 2023', 2)).toBe(2023);
    expect(yearFromText('nhiệm vụ trọng tâm tháng 2/2017', 2)).toBe(2017);
    expect(yearFromText('quyết toán ngân sách năm 2015; khởi công 2008', 5)).toBeNull();
    expect(yearFromText('quy hoạch được xây dựng từ tháng 5/2013', 5)).toBeNull();
    // a plan made mid-year is for the next year; a term of office is no year at all
    expect(yearFromText('bàn phương án tăng lương tối thiểu vùng năm 2018', 6)).toBeNull();
    expect(yearFromText('kế hoạch đầu tư công trung hạn 5 năm 2016 - 2020', 2)).toBeNull();
    expect(yearFromText('Từ nay đến hết năm 2017, các cơ quan tập trung', 6)).toBe(2017);
  });

  it('does not date a meeting from an as-of tally or a period range', () => {
    expect(yearFromText('Tính đến 30/11/2019, các sở đã tuyển thêm 120 người.', 6)).toBeNull();
    expect(yearFromText('kết quả cải cách hành chính giai đoạn 2014 – 2019 còn chậm', 6)).toBeNull();
    // a real deadline a few months ahead still dates it
    expect(yearFromText('hoàn thành trước ngày 30/9/2019', 6)).toBe(2019);
    // a year stated right after "đến hết năm" is that phrase's own; a later one is no plan year
    expect(yearFromText('giữ 51% đến hết năm 2024, từ năm 2025 sẽ bán tiếp', 3)).toBe(2024);
    // "đến hết năm 2025" that closes a stated period is the period's horizon, not the meeting's year
    expect(yearFromText('Giai đoạn 2021 - 2025, công ty giữ 51% đến hết năm 2025.', 3)).toBeNull();
    // a starting quarter told as background is no date of the meeting
    expect(yearFromText('chuyển giao về tổng công ty từ quý I/2024', 2)).toBeNull();
    expect(yearFromText('Từ quý I/2024 đến nay, công ty đã lỗ 20 tỷ đồng.', 2)).toBeNull();
    expect(yearFromText('hoàn thành trong quý I/2024', 2)).toBe(2024);
  });

  it('planned-start-quarter: a proposal that starts in the meeting\'s quarter or the next dates it', () => {
    expect(yearFromText('Sở đề xuất sẽ bàn giao hai bến xe cho công ty vận tải từ quý II/2024.', 5)).toBe(2024);
    expect(yearFromText('Theo lộ trình, nhà máy dừng nhận rác từ quý IV/2022 để nâng cấp lò đốt.', 9)).toBe(2022);
    // a quarter already past, or one far ahead, tells nothing
    expect(yearFromText('Sở đề xuất sẽ bàn giao hai bến xe cho công ty vận tải từ quý I/2024.', 11)).toBeNull();
  });

  it('school-year-of-meeting: "năm học Y - Y+1" gives the year by the season', () => {
    expect(yearFromText('Hội đồng bàn mức học phí các trường công lập năm học 2026 - 2027.', 6)).toBe(2026);
    expect(yearFromText('Ngành giáo dục tổng kết năm học 2025 - 2026 với nhiều kết quả.', 7)).toBe(2026);
    expect(yearFromText('Sở rà soát việc dạy thêm trong học kỳ II năm học 2025 - 2026.', 3)).toBe(2026);
    expect(yearFromText('Các trường chuẩn bị khai giảng năm học 2025-2026 đúng hạn.', 9)).toBe(2025);
  });

  it('next-year-plan: a plan drawn up in the second half of a year is for the next year', () => {
    expect(yearFromText('Các đơn vị cần xây dựng kế hoạch kiểm tra năm 2027 sát thực tế.', 10)).toBe(2026);
    expect(yearFromText('Sở Tài chính lập dự toán ngân sách năm 2025 trình HĐND tỉnh.', 8)).toBe(2024);
    // early in the year the plan is the year's own, and this rule says nothing
    expect(yearFromText('Các đơn vị cần xây dựng kế hoạch kiểm tra năm 2027 sát thực tế.', 2)).not.toBe(2026);
  });

  it('anniversary-range: the end of "(d/m/Y1 - d/m/Y2)" after "kỷ niệm" dates the meeting, the start never does', () => {
    expect(yearFromText('Cuộc gặp diễn ra đúng dịp kỷ niệm 30 năm thành lập Hội (12/8/1996 - 12/8/2026).', 8)).toBe(2026);
    expect(yearFromText('Hai bên kỷ niệm 20 năm quan hệ ngoại giao (ngày 3/5/2004-3/5/2024), Bộ trưởng nói.', 5)).toBe(2024);
    // a term of office is no anniversary: neither end counts
    expect(yearFromText('Ông giữ chức vụ này từ 2/9/2015 - 2/9/2020 trước khi nghỉ hưu.', 9)).toBeNull();
  });

  it('extended-deadline: a deadline pushed back ("kéo dài … đến hết năm") does not date the meeting', () => {
    expect(yearFromText('Hội đồng cho phép kéo dài thời gian giải ngân đến hết năm 2027.', 7)).toBeNull();
    expect(yearFromText('Tỉnh đề nghị gia hạn thời gian thực hiện dự án đến hết năm 2025 để hoàn thiện thủ tục.', 10)).toBeNull();
    expect(yearFromText('Các sở phải giải ngân hết vốn đến hết năm 2025.', 10)).toBe(2025);
  });

  it('named-month-session: a session named for its month dates a meeting in that month or the next', () => {
    expect(yearFromText('Tờ trình được đưa ra tại phiên họp thường kỳ tháng 3/2026 diễn ra hôm 2/4.', 4)).toBe(2026);
    expect(yearFromText('Phiên họp Chính phủ thường kỳ tháng 12/2025 bàn về ngân sách.', 1)).toBe(2026);
    expect(yearFromText('Phiên họp Chính phủ thường kỳ tháng 12/2025 bàn về ngân sách.', 12)).toBe(2025);
  });

  it('does not date a meeting from a benchmark plan or a "trước năm" horizon', () => {
    expect(yearFromText('Sản lượng lúa chỉ bằng 80% so với kế hoạch năm 2019.', 3)).toBeNull();
    expect(yearFromText('Doanh thu vượt 5% so với kế hoạch năm 2020, tăng mạnh.', 2)).toBeNull();
    expect(yearFromText('Mục tiêu trước năm 2030, tỉnh có 3 khu công nghiệp.', 4)).toBeNull();
    expect(yearFromText('Mục tiêu của ngành trước năm 2028 là xuất khẩu 2 tỷ USD.', 9)).toBeNull();
    expect(yearFromText('Mục tiêu năm 2021 là xuất khẩu 2 tỷ USD.', 2)).toBe(2021);
    expect(yearFromText('Công ty đặt mục tiêu doanh thu 500 tỷ đồng vào năm 2027.', 3)).toBeNull();
    expect(yearFromText('Cần rút ngắn thời gian đạt mục tiêu ở năm 2029.', 8)).toBeNull();
  });

  it('does not date a meeting from a tally against the same period ("so với cùng kỳ")', () => {
    expect(yearFromText('Trong năm 2018, số vụ vi phạm tăng 15% so với cùng kỳ.', 2)).toBeNull();
    expect(yearFromText('(trong năm 2019, lượng khách giảm 3 lần so với cùng kỳ).', 1)).toBeNull();
  });

  it('formats full and partial dates', () => {
    expect(formatDate(2023, 2, 6)).toBe('2023-02-06');
    expect(formatDate(null, 5, 17)).toBe('--05-17');
  });
});

describe('document-date', () => {
  it('tells a paper\'s date ("Quyết định số … ngày …", "ban hành ngày …") from an event\'s', () => {
    const a = 'Thực hiện Quyết định số 312/QĐ-UBND ngày 4/3/2026 của UBND tỉnh, sáng 9/3, Sở tổ chức hội nghị.';
    expect(findDates(a).map((d) => isDocumentDate(a, d))).toEqual([true, false]);
    const b = 'Thủ tướng nhắc lại Chỉ thị 15 vừa ban hành ngày 20/5 và yêu cầu các bộ thực hiện.';
    expect(findDates(b).map((d) => isDocumentDate(b, d))).toEqual([true]);
    const c = 'Ngày 20/5, Bộ Tài chính họp với các ngân hàng.';
    expect(findDates(c).map((d) => isDocumentDate(c, d))).toEqual([false]);
  });
});

describe('the written-out date "ngày D tháng M năm YYYY"', () => {
  it.each([
    ['Sáng ngày 05 tháng 09 năm 2025, Sở Nội vụ tổ chức hội nghị.', { day: 5, month: 9, year: 2025, timeOfDay: 'morning' }],
    ['Ngày 12 tháng 11 năm 2024, Hội đồng nhân dân huyện họp phiên bất thường.', { day: 12, month: 11, year: 2024, timeOfDay: null }],
    ['Chiều 3 tháng 4, Ban Dân vận tổ chức giao ban.', { day: 3, month: 4, year: null, timeOfDay: 'afternoon' }],
  ])('%s', (text, want) => {
    expect(findDates(text)[0]).toMatchObject({ ...want, deadline: false });
  });
  it('"trong 6 tháng 9 ngày" and a bare "5 tháng 9" are no dates', () => {
    expect(findDates('Sau 6 tháng 9 ngày thi công, công trình hoàn thành.')).toEqual([]);
    expect(findDates('Đã giải ngân 5 tháng 9 dự án.')).toEqual([]);
  });
  it('a deadline stays a deadline', () => {
    expect(findDates('Hoàn thành trước ngày 30 tháng 6 năm 2025.')[0]?.deadline).toBe(true);
  });
});

describe('an anniversary written as a date range', () => {
  it('reads neither end of "(dd/mm/yyyy – dd/mm/yyyy)" as an event date', () => {
    expect(findDates('Hội nghị kỷ niệm 70 năm ngày thành lập ngành (15/10/1952 – 15/10/2022) diễn ra trang trọng.')).toEqual([]);
    expect(findDates('Sáng 3/10, lễ mít tinh kỷ niệm 60 năm (3/10/1962 - 3/10/2022) được tổ chức.').map((d) => [d.day, d.month, d.year])).toEqual([[3, 10, null]]);
  });
});

describe('yearFromText: career-event-month (a post taken in a month dates no meeting)', () => {
  it('takes no year from a past election, appointment or posting in the meeting\'s month', () => {
    expect(yearFromText('Chiều 14/6, Phó Bí thư Tỉnh ủy gặp cử tri huyện Lạc Sơn. Đây là nơi bà đã ứng cử và trúng cử đại biểu Quốc hội trong tháng 6/2016.', 6)).toBeNull();
    expect(yearFromText('Sáng 9/3, ông Hoàng Văn Nam, người được bổ nhiệm làm Giám đốc Sở Xây dựng ngày 1/3/2015, chủ trì cuộc họp.', 3)).toBeNull();
    expect(yearFromText('Ông đã được điều động về làm Bí thư Huyện ủy tháng 8/2015.', 8)).toBeNull();
  });

  it('still takes the year from the meeting\'s own month elsewhere', () => {
    expect(yearFromText('Sáng 14/6, UBND tỉnh họp đánh giá tình hình kinh tế - xã hội tháng 6/2017.', 6)).toBe(2017);
    expect(yearFromText('Ngày 9/3/2018, Sở Xây dựng tổ chức hội nghị. Ông Nam được bổ nhiệm từ năm 2015.', 3)).toBe(2018);
  });
});

describe('yearFromText: months-to-date-tally', () => {
  it('takes the year of "N tháng đầu năm Y" reported in the months just after', () => {
    expect(yearFromText('Chiều 12-7, Sở Công Thương họp. Thống kê trong năm 2016, doanh thu đạt khoảng 20 tỷ đồng. Trong 6 tháng đầu năm 2018, doanh thu đã tăng 10%.', 7)).toBe(2018);
    expect(yearFromText('Sáng 5/10, UBND huyện họp. Năm 2015 huyện có 12 xã đạt chuẩn. Chín tháng đầu năm 2019, thu ngân sách được 80% dự toán.', 10)).toBe(2019);
  });
  it('leaves a period the figures are compared with, and one far from the meeting', () => {
    expect(yearFromText('Ngày 8/7, Cục Thuế họp. Số thu tăng 12% so với 6 tháng đầu năm 2016.', 7)).toBeNull();
    expect(yearFromText('Ngày 20/12, Sở Y tế họp. Trong 3 tháng đầu năm 2016, đã có 40 ca bệnh.', 12)).toBeNull();
  });
});

describe('yearFromText: year-end-figure, statistic-in-year, completion-within-year, start-of-year-point', () => {
  it('takes no year from a figure as of a year\'s end or a year\'s statistic', () => {
    expect(yearFromText('Ngày 9/5, Bảo hiểm xã hội tỉnh tổ chức tọa đàm. Đến cuối năm 2016 số nợ bảo hiểm có giảm khoảng 300 tỷ đồng.', 5)).toBeNull();
    expect(yearFromText('Chiều 3/4, Sở Giao thông họp. Thống kê trong năm 2015, lượng khách qua bến xe Miền Đông tăng mạnh.', 4)).toBeNull();
  });
  it('still reads a year-end target as the meeting\'s year', () => {
    expect(yearFromText('Sáng 2/3, huyện họp. Phấn đấu đến cuối năm 2019 tỷ lệ hộ nghèo giảm 2%.', 3)).toBe(2019);
  });
  it('takes no year from a work to be finished within a year', () => {
    expect(yearFromText('Chiều 11-7, Bí thư Thành ủy làm việc với Sở Xây dựng. Cầu Rạch Miễu 2 phải hoàn thành trong năm 2019.', 7)).toBeNull();
    expect(yearFromText('Ngày 4/9, tỉnh họp. Bệnh viện sẽ được đưa vào sử dụng trong năm 2020.', 9)).toBeNull();
  });
  it('reads "từ đầu năm Y" only up to now', () => {
    expect(yearFromText('Ngày 11/5, UBND thành phố họp. Từ đầu năm 2014, thành phố đề xuất điều chỉnh quy hoạch.', 5)).toBeNull();
    expect(yearFromText('Ngày 11/5, UBND thành phố họp. Từ đầu năm 2018 đến nay, thành phố thu hút 30 dự án.', 5)).toBe(2018);
  });
});

describe('yearFromText: meeting-held-early-in-year', () => {
  it('takes no year from a past meeting placed at a year\'s start', () => {
    expect(yearFromText('Sáng 9/5, Hội nghị Trung ương bước sang ngày thứ năm. Tại Đại hội Đảng bộ tỉnh lần thứ XV đầu năm 2015, ông A được bầu làm Bí thư.', 5)).toBeNull();
    expect(yearFromText('Chiều 20/6, Hội Nông dân họp. Sau Hội nghị Ban Chấp hành đầu năm 2016 của Hội, phong trào phát triển mạnh.', 6)).toBeNull();
  });
});

describe('yearFromText: compared-period, document-content-year, reported-figure-year, not-until-quarter', () => {
  it('takes no year from a benchmark after "so với (cùng kỳ)"', () => {
    expect(yearFromText('Sáng 11/5, hãng xe họp cổ đông. Doanh số kể từ đầu năm đã giảm 25% so với cùng kỳ năm 2015.', 5)).toBeNull();
    expect(yearFromText('Ngày 3/8, Sở Công Thương họp. Kim ngạch trong năm nay tăng so với năm 2014.', 8)).toBeNull();
  });
  it('takes no year from the business of a numbered paper of an earlier year', () => {
    expect(yearFromText('Chiều 22-5, Quốc hội họp. Quốc hội đã có Nghị quyết số 78/2014/QH13 về dự toán, nhiệm vụ thu, chi ngân sách năm 2015.', 5)).toBeNull();
    expect(yearFromText('Ngày 2/6, tỉnh họp. Theo Quyết định số 12/2013/QĐ-UBND về kế hoạch phát triển nhiệm vụ năm 2014 của tỉnh.', 6)).toBeNull();
  });
  it('takes no year from the figures a meeting showed', () => {
    expect(yearFromText('Ngày 23-5, hội thảo về nợ xấu diễn ra. Số liệu tại hội thảo cho thấy năm 2012, nợ xấu lên đến 17%.', 5)).toBeNull();
    expect(yearFromText('Sáng 6/6, tại hội nghị, đại diện Cục Thống kê cho biết năm 2014 có 900 doanh nghiệp giải thể.', 6)).toBeNull();
  });
  it('takes no year from a quarter something waited for', () => {
    expect(yearFromText('Chiều 24/5, Hiệp hội Mía đường họp. Đường nhập khẩu về chậm, mãi đến quý 4/2015 mới về đủ.', 5)).toBeNull();
    expect(yearFromText('Ngày 10/4, Sở họp. Vốn đến quý 3/2014 mới được giải ngân.', 4)).toBeNull();
  });
});
