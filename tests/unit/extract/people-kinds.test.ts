import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findNames } from '../../../src/extract/names.js';
import { findNameMentions } from '../../../src/extract/mentions.js';
import { articleOf, meetingPeople } from './helpers.js';

const found = (s: string): string[] => findNames(s).map((n) => n.name);
const titlesOf = (s: string): Record<string, string[]> =>
  Object.fromEntries(findNameMentions(s).map((m) => [m.name, m.titles.map((t) => t.text)]));
const posts = (e: ReturnType<typeof extract>): string[] => e.positions.map((p) => `${p.person} | ${p.title}`);

describe('Korean names written in romanised form', () => {
  it('reads a Korean surname and its given names after a title and a country', () => {
    expect(found('Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung Wha phát biểu')).toEqual(['Kang Kyung Wha']);
    expect(found('Đại sứ Hàn Quốc tại Việt Nam Kim Do Hyun cho biết')).toEqual(['Kim Do Hyun']);
  });

  it('keeps a hyphenated given name with its lower-case second part ("Jae-in", "Hang-seo")', () => {
    expect(found('Tổng thống Hàn Quốc Moon Jae-in đã hội đàm')).toEqual(['Moon Jae-in']);
    expect(found('huấn luyện viên Park Hang-seo cho biết')).toEqual(['Park Hang-seo']);
  });

  it('leaves Vietnamese words that look like a Korean surname alone', () => {
    expect(found('bà Nguyễn Thị Kim Anh phát biểu')).toEqual(['Nguyễn Thị Kim Anh']);
    expect(found('Phó Trưởng Ban Kinh tế Trung ương dự')).toEqual([]);
  });

  it('gives the Korean minister her own post, not the next person\'s', () => {
    const t = titlesOf('sau chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung Wha, Bộ trưởng Ngoại giao Canada Marc Garneau');
    expect(t['Kang Kyung Wha']).toEqual(['Bộ trưởng Ngoại giao Hàn Quốc']);
    expect(t['Marc Garneau']).toEqual(['Bộ trưởng Ngoại giao Canada']);
  });
});

describe('a capitalised honorific that ends a place name', () => {
  it('keeps "Anh" of "Vương quốc Anh" in the title before a foreign name', () => {
    expect(titlesOf('Đại sứ Vương quốc Anh Gareth Ward phát biểu')['Gareth Ward']).toEqual(['Đại sứ Vương quốc Anh']);
    expect(titlesOf('gặp Bộ trưởng Thương mại Vương quốc Anh Liz Truss tại Hà Nội')['Liz Truss']).toEqual(['Bộ trưởng Thương mại Vương quốc Anh']);
  });

  it('still reads "anh" before a name as an honorific', () => {
    const m = findNameMentions('Theo anh Lê Văn Tài, Chủ nhiệm hợp tác xã');
    expect(m[0]!.honorific).toBe(true);
  });
});

describe('a list header\'s title shared by ";"-separated items with their own titles', () => {
  it('gives the header title to every item of the list', () => {
    const e = extract(articleOf('Sáng 3/3, UBND tỉnh tổ chức hội nghị. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Tâm, Trưởng Ban Dân vận Tỉnh ủy; Trần Thị Hoa, Chủ tịch Ủy ban MTTQ tỉnh; Phạm Văn Lực, Giám đốc Công an tỉnh.'));
    expect(posts(e)).toEqual(expect.arrayContaining([
      'Lê Văn Tâm | Ủy viên Ban Thường vụ Tỉnh ủy', 'Trần Thị Hoa | Ủy viên Ban Thường vụ Tỉnh ủy', 'Phạm Văn Lực | Ủy viên Ban Thường vụ Tỉnh ủy',
      'Trần Thị Hoa | Chủ tịch Ủy ban MTTQ tỉnh',
    ]));
  });

  it('does not give it past the list, to a person after another header', () => {
    const t = titlesOf('Cùng dự có các đồng chí Tỉnh ủy viên: Hà Văn Long, Bí thư Huyện ủy; Đỗ Thị Mai, Chủ tịch UBND huyện; đồng chí Vũ Văn Hải, Giám đốc Sở Tài chính.');
    expect(t['Đỗ Thị Mai']).toContain('Tỉnh ủy viên');
    expect(t['Vũ Văn Hải']).toEqual(['Giám đốc Sở Tài chính']);
  });
});

