import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { commitments, honorificDirective } from '../../../src/extract/tasks-collect.js';
import { directiveItems } from '../../../src/extract/tasks.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);

const HEAD = 'Sáng 6/2, Chủ tịch UBND TP Nguyễn Đức Hùng chủ trì cuộc họp giao ban với các sở, ngành về công tác quý I.\n';

describe('commitment-with-se', () => {
  it('takes what the sides undertake ("hai bên sẽ …") as a task of the meeting', () => {
    expect(tasksOf(
      'Chiều 12/4, Bộ trưởng Bộ Công Thương Trần Văn Nam chủ trì phiên họp của Ủy ban hỗn hợp về hợp tác thương mại. ' +
      'Trong thời gian tới, hai bên sẽ tích cực phối hợp xây dựng hệ thống chứng nhận xuất xứ điện tử.',
    )).toEqual([['tích cực phối hợp xây dựng hệ thống chứng nhận xuất xứ điện tử', null, ['Ủy ban hỗn hợp về hợp tác thương mại']]]);
    expect(commitments('Các bên đều thống nhất sẽ hoàn thiện hồ sơ trước ngày 10/7.').map((c) => c.subject)).toEqual(['sides']);
  });
  it('takes a participant\'s promise ("hứa sẽ …") when the participant speaks in that sentence', () => {
    const t = tasksOf(HEAD + 'Phát biểu tại cuộc họp, ông Nguyễn Đức Hùng đã tiếp thu các kiến nghị và hứa sẽ khẩn trương giải quyết dứt điểm các vướng mắc cho doanh nghiệp.');
    expect(t).toEqual([['khẩn trương giải quyết dứt điểm các vướng mắc cho doanh nghiệp', 'Nguyễn Đức Hùng', ['UBND TP']]]);
  });
  it('takes a body\'s undertaking only inside the block of an agreement, and never a forecast or an agenda', () => {
    expect(commitments('UBND TP Đà Nẵng sẽ khẩn trương cập nhật số liệu, hoàn chỉnh báo cáo nghiên cứu tiền khả thi.'))
      .toEqual([{ at: 19, subject: 'body', to: 'UBND TP Đà Nẵng' }]);
    expect(commitments('Nếu thuận lợi, Bộ Xây dựng sẽ hoàn thành quy hoạch trong năm nay.')).toEqual([]);
    expect(commitments('Dự kiến hai bên sẽ tổ chức hội nghị vào tháng 8.')).toEqual([]);
    expect(commitments('Dự án sẽ hoàn thành vào cuối năm 2018.')).toEqual([]);
    // a body's "sẽ" outside any block announces what it will do at a session: no task
    expect(tasksOf(
      'Sáng 30/6, Phó Chủ tịch HĐND TP Lê Văn Tâm chủ trì họp báo giới thiệu kỳ họp thứ 4. ' +
      'Tại kỳ họp này, HĐND TP sẽ xem xét các báo cáo thường kỳ về nhiệm vụ phát triển kinh tế - xã hội.',
    )).toEqual([]);
  });
});

describe('quoted-directive', () => {
  it('takes a one-sentence quote attributed with a directive verb as the participant\'s task', () => {
    expect(tasksOf(HEAD + '“Các quận, huyện phải rà soát toàn bộ các điểm trông trẻ tự phát trên địa bàn”, ông Nguyễn Đức Hùng yêu cầu.'))
      .toEqual([['phải rà soát toàn bộ các điểm trông trẻ tự phát trên địa bàn', 'Nguyễn Đức Hùng', ['Các quận, huyện']]]);
    expect(tasksOf(HEAD + '"Sở Giáo dục cần kiểm tra ngay các cơ sở mầm non tư thục", Chủ tịch UBND TP chỉ đạo.'))
      .toEqual([['cần kiểm tra ngay các cơ sở mầm non tư thục', 'Nguyễn Đức Hùng', ['Sở Giáo dục']]]);
  });
  it('leaves a quote attributed with a reporting verb, or one the directive verb does not end', () => {
    expect(tasksOf(HEAD + '“Các quận phải rà soát các điểm trông trẻ tự phát”, ông Nguyễn Đức Hùng cho biết.')).toEqual([]);
    expect(tasksOf(HEAD + '“Các quận phải rà soát các điểm trông trẻ tự phát” - thông báo nêu ý kiến chỉ đạo của Chủ tịch UBND TP.')).toEqual([]);
  });
});

