import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { ExtractionSchema } from '../../../src/model/extraction.js';
import { articleOf } from './helpers.js';
import { findKind, isHeldSentence } from '../../../src/extract/meeting.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);

describe('meetings', () => {
  it('reads a chair written before the verb, with attendee lists and speakers', () => {
    const e = extract(articleOf(
      'Sáng 14/3, Ban Chỉ đạo 35 tỉnh tổ chức hội nghị sơ kết quý I năm 2024. Đồng chí Lâm Văn Tùng, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo 35 tỉnh chủ trì hội nghị.\n' +
      'Dự hội nghị có các đồng chí: Hà Thị Mến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; Cù Văn Hòa, Giám đốc Công an tỉnh.\n' +
      'Đồng chí Cù Văn Hòa, Giám đốc Công an tỉnh phát biểu tại hội nghị.',
      { published: '2024-03-15' },
    ));
    expect(ExtractionSchema.safeParse(e).success).toBe(true);
    const m = e.meetings[0]!;
    expect(e.meetings).toHaveLength(1);
    expect(m.date).toBe('2024-03-14');
    expect(m.timeOfDay).toBe('morning');
    expect(m.kind).toBe('Hội nghị sơ kết');
    expect(names(m.organizers)).toEqual(['Ban Chỉ đạo 35 tỉnh']);
    expect(names(m.chairs)).toEqual(['Lâm Văn Tùng']);
    expect(names(m.attendees).sort()).toEqual(['Cù Văn Hòa', 'Hà Thị Mến', 'Lâm Văn Tùng']);
    expect(names(m.speakers)).toEqual(['Cù Văn Hòa']);
    expect(e.positions.filter((p) => p.person === 'Hà Thị Mến').map((p) => p.title)).toEqual([
      'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy',
    ]);
  });

  it('reads "dưới sự chủ trì của", co-chairs, and the list with the verb after it', () => {
    const a = extract(articleOf('Chiều 20/5, dưới sự chủ trì của Chủ tịch Quốc hội Trần Thanh Hà, Ủy ban Thường vụ Quốc hội đã khai mạc Phiên họp thứ 9.'));
    expect(names(a.meetings[0]!.chairs)).toEqual(['Trần Thanh Hà']);
    expect(a.meetings[0]!.date).toBe('--05-20');
    const b = extract(articleOf('Ngày 2/3, Bộ trưởng Bộ Tài chính Hồ Đức Minh và Chủ tịch UBND tỉnh Lò Văn Páo đồng chủ trì cuộc họp về ngân sách.'));
    expect(names(b.meetings[0]!.chairs)).toEqual(['Hồ Đức Minh', 'Lò Văn Páo']);
    const c = extract(articleOf('Sáng 9/9, hội nghị đã diễn ra. Các đồng chí: Tạ Quang Vinh, Bí thư Huyện ủy; Mai Thu Trang, Chủ tịch UBND huyện chủ trì hội nghị.'));
    expect(names(c.meetings[0]!.chairs)).toEqual(['Tạ Quang Vinh', 'Mai Thu Trang']);
  });

  it('links a title used alone to the named holder', () => {
    const e = extract(articleOf('Ngày 4/4, ông Vi Văn Sơn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khẩn trương rà soát các dự án.'));
    const m = e.meetings[0]!;
    expect(names(m.speakers)).toEqual(['Vi Văn Sơn']);
    expect(m.tasks.map((t) => [t.text, t.by, t.to])).toEqual([['khẩn trương rà soát các dự án', 'Vi Văn Sơn', ['Sở Xây dựng']]]);
  });

  it('keeps ranks out of positions and marks former posts', () => {
    const e = extract(articleOf('Ngày 1/6, Trung tướng Đào Văn Khang, nguyên Tư lệnh Quân khu 3 chủ trì hội thảo.'));
    expect(e.positions.map((p) => [p.title, p.former])).toEqual([['nguyên Tư lệnh Quân khu 3', true]]);
  });

  it('reports no meeting for an announcement or an article without one', () => {
    expect(extract(articleOf('Ngày 17/5, Thủ tướng Phan Văn Long sẽ chủ trì hội nghị với doanh nghiệp tại Hà Nội.')).meetings).toEqual([]);
    expect(extract(articleOf('Cuộc họp sẽ bàn về quy hoạch. Cuộc họp diễn ra lúc 15h chiều 27/5.')).meetings).toEqual([]);
    expect(extract(articleOf('Phó Chủ tịch tỉnh Lê Văn Tám thăm hỏi các nạn nhân tại bệnh viện.')).meetings).toEqual([]);
  });

  it('coming-date: reports no meeting placed on a date said to be coming ("ngày 8/2 tới")', () => {
    expect(extract(articleOf('Thủ tướng Lào dẫn đầu đoàn đại biểu sang Hà Nội đồng chủ trì kỳ họp lần thứ 40 Ủy ban liên Chính phủ Việt Nam - Lào vào ngày 9/3 tới.', { published: '2018-03-01' })).meetings).toEqual([]);
    expect(extract(articleOf('Hội nghị tổng kết công tác phòng chống thiên tai của tỉnh diễn ra ngày 20-12 tới đây tại thành phố Vinh.')).meetings).toEqual([]);
    expect(isHeldSentence('Bộ trưởng Trần Văn Hòa đồng chủ trì phiên họp của Ủy ban hỗn hợp vào tháng 7 tới, tại Viêng Chăn.')).toBe(false);
    // a range "từ ngày … tới ngày …" is not a coming date
    expect(isHeldSentence('Từ ngày 3/4 tới ngày 5/4, hội nghị sơ kết quý I đã diễn ra tại Đà Nẵng.')).toBe(true);
    expect(extract(articleOf('Từ ngày 3/4 tới ngày 5/4, Bộ Tài chính tổ chức hội nghị sơ kết quý I tại Đà Nẵng.', { published: '2018-04-06' })).meetings).toHaveLength(1);
    // a coming date in another clause, or after something reported done, belongs to something else
    expect(isHeldSentence('Tại cuộc họp, các thành viên bàn kỹ công tác chuẩn bị Diễn đàn doanh nghiệp vào ngày 18/6 tới.')).toBe(true);
    expect(isHeldSentence('Hội nghị đã nghe báo cáo về đề án, dự kiến trình Chính phủ vào tháng 10 tới.')).toBe(true);
  });

  it('meeting-word-then-coming: reports no meeting whose own phrase says it is still to come', () => {
    expect(isHeldSentence('Sở Giáo dục đã đề nghị các trường nêu vấn đề này trong các cuộc họp sắp tới với phụ huynh.')).toBe(false);
    expect(isHeldSentence('Bộ đã gửi giấy mời, hội nghị với các doanh nghiệp xuất khẩu dự kiến diễn ra vào cuối tháng.')).toBe(false);
    expect(extract(articleOf('Ngày 4/3, Sở Tài chính đã gửi văn bản, cuộc họp với các nhà thầu sẽ được tổ chức vào đầu tuần sau.')).meetings).toEqual([]);
    // a press conference presenting a conference to come was itself held
    expect(isHeldSentence('Ngày 9/3, Ban Chỉ đạo đã họp báo giới thiệu Hội nghị xúc tiến đầu tư sẽ được tổ chức vào ngày 20/4.')).toBe(true);
  });

  it('travel-to-attend: reports no meeting named only as the purpose of a trip', () => {
    expect(isHeldSentence('Chiều 5/3, Thủ tướng Campuchia dẫn đầu đoàn đại biểu tới Việt Nam tham dự và đồng chủ trì kỳ họp lần thứ 15 Ủy ban hỗn hợp.')).toBe(false);
    expect(extract(articleOf('Ngày 12/9, Bộ trưởng Lê Văn Hải sang Thái Lan dự hội nghị bộ trưởng nông nghiệp ASEAN.', { published: '2018-09-12' })).meetings).toEqual([]);
    // "Đến dự hội nghị có …" names who attended a meeting held
    expect(isHeldSentence('Ngày 6/5, đến dự hội nghị tổng kết do Sở Nội vụ tổ chức có ông Trần Văn Bình.')).toBe(true);
    expect(isHeldSentence('Lãnh đạo Sở Công Thương đã đến tham dự hội nghị.')).toBe(true);
    expect(isHeldSentence('Sáng 9/4, đoàn đại biểu Quốc hội Lào đã đến thăm và dự phiên họp toàn thể của Quốc hội.')).toBe(true);
  });

  it('never takes a byline author for a meeting person', () => {
    const e = extract(articleOf('Chiều 6/2, ông Đinh Văn Lực, Giám đốc Sở Nội vụ chủ trì cuộc họp. Ông Phí Minh Hằng cho biết tình hình ổn định.', { authors: ['Phí Minh Hằng'] }));
    const m = e.meetings[0]!;
    expect(names(m.attendees)).toEqual(['Đinh Văn Lực']);
  });

  it('reads "Ð" (U+00D0) as "Đ" and gives evidence with offsets into the text', () => {
    const text = 'Sáng 3/3, Ðồng chí Ðỗ Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị.';
    const e = extract(articleOf(text));
    const chair = e.meetings[0]!.chairs[0]!;
    expect(chair.id).toBe('person:đỗ văn hùng');
    expect(text.slice(chair.evidence.start, chair.evidence.end)).toBe(chair.evidence.sentence);
    expect(e.meetings[0]!.id).toBe('meeting:1');
  });
});

