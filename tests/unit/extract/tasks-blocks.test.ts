import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { blockItems, personByTitle, titleDirective, opensOnAction } from '../../../src/extract/tasks-collect.js';
import { directiveItems, listHeader, modalClauses } from '../../../src/extract/tasks.js';
import { articleOf } from './helpers.js';

const HEAD = 'Sáng 12/4, đồng chí Lò Văn Khải, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng chống hạn mặn. ';
const tasksOf = (text: string): Array<[string, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.to]);

describe('directive set by a title alone', () => {
  const khai = { key: 'lo van khai', name: 'Lò Văn Khải', titles: [{ text: 'Phó Chủ tịch UBND tỉnh', former: false }] };
  it('links "Phó Chủ tịch" to the participant holding that title', () => {
    expect(personByTitle('Phó Chủ tịch', [khai])?.name).toBe('Lò Văn Khải');
    expect(personByTitle('Chủ tịch', [khai])).toBeNull();
  });
  it('title-and-given-name: "Phó Chủ tịch Khải", "Bí thư Văn Khải" is the participant of that post and name', () => {
    const ha = { key: 'dinh thi ha', name: 'Đinh Thị Hà', titles: [{ text: 'Giám đốc Sở Y tế', former: false }] };
    expect(personByTitle('Phó Chủ tịch Khải', [khai, ha])?.name).toBe('Lò Văn Khải');
    expect(personByTitle('Giám đốc Hà', [khai, ha])?.name).toBe('Đinh Thị Hà');
    expect(personByTitle('Phó Chủ tịch Văn Khải', [khai, ha])?.name).toBe('Lò Văn Khải');
    // the post must be the participant's own
    expect(personByTitle('Giám đốc Khải', [khai, ha])).toBeNull();
    const s = 'Ngoài ra, Phó Chủ tịch Khải cũng yêu cầu Sở Nông nghiệp rà soát các trạm bơm.';
    expect(titleDirective(s, [khai, ha])?.by.name).toBe('Lò Văn Khải');
  });
  it('finds the directive and where its items start', () => {
    const s = 'Kết luận cuộc họp, Phó Chủ tịch đề nghị Sở Công Thương rà soát giá điện.';
    const d = titleDirective(s, [khai]);
    expect(d?.by.name).toBe('Lò Văn Khải');
    expect(s.slice(d!.at)).toBe('Sở Công Thương rà soát giá điện.');
  });
  it('needs a colon or a modal after a speech verb such as "nhấn mạnh"', () => {
    expect(titleDirective('Phó Chủ tịch nhấn mạnh vai trò của ngành nông nghiệp.', [khai])).toBeNull();
    expect(titleDirective('Phó Chủ tịch nhấn mạnh: Các huyện phải chủ động nguồn nước.', [khai])).not.toBeNull();
  });
  it('end to end: "Phó Chủ tịch đề nghị …" gives a task by the chair', () => {
    const e = extract(articleOf(HEAD + 'Phó Chủ tịch đề nghị Sở Nông nghiệp khẩn trương nạo vét kênh mương nội đồng.'));
    const t = e.meetings[0]!.tasks;
    expect(t.map((x) => [x.text, x.by, x.to])).toEqual([['khẩn trương nạo vét kênh mương nội đồng', 'Lò Văn Khải', ['Sở Nông nghiệp']]]);
  });
});

