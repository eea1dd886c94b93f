import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const run = (text: string) => extract(articleOf(text));
const positionsOf = (text: string): string[] => run(text).positions.map((p) => `${p.person} = ${p.title}`);
const personsOf = (text: string): string[] => run(text).persons.map((p) => p.name);
const attendeesOf = (text: string): string[] => (run(text).meetings[0]?.attendees ?? []).map((a) => a.name);
const speakersOf = (text: string): string[] => (run(text).meetings[0]?.speakers ?? []).map((a) => a.name);

describe('foreign-name-ending-like-a-syllable', () => {
  it('reads a foreign name whose last word spells a Vietnamese syllable after a post or "bà"', () => {
    expect(positionsOf('Hôm qua, Thủ tướng Anh Theresa May đã gửi thư cảm ơn lực lượng cứu hộ.')).toContain('Theresa May = Thủ tướng Anh');
    expect(positionsOf('Tổng Giám đốc Tổ chức Y tế Thế giới, bà Fang Liu cho biết sẽ sang thăm Hà Nội.')).toContain('Fang Liu = Tổng Giám đốc Tổ chức Y tế Thế giới');
    expect(personsOf('Trong cuộc vận động, bà Marine Le Pen cho biết sẽ tiếp tục tranh cử.')).toContain('Marine Le Pen');
  });
  it('leaves a sentence opener, a place and a run with no post or honorific before it', () => {
    expect(personsOf('Tổng thống Vladimir Putin Trong khi đó cho biết sẽ gặp các bộ trưởng.')).not.toContain('Putin Trong');
    expect(personsOf('Đoàn đại biểu đã đến Phnom Penh vào sáng qua để làm việc.')).toEqual([]);
    expect(personsOf('Giải đấu World Cup sẽ diễn ra vào năm sau tại nhiều thành phố.')).toEqual([]);
  });
  it('keeps Korean and Vietnamese readings of a run first', () => {
    expect(positionsOf('Chủ tịch Triều Tiên Kim Jong Un đã thị sát một nhà máy mới.')).toContain('Kim Jong Un = Chủ tịch Triều Tiên');
    expect(positionsOf('Tổng thống Hàn Quốc Moon Jae In cho biết sẽ gặp đại diện doanh nghiệp.')).toContain('Moon Jae In = Tổng thống Hàn Quốc');
  });
});

describe('country-after-post', () => {
  it('keeps a capitalised "Anh" after a post as the post\'s country, not an honorific', () => {
    expect(positionsOf('Ngoại trưởng Anh Boris Johnson cho biết London sẽ hỗ trợ điều tra.')).toContain('Boris Johnson = Ngoại trưởng Anh');
    expect(positionsOf('Bộ trưởng Quốc phòng Anh Michael Fallon đã đến thăm căn cứ này.')).toContain('Michael Fallon = Bộ trưởng Quốc phòng Anh');
  });
  it('still reads the honorific "anh" before a name', () => {
    expect(positionsOf('Chiều qua, anh Nguyễn Văn Tùng, Giám đốc Công ty Hòa Bình cho biết đơn hàng tăng.')).toContain('Nguyễn Văn Tùng = Giám đốc Công ty Hòa Bình');
  });
});

describe('mission-seat-abroad', () => {
  it('keeps a foreign country, an international organisation or a foreign capital as the seat of a post', () => {
    expect(positionsOf('Đại sứ Triều Tiên tại Nga, ông Kim Hyun-joong cho biết nước này sẽ đáp trả.')).toContain('Kim Hyun-joong = Đại sứ Triều Tiên tại Nga');
    expect(positionsOf('Đại sứ Mỹ tại Liên Hợp Quốc, bà Nikki Haley, tuyên bố sẽ đề xuất nghị quyết mới.')).toContain('Nikki Haley = Đại sứ Mỹ tại Liên Hợp Quốc');
    expect(positionsOf('Ông Trần Văn Hưng, Đại sứ Việt Nam tại Pháp, cho biết cộng đồng người Việt rất phấn khởi.')).toContain('Trần Văn Hưng = Đại sứ Việt Nam tại Pháp');
    expect(positionsOf('Đại sứ Nga tại Washington, ông Sergei Ivanov, cho biết sẽ về nước.')).toContain('Sergei Ivanov = Đại sứ Nga tại Washington');
  });
});