describe('tasks', () => {
  it('reads directives, without the addressee, one per semicolon clause and continuation sentence', () => {
    const e = extract(articleOf(
      'Sáng 8/8, đồng chí Kha Văn Tâm, Chủ tịch UBND tỉnh chủ trì hội nghị. Đồng chí Kha Văn Tâm đề nghị các sở, ngành tiếp tục rà soát thủ tục hành chính; xử lý nghiêm các vi phạm. Tăng cường kiểm tra công vụ ở cơ sở. Hội nghị kết thúc lúc 11 giờ.',
    ));
    expect(e.meetings[0]!.tasks.map((t) => [t.text, t.to])).toEqual([
      ['tiếp tục rà soát thủ tục hành chính', ['các sở, ngành']],
      ['xử lý nghiêm các vi phạm', ['các sở, ngành']],
      ['Tăng cường kiểm tra công vụ ở cơ sở', ['UBND tỉnh']],
    ]);
    for (const t of e.meetings[0]!.tasks) expect(t.id).toMatch(/^task:[0-9a-f]{16}$/);
  });
});

describe('forms real reports use', () => {
  const at = (text: string) => extract(articleOf(text, { published: '2024-04-28' })).meetings[0];

  it('a list header "Chủ trì hội nghị: A, <cv>; B, <cv>"', () => {
    const m = at('Sáng 27/4, UBND tỉnh tổ chức hội nghị tổng kết. Chủ trì hội nghị: đồng chí Lê Văn Tám, Chủ tịch UBND tỉnh; Trần Thị Bảy, Phó Chủ tịch UBND tỉnh.')!;
    expect(names(m.chairs)).toEqual(['Lê Văn Tám', 'Trần Thị Bảy']);
    expect(m.date).toBe('2024-04-27');
  });

  it('the verb after the list ("Các đồng chí: A, <cv>; B, <cv> dự.")', () => {
    const m = at('Sáng 27/4, Sở Tư pháp tổ chức hội nghị. Các đồng chí: Lê Văn Tám, Giám đốc Sở Tư pháp; Trần Thị Bảy, Phó Giám đốc Sở Tư pháp dự.')!;
    expect(names(m.attendees)).toEqual(['Lê Văn Tám', 'Trần Thị Bảy']);
    expect(m.chairs).toEqual([]);
  });

  it('"dưới sự điều hành của" and "cùng điều hành" for chairing a session', () => {
    const m = at('Chiều 27/4, Kỳ họp thứ 5 HĐND tỉnh bế mạc dưới sự điều hành của đồng chí Mai Xuân Hòa, Chủ tịch HĐND tỉnh. Đồng chí Mai Xuân Hòa và đồng chí Hà Thị Thu, Phó Chủ tịch HĐND tỉnh cùng điều hành phiên họp.')!;
    expect(names(m.chairs)).toEqual(['Mai Xuân Hòa', 'Hà Thị Thu']);
  });

  it('a chair named after the attendee sentence, the organiser from the lead', () => {
    const m = at('Ngày 27/4, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ. Dự họp có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy. Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị.')!;
    expect(names(m.chairs)).toEqual(['Vũ Đại Thắng']);
    expect(names(m.organizers)).toEqual(['Ban Thường vụ Tỉnh ủy']);
  });

  it('an outlet prefix and a "PV" byline change nothing; a directive by letter is no meeting', () => {
    const m = at('GD&TĐ - Sáng 27/4, Bộ GD&ĐT tổ chức hội nghị trực tuyến. Thứ trưởng Nguyễn Hữu Độ chủ trì. PV')!;
    expect(names(m.chairs)).toEqual(['Nguyễn Hữu Độ']);
    expect(names(m.organizers)).toEqual(['Bộ GD&ĐT']);
    expect(at('Ngày 27/4, Chủ tịch UBND tỉnh Nguyễn Văn Bình đã có văn bản chỉ đạo các sở khẩn trương rà soát.')).toBeUndefined();
  });

  it('an organiser named in lower case after its head ("phiên họp … của Ủy ban hỗn hợp về …")', () => {
    const m = at('Ngày 12/4, tại Hà Nội đã diễn ra phiên họp thứ hai của Ủy ban liên chính phủ về hợp tác kinh tế Việt Nam - Ba Lan dưới sự chủ trì của Bộ trưởng Bộ Tài chính Hồ Đức Minh.')!;
    expect(names(m.organizers)).toEqual(['Ủy ban liên chính phủ về hợp tác kinh tế Việt Nam - Ba Lan']);
    expect(names(m.chairs)).toEqual(['Hồ Đức Minh']);
  });
});