describe('directive blocks', () => {
  it('takes each later sentence that assigns an action to a body, after a linking phrase', () => {
    expect(tasksOf(
      HEAD + 'Đồng chí Lò Văn Khải yêu cầu các huyện tăng cường kiểm tra hồ chứa. Theo đó, Sở Nông nghiệp tiếp tục chỉ đạo tích nước cuối vụ. Các xã rà soát diện tích lúa bị nhiễm mặn.',
    )).toEqual([
      ['tăng cường kiểm tra hồ chứa', ['các huyện']],
      ['tiếp tục chỉ đạo tích nước cuối vụ', ['Sở Nông nghiệp']],
      ['rà soát diện tích lúa bị nhiễm mặn', ['Các xã']],
    ]);
  });
  it('goes on past one explaining sentence inside the paragraph, not past a reported result', () => {
    const t = tasksOf(
      HEAD + 'Đồng chí Lò Văn Khải yêu cầu các huyện tăng cường kiểm tra hồ chứa. Mùa khô năm nay đến sớm hơn mọi năm. Sở Y tế cần chủ động cung cấp nước sạch cho trạm y tế.',
    );
    expect(t.map((x) => x[0])).toEqual(['tăng cường kiểm tra hồ chứa', 'cần chủ động cung cấp nước sạch cho trạm y tế']);
  });
  it('ends at a new paragraph that does not open on an action', () => {
    const t = tasksOf(
      HEAD + 'Đồng chí Lò Văn Khải yêu cầu các huyện tăng cường kiểm tra hồ chứa.\nHội nghị tổng kết công tác thủy lợi diễn ra tại hội trường tỉnh.',
    );
    expect(t.map((x) => x[0])).toEqual(['tăng cường kiểm tra hồ chứa']);
  });
  it('takes a list after "nhấn mạnh:" whose first item opens with a year', () => {
    const t = tasksOf(HEAD + 'Đồng chí Lò Văn Khải nhấn mạnh: Năm 2024 toàn ngành phải tập trung trồng rừng ngập mặn. Cần tăng cường tuyên truyền cho người dân.');
    expect(t.map((x) => x[0])).toEqual(['phải tập trung trồng rừng ngập mặn', 'Cần tăng cường tuyên truyền cho người dân']);
  });
});

describe('block sentences', () => {
  it('skips a linking phrase and keeps the body as addressee', () => {
    expect(blockItems('Bên cạnh đó, các phường cũng cần vận động người dân trữ nước.').map((t) => [t.text, t.to]))
      .toEqual([['cần vận động người dân trữ nước', 'các phường']]);
  });
  it('rejects a reported fact ("đã") and a subject that is not a body', () => {
    expect(blockItems('Các huyện đã hoàn thành nạo vét 40 km kênh mương.')).toEqual([]);
    expect(blockItems('Kinh phí bố trí cho dự án là 120 tỷ đồng.')).toEqual([]);
  });
  it('rejects conditions and opinions', () => {
    expect(blockItems('Nếu có vướng mắc, các đơn vị chủ động báo cáo Sở Tài chính.')).toEqual([]);
    expect(blockItems('Ông cho rằng các xã cần chủ động hơn.')).toEqual([]);
    expect(blockItems('Trường nào không công khai học phí thực hiện việc hoàn trả cho người học.')).toEqual([]);
  });
  it('knows when a sentence opens on an action after its linking phrase', () => {
    expect(opensOnAction('Đồng thời, tăng cường tuần tra bờ biển.')).toBe(true);
    expect(opensOnAction('Hội nghị diễn ra trong một ngày.')).toBe(false);
  });
});

describe('body-agrees-to-act', () => {
  it('takes what a body agrees to do after the meeting\'s agreement as a task of the meeting', () => {
    const text = HEAD + 'Hai bên đã thống nhất một số nội dung chính. Theo đó, Sở Nông nghiệp thống nhất khẩn trương nạo vét kênh mương trước ngày 30/4.';
    expect(tasksOf(text).map(([t]) => t)).toContain('khẩn trương nạo vét kênh mương trước ngày 30/4');
    const text2 = HEAD + 'UBND huyện Mường La nhất trí bố trí kinh phí khoan giếng cho các bản thiếu nước.';
    expect(tasksOf(text2).map(([t]) => t)).toContain('bố trí kinh phí khoan giếng cho các bản thiếu nước');
  });
  it('does not take a body agreeing with a view, nor one reported by a speaker', () => {
    const text = HEAD + 'Sở Tài chính thống nhất với đề xuất của huyện về mức hỗ trợ.';
    expect(tasksOf(text)).toEqual([]);
    const text2 = HEAD + 'Giám đốc Sở cho biết Sở Tài chính đã thống nhất cấp bổ sung 2 tỷ đồng.';
    expect(tasksOf(text2)).toEqual([]);
  });
});

