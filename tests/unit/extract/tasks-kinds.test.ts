import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { directiveItems, modalClauses } from '../../../src/extract/tasks.js';
import { unnamedDirective } from '../../../src/extract/tasks-collect.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);

describe('addressee of bare body words', () => {
  it('takes "bộ, ngành, địa phương" as who must act', () => {
    expect(directiveItems('bộ, ngành, địa phương xử lý dứt điểm các vụ khiếu nại về đất đai.', 0).map((t) => [t.text, t.to]))
      .toEqual([['xử lý dứt điểm các vụ khiếu nại về đất đai', 'bộ, ngành, địa phương']]);
    expect(directiveItems('sở, ngành liên quan rà soát danh mục dự án chậm tiến độ.', 0).map((t) => [t.text, t.to]))
      .toEqual([['rà soát danh mục dự án chậm tiến độ', 'sở, ngành liên quan']]);
  });
});

describe('conclusion notice', () => {
  it('gives the directions written after "thông báo kết luận của A" to A, across the paragraph break', () => {
    expect(tasksOf(
      'Văn phòng UBND tỉnh vừa ban hành thông báo kết luận của Chủ tịch UBND tỉnh Hoàng Văn Minh tại cuộc họp về phòng chống dịch bệnh trên đàn gia súc.\n' +
      'Theo đó, Sở Nông nghiệp tiếp tục chỉ đạo tiêm phòng vắc xin cho đàn lợn. Công an tỉnh tăng cường kiểm soát việc vận chuyển gia súc qua địa bàn.',
    )).toEqual([
      ['tiếp tục chỉ đạo tiêm phòng vắc xin cho đàn lợn', 'Hoàng Văn Minh', ['Sở Nông nghiệp']],
      ['tăng cường kiểm soát việc vận chuyển gia súc qua địa bàn', 'Hoàng Văn Minh', ['Công an tỉnh']],
    ]);
  });
  it('takes the rest of a sentence that opens "Theo kết luận của <title>,"', () => {
    const t = tasksOf(
      'Chiều 4/3, Phó Chủ tịch UBND tỉnh Đặng Thị Lan chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. ' +
      'Theo kết luận của Phó Chủ tịch UBND tỉnh, các chủ đầu tư cần khẩn trương hoàn thiện hồ sơ thanh toán khối lượng đã thi công.',
    );
    expect(t).toEqual([['cần khẩn trương hoàn thiện hồ sơ thanh toán khối lượng đã thi công', 'Đặng Thị Lan', ['các chủ đầu tư']]]);
  });
  it('needs the concluder to be a participant of the meeting', () => {
    const t = tasksOf(
      'Chiều 4/3, Phó Chủ tịch UBND tỉnh Đặng Thị Lan chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. ' +
      'Theo kết luận của Thanh tra Chính phủ năm 2015, các chủ đầu tư cần hoàn trả số tiền sai phạm.',
    );
    expect(t).toEqual([]);
  });
});

describe('directive by a title nobody at the meeting holds', () => {
  const HEAD = 'Chiều 8/5, Thường trực Chính phủ họp về tình hình sạt lở bờ biển tỉnh Kiên Giang. Tại cuộc họp, Chủ tịch UBND tỉnh Lâm Minh Hải báo cáo tình hình sạt lở. ';
  it('takes "Thủ tướng kết luận: Giao …" as a task set by nobody named', () => {
    expect(tasksOf(HEAD + 'Sau khi nghe báo cáo, Thủ tướng kết luận: Giao Bộ Tài chính bố trí kinh phí xây kè chống sạt lở.'))
      .toEqual([['bố trí kinh phí xây kè chống sạt lở', null, ['Bộ Tài chính']]]);
  });
  it('leaves a past or subordinate mention of the title alone', () => {
    expect(unnamedDirective('Năm ngoái, Thủ tướng đã yêu cầu các tỉnh rà soát đê biển.')).toBeNull();
    expect(unnamedDirective('Việc này khác mọi năm khi Thủ tướng chỉ đạo phải quyết liệt thoái vốn.')).toBeNull();
    expect(unnamedDirective('Phó Thủ tướng cũng yêu cầu các bộ rà soát đê biển.')).not.toBeNull();
  });
});