describe('held meetings about arranging ("sắp xếp")', () => {
  it('reads "sắp xếp" as arranging, not as "about to"', () => {
    expect(isHeldSentence('Chiều 4/3, Phó Thủ tướng Trần Văn Nam chủ trì cuộc làm việc với các bộ về phương án sắp xếp doanh nghiệp.')).toBe(true);
    expect(isHeldSentence('Ủy ban sắp tổ chức hội nghị tổng kết.')).toBe(false);
  });
});

describe('a speaker placed at a dated meeting the sentence names after him ("A cho biết … tại buổi họp báo … chiều 3/6")', () => {
  it.each([
    ['Thứ trưởng Bộ Tài chính Lê Văn Khoa cho biết điều này tại buổi họp báo thường kỳ chiều 3/6.', 'Lê Văn Khoa', '--06-03'],
    ['Giám đốc Sở Xây dựng Phan Thị Loan phát biểu tại hội nghị giao ban sáng 12/9.', 'Phan Thị Loan', '--09-12'],
  ])('%s', (text, speaker, date) => {
    const e = extract(articleOf(text));
    expect(e.meetings).toHaveLength(1);
    expect(e.meetings[0]!.date).toBe(date);
    expect(names(e.meetings[0]!.speakers)).toEqual([speaker]);
  });
  it('a meeting spoken of with no date stays out', () => {
    expect(extract(articleOf('Thứ trưởng Bộ Tài chính Lê Văn Khoa từng phát biểu tại hội nghị về vấn đề này.')).meetings).toEqual([]);
  });
});