describe('honorific-and-given-name-directive', () => {
  it('resolves "ông <given name>" before a directive verb to the one participant it fits', () => {
    const p = [{ key: 'a', name: 'Nguyễn Đức Chung', titles: [] }, { key: 'b', name: 'Lê Thị Lan', titles: [] }];
    expect(honorificDirective('Theo đó, ông Chung giao Sở Nội vụ kiểm tra việc thực thi công vụ.', p)?.by.key).toBe('a');
    expect(honorificDirective('Bà Lan cũng yêu cầu các trường rà soát học phí.', p)?.by.key).toBe('b');
    expect(honorificDirective('Ông Hải yêu cầu các trường rà soát học phí.', p)).toBeNull();
  });
  it('gives the directive to the chair when the given name is also a common word ("Chung")', () => {
    expect(tasksOf(
      'Chủ tịch UBND TP Nguyễn Đức Chung chủ trì cuộc giao ban với lãnh đạo các sở, ngành sáng 6-2.\n' +
      'Theo đó, ông Chung giao Sở Nội vụ quyết liệt kiểm tra việc thực thi công vụ ngay từ đầu năm.',
    )).toEqual([['quyết liệt kiểm tra việc thực thi công vụ ngay từ đầu năm', 'Nguyễn Đức Chung', ['Sở Nội vụ']]]);
  });
});

describe('sentence-end-inside-item', () => {
  it('ends an item at a full stop before a capital, a digit or a link arrow', () => {
    expect(directiveItems('Hoàn thành và báo cáo Bộ trong tháng 2/2017. 12 dự án thua lỗ gồm: Nhà máy xơ sợi.', 0).map((t) => t.text))
      .toEqual(['Hoàn thành và báo cáo Bộ trong tháng 2/2017']);
    expect(directiveItems('xử lý nghiêm hai cô giáo vi phạm. >> Xem thêm clip vụ việc', 0).map((t) => t.text))
      .toEqual(['xử lý nghiêm hai cô giáo vi phạm']);
  });
  it('keeps the dot of an abbreviation inside the item', () => {
    expect(directiveItems('khẩn trương báo cáo UBND TP. Hồ Chí Minh kết quả rà soát.', 0).map((t) => t.text))
      .toEqual(['khẩn trương báo cáo UBND TP. Hồ Chí Minh kết quả rà soát']);
  });
});

describe('opinion-is-no-directive', () => {
  const SESSION = 'Sáng 14/7, Chủ nhiệm Ủy ban Kinh tế Vũ Văn Thanh chủ trì phiên họp toàn thể của Ủy ban Kinh tế về tình hình kinh tế - xã hội. ';
  it('takes no task from a delegate\'s view after "cho rằng" or "nhấn mạnh"', () => {
    expect(tasksOf(SESSION + 'Đại biểu Phạm Quang Dũng, Ủy viên Ủy ban Kinh tế cho rằng, việc tái cơ cấu doanh nghiệp nhà nước phải đẩy mạnh để thu hồi vốn.')).toEqual([]);
    expect(tasksOf(SESSION + 'Đại biểu Lê Thị Hoa, Ủy viên Ủy ban Kinh tế nhấn mạnh, các doanh nghiệp cần nâng cao năng lực cạnh tranh.')).toEqual([]);
  });
  it('still takes it from the chair or from the head of a body', () => {
    expect(tasksOf(SESSION + 'Chủ nhiệm Ủy ban Kinh tế Vũ Văn Thanh nhấn mạnh, các bộ cần rà soát lại các dự án chậm giải ngân.'))
      .toEqual([['cần rà soát lại các dự án chậm giải ngân', 'Vũ Văn Thanh', ['các bộ']]]);
    expect(tasksOf(SESSION + 'Bộ trưởng Bộ Tài chính Đinh Văn Hải cho rằng, các địa phương cần đẩy nhanh giải ngân vốn đầu tư công.').map((t) => t[0]))
      .toEqual(['cần đẩy nhanh giải ngân vốn đầu tư công']);
  });
});