describe('addressees', () => {
  it('skips an aside in brackets and reads "các tổ chức" as a noun', () => {
    const s = 'Các trường cao đẳng (kể cả trường tư thục đào tạo nghề) phải công khai học phí; các tổ chức kiểm định thực hiện đánh giá ngoài.';
    expect(directiveItems(s, 0).map((t) => [t.text, t.to])).toEqual([
      ['phải công khai học phí', 'Các trường cao đẳng (kể cả trường tư thục đào tạo nghề)'],
      ['thực hiện đánh giá ngoài', 'các tổ chức kiểm định'],
    ]);
  });
  it('drops "chủ trì, phối hợp với <các bên>" before the action', () => {
    const s = 'Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các huyện khẩn trương thẩm định giá đất.';
    expect(directiveItems(s, 0).map((t) => [t.text, t.to])).toEqual([['khẩn trương thẩm định giá đất', 'Sở Tài chính']]);
  });
  it('example-or-manner-cut: an item ends before ", như …", ", ví dụ …" or "sao cho …"', () => {
    const a = 'Sở Tư pháp cần rút gọn hồ sơ đăng ký, như bỏ bản sao giấy tờ đã được chứng thực.';
    expect(directiveItems(a, 0).map((t) => t.text)).toEqual(['cần rút gọn hồ sơ đăng ký']);
    const b = 'Các trường phải sắp xếp lịch thi hợp lý sao cho học sinh không phải thi hai môn một buổi.';
    expect(directiveItems(b, 0).map((t) => t.text)).toEqual(['phải sắp xếp lịch thi hợp lý']);
    const c = 'Ban quản lý chợ cần tăng cường kiểm tra, ví dụ kiểm tra cân của tiểu thương mỗi tuần.';
    expect(directiveItems(c, 0).map((t) => t.text)).toEqual(['cần tăng cường kiểm tra']);
  });
  it('having-a-measure: a clause "có quy định / có quy trình / có ý kiến …" is an action of its own', () => {
    const a = 'Sở Xây dựng cần rà soát các chung cư cũ; có quy trình riêng cho nhà xuống cấp nặng.';
    expect(directiveItems(a, 0).map((t) => t.text)).toEqual(['cần rà soát các chung cư cũ', 'có quy trình riêng cho nhà xuống cấp nặng']);
    const b = 'Các sở, ngành có ý kiến bằng văn bản gửi Sở Kế hoạch và Đầu tư trước ngày 20/6.';
    expect(directiveItems(b, 0).map((t) => [t.text, t.to])).toEqual([['có ý kiến bằng văn bản gửi Sở Kế hoạch và Đầu tư trước ngày 20/6', 'Các sở, ngành']]);
  });
  it('cuts an item before ", coi đây là …"', () => {
    const s = 'Các huyện cần trồng rừng phòng hộ, coi đây là nhiệm vụ trọng tâm.';
    expect(directiveItems(s, 0).map((t) => t.text)).toEqual(['cần trồng rừng phòng hộ']);
  });
});

describe('directive openers', () => {
  it('reads "giao cho <body> …" and a time phrase before a modal', () => {
    expect(directiveItems('cho Sở Du lịch chủ trì tổ chức tuần lễ văn hóa biển.', 0).map((t) => [t.text, t.to]))
      .toEqual([['chủ trì tổ chức tuần lễ văn hóa biển', 'Sở Du lịch']]);
    expect(directiveItems('trong quý 4 năm 2024, cần hoàn thành đường ven sông.', 0).map((t) => [t.text, t.to]))
      .toEqual([['cần hoàn thành đường ven sông', null]]);
  });
});

describe('a modal sentence right after the chair spoke', () => {
  it('"Phó Chủ tịch cho rằng …. Vì vậy, cần …" is his directive; without the speech it is not', () => {
    const spoken = tasksOf(HEAD + 'Phó Chủ tịch cho rằng nguồn nước ngầm đang cạn dần. Vì vậy, cần hạn chế khoan giếng tự phát.');
    expect(spoken).toEqual([['cần hạn chế khoan giếng tự phát', ['UBND tỉnh']]]);
    const unspoken = tasksOf(HEAD + 'Nguồn nước ngầm đang cạn dần. Vì vậy, cần hạn chế khoan giếng tự phát.');
    expect(unspoken).toEqual([]);
  });
});