describe('positions as the gold writes them', () => {
  it('keeps the former-post marker as written, with the role read without it', () => {
    const e = extract(articleOf('Sáng 6/6, Sở Tư pháp tổ chức hội nghị. Ông Hà Văn Sáu, nguyên Giám đốc Sở Tư pháp phát biểu. Cựu Bộ trưởng Bộ Y tế Lê Thị Thu cũng dự.'));
    const p = e.positions.map((x) => [x.title, x.role, x.former]);
    expect(p).toEqual(expect.arrayContaining([['nguyên Giám đốc Sở Tư pháp', 'Giám đốc', true], ['Cựu Bộ trưởng Bộ Y tế', 'Bộ trưởng', true]]));
  });

  it('reads the post a person is elected or appointed to ("giữ chức", "nhậm chức")', () => {
    expect(titlesOf('Kỳ họp đã bầu bà Đào Thị Khánh giữ chức Phó Chủ tịch UBND tỉnh.')['Đào Thị Khánh']).toEqual(['Phó Chủ tịch UBND tỉnh']);
    expect(titlesOf('Ông Đinh Văn Hòa chính thức nhậm chức Phó ban Kinh tế Trung ương từ ngày 11/5.')['Đinh Văn Hòa']).toEqual(['Phó ban Kinh tế Trung ương']);
  });

  it('gives no post a person is only put forward for', () => {
    expect(titlesOf('Ban Thường vụ giới thiệu ông Tôn Thất Hưng để bầu giữ chức Chủ tịch UBND tỉnh.')['Tôn Thất Hưng']).toEqual([]);
    expect(titlesOf('Sở đề nghị bổ nhiệm bà Lò Thị Vân giữ chức Phó Giám đốc.')['Lò Thị Vân']).toEqual([]);
  });

  it('gives a title written after one person to that person only, not to the next name too', () => {
    const t = titlesOf('Tiếp thu ý kiến, ông Lâm Văn Hậu - Chủ tịch UBND huyện Tuy An, Phó Chủ tịch Trương Minh Lộc; bà Tạ Thị Hồng - Phó Giám đốc Sở Tài chính trả lời.');
    expect(t['Lâm Văn Hậu']).toEqual(['Chủ tịch UBND huyện Tuy An']);
    expect(t['Trương Minh Lộc']).toEqual(['Phó Chủ tịch']);
  });

  it('keeps "các" followed by a capitalised word inside the body of a title', () => {
    expect(titlesOf('ông Hồ Quốc Việt - Trưởng ban Quản lý các KCN Bình Dương - đồng chủ trì')['Hồ Quốc Việt']).toEqual(['Trưởng ban Quản lý các KCN Bình Dương']);
    expect(titlesOf('bà Kiều Thị Lan, Vụ trưởng Vụ Tài chính các Ngân hàng (Bộ Tài chính) phát biểu')['Kiều Thị Lan']).toEqual(['Vụ trưởng Vụ Tài chính các Ngân hàng']);
  });
});

describe('speakers', () => {
  it('reads "dự và chỉ đạo" as addressing the meeting', () => {
    const e = extract(articleOf('Sáng 1/8, UBND huyện tổ chức hội nghị. Đồng chí Mai Xuân Trường, Bí thư Huyện ủy dự và chỉ đạo hội nghị. Đồng chí Cao Văn Thịnh, Chủ tịch UBND huyện chủ trì.'));
    expect(e.meetings[0]!.speakers.map((x) => x.name)).toEqual(['Mai Xuân Trường']);
  });

  it('reads "thông qua tờ trình" as speaking, and ends the title before it', () => {
    const e = extract(articleOf('Chiều 4/9, HĐND huyện tổ chức kỳ họp. Đồng chí Tăng Văn Phú, Chủ tịch HĐND huyện chủ trì. Đồng chí Lý Văn Quý, Trưởng phòng Nội vụ thông qua tờ trình về biên chế.'));
    expect(e.meetings[0]!.speakers.map((x) => x.name)).toEqual(['Lý Văn Quý']);
    expect(posts(e)).toContain('Lý Văn Quý | Trưởng phòng Nội vụ');
  });
});