describe('the subject taken up by a pronoun before "chủ trì" ("… của A khi ông chủ trì hội nghị …")', () => {
  it.each([
    ['Đó là ý kiến của Bộ trưởng Lê Minh Hoan khi ông chủ trì hội nghị ngành lúa gạo, ngày 9/3 tại Cần Thơ.', 'Lê Minh Hoan'],
    ['Đây là chỉ đạo của Chủ tịch UBND tỉnh Hà Thị Nga lúc bà chủ trì cuộc họp chiều 21/10.', 'Hà Thị Nga'],
  ])('%s', (text, chair) => {
    const e = extract(articleOf(text));
    expect(e.meetings).toHaveLength(1);
    expect(names(e.meetings[0]!.chairs)).toEqual([chair]);
  });
});

describe('a meeting told by its verb ("làm việc với", "hội đàm với")', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports a dated working session or talks whose subject is an official', () => {
    const a = one('Sáng 12/4, Bộ trưởng Bộ Xây dựng Lê Văn Tâm đã làm việc với lãnh đạo UBND tỉnh Phú Thọ về quy hoạch đô thị.');
    expect(a.map((m) => [m.kind, m.date, m.title])).toEqual([['Buổi làm việc', '--04-12', null]]);
    expect(a[0]!.attendees.map((p) => p.name)).toEqual(['Lê Văn Tâm']);
    expect(a[0]!.chairs).toEqual([]);
    const b = one('Chiều 3/11, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Trần Minh Đức đã đón, hội đàm với Ngoại trưởng Canada.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Hội đàm', '--11-03']]);
    const c = one('Ngày 9.3, Bí thư Tỉnh ủy Hà Văn Sơn dẫn đầu đoàn công tác của TP.HCM làm việc với lãnh đạo tỉnh Long An.');
    expect(c.map((m) => m.kind)).toEqual(['Buổi làm việc']);
  });

  it('reports none for one announced, one undated, or a person without a post', () => {
    expect(one('Sáng 12/4, Bộ trưởng Bộ Xây dựng Lê Văn Tâm sẽ làm việc với lãnh đạo UBND tỉnh Phú Thọ.')).toEqual([]);
    expect(one('Bộ trưởng Bộ Xây dựng Lê Văn Tâm thường làm việc với các địa phương về quy hoạch.')).toEqual([]);
    expect(one('Ngày 6/2, ông Nguyễn Văn Hòa (35 tuổi) đã làm việc với cơ quan công an để làm rõ vụ việc.')).toEqual([]);
  });
});