describe('a block sentence with its own directive verb', () => {
  it('"Đồng thời, giao cho <body> …" gives items to that body; semicolons split them', () => {
    expect(blockItems('Đồng thời, giao cho Trung tâm Văn hóa đẩy mạnh tuyên truyền lễ hội; Công an huyện tăng cường tuần tra đêm.').map((t) => [t.text, t.to]))
      .toEqual([['đẩy mạnh tuyên truyền lễ hội', 'Trung tâm Văn hóa'], ['tăng cường tuần tra đêm', 'Công an huyện']]);
  });
});

describe('a topic phrase before a modal', () => {
  it('"Trong kế hoạch cần …" is a task with no addressee of its own', () => {
    expect(blockItems('Trong kế hoạch cần lồng ghép phòng chống thiên tai.').map((t) => [t.text, t.to]))
      .toEqual([['cần lồng ghép phòng chống thiên tai', null]]);
    expect(blockItems('Trong kế hoạch năm nay có nhiều dự án lớn.')).toEqual([]);
  });
});

describe('directives in the speaker\'s own words', () => {
  const tasksBy = (text: string): Array<[string, string | null]> =>
    (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by]);

  it('reads "tôi đề nghị …" inside a quote as a directive of the participant it is attributed to', () => {
    const t = tasksBy(HEAD + '“Tôi đề nghị các huyện khẩn trương rà soát diện tích lúa bị ảnh hưởng”, Phó Chủ tịch nói.');
    expect(t).toEqual([['khẩn trương rà soát diện tích lúa bị ảnh hưởng', 'Lò Văn Khải']]);
    const u = tasksBy(HEAD + 'Ông Lò Văn Khải phát biểu về tình hình hạn mặn. “Tôi yêu cầu Sở Tài chính bố trí kinh phí mua máy bơm trước ngày 30/4”, ông nhấn mạnh.');
    expect(u.map(([x]) => x)).toContain('bố trí kinh phí mua máy bơm trước ngày 30/4');
  });

  it('takes the actions inside a quote of several sentences attributed after it', () => {
    const t = tasksBy(HEAD +
      '“Thứ nhất, Sở Nông nghiệp phối hợp với các huyện lập phương án chuyển đổi cây trồng. Thứ hai, Sở Tài chính bố trí nguồn kinh phí dự phòng cho các xã vùng hạn. Việc này rất cấp bách”, đồng chí Lò Văn Khải nhấn mạnh.');
    expect(t.map(([x]) => x)).toEqual(expect.arrayContaining([
      expect.stringContaining('lập phương án chuyển đổi cây trồng'),
      expect.stringContaining('bố trí nguồn kinh phí dự phòng cho các xã vùng hạn'),
    ]));
    expect(t.every(([, by]) => by === 'Lò Văn Khải')).toBe(true);
    // a quote attributed to nobody among the participants sets no task
    const u = tasksBy(HEAD + '“Sở Nông nghiệp phối hợp với các huyện lập phương án chuyển đổi cây trồng. Mọi việc đã sẵn sàng”, một người dân nói.');
    expect(u).toEqual([]);
  });
});