describe('attendees and chairs named in other report patterns', () => {
  const lead = 'Sáng 12/4, UBND tỉnh tổ chức hội nghị sơ kết công tác. ';
  const attendees = (text: string): string[] => extract(articleOf(lead + text)).meetings[0]!.attendees.map((x) => x.name);
  const chairs = (text: string): string[] => extract(articleOf(lead + text)).meetings[0]?.chairs.map((x) => x.name) ?? [];

  it('reads "có sự tham dự của A và B" as attendance', () => {
    expect(attendees('Đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh chủ trì. Hội nghị có sự tham dự của đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy và đồng chí Nguyễn Thị Hoa, Phó Chủ tịch HĐND tỉnh.'))
      .toEqual(['Lê Văn Bình', 'Trần Văn Hải', 'Nguyễn Thị Hoa']);
    expect(attendees('Bà Đỗ Thu Hà, Giám đốc Sở Y tế chủ trì. Buổi họp có sự tham dự của ông Kha Văn Tín, Phó Giám đốc Sở Tài chính.'))
      .toEqual(['Đỗ Thu Hà', 'Kha Văn Tín']);
  });

  it('reads "Về phía X có ông A" as a delegation attending', () => {
    expect(attendees('Đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh chủ trì. Về phía Bộ Tài chính có ông Trần Văn Hải, Vụ trưởng Vụ Ngân sách nhà nước.')).toContain('Trần Văn Hải');
    expect(attendees('Đồng chí Lê Văn Bình chủ trì. Về phía Tập đoàn Điện lực có các ông: Hồ Văn Tuấn, Phó Tổng Giám đốc; Lò Văn Sinh, Trưởng ban Kỹ thuật.')).toEqual(expect.arrayContaining(['Hồ Văn Tuấn', 'Lò Văn Sinh']));
  });

  it('reads every name listed after a header that calls them "đồng chí"', () => {
    expect(attendees('Đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh chủ trì hội nghị. Tham dự hội nghị còn có các đồng chí trong Ban Thường vụ Tỉnh ủy: Trần Văn Hải, Nguyễn Thị Hoa và Phạm Văn Dũng.'))
      .toEqual(['Lê Văn Bình', 'Trần Văn Hải', 'Nguyễn Thị Hoa', 'Phạm Văn Dũng']);
    expect(attendees('Đồng chí Lê Văn Bình chủ trì hội nghị. Cùng dự có các đồng chí lãnh đạo huyện: Vi Văn Tám và Lục Thị Xuân.'))
      .toEqual(['Lê Văn Bình', 'Vi Văn Tám', 'Lục Thị Xuân']);
  });

  it('reads "Chủ trì hội nghị là đồng chí A" as chairing', () => {
    expect(chairs('Chủ trì hội nghị là đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh.')).toEqual(['Lê Văn Bình']);
    expect(chairs('Chủ trì buổi làm việc là ông Vương Đình Lộc, Giám đốc Sở Xây dựng.')).toEqual(['Vương Đình Lộc']);
  });

  it('has the host and the guest of a reception attend, and neither chair', () => {
    const e = extract(articleOf('Sáng 15/5, Thủ tướng Nguyễn Văn Hùng đã tiếp Đại sứ Nhật Bản Takio Yamada. Tại buổi tiếp, Đại sứ Takio Yamada cho biết Nhật Bản sẵn sàng hỗ trợ.'));
    expect(e.meetings[0]!.attendees.map((x) => x.name)).toEqual(['Nguyễn Văn Hùng', 'Takio Yamada']);
    expect(e.meetings[0]!.chairs).toEqual([]);
    const t = extract(articleOf('Chiều 20/6, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung đã tiếp xã giao Đại sứ Pháp Olivier Brochet tại trụ sở Bộ. Tại buổi tiếp, Đại sứ Olivier Brochet bày tỏ mong muốn tăng cường hợp tác.'));
    expect(t.meetings[0]!.attendees.map((x) => x.name)).toEqual(expect.arrayContaining(['Lê Hoài Trung', 'Olivier Brochet']));
  });
});