describe('speech-verb-with-colon-ends-item', () => {
  it('ends an item before "và nhấn mạnh:" or "<title> cũng yêu cầu:"', () => {
    expect(directiveItems('các đơn vị tiếp tục đoàn kết để phát triển và nhấn mạnh: Minh bạch là yêu cầu hàng đầu.', 0).map((t) => t.text))
      .toEqual(['tiếp tục đoàn kết để phát triển']);
    expect(directiveItems('các tỉnh phải chịu trách nhiệm về an ninh trật tự tại địa phương mình Thủ tướng cũng yêu cầu: “Chủ tịch các tỉnh đối thoại với dân”.', 0).map((t) => t.text))
      .toEqual(['phải chịu trách nhiệm về an ninh trật tự tại địa phương mình']);
  });
  it('keeps a directive verb without a colon inside the item', () => {
    expect(directiveItems('Sở Y tế khẩn trương rà soát các cơ sở theo yêu cầu của Bộ Y tế.', 0).map((t) => t.text))
      .toEqual(['khẩn trương rà soát các cơ sở theo yêu cầu của Bộ Y tế']);
  });
});

describe('theo-speaker-modal-in-first-clause', () => {
  const MEETING = 'Sáng 12/5, Thứ trưởng Bộ Tài chính Vũ Thị Mai chủ trì buổi đối thoại với doanh nghiệp thủy sản. Tại buổi đối thoại, ông Nguyễn Hoài Nam, Phó Tổng Thư ký Hiệp hội phát biểu ý kiến. ';
  it('takes the sentence when the modal follows a short subject', () => {
    expect(tasksOf(MEETING + 'Theo ông Nguyễn Hoài Nam, các bộ cần rà soát lại quy chuẩn về nước thải.').map((t) => t[0]))
      .toEqual(['các bộ cần rà soát lại quy chuẩn về nước thải']);
  });
  it('leaves a report whose modal comes after a comma or a colon', () => {
    expect(tasksOf(MEETING + 'Theo ông Nguyễn Hoài Nam, về phí bảo vệ môi trường theo Nghị định 154, có hiệu lực từ đầu năm: thêm 4 thông số phải tính phí.')).toEqual([]);
  });
});

describe('when-clause-before-addressee', () => {
  it('skips a "sau khi / trước khi …," clause before the addressee', () => {
    expect(directiveItems('ngay sau khi điểm thi được công bố chính thức, Bộ Giáo dục chỉ đạo các sở hỗ trợ thí sinh tra cứu điểm.', 0).map((t) => [t.text, t.to]))
      .toEqual([['chỉ đạo các sở hỗ trợ thí sinh tra cứu điểm', 'Bộ Giáo dục']]);
    expect(directiveItems('trước khi khởi công, các chủ đầu tư phải hoàn thành giải phóng mặt bằng.', 0).map((t) => [t.text, t.to]))
      .toEqual([['phải hoàn thành giải phóng mặt bằng', 'các chủ đầu tư']]);
  });
  it('leaves a when-clause inside an item that opens on its action', () => {
    expect(directiveItems('rà soát lại các hồ sơ khi có phản ánh, báo cáo UBND tỉnh trước ngày 15/3.', 0).map((t) => t.text))
      .toEqual(['rà soát lại các hồ sơ khi có phản ánh, báo cáo UBND tỉnh trước ngày 15/3']);
  });
});