describe('modal clauses in the chair\'s speech ("… nhà mạng cũng phải …")', () => {
  it('reads each "<subject> cần/phải <action>" clause, keeping a short subject and cutting at a reason', () => {
    expect(modalClauses('Dù thời gian gấp, các trường cũng phải hoàn thành chấm thi đúng hạn; Sở Giáo dục cần công bố điểm sớm bởi thí sinh đang chờ.', 0).map((t) => [t.text, t.to]))
      .toEqual([['các trường cũng phải hoàn thành chấm thi đúng hạn', 'các trường'], ['Sở Giáo dục cần công bố điểm sớm', 'Sở Giáo dục']]);
    expect(modalClauses('Muốn vậy đội xe buýt phải được thay mới trước mùa mưa.', 0).map((t) => t.text))
      .toEqual(['đội xe buýt phải được thay mới trước mùa mưa']);
  });
  it('leaves "không phải", "cần thiết" and a noun followed by "cần" ("nhiều việc cần làm") alone', () => {
    expect(modalClauses('Đây không phải là việc của riêng ngành y tế.', 0)).toEqual([]);
    expect(modalClauses('Việc sửa chữa là cần thiết, còn nhiều việc cần làm ngay trong tháng.', 0)).toEqual([]);
  });
  it('end to end: the chair\'s concluding speech gives tasks; a speaker who does not chair gives none', () => {
    const chair = tasksOf(HEAD + 'Kết luận cuộc họp, Phó Chủ tịch Lò Văn Khải khẳng định, dù kinh phí còn hạn hẹp, các huyện cũng phải bảo đảm nước sinh hoạt cho dân. Đồng thời, công ty thủy nông phải mở cống lấy nước vào ban đêm.');
    expect(chair.map(([x]) => x)).toEqual(['các huyện cũng phải bảo đảm nước sinh hoạt cho dân', 'công ty thủy nông phải mở cống lấy nước vào ban đêm']);
    const other = tasksOf(HEAD + 'Giám đốc công ty thủy nông Hà Văn Tâm cho rằng, mùa này các trạm bơm phải chạy hết công suất trong tuần.');
    expect(other).toEqual([]);
  });
});

describe('task lists after a header', () => {
  const TOP = 'Họp bàn công tác phòng chống thiên tai\n\nSáng 12/4, đồng chí Lò Văn Khải, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng chống thiên tai.\n\n';
  it('reads bullet lines after "đề nghị <bodies>:" as tasks to those bodies, up to the first line that is no item', () => {
    const t = tasksOf(TOP + 'Kết luận cuộc họp, đồng chí Lò Văn Khải đề nghị các sở, ngành, địa phương:\n- Tăng cường kiểm tra hồ đập trước mùa mưa bão;\n+ Bố trí kinh phí mua sắm phương tiện cứu hộ.\nHội nghị kết thúc lúc 11 giờ cùng ngày.');
    expect(t).toEqual([
      ['Tăng cường kiểm tra hồ đập trước mùa mưa bão', ['các sở, ngành, địa phương']],
      ['Bố trí kinh phí mua sắm phương tiện cứu hộ', ['các sở, ngành, địa phương']],
    ]);
  });
  it('reads numbered lines ("1.", "a)") whose number the sentence splitter cut off, each with its own body', () => {
    const t = tasksOf(TOP + 'Kết luận cuộc họp, đồng chí Lò Văn Khải yêu cầu:\n\n1. Sở Nông nghiệp tăng cường kiểm tra hồ đập trước mùa mưa bão.\n\na) Sở Tài chính bố trí kinh phí mua sắm phương tiện cứu hộ.');
    expect(t).toEqual([
      ['tăng cường kiểm tra hồ đập trước mùa mưa bão', ['Sở Nông nghiệp']],
      ['bố trí kinh phí mua sắm phương tiện cứu hộ', ['Sở Tài chính']],
    ]);
  });
  it('reads "Nhiệm vụ trọng tâm … là: …" and "các nội dung sau: thứ nhất, …; thứ hai, …" inside a sentence', () => {
    const t = tasksOf(TOP + 'Phát biểu kết luận, đồng chí Lò Văn Khải nhấn mạnh: Nhiệm vụ trọng tâm trong thời gian tới là: Tăng cường kiểm tra hồ đập trước mùa mưa bão; rà soát phương án sơ tán dân ở vùng trũng. Đồng chí yêu cầu các huyện thực hiện tốt các nội dung sau: thứ nhất, chủ động nắm tình hình mưa lũ; thứ hai, bố trí lực lượng trực ban 24/24 giờ.');
    expect(t.map(([x]) => x)).toEqual([
      'Tăng cường kiểm tra hồ đập trước mùa mưa bão', 'rà soát phương án sơ tán dân ở vùng trũng',
      'chủ động nắm tình hình mưa lũ', 'bố trí lực lượng trực ban 24/24 giờ',
    ]);
  });
  it('a colon that introduces a fact, not a list, is no header', () => {
    expect(listHeader('Sở Tài chính đã báo cáo kết quả: thu ngân sách đạt 80% dự toán.', 0)).toBeNull();
    expect(listHeader('Kết quả: thu ngân sách đạt 80% dự toán.', 0)).toBeNull();
    expect(listHeader('các huyện thực hiện tốt các nội dung sau: thứ nhất, chủ động nắm tình hình.', 0)?.header).toBe('các huyện thực hiện tốt các nội dung sau');
  });
});