describe('a foreign name spelt once another way', () => {
  it('is the person written the usual way twice or more', () => {
    const e = extract(articleOf('Sáng 8/2, Thủ tướng Lào Thoonglun Sisoulith chủ trì phiên họp. Thủ tướng Lào Thongloun Sisoulith phát biểu. Ông Thongloun Sisoulith nhấn mạnh hợp tác.'));
    expect(e.persons.map((p) => p.name)).toEqual(['Thongloun Sisoulith']);
    expect(e.meetings[0]!.chairs.map((c) => c.name)).toEqual(['Thongloun Sisoulith']);
  });

  it('keeps two different people apart', () => {
    const e = extract(articleOf('Sáng 8/2, Bộ Công Thương tổ chức hội nghị. Ông Michael Jordan phát biểu. Ông Michael Jackson phát biểu. Ông Michael Jackson cho biết thêm.'));
    expect(e.persons.map((p) => p.name).sort()).toEqual(['Michael Jackson', 'Michael Jordan']);
  });
});

describe('a report closed by "Đó là yêu cầu của A"', () => {
  it('has A speak at the meeting', () => {
    const e = extract(articleOf('Chiều 22/6, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6. Các sở, ngành cần tập trung giải ngân vốn đầu tư công. Đó là yêu cầu của đồng chí Hồ Văn Mười, Chủ tịch UBND tỉnh, tại phiên họp. Dự phiên họp có đồng chí Lê Thị Nga, Phó Chủ tịch UBND tỉnh.'));
    expect(e.meetings[0]!.speakers.map((x) => x.name)).toContain('Hồ Văn Mười');
    const f = extract(articleOf('Sáng 3/3, Sở Y tế tổ chức hội nghị tổng kết. Ngành y tế đã làm tốt công tác phòng dịch. Đây là khẳng định của ông Vi Đức Hậu, Giám đốc Sở Y tế tại hội nghị.'));
    expect(f.meetings[0]!.speakers.map((x) => x.name)).toEqual(['Vi Đức Hậu']);
  });
});

describe('ethnic-minority names', () => {
  it('reads a Ba Na or Xơ Đăng name opened by "A" after a title or an honorific', () => {
    expect(found('Dự có Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh A Ngọc; Phó Bí thư Tỉnh ủy Lê Văn Hòa.')).toEqual(['A Ngọc', 'Lê Văn Hòa']);
    expect(found('đồng chí A Sanh, Bí thư Huyện ủy phát biểu')).toEqual(['A Sanh']);
  });

  it('does not read a company or a class named with "A" as a person', () => {
    expect(found('Chủ tịch Hội đồng quản trị Tập đoàn A Châu cho biết')).toEqual([]);
    expect(found('học sinh lớp A Trường Tiểu học số 2')).toEqual([]);
  });

  it('knows the Tày, Hmông and Gia Rai surnames added from the corpus', () => {
    expect(found('Chủ tịch UBND huyện Chẩu Văn Lâm phát biểu')).toEqual(['Chẩu Văn Lâm']);
    expect(found('ông Mùa A Vảng, Bí thư Đảng ủy xã')).toEqual(['Mùa A Vảng']);
    expect(found('bà Rmah H\'Lan, Phó Chủ tịch Hội Phụ nữ')).toEqual(['Rmah H\'Lan']);
  });
});

describe('titles bounded and placed', () => {
  it('reads "<title> - ông A": a title, a dash, an honorific, then the name', () => {
    expect(titlesOf('Sáng 14/6, Chủ tịch UBND tỉnh Quảng Trị - ông Đặng Văn Hải - đã chủ trì buổi làm việc.')['Đặng Văn Hải']).toEqual(['Chủ tịch UBND tỉnh Quảng Trị']);
    expect(titlesOf('Phát biểu, Giám đốc Sở Y tế – bà Hứa Thị Mỹ cho biết')['Hứa Thị Mỹ']).toEqual(['Giám đốc Sở Y tế']);
  });

  it('ends a title at a verb of presenting ("triển khai", "phổ biến", "nhất trí")', () => {
    expect(titlesOf('Đồng chí Phí Văn Lực, Trưởng Ban Tuyên giáo Huyện ủy triển khai nghị quyết.')['Phí Văn Lực']).toEqual(['Trưởng Ban Tuyên giáo Huyện ủy']);
    expect(titlesOf('Ông Mạc Văn Hòa, Chánh Thanh tra tỉnh phổ biến quy định mới.')['Mạc Văn Hòa']).toEqual(['Chánh Thanh tra tỉnh']);
  });

  it('reads the abbreviation "UVBTV" as a post', () => {
    expect(titlesOf('Đồng chí Lò Thị Phương - UVBTV, Phó Chủ tịch HĐND huyện phát biểu.')['Lò Thị Phương']).toEqual(['UVBTV', 'Phó Chủ tịch HĐND huyện']);
    expect(titlesOf('Đồng chí Tòng Văn Dũng, UVBTV Huyện ủy, Trưởng Công an huyện dự.')['Tòng Văn Dũng']).toEqual(['UVBTV Huyện ủy', 'Trưởng Công an huyện']);
  });
});