describe('meetings: meets-voters ("A tiếp xúc cử tri …": a voter meeting told by its verb)', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports a dated voter meeting whose subject is an official, the subject attending', () => {
    const a = one('Sáng 14/5, Phó Chủ tịch Quốc hội Lê Văn Thành cùng Đoàn đại biểu Quốc hội tỉnh Nam Định đã tiếp xúc cử tri huyện Hải Hậu.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Buổi tiếp xúc cử tri', '--05-14']]);
    expect(a[0]!.attendees.map((p) => p.name)).toEqual(['Lê Văn Thành']);
    const b = one('Tiếp tục chương trình tiếp xúc cử tri sau kỳ họp, chiều 3/7, Bộ trưởng Bộ Y tế Trần Thị Lan tiếp xúc với cử tri thị xã Sơn Tây.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Buổi tiếp xúc cử tri', '--07-03']]);
    expect(b[0]!.attendees.map((p) => p.name)).toEqual(['Trần Thị Lan']);
  });

  it('reports a voter meeting the official "has" ("có cuộc tiếp xúc cử tri")', () => {
    const c = one('Chiều 20/5, Chủ tịch UBND tỉnh Hoàng Văn Bình có cuộc tiếp xúc cử tri tại xã Tân Lập.');
    expect(c.map((m) => [m.kind, m.date])).toEqual([['Cuộc tiếp xúc cử tri', '--05-20']]);
    expect(c[0]!.attendees.map((p) => p.name)).toEqual(['Hoàng Văn Bình']);
  });

  it('reports none for one announced or voter meetings spoken of in general', () => {
    expect(one('Sáng 14/5, Phó Chủ tịch Quốc hội Lê Văn Thành sẽ tiếp xúc cử tri huyện Hải Hậu.')).toEqual([]);
    expect(one('Ngày 2/6, Phó Chủ tịch HĐND tỉnh Trần Văn Hải cho biết trước khi tiếp xúc cử tri, các đại biểu phải nắm tình hình địa phương.')).toEqual([]);
    expect(one('Sáng 2/6, Thượng nghị sĩ Nga Ivan Petrov cho biết đoàn có kế hoạch tiến hành các cuộc tiếp xúc với Bộ Quốc phòng Iran.')).toEqual([]);
  });

  it('session-as-time-mark: the session a voter meeting comes before or after is not the meeting reported', () => {
    expect(findKind('Sáng 20/6, Chủ tịch UBND TP Nguyễn Văn Hùng tiếp xúc cử tri trước kỳ họp thứ tư HĐND thành phố.')).toBeNull();
    expect(findKind('Sau kỳ họp thứ ba, các đại biểu Quốc hội tỉnh đã báo cáo kết quả với cử tri.')).toBeNull();
    expect(findKind('Chiều 20/6, HĐND tỉnh khai mạc kỳ họp thứ tư.')?.kind).toBe('Kỳ họp');
  });
});