describe('decisions of the body holding the meeting, and directives attributed afterwards', () => {
  const tasksBy = (text: string): Array<[string, string | null]> =>
    (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by]);
  it('"<organiser> đề ra mục tiêu: A; B" lists tasks set by nobody in person', () => {
    const t = tasksBy('Hội nghị Ban Chấp hành Đảng bộ huyện\n\nNgày 5/7, Ban Chấp hành Đảng bộ huyện Yên Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Trong 6 tháng cuối năm, Ban Chấp hành Đảng bộ huyện Yên Lập đề ra mục tiêu: Hoàn thành kế hoạch trồng rừng; tiếp tục nâng cấp đường giao thông nông thôn.');
    expect(t).toEqual([['Hoàn thành kế hoạch trồng rừng', null], ['tiếp tục nâng cấp đường giao thông nông thôn', null]]);
  });
  it('"Đó là yêu cầu của đồng chí A" makes the sentence before his directive; a report before it is none', () => {
    const t = tasksBy(HEAD + 'Trong mùa khô, các địa phương cần chủ động trữ nước ngọt cho sản xuất. Đó là yêu cầu của đồng chí Lò Văn Khải tại cuộc họp.');
    expect(t).toEqual([['cần chủ động trữ nước ngọt cho sản xuất', 'Lò Văn Khải']]);
    const u = tasksBy(HEAD + 'Trong mùa khô, các địa phương đã trữ được 2 triệu mét khối nước. Đó là báo cáo của Sở Nông nghiệp tại cuộc họp.');
    expect(u).toEqual([]);
  });
});

describe('a directive verb joined to the speaker\'s sentence, its subject left out', () => {
  it('"A cho rằng …, đồng thời giao <body> …" and "A phát biểu … và đề nghị <body> …" are A\'s directives', () => {
    const t = tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng nguồn nước ngầm đang cạn dần, đồng thời giao Sở Tài nguyên khảo sát lại các giếng khoan.');
    expect(t).toEqual([['khảo sát lại các giếng khoan', ['Sở Tài nguyên']]]);
    const u = tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải phát biểu về tình hình hạn hán và đề nghị Công ty Cấp nước ưu tiên nước sinh hoạt cho vùng cao.');
    expect(u).toEqual([['ưu tiên nước sinh hoạt cho vùng cao', ['Công ty Cấp nước']]]);
  });
  it('a noun "yêu cầu của …", "lãnh đạo, chỉ đạo" is no directive', () => {
    const t = tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ phòng chống hạn đã đi vào nền nếp, yêu cầu của người dân cơ bản được đáp ứng.');
    expect(t).toEqual([]);
  });
});

describe('action words of directives (lexicon)', () => {
  it('reads "mở", "tổng hợp", "cân nhắc", "xem xét" as the start of the action after the addressee', () => {
    expect(directiveItems('Công an tỉnh mở đợt cao điểm trấn áp tội phạm ma túy.', 0).map((t) => [t.text, t.to]))
      .toEqual([['mở đợt cao điểm trấn áp tội phạm ma túy', 'Công an tỉnh']]);
    expect(directiveItems('Sở Kế hoạch tổng hợp ý kiến các huyện; Sở Xây dựng cân nhắc điều chỉnh quy hoạch chung.', 0).map((t) => [t.text, t.to]))
      .toEqual([['tổng hợp ý kiến các huyện', 'Sở Kế hoạch'], ['cân nhắc điều chỉnh quy hoạch chung', 'Sở Xây dựng']]);
  });
});

