import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf, meetingPeople } from './helpers.js';

/** The (person, title) pairs an article states. */
function positions(text: string): Array<[string, string]> {
  return extract(articleOf(text)).positions.map((p) => [String(p.person), p.title]);
}

describe('attendance-dự-compound after a name: "A dự kiến …", "B dự báo …" attend nothing', () => {
  it('does not make a leader whose visit is planned ("dự kiến") an attendee of the talks', () => {
    const p = meetingPeople('Ngày 20/4, Bộ trưởng Ngoại giao Lê Minh Khoa đã hội đàm với Bộ trưởng Ngoại giao Lào Somsak Phomvihane. Hai bên cũng bàn việc chuẩn bị cho chuyến thăm sắp tới của Tổng Bí thư Lào Bounmy Keola dự kiến vào tháng 7.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Lê Minh Khoa', 'Somsak Phomvihane']));
    expect(p.attendees).not.toContain('Bounmy Keola');
  });

  it('does not make an expert who forecasts ("dự báo") an attendee', () => {
    const p = meetingPeople('Sáng 3/3, Sở Nông nghiệp tổ chức hội nghị, Phó Giám đốc Sở Trần Văn Bình chủ trì. Năm ngoái, ông Hoàng Minh Tú, chuyên gia khí tượng dự báo mùa mưa đến sớm.');
    expect(p.chairs).toEqual(['Trần Văn Bình']);
    expect(p.attendees).not.toContain('Hoàng Minh Tú');
  });
});

describe('receives-not-continues: "tiếp tục", "tiếp thu", "tiếp nhận" receive nobody', () => {
  it('does not make the person who "tiếp tục" something an attendee', () => {
    const p = meetingPeople('Chiều 29/5, UBND quận 3 tổ chức họp báo, Chánh Văn phòng Lê Thị Mai chủ trì. Bà Mai khẳng định không có chuyện quận cấm ông Phan Văn Hậu tiếp tục đi kiểm tra vỉa hè.');
    expect(p.chairs).toEqual(['Lê Thị Mai']);
    expect(p.attendees).not.toContain('Phan Văn Hậu');
  });

  it('does not make the person who "tiếp nhận" a file an attendee, but keeps a host who "tiếp" a guest', () => {
    const p = meetingPeople('Chiều 5/6, Bộ trưởng Bộ Y tế Đào Thị Hạnh đã tiếp Đại sứ Nhật Bản Kenji Sato. Sau đó, bà Vũ Thị Nga tiếp nhận hồ sơ của đoàn.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Đào Thị Hạnh', 'Kenji Sato']));
    expect(p.attendees).not.toContain('Vũ Thị Nga');
  });
});

describe('another-development-opener: "Trong một diễn biến khác, …" turns to another story', () => {
  it('takes nobody named after it, in its paragraph, for the meeting', () => {
    const p = meetingPeople('Sáng 30/5, UBND tỉnh Yên Bái tổ chức cuộc họp khẩn về vụ ngộ độc, ông Đỗ Đức Minh, Chủ tịch UBND tỉnh chủ trì. Trong một diễn biến khác, Bộ Công an đã cử lực lượng hỗ trợ. Thiếu tướng Lương Văn Dũng, Cục trưởng Cục Cảnh sát hình sự đã giao Công an tỉnh khởi tố vụ án.');
    expect(p.chairs).toEqual(['Đỗ Đức Minh']);
    expect(p.attendees).not.toContain('Lương Văn Dũng');
    expect(p.speakers).not.toContain('Lương Văn Dũng');
  });

  it('also reads "Ở một diễn biến khác" so, and leaves a stretch that names its own meeting alone', () => {
    const off = meetingPeople('Chiều 2/6, Sở Xây dựng tổ chức cuộc họp, Giám đốc Sở Nguyễn Thanh Hải chủ trì. Ở một diễn biến khác, ông Trịnh Văn Lộc, Chủ tịch Hiệp hội Nhà thầu cho biết sẽ khởi kiện.');
    expect(off.speakers).not.toContain('Trịnh Văn Lộc');
    const own = meetingPeople('Trong một diễn biến khác, chiều 2/6, Sở Xây dựng tổ chức cuộc họp, Giám đốc Sở Nguyễn Thanh Hải chủ trì. Ông Trịnh Văn Lộc, Chủ tịch Hiệp hội Nhà thầu phát biểu tại cuộc họp.');
    expect(own.chairs).toEqual(['Nguyễn Thanh Hải']);
    expect(own.speakers).toContain('Trịnh Văn Lộc');
  });
});

describe('speech-after-the-meeting: "Trả lời báo chí sau cuộc họp, A cho biết" — A attended, did not speak at it', () => {
  it('keeps the one answering the press after the meeting as an attendee, not a speaker', () => {
    const p = meetingPeople('Chiều 12/6, Phó Thủ tướng Trịnh Văn An chủ trì cuộc họp với các bộ về sân bay Long Thành. Trả lời báo chí sau cuộc họp, Bộ trưởng Bộ Giao thông vận tải Trương Quang Nghĩa cho biết sẽ thuê tư vấn nước ngoài.');
    expect(p.speakers).not.toContain('Trương Quang Nghĩa');
    expect(p.attendees).toContain('Trương Quang Nghĩa');
  });

  it('reads "Ngày 31/5, sau khi kết thúc hội đàm, …" so too', () => {
    const p = meetingPeople('Ngày 31/5, Chủ tịch nước Lê Quang Vinh đã hội đàm với Tổng thống Chile Juan Torres. Ngày 31/5, sau khi kết thúc hội đàm, Tổng thống Juan Torres chia sẻ hình ảnh về cuộc gặp.');
    expect(p.attendees).toContain('Juan Torres');
    expect(p.speakers).not.toContain('Juan Torres');
  });
});