describe('meetings: dialogue-by-verb ("A đã đối thoại với doanh nghiệp")', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports a dated dialogue whose subject is an official', () => {
    const a = one('Ngày 19/5, Phó Chủ tịch UBND tỉnh Trần Văn Nghĩa cùng đại diện các sở, ngành đã đối thoại với hơn 200 doanh nghiệp nhỏ và vừa.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Buổi đối thoại', '--05-19']]);
    expect(a[0]!.attendees.map((p) => p.name)).toEqual(['Trần Văn Nghĩa']);
    const b = one('Sáng 3/4, Chủ tịch UBND huyện Lê Thị Hoa đối thoại với người dân xã Tân Hòa về bồi thường giải phóng mặt bằng.');
    expect(b.map((m) => m.kind)).toEqual(['Buổi đối thoại']);
  });

  it('reports none for a dialogue announced', () => {
    expect(one('Ngày 3/4, Chủ tịch UBND huyện Lê Thị Hoa cho biết huyện sẽ đối thoại với người dân xã Tân Hòa.')).toEqual([]);
  });
});

describe('meeting words: verb-before-meeting-word (no meeting read across two words)', () => {
  it('finds no "hội thảo" in "Quốc hội thảo luận" and no "giao ban" in "giao Ban cán sự đảng"', () => {
    expect(findKind('Sáng 14/6, Quốc hội thảo luận tại hội trường về dự án luật quy hoạch.')).toBeNull();
    expect(findKind('Thủ tướng giao Ban cán sự đảng Bộ Tài chính chỉ đạo rà soát các dự án.')).toBeNull();
  });

  it('still finds the meeting words where they are meant', () => {
    expect(findKind('Sáng 14/6, Sở Tư pháp tổ chức hội thảo về luật hòa giải.')?.kind).toBe('Hội thảo');
    expect(findKind('Sáng 2/3, UBND tỉnh họp giao ban với các sở.')?.kind).toBe('Giao ban');
  });
});

describe('meetings: reception-by-verb ("A tiếp B", "A hội kiến B": a reception or call reported held)', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports a dated reception whose host is an official, both sides attending, the host no chair', () => {
    const a = one('Chiều 12/9, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Minh Khang đã tiếp Đại sứ Hàn Quốc Park Jin Woo. Phó Thủ tướng Lê Minh Khang đánh giá cao quan hệ hai nước.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Buổi tiếp', '--09-12']]);
    expect(names(a[0]!.attendees)).toEqual(expect.arrayContaining(['Lê Minh Khang']));
    expect(a[0]!.chairs).toEqual([]);
    const b = one('Sáng 3/10, tại thủ đô Viêng Chăn, Chủ tịch Quốc hội Trần Văn Lộc đã có cuộc hội kiến với Thủ tướng Lào Sonexay Siphandone.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Hội kiến', '--10-03']]);
    const c = one('Ngày 5/11, Bộ trưởng Bộ Công Thương Hà Đức Thắng tiếp xã giao Đoàn doanh nghiệp Nhật Bản.');
    expect(c.map((m) => m.kind)).toEqual(['Buổi tiếp']);
  });

  it('reports none for "tiếp tục", "tiếp nhận", a reception to come, or one undated', () => {
    expect(one('Ngày 5/11, Bộ trưởng Bộ Y tế Hà Văn Thắng tiếp tục chỉ đạo các bệnh viện giảm tải.')).toEqual([]);
    expect(one('Ngày 5/11, Giám đốc Bệnh viện tỉnh Lê Văn Hòa đã tiếp nhận 20 bệnh nhân.')).toEqual([]);
    expect(one('Ngày 5/11, Chủ tịch nước Lê Văn Hòa sẽ tiếp Tổng thống Pháp tại Phủ Chủ tịch.')).toEqual([]);
    expect(one('Chủ tịch nước Lê Văn Hòa thường tiếp Đại sứ các nước vào cuối nhiệm kỳ của họ.')).toEqual([]);
  });

  it('reads the meeting word of the verb\'s own phrase, not another event the sentence names', () => {
    const a = one('Bên lề Hội nghị thượng đỉnh ASEAN, ngày 12/11, Thủ tướng Lê Minh Khang đã tiếp Thủ tướng Nhật Bản.');
    expect(a.map((m) => m.kind)).toEqual(['Buổi tiếp']);
  });
});