describe('event-seat-before-comma-name', () => {
  it('keeps "tại <event>" inside a post that opens its clause before ", ông A"', () => {
    expect(positionsOf('Trưởng đoàn Bắn súng Việt Nam tại Olympic Rio 2016, ông Nguyễn Văn Tài cho biết các xạ thủ đã sẵn sàng.'))
      .toContain('Nguyễn Văn Tài = Trưởng đoàn Bắn súng Việt Nam tại Olympic Rio 2016');
    expect(positionsOf('Giám đốc Trung tâm Báo chí tại Hội nghị APEC 2017, bà Phạm Thị Lan cho biết đã có 3.000 phóng viên đăng ký.'))
      .toContain('Phạm Thị Lan = Giám đốc Trung tâm Báo chí tại Hội nghị APEC 2017');
  });
  it('gives no post to a clause that only says where someone spoke', () => {
    expect(positionsOf('Phát biểu tại Hội nghị Xúc tiến Đầu tư, ông Lê Văn Hùng cho biết tỉnh sẽ hỗ trợ doanh nghiệp.')).toEqual([]);
  });
});

describe('post ends before "bên lề" and "nhân dịp"', () => {
  it('ends a post after the name at "bên lề" and "nhân dịp"', () => {
    expect(positionsOf('Ông Park Min-soo, Bộ trưởng Thương mại Hàn Quốc bên lề Diễn đàn Kinh tế đã gặp các doanh nghiệp.'))
      .toContain('Park Min-soo = Bộ trưởng Thương mại Hàn Quốc');
    expect(positionsOf('Ông Lê Minh Tâm, Chủ tịch Hội Doanh nhân trẻ nhân dịp Tết đã thăm hỏi công nhân.'))
      .toContain('Lê Minh Tâm = Chủ tịch Hội Doanh nhân trẻ');
  });
});

describe('meeting-word-in-what-is-said', () => {
  const PRESS = 'Sáng 28/6, Thứ trưởng Bộ Tài chính Trần Văn Hiếu chủ trì buổi họp báo về thu ngân sách. Tại buổi họp báo, Vụ trưởng Vụ Ngân sách Lê Thị Hoa cho biết số thu tăng 12%. ';
  it('leaves out a speaker whose statement is dated to another day, a meeting word after him being what he said', () => {
    const text = PRESS + 'Liên quan đến việc này, làm việc với tỉnh Bắc Ninh hôm 26/6, Phó Thủ tướng Nguyễn Văn Phong cho biết đã chủ trì cuộc họp về nợ đọng thuế. “Phải thu hồi hết nợ đọng.” - Phó Thủ tướng nói.';
    expect(attendeesOf(text)).toEqual(['Trần Văn Hiếu', 'Lê Thị Hoa']);
    const text2 = PRESS + 'Liên quan đến việc này, tiếp xúc cử tri Hải Dương hôm 26/6, Phó Thủ tướng Nguyễn Văn Phong cho biết đã chỉ đạo tại cuộc họp với các bộ về giá điện.';
    expect(speakersOf(text2)).not.toContain('Nguyễn Văn Phong');
    expect(attendeesOf(text2)).not.toContain('Nguyễn Văn Phong');
  });
  it('keeps a speaker whose sentence names the meeting before him', () => {
    const text = PRESS + 'Tại buổi họp báo hôm 28/6, Phó Vụ trưởng Nguyễn Văn Nam cho biết tiến độ giải ngân còn chậm.';
    expect(speakersOf(text)).toContain('Nguyễn Văn Nam');
  });
});
