import { describe, expect, it } from 'vitest';
import { yearFromText } from '../../../src/extract/dates.js';

// A meeting dated by day and month only takes a year from the text only when the text ties the year to it.

describe('statement-year-after-meeting-word', () => {
  it('does not take the year someone talks about at the meeting for the meeting name', () => {
    expect(yearFromText('Tại buổi gặp mặt, Giám đốc Sở A nhấn mạnh năm 2016 là năm ngành có nhiều niềm vui.', 2)).toBeNull();
    expect(yearFromText('Phát biểu tại hội nghị, ông B khẳng định năm 2016 là năm bản lề của ngành.', 3)).toBeNull();
  });
  it('still takes a year for which the speaker sets a task at the meeting', () => {
    expect(yearFromText('Kết luận cuộc họp, ông C cho rằng, trong năm 2017, Sở Du lịch phải hoàn thành đề án.', 2)).toBe(2017);
    expect(yearFromText('Tại buổi làm việc, bà D nhấn mạnh năm 2018 các xã cần về đích nông thôn mới.', 3)).toBe(2018);
  });
  it('still takes the year in the meeting name', () => {
    expect(yearFromText('Hội nghị xúc tiến đầu tư năm 2017 đã thu hút 300 doanh nghiệp.', 4)).toBe(2017);
  });
});

describe('aim-and-year-in-other-clauses', () => {
  it('does not read a year opening the next clause as the aim\'s year', () => {
    expect(yearFromText('Thực hiện mục tiêu giảm nghèo, năm 2016, ngân hàng đã cho 2.000 hộ vay vốn.', 2)).toBeNull();
    expect(yearFromText('Bám sát nhiệm vụ chính trị, năm 2015, đơn vị đã tổ chức 12 đợt huấn luyện.', 1)).toBeNull();
  });
  it('still takes the year of a task in one clause', () => {
    expect(yearFromText('Hội nghị bàn nhiệm vụ trọng tâm năm 2017 của ngành.', 2)).toBe(2017);
    expect(yearFromText('Các sở phải triển khai nhiệm vụ năm 2018 ngay từ đầu tháng.', 1)).toBe(2018);
  });
});

describe('year-reviewed-early-in-year', () => {
  it('does not date an early-year meeting by the year whose situation or accounts it reviews', () => {
    expect(yearFromText('Đoàn công tác làm việc với huyện A về tình hình kinh tế - xã hội trong năm 2016.', 2)).toBeNull();
    expect(yearFromText('Thành phố chiếm gần một phần tư tổng dự toán thu ngân sách trong năm 2016, các đại biểu cho biết.', 1)).toBeNull();
    expect(yearFromText('Tại buổi gặp mặt, Giám đốc Sở A nhấn mạnh trong năm 2016 ngành có nhiều niềm vui.', 2)).toBeNull();
  });
  it('still takes the year from an aim or a programme set early in the year', () => {
    expect(yearFromText('Giám đốc yêu cầu các phòng sẽ cải thiện tình hình an toàn trong năm 2017.', 2)).toBe(2017);
    expect(yearFromText('Cuộc họp bàn kế hoạch phối hợp, đề ra chương trình hoạt động trong năm 2017.', 2)).toBe(2017);
    expect(yearFromText('Tại buổi làm việc, ông F nhấn mạnh trong năm 2017 các sở phải giải ngân hết vốn.', 2)).toBe(2017);
  });
});