describe('where a directive item ends', () => {
  it('ends before a purpose clause with a subject of its own ("để TP trình …"), not before "để <verb>"', () => {
    expect(directiveItems('Sở Tư pháp khẩn trương hoàn thiện dự thảo quy chế để UBND tỉnh ban hành trong tháng 6.', 0).map((t) => t.text))
      .toEqual(['khẩn trương hoàn thiện dự thảo quy chế']);
    expect(directiveItems('Sở Tư pháp tiếp thu ý kiến góp ý để hoàn thiện dự thảo quy chế.', 0).map((t) => t.text))
      .toEqual(['tiếp thu ý kiến góp ý để hoàn thiện dự thảo quy chế']);
  });
  it('praise after a directive verb ("đề nghị … đánh giá cao …") is no task', () => {
    expect(directiveItems('Bộ trưởng đánh giá cao nỗ lực của ngành y tế.', 0)).toEqual([]);
  });
});

describe('quoted-name-in-task', () => {
  it('keeps a name quoted inside the item ("phong trào “…”", "cuộc vận động "…"")', () => {
    expect(directiveItems('Đoàn Thanh niên tiếp tục triển khai phong trào “Tuổi trẻ chung tay xây dựng đô thị văn minh” trong toàn tỉnh; tổ chức tốt “Tháng hành động vì môi trường 2024”.', 0).map((t) => t.text))
      .toEqual(['tiếp tục triển khai phong trào “Tuổi trẻ chung tay xây dựng đô thị văn minh” trong toàn tỉnh', 'tổ chức tốt “Tháng hành động vì môi trường 2024']);
    expect(directiveItems('các huyện đẩy mạnh cuộc vận động "Toàn dân bảo vệ rừng đầu nguồn" ở các xã vùng cao.', 0).map((t) => t.text))
      .toEqual(['đẩy mạnh cuộc vận động "Toàn dân bảo vệ rừng đầu nguồn" ở các xã vùng cao']);
  });
  it('still ends the item at the quote mark that closes the speech', () => {
    expect(directiveItems('các xã rà soát lại toàn bộ hộ nghèo trong quý III” và nhắc lại nhiều lần.', 0).map((t) => t.text))
      .toEqual(['rà soát lại toàn bộ hộ nghèo trong quý III']);
    expect(directiveItems('Sở Y tế chuẩn bị đủ thuốc cho mùa dịch" nhưng chưa nói rõ kinh phí.', 0).map((t) => t.text))
      .toEqual(['chuẩn bị đủ thuốc cho mùa dịch']);
  });
});

describe('joined-directive-in-block', () => {
  it('takes "<title> cũng cho ý kiến …, đồng thời giao <body> …" inside the same speaker\'s block', () => {
    const t = tasksOf(HEAD + 'Phó Chủ tịch yêu cầu các huyện rà soát lại nguồn nước sinh hoạt. Tăng cường kiểm tra các trạm bơm. ' +
      'Phó Chủ tịch cũng cho ý kiến về đề xuất của các huyện, đồng thời giao Sở Tài chính cân đối kinh phí khoan giếng cho vùng cao.');
    expect(t).toEqual([
      ['rà soát lại nguồn nước sinh hoạt', ['các huyện']],
      ['Tăng cường kiểm tra các trạm bơm', ['UBND tỉnh']],
      ['cân đối kinh phí khoan giếng cho vùng cao', ['Sở Tài chính']],
    ]);
  });
  it('leaves the sentence of another speaker and a noun "yêu cầu đề ra" alone', () => {
    const t = tasksOf(HEAD + 'Phó Chủ tịch yêu cầu các huyện rà soát lại nguồn nước sinh hoạt. ' +
      'Phó Chủ tịch cũng cho rằng các địa phương đã đáp ứng mục tiêu và yêu cầu đề ra, các hộ dân vùng cao đã có nước.');
    expect(t).toEqual([['rà soát lại nguồn nước sinh hoạt', ['các huyện']]]);
  });
});