describe('meetings: fronted-reception ("Chiều 4/5, tiếp B, A khẳng định …": the host after the guest)', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports the reception or working session and makes host and guest attend', () => {
    const a = one('Chiều 4/5, tại Phủ Chủ tịch, tiếp Chủ tịch Thượng viện Chile Juan Pablo Letelier, Chủ tịch nước Trần Văn Lộc khẳng định Việt Nam coi trọng quan hệ với Chile.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Buổi tiếp', '--05-04']]);
    expect(names(a[0]!.attendees).sort()).toEqual(['Juan Pablo Letelier', 'Trần Văn Lộc']);
    const b = one('Ngày 9/3, làm việc với lãnh đạo tỉnh Long An, Bộ trưởng Bộ Xây dựng Lê Văn Tâm yêu cầu tỉnh hoàn thành quy hoạch vùng.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Buổi làm việc', '--03-09']]);
  });

  it('reports none for "Ngày 1/6, tiếp tục …" or a host with no post', () => {
    expect(one('Ngày 1/6, tiếp tục chương trình kỳ họp, Quốc hội thảo luận về dự án luật.')).toEqual([]);
    expect(one('Tối 2/6, làm việc với Công an huyện, ông Lê Văn Hòa (40 tuổi) thừa nhận hành vi.')).toEqual([]);
  });
});

describe('meetings: attendance-list-held ("Tham dự buổi họp có A, B": people listed present tell it took place)', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports a meeting whose only report is its attendance list', () => {
    const a = one('Chiều 9/3, tại Cục Hàng hải, các doanh nghiệp đã báo cáo công tác chuẩn bị mùa mưa bão.\nThứ trưởng Bộ Giao thông vận tải Lê Văn Hùng phát biểu tại cuộc họp. Tham dự buổi họp có Thứ trưởng Bộ Giao thông vận tải Lê Văn Hùng, Phó Cục trưởng Cục Hàng hải Đỗ Minh Tâm.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Cuộc họp', '--03-09']]);
    expect(names(a[0]!.attendees).sort()).toEqual(['Lê Văn Hùng', 'Đỗ Minh Tâm']);
    const b = one('Dự hội nghị còn có ông Trần Văn Bình, Phó Giám đốc Sở Y tế tỉnh Nam Định.');
    expect(b.map((m) => m.kind)).toEqual(['Hội nghị']);
  });

  it('reports none for an attendance list of a meeting to come', () => {
    expect(one('Dự kiến tham dự hội nghị có ông Trần Văn Bình, Phó Giám đốc Sở Y tế tỉnh Nam Định.')).toEqual([]);
    expect(one('Tham dự hội nghị sẽ có ông Trần Văn Bình, Phó Giám đốc Sở Y tế tỉnh Nam Định.')).toEqual([]);
  });
});