describe('chained titles after a singular "đồng chí"', () => {
  it('keeps every title of "đồng chí <title>, <title> A"', () => {
    expect(titlesOf('Đó là ý kiến của đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đàm Văn Kiên tại hội nghị.')['Đàm Văn Kiên']).toEqual(['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']);
    expect(titlesOf('Tiếp đoàn có đồng chí Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Lục Văn Thắng.')['Lục Văn Thắng']).toEqual(['Ủy viên Ban Thường vụ', 'Trưởng Ban Tổ chức Tỉnh ủy']);
  });

  it('does not chain after a counted or plural "đồng chí"', () => {
    expect(titlesOf('Dự có 4 đồng chí Phó Chủ tịch UBND tỉnh, Chủ tịch HĐND tỉnh Lê Văn Hòa.')['Lê Văn Hòa']).toEqual(['Chủ tịch HĐND tỉnh']);
    expect(titlesOf('Dự có các đồng chí Phó Chủ tịch UBND tỉnh, Giám đốc Sở Tài chính Phan Văn Tư.')['Phan Văn Tư']).toEqual(['Giám đốc Sở Tài chính']);
  });
});

describe('attendee lists with a second header inside them', () => {
  it('reads on through "…; các đồng chí <chức vụ>: A, B" to every name of the inner list', () => {
    const p = meetingPeople('Sáng 4/9, UBND tỉnh tổ chức hội nghị sơ kết. Dự hội nghị có các đồng chí: Hồ Văn Tư, Phó Bí thư Tỉnh ủy; các đồng chí Phó Chủ tịch UBND tỉnh: Đặng Văn Mười, Lò Thị Hoa.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Hồ Văn Tư', 'Đặng Văn Mười', 'Lò Thị Hoa']));
    const q = meetingPeople('Chiều 2/10, Bộ Công Thương tổ chức hội nghị. Bộ trưởng Trần Văn Kiên, các Thứ trưởng: Lê Thị Nga, Vũ Văn Khải cùng dự hội nghị.');
    expect(q.attendees).toEqual(expect.arrayContaining(['Trần Văn Kiên', 'Lê Thị Nga', 'Vũ Văn Khải']));
  });

  it('gives the header title to the untitled names of the ";" item after a titled one', () => {
    const t = titlesOf('Dự có các đồng chí Phó Bí thư Tỉnh ủy: Mai Văn Hòa – Chủ tịch UBND tỉnh; Đàm Quang Vinh, Tạ Văn Lợi cùng lãnh đạo các sở.');
    expect(t['Đàm Quang Vinh']).toEqual(['Phó Bí thư Tỉnh ủy']);
    expect(t['Tạ Văn Lợi']).toEqual(['Phó Bí thư Tỉnh ủy']);
    const e = meetingPeople('Sáng 8/8, Tỉnh ủy tổ chức hội nghị. Tham dự có các đồng chí Ủy viên Ban Thường vụ: Trịnh Văn Bảo, Trưởng Ban Tổ chức; Hà Thị Lan, Vi Văn Sơn và đại diện các sở.');
    expect(e.attendees).toEqual(expect.arrayContaining(['Trịnh Văn Bảo', 'Hà Thị Lan', 'Vi Văn Sơn']));
  });
});