describe('addressee counted by a number', () => {
  it('takes "2 sở …" and "3 đơn vị" as who must act', () => {
    expect(directiveItems('2 sở Tài chính, Nội vụ tham mưu cho tỉnh lập tổ quản lý nợ công.', 0).map((t) => [t.text, t.to]))
      .toEqual([['tham mưu cho tỉnh lập tổ quản lý nợ công', '2 sở Tài chính, Nội vụ']]);
    expect(directiveItems('3 đơn vị chủ đầu tư hoàn thành giải phóng mặt bằng trong quý II.', 0).map((t) => t.to))
      .toEqual(['3 đơn vị chủ đầu tư']);
  });
});

describe('action clauses after a modal clause', () => {
  it('takes the semicolon clauses that open on an action as items of the same subject', () => {
    const s = 'Bộ trưởng nêu rõ, các trường cần rà soát chương trình đào tạo; tổ chức lại các khoa nhỏ; tăng cường kiểm định chất lượng.';
    expect(modalClauses(s, 0).map((t) => [t.text, t.to])).toEqual([
      ['các trường cần rà soát chương trình đào tạo', 'các trường'],
      ['tổ chức lại các khoa nhỏ', 'các trường'],
      ['tăng cường kiểm định chất lượng', 'các trường'],
    ]);
  });
  it('stops at the first clause that reports instead', () => {
    const s = 'Ông cho rằng, ngành điện phải đầu tư thêm lưới truyền tải; giá điện năm nay đã tăng 6%; kiểm soát chi phí.';
    expect(modalClauses(s, 0).map((t) => t.text)).toEqual(['ngành điện phải đầu tư thêm lưới truyền tải']);
  });
});

describe('more action verbs that open an item', () => {
  it('reads "đẩy nhanh", "tuân thủ", "tiến hành" as the start of the task', () => {
    expect(directiveItems('các chủ đầu tư đẩy nhanh tiến độ giải phóng mặt bằng.', 0).map((t) => [t.text, t.to]))
      .toEqual([['đẩy nhanh tiến độ giải phóng mặt bằng', 'các chủ đầu tư']]);
    expect(directiveItems('Ban quản lý dự án tuân thủ nghiêm quy trình nghiệm thu.', 0).map((t) => t.text))
      .toEqual(['tuân thủ nghiêm quy trình nghiệm thu']);
  });
  it('leaves out an item of fewer than three words', () => {
    expect(directiveItems('Công an huyện điều tra.', 0)).toEqual([]);
  });
});

describe('a bulleted list ends at a directive of its own', () => {
  it('gives the sentence after the list its own addressee, not the list header', () => {
    const t = tasksOf(
      'Sáng 10/3, đồng chí Đinh Văn Sơn, Bí thư Huyện ủy chủ trì hội nghị giao ban quý I.\n' +
      'Đồng chí Đinh Văn Sơn yêu cầu các xã:\n- Rà soát hộ nghèo phát sinh trong quý.\n- Đẩy nhanh tiến độ làm đường giao thông nông thôn.\n' +
      'Bí thư Huyện ủy đề nghị Phòng Y tế chủ động phòng chống dịch sốt xuất huyết.',
    );
    expect(t.map(([text, , to]) => [text, to])).toEqual([
      ['Rà soát hộ nghèo phát sinh trong quý', ['các xã']],
      ['Đẩy nhanh tiến độ làm đường giao thông nông thôn', ['các xã']],
      ['chủ động phòng chống dịch sốt xuất huyết', ['Phòng Y tế']],
    ]);
  });
  it('drops "Đối với" from an addressee written as a topic', () => {
    expect(directiveItems('Đối với các bệnh viện tuyến huyện tăng cường trực cấp cứu dịp Tết.', 0).map((t) => t.to))
      .toEqual(['các bệnh viện tuyến huyện']);
  });
});

describe('a directive quoted after its verb', () => {
  it('reads the clause inside the opening quote like one without it', () => {
    expect(directiveItems('"Các huyện ven biển phải chủ động sơ tán dân khỏi vùng nguy hiểm.', 0).map((t) => [t.text, t.to]))
      .toEqual([['phải chủ động sơ tán dân khỏi vùng nguy hiểm', 'Các huyện ven biển']]);
    expect(directiveItems('“Ngành y tế cần chuẩn bị đủ cơ số thuốc cho mùa mưa lũ.', 0).map((t) => t.to))
      .toEqual(['Ngành y tế']);
  });
});