describe('body-modal-after-speech', () => {
  it('gives "Các địa phương cần …" / "Chính phủ cần …" right after a participant spoke to that participant', () => {
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải nhấn mạnh, mùa khô năm nay đến sớm. Các huyện ven biển cần chủ động đắp đập tạm ngăn mặn, không để nước mặn tràn vào ruộng.'))
      .toEqual([['cần chủ động đắp đập tạm ngăn mặn, không để nước mặn tràn vào ruộng', ['Các huyện ven biển']]]);
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng nguồn vốn hỗ trợ còn chậm. Vì vậy, Sở Tài chính cũng cần sớm tham mưu phân bổ kinh phí cho các xã.'))
      .toEqual([['cần sớm tham mưu phân bổ kinh phí cho các xã', ['Sở Tài chính']]]);
  });
  it('leaves a hedged or future modal ("có thể phải", "sẽ phải") and a body with no speaker before it alone', () => {
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng giá vật tư tăng mạnh. Các doanh nghiệp có thể phải chịu thêm chi phí vận chuyển.')).toEqual([]);
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng giá vật tư tăng mạnh. Các hộ dân sẽ phải mua nước ngọt với giá cao.')).toEqual([]);
    expect(tasksOf(HEAD + 'Mùa khô năm nay đến sớm. Các huyện ven biển cần chủ động đắp đập tạm ngăn mặn.')).toEqual([]);
  });
  it('needs a body, not any plural or acronym: "Các dự án cần xử lý gồm …", "Do đó, DN phải …" are no directives', () => {
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng nhiều công trình thủy lợi đã xuống cấp. Các công trình cần sửa chữa gồm: cống Cái Lớn, cống Cái Bé.')).toEqual([]);
    expect(tasksOf(HEAD + 'Phó Chủ tịch Lò Văn Khải cho rằng thủ tục còn rườm rà. Do đó, DN phải chờ đợi nhiều ngày mới được cấp phép.')).toEqual([]);
  });
});

describe('time-before-addressee', () => {
  it('sets aside when the directive is due, written before its addressee with or without a comma', () => {
    expect(directiveItems('trong thời gian tới Sở Giao thông và các huyện tập trung sửa chữa các tuyến đường hư hỏng.', 0).map((t) => [t.text, t.to]))
      .toEqual([['tập trung sửa chữa các tuyến đường hư hỏng', 'Sở Giao thông và các huyện']]);
    expect(directiveItems('năm 2024, các trường học chủ động rà soát đội ngũ giáo viên.', 0).map((t) => [t.text, t.to]))
      .toEqual([['chủ động rà soát đội ngũ giáo viên', 'các trường học']]);
  });
  it('needs a body after the time: "trong thời gian tới cần …" keeps no addressee', () => {
    expect(directiveItems('trong thời gian tới cần tập trung sửa chữa các tuyến đường hư hỏng.', 0).map((t) => t.to)).toEqual([null]);
  });
});

describe('not-letting-is-no-purpose', () => {
  it('keeps "không để <someone> …" in the task: a negated "để" means "let", not "so that"', () => {
    expect(directiveItems('các huyện phải báo cáo tình hình hằng tuần, không để người dân thiếu nước sinh hoạt.', 0).map((t) => t.text))
      .toEqual(['phải báo cáo tình hình hằng tuần, không để người dân thiếu nước sinh hoạt']);
    expect(directiveItems('Công an tỉnh tăng cường tuần tra, tránh để các đối tượng lợi dụng gây rối.', 0).map((t) => t.text))
      .toEqual(['tăng cường tuần tra, tránh để các đối tượng lợi dụng gây rối']);
  });
  it('still ends the task before a purpose clause with a subject of its own', () => {
    expect(directiveItems('Sở Tài chính cân đối nguồn vốn để các huyện kịp khởi công.', 0).map((t) => t.text)).toEqual(['cân đối nguồn vốn']);
  });
});