describe('attendees introduced with the place they attend from (attendance-at-bridge-point)', () => {
  it('reads "Tham dự hội nghị tại điểm cầu tỉnh A có …" as an attendance header', () => {
    const p = meetingPeople('Sáng 3/7, Thủ tướng Lê Văn Phong chủ trì hội nghị trực tuyến với các địa phương. Tham dự hội nghị tại điểm cầu tỉnh Thanh Hóa có đồng chí Đỗ Trọng Hưng, Phó Bí thư Tỉnh ủy và đồng chí Lê Thị Mai, Phó Chủ tịch UBND tỉnh.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Đỗ Trọng Hưng', 'Lê Thị Mai']));
    const q = meetingPeople('Chiều 9/3, Sở Xây dựng tổ chức cuộc họp. Dự họp tại trụ sở Sở có ông Phan Văn Đức, Giám đốc Sở Tài chính.');
    expect(q.attendees).toContain('Phan Văn Đức');
  });

  it('does not make the subject of a clause after the place an attendee', () => {
    const p = meetingPeople('Sáng 3/7, UBND tỉnh tổ chức hội nghị trực tuyến. Dự hội nghị tại Hà Nội, ông Trần Văn Hải, Giám đốc Sở Y tế, cho biết có nhiều khó khăn.');
    expect(p.speakers).toContain('Trần Văn Hải');
  });
});

describe('a former post ("nguyên …") opening a list item', () => {
  it('keeps the list read on through the marker, so the verb after it reaches every name', () => {
    const p = meetingPeople('Sáng 5/6, Sở Y tế tổ chức hội nghị tổng kết. Nguyên Phó Thủ tướng Vũ Văn Khoa, nguyên Bộ trưởng Bộ Y tế Trần Thị Kim Nga và ông Phạm Văn Tâm dự hội nghị.');
    expect(p.attendees).toEqual(expect.arrayContaining(['Vũ Văn Khoa', 'Trần Thị Kim Nga', 'Phạm Văn Tâm']));
  });

  it('reads "Dự hội nghị có nguyên <chức vụ> A" as attendance', () => {
    const p = meetingPeople('Chiều 7/4, Hội Cựu chiến binh tỉnh tổ chức hội nghị. Dự hội nghị có nguyên Chủ tịch nước Lý Văn Sang.');
    expect(p.attendees).toContain('Lý Văn Sang');
  });
});

describe('two posts held together, joined by "kiêm" (concurrent-posts)', () => {
  it('gives one position per post', () => {
    const e = extract(articleOf('Sáng 5/6, UBND tỉnh tổ chức hội nghị. Đồng chí Hoàng Văn Lâm, Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì hội nghị. Dự có Thứ trưởng Bộ Tài chính kiêm Tổng cục trưởng Tổng cục Thuế Bùi Văn Khánh.'));
    expect(posts(e)).toEqual(expect.arrayContaining([
      'Hoàng Văn Lâm | Phó Bí thư Tỉnh ủy', 'Hoàng Văn Lâm | Chủ tịch HĐND tỉnh',
      'Bùi Văn Khánh | Thứ trưởng Bộ Tài chính', 'Bùi Văn Khánh | Tổng cục trưởng Tổng cục Thuế',
    ]));
    expect(titlesOf('ông Lưu Văn Tín, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Cổ phần Sông Đà cho biết')['Lưu Văn Tín']).toEqual(['Chủ tịch HĐQT', 'Tổng giám đốc Công ty Cổ phần Sông Đà']);
  });

  it('keeps the former marker on both posts, and a "kiêm" with no post after it inside the title', () => {
    const e = extract(articleOf('Bà Tạ Thị Hằng, nguyên Giám đốc Sở Tài chính kiêm Trưởng ban Quản lý dự án tỉnh, phát biểu tại hội nghị sáng 3/3. Ông Đỗ Văn Tú, Phó ban kiêm nhiệm, cũng dự hội nghị.'));
    expect(posts(e)).toEqual(expect.arrayContaining(['Tạ Thị Hằng | nguyên Giám đốc Sở Tài chính', 'Tạ Thị Hằng | nguyên Trưởng ban Quản lý dự án tỉnh', 'Đỗ Văn Tú | Phó ban kiêm nhiệm']));
  });
});
