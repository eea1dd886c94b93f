import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

/** Story sentences that name no meeting, enough to push what follows well past the lead. */
const story = (lines: readonly string[], times: number): string =>
  Array.from({ length: times }, (_, i) => lines[i % lines.length]!).join(' ');
const COMPLAINT = [
  'Người dân thôn Đông Hòa phản ánh con đường liên thôn bị xuống cấp nghiêm trọng sau mùa mưa lũ năm nay.',
  'Nhiều đoạn mặt đường bong tróc, ổ gà sâu hoắm khiến xe máy đi lại rất khó khăn vào ban đêm.',
  'Các hộ dân cho biết họ đã nhiều lần gửi đơn nhưng việc sửa chữa vẫn chưa được thực hiện dứt điểm.',
  'Theo ghi nhận của phóng viên, nhiều cột điện dọc tuyến đường cũng đã nghiêng và có nguy cơ đổ.',
];
const TRIP = [
  'Tại sân bay, đoàn được các quan chức nước chủ nhà đón tiếp trọng thể với nghi thức dành cho nguyên thủ.',
  'Trên đường về khách sạn, đoàn đi qua những đại lộ rợp bóng cây và các công trình kiến trúc cổ kính.',
  'Kiều bào ta đã tập trung từ sớm để chào đón đoàn với cờ hoa và những bài hát quê hương.',
];

describe('meetings: background-meeting-deep-in-body', () => {
  it('a dated meeting told far into a complaint story is background, not the article\'s meeting', () => {
    const text = 'Đường liên thôn xuống cấp, dân bức xúc\n' + story(COMPLAINT, 20) +
      ' Ngày 15.4.2016, UBND xã Đông Hòa đã tổ chức cuộc họp giải quyết đơn kiến nghị của các hộ dân. Tại cuộc họp, ông Lê Văn Hòa, Phó Chủ tịch UBND xã cho biết sẽ sớm sửa chữa tuyến đường.';
    expect(extract(articleOf(text)).meetings).toEqual([]);
  });
  it('a working session quoted late in an appointment story is background', () => {
    const text = 'Sở Xây dựng có giám đốc mới\n' + story(COMPLAINT, 18) +
      ' Tại buổi làm việc ngày 17.6.2017, ông Trần Minh Đức, Giám đốc Sở Xây dựng cho biết kinh phí sửa chữa đã được bố trí đầy đủ.';
    expect(extract(articleOf(text)).meetings).toEqual([]);
  });
  it('a lead telling a state visit keeps its talks told late (lead-hosted-occasion)', () => {
    const text = 'Hình ảnh chuyến thăm Cộng hòa Ba Lan của Chủ tịch nước\n' +
      'Chiều 26/6, Chủ tịch nước Lê Văn An đã tới thủ đô Vácsava, bắt đầu chuyến thăm chính thức Cộng hòa Ba Lan.\n' +
      story(TRIP, 18) + ' Sáng 27/6, tại Phủ Tổng thống đã diễn ra cuộc hội đàm giữa Chủ tịch nước Lê Văn An và Tổng thống Ba Lan Andrzej Nowak. Tại cuộc hội đàm, Tổng thống Andrzej Nowak khẳng định Ba Lan coi trọng quan hệ với Việt Nam.';
    const m = extract(articleOf(text)).meetings;
    expect(m).toHaveLength(1);
    expect(m[0]!.kind).toMatch(/hội đàm/i);
  });
  it('a meeting someone chairs later the same day as the lead\'s inspection is reported', () => {
    const text = 'Phó Thủ tướng kiểm tra tuyến đê biển\n' +
      'Sáng 29/5, Phó Thủ tướng Hoàng Minh Tâm đã kiểm tra tuyến đê biển tại xã Tân Thành.\n' + story(COMPLAINT, 18) +
      ' Chiều cùng ngày, Phó Thủ tướng Hoàng Minh Tâm chủ trì cuộc làm việc với lãnh đạo các tỉnh ven biển về phòng chống sạt lở.';
    const m = extract(articleOf(text)).meetings;
    expect(m).toHaveLength(1);
    expect(m[0]!.chairs.map((p) => p.name)).toEqual(['Hoàng Minh Tâm']);
  });
});

describe('meetings: talks-told-held-bare ("hai bên đã tiến hành hội đàm." without "với")', () => {
  it('a headline naming the talks and a bare "đã tiến hành hội đàm" make the talks the meeting, not the conference the lead names', () => {
    const text = 'Chủ tịch Quốc hội đón, hội đàm với Chủ tịch Quốc hội Vương quốc Thái Lan\n' +
      'Ngày 12/9, Đoàn đại biểu Quốc hội Thái Lan do Chủ tịch Quốc hội Somchai Wongsa dẫn đầu đã tới Hà Nội, tham dự Hội nghị Liên minh Nghị viện khu vực từ ngày 12 - 14/9/2019.\n' +
      'Chiều 12/9, Chủ tịch Quốc hội Trần Thu Hà đã tiếp Chủ tịch Quốc hội Thái Lan Somchai Wongsa. Sau cuộc tiếp, hai bên đã tiến hành hội đàm.';
    const m = extract(articleOf(text, { title: 'Chủ tịch Quốc hội đón, hội đàm với Chủ tịch Quốc hội Vương quốc Thái Lan' })).meetings;
    expect(m).toHaveLength(1);
    expect(m[0]!.kind).toBe('Hội đàm');
    expect(m[0]!.attendees.map((p) => p.name)).toContain('Trần Thu Hà');
  });
  it('"Hai bộ trưởng đã hội đàm." after a headline on the talks tells them held', () => {
    const text = 'Bộ trưởng Quốc phòng hội đàm với Bộ trưởng Quốc phòng Lào\n' +
      'Ngày 3/5, Bộ trưởng Quốc phòng Lào Chansamone Keo dẫn đầu đoàn đại biểu sang dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng tổ chức tại Hà Nội từ ngày 3 - 5/5/2020.\n' +
      'Chiều 3/5, Đại tướng Ngô Xuân Bách, Bộ trưởng Bộ Quốc phòng đã đón Bộ trưởng Chansamone Keo tại trụ sở Bộ. Sau lễ đón, hai bộ trưởng đã hội đàm.';
    const m = extract(articleOf(text, { title: 'Bộ trưởng Quốc phòng hội đàm với Bộ trưởng Quốc phòng Lào' })).meetings;
    expect(m.map((x) => x.kind)).toEqual(['Hội đàm']);
  });
  it('talks a sentence looks back on ("Trước đó, hai bên đã hội đàm.") do not count', () => {
    const text = 'Thủ tướng hội đàm với Thủ tướng Lào\n' +
      'Năm 2018, hai nước đã ký nhiều văn kiện hợp tác. Trước đó, hai bên đã hội đàm.';
    const m = extract(articleOf(text, { title: 'Thủ tướng hội đàm với Thủ tướng Lào' })).meetings;
    expect(m).toEqual([]);
  });
});
