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