describe('talks-between: "cuộc hội đàm giữa A và B" — both sides take part', () => {
  it('makes both ministers named after "hội đàm giữa" attendees', () => {
    const p = meetingPeople('Ngày 26/5, tại thủ đô Viêng Chăn đã diễn ra cuộc hội đàm giữa Bộ trưởng Quốc phòng Lào Chansamone Chanyalath và Bộ trưởng Quốc phòng Việt Nam Phan Văn Giang, trong đó hai bên thảo luận nhiều vấn đề.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Chansamone Chanyalath', 'Phan Văn Giang']));
  });

  it('takes nobody from talks still to come, nor the subject of the next clause', () => {
    const future = meetingPeople('Sáng 2/6, Bộ Ngoại giao tổ chức họp báo, Người phát ngôn Lê Thị Thu Hằng chủ trì. Cuộc điện đàm giữa Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron sẽ diễn ra tuần tới.');
    expect(future.attendees).not.toContain('Vladimir Putin');
    const clause = meetingPeople('Chiều 8/6 đã diễn ra cuộc gặp giữa Chủ tịch UBND tỉnh Trần Văn Sơn và Đại sứ Hàn Quốc Kim Do Hyun, ông Hà Văn Lâm, Giám đốc Sở Ngoại vụ cho biết.');
    expect(clause.attendees).toEqual(expect.arrayContaining(['Trần Văn Sơn', 'Kim Do Hyun']));
    expect(clause.speakers).toContain('Hà Văn Lâm');
  });
});

describe('positions: dash-chained-posts and verbs that end a post', () => {
  it('reads both posts joined by a spaced dash before a name', () => {
    expect(positions('Chiều 19/6, Ủy viên Bộ Chính trị - Phó Thủ tướng Vương Văn Hải đã chủ trì hội nghị.')).toEqual(
      expect.arrayContaining([['Vương Văn Hải', 'Ủy viên Bộ Chính trị'], ['Vương Văn Hải', 'Phó Thủ tướng']]));
    expect(positions('Sáng 2/3, Thứ trưởng Bộ Tài chính – Trưởng ban Chỉ đạo Trần Văn Hiếu phát biểu tại hội nghị.')).toEqual(
      expect.arrayContaining([['Trần Văn Hiếu', 'Thứ trưởng Bộ Tài chính'], ['Trần Văn Hiếu', 'Trưởng ban Chỉ đạo']]));
  });

  it('does not chain a body name written with a dash', () => {
    const p = positions('Sáng 2/3, Sở Lao động - Thương binh và Xã hội tổ chức hội nghị, Phó Chủ tịch UBND tỉnh Trần Văn Hòa dự.');
    expect(p).toEqual([['Trần Văn Hòa', 'Phó Chủ tịch UBND tỉnh']]);
  });

  it('ends a post at "đặt vấn đề", "vui mừng", "trân trọng", "đặt câu hỏi"', () => {
    expect(positions('Ông Lê Văn Khải, Phó Chủ tịch UBND TP.HCM đặt vấn đề về việc rút kinh nghiệm.')).toEqual([['Lê Văn Khải', 'Phó Chủ tịch UBND TP.HCM']]);
    expect(positions('Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị vui mừng trước kết quả đạt được.')).toEqual([['Nguyễn Văn Hùng', 'Bí thư Tỉnh ủy Quảng Trị']]);
    expect(positions('Bà Đặng Thị Hoa, Phó Chánh án TAND Thành phố Cần Thơ đặt câu hỏi với luật sư.')).toEqual([['Đặng Thị Hoa', 'Phó Chánh án TAND Thành phố Cần Thơ']]);
  });
});

describe('positions: predicate-compound "Đăng ký", "Thư ký" inside a body name', () => {
  it('does not end a post at the "ký" of "Đăng ký"', () => {
    expect(positions('Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc cho biết, công tác đăng ký đang được điều chỉnh.')).toEqual(
      [['Phạm Tuấn Ngọc', 'Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm']]);
    expect(positions('Ông Lê Văn Tú, Giám đốc Văn phòng Đăng ký đất đai tỉnh, cho biết hồ sơ đã đủ.')).toEqual(
      [['Lê Văn Tú', 'Giám đốc Văn phòng Đăng ký đất đai tỉnh']]);
  });
});

describe('positions: acting-post-before-name ("Quyền Chánh Văn phòng A")', () => {
  it('keeps "Quyền" on a post written before the name', () => {
    expect(positions('Tham dự có Quyền Chánh Văn phòng UBND tỉnh Trần Văn Sơn.')).toEqual([['Trần Văn Sơn', 'Quyền Chánh Văn phòng UBND tỉnh']]);
    expect(positions('Quyền Giám đốc Sở Y tế Ngô Thị Bích phát biểu tại hội nghị.')).toEqual([['Ngô Thị Bích', 'Quyền Giám đốc Sở Y tế']]);
  });

  it('leaves "quyền" written in lower case (a right, an administration) out of the post', () => {
    const p = positions('Chính sách của chính quyền Tổng thống Mỹ Donald Trump đã thay đổi.');
    expect(p.some(([, t]) => /quyền/u.test(t))).toBe(false);
  });
});