describe('meetings: scene-caption ("Toàn cảnh hội nghị chiều 12/7" does not anchor the meeting)', () => {
  it('anchors the meeting on the sentence that reports it held', () => {
    const e = extract(articleOf('Toàn cảnh buổi họp báo chiều 12/7.\nChiều 12/7, Văn phòng Chính phủ đã tổ chức họp báo công bố các nghị định mới. Thứ trưởng Lê Văn Hòa cho biết các nghị định có hiệu lực từ tháng 9.'));
    expect(e.meetings.map((m) => [m.kind, m.date])).toEqual([['Họp báo', '--07-12']]);
    const f = extract(articleOf('Quang cảnh hội nghị sáng 3/4.\nSáng 3/4, Sở Y tế tổ chức hội nghị sơ kết quý I. Giám đốc Sở Y tế Lê Văn Hòa chủ trì hội nghị.'));
    expect(f.meetings.map((m) => m.kind)).toEqual(['Hội nghị sơ kết']);
  });
});

describe('meetings: hears-reports ("A đã nghe B báo cáo …": a working session A led)', () => {
  const one = (text: string) => extract(articleOf(text)).meetings;

  it('reports the session, the official who heard the reports and gave directions chairing it', () => {
    const a = one('Ngày 5/7, Phó Thủ tướng Lê Văn Hòa đã nghe lãnh đạo Bộ Giáo dục và Đào tạo báo cáo tiến độ chấm thi. Phó Thủ tướng Lê Văn Hòa yêu cầu Bộ công bố điểm thi đúng hạn.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Buổi làm việc', '--07-05']]);
    expect(names(a[0]!.chairs)).toEqual(['Lê Văn Hòa']);
    const b = one('Chiều 3/8, Bộ trưởng Bộ Giao thông vận tải Trần Văn Nam nghe các nhà thầu trình bày phương án mở rộng sân bay.');
    expect(b.map((m) => m.kind)).toEqual(['Buổi làm việc']);
    expect(b[0]!.chairs).toEqual([]);
  });

  it('reports none for hearing to come or without a post', () => {
    expect(one('Ngày 5/7, Phó Thủ tướng Lê Văn Hòa sẽ nghe lãnh đạo Bộ Giáo dục và Đào tạo báo cáo tiến độ chấm thi.')).toEqual([]);
    expect(one('Ngày 5/7, anh Lê Văn Hòa nghe bạn bè báo cáo tình hình.')).toEqual([]);
  });
});

describe('meeting words: preparing-for-meeting ("Chuẩn bị Kỳ họp …", "trước thềm Hội nghị …" is to come)', () => {
  it('skips a meeting named as what is prepared and finds the one held', () => {
    expect(findKind('Chuẩn bị Kỳ họp thứ năm HĐND tỉnh, ngày 3/6, các đại biểu đã tiếp xúc cử tri huyện Lộc Hà.')).toBeNull();
    expect(findKind('Để chuẩn bị cho Hội nghị Thủ tướng với doanh nghiệp, Hiệp hội A đã tổ chức tọa đàm về chính sách thuế.')?.kind).toBe('Tọa đàm');
    expect(findKind('Trước thềm Hội nghị cấp cao ASEAN, các bộ trưởng đã có cuộc họp trù bị.')?.kind).toBe('Cuộc họp trù bị');
    expect(findKind('Tại cuộc họp chuẩn bị Kỳ họp thứ năm, Chủ tịch HĐND tỉnh yêu cầu hoàn thiện tờ trình.')?.kind).toBe('Cuộc họp');
  });
});

describe('meeting words: venue-named-for-meetings ("Trung tâm Hội nghị Quốc gia" is a place)', () => {
  it('reads no meeting word in a venue name and still reads the meeting held there', () => {
    expect(findKind('Sáng 16/5, tại Trung tâm Hội nghị Quốc gia, đã khai mạc Diễn đàn hợp tác kinh tế.')).toBeNull();
    expect(findKind('Tại Cung Hội nghị quốc tế, các đại biểu dự lễ khai mạc.')).toBeNull();
    expect(findKind('Sáng 16/5, tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư.')?.kind).toBe('Hội nghị');
  });
});
