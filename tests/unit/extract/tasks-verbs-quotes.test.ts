import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { titleDirective, unnamedDirective } from '../../../src/extract/tasks-collect.js';
import { directiveItems } from '../../../src/extract/tasks.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);
const texts = (text: string): string[] => tasksOf(text).map((t) => t[0]);

const HEAD = 'Sáng 6/2, Chủ tịch UBND tỉnh Trần Văn Hòa chủ trì cuộc họp với các sở, ngành về phát triển hợp tác xã.\n';

describe('action verbs of the lexicon: "khuyến khích", "tạo thuận lợi", "điều hành"', () => {
  it('takes a later semicolon clause that opens on one of them', () => {
    expect(directiveItems('các huyện rà soát quỹ đất sản xuất; khuyến khích các hợp tác xã làm dịch vụ tiêu thụ nông sản.', 0).map((t) => t.text))
      .toEqual(['rà soát quỹ đất sản xuất', 'khuyến khích các hợp tác xã làm dịch vụ tiêu thụ nông sản']);
    expect(directiveItems('Sở Tài chính cân đối nguồn vốn; tạo thuận lợi cho nhà đầu tư tiếp cận mặt bằng sản xuất.', 0).map((t) => t.text))
      .toEqual(['cân đối nguồn vốn', 'tạo thuận lợi cho nhà đầu tư tiếp cận mặt bằng sản xuất']);
  });
  it('ends the addressee at "điều hành"', () => {
    expect(directiveItems('Ngân hàng Nhà nước điều hành lãi suất ở mức hợp lý; tiếp tục ổn định tỷ giá.', 0).map((t) => [t.text, t.to]))
      .toEqual([['điều hành lãi suất ở mức hợp lý', 'Ngân hàng Nhà nước'], ['tiếp tục ổn định tỷ giá', 'Ngân hàng Nhà nước']]);
    expect(directiveItems('Bộ Công Thương điều hành giá điện theo lộ trình thị trường.', 0).map((t) => t.to)).toEqual(['Bộ Công Thương']);
  });
});

describe('steering-committee-is-no-verb', () => {
  const p = [{ key: 'a', name: 'Lê Văn Bình', titles: [{ text: 'Trưởng Ban chỉ đạo điều hành giá', former: false }] }];
  it('reads "Ban chỉ đạo" in a post as a body, not as the verb "chỉ đạo"', () => {
    expect(titleDirective('Ngày 1/7, Phó Thủ tướng Lê Văn Bình, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi làm việc của Ban chỉ đạo.', p)).toBeNull();
    expect(unnamedDirective('Chiều 17/6, Phó Thủ tướng, Trưởng Ban chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã chủ trì buổi sơ kết.')).toBeNull();
  });
  it('still reads the verb after a title that is no "Ban"', () => {
    const q = [{ key: 'b', name: 'Lê Văn Bình', titles: [{ text: 'Phó Thủ tướng', former: false }] }];
    expect(titleDirective('Phó Thủ tướng chỉ đạo các bộ rà soát giá dịch vụ.', q)?.by.key).toBe('b');
  });
  it('sets no task from the opening sentence of a meeting chaired by a steering committee head', () => {
    expect(tasksOf('Ngày 1/7, Phó Thủ tướng Chính phủ Lê Văn Bình, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi làm việc của Ban chỉ đạo, đánh giá công tác điều hành giá 6 tháng đầu năm.'))
      .toEqual([]);
  });
});

describe('leader-quote-stressed', () => {
  it('takes a one-sentence quote the chair stresses ("nêu rõ", "nhấn mạnh") as the chair\'s task', () => {
    expect(tasksOf(HEAD + '“Các huyện rà soát kỹ lưỡng, bảo đảm không còn hộ nào đủ điều kiện mà chưa được hỗ trợ”, Chủ tịch UBND tỉnh nêu rõ.'))
      .toEqual([['rà soát kỹ lưỡng, bảo đảm không còn hộ nào đủ điều kiện mà chưa được hỗ trợ', 'Trần Văn Hòa', ['Các huyện']]]);
    expect(tasksOf(HEAD + '“Sở Nông nghiệp khẩn trương hoàn thiện đề án hỗ trợ hợp tác xã kiểu mới”, ông Trần Văn Hòa nhấn mạnh.'))
      .toEqual([['khẩn trương hoàn thiện đề án hỗ trợ hợp tác xã kiểu mới', 'Trần Văn Hòa', ['Sở Nông nghiệp']]]);
  });
  it('leaves a stressed view: a delegate\'s quote, or a bare modal statement', () => {
    expect(tasksOf(HEAD + 'Giám đốc Sở Tài chính Lê Minh Tâm báo cáo tình hình. “Các huyện rà soát kỹ lưỡng danh sách hợp tác xã”, ông Lê Minh Tâm nhấn mạnh.'))
      .toEqual([]);
    expect(tasksOf(HEAD + '“Chúng ta đã xác định hợp tác xã là nòng cốt; cần cải thiện môi trường kinh doanh cho hợp tác xã”, Chủ tịch UBND tỉnh nhấn mạnh.'))
      .toEqual([]);
  });
});

describe('trailing-aside-ends-item', () => {
  it('drops a parenthesis of four words or more that closes the item', () => {
    expect(directiveItems('các tỉnh khuyến khích hợp tác xã làm dịch vụ đầu ra (số này hiện chỉ chiếm 9% tổng số).', 0).map((t) => t.text))
      .toEqual(['khuyến khích hợp tác xã làm dịch vụ đầu ra']);
    expect(directiveItems('Sở Xây dựng rà soát các dự án chậm tiến độ (hiện còn 12 dự án chưa khởi công); khẩn trương báo cáo trước ngày 30/6.', 0).map((t) => t.text))
      .toEqual(['rà soát các dự án chậm tiến độ', 'khẩn trương báo cáo trước ngày 30/6']);
  });
  it('keeps a short parenthesis that names what comes before it', () => {
    expect(directiveItems('Bộ TT&TT kiểm tra an toàn thông tin mạng (ATTTM).', 0).map((t) => t.text))
      .toEqual(['kiểm tra an toàn thông tin mạng (ATTTM']);
  });
});

describe('linking leads "Đi liền với đó", "Gắn với đó"', () => {
  it('goes on with the directive block after them', () => {
    expect(texts(HEAD + 'Ông Trần Văn Hòa yêu cầu các sở tập trung tháo gỡ vướng mắc cho hợp tác xã. Đi liền với đó, tăng cường kiểm tra việc sử dụng vốn hỗ trợ.'))
      .toEqual(['tập trung tháo gỡ vướng mắc cho hợp tác xã', 'tăng cường kiểm tra việc sử dụng vốn hỗ trợ']);
    expect(texts(HEAD + 'Ông Trần Văn Hòa yêu cầu các sở tập trung tháo gỡ vướng mắc cho hợp tác xã. Gắn với đó, đẩy mạnh tuyên truyền Luật Hợp tác xã.'))
      .toEqual(['tập trung tháo gỡ vướng mắc cho hợp tác xã', 'đẩy mạnh tuyên truyền Luật Hợp tác xã']);
  });
});

describe('conditional "mà" is no addressee', () => {
  it('leaves "X mà làm tốt … thì sẽ …" (a condition and its outcome)', () => {
    expect(directiveItems('Mỗi quận, huyện mà làm tốt việc nghe dân thì sẽ biết nơi nào có nguy cơ tiêu cực.', 0)).toEqual([]);
    expect(directiveItems('Các xã mà chủ động rà soát thì sẽ phát hiện sớm sai phạm.', 0)).toEqual([]);
  });
});

describe('power-noun', () => {
  it('reads an action word after "quyền" as a noun, never as the start of a task', () => {
    expect(directiveItems('việc giao quyền điều hành cho các bộ, ngành, địa phương để không còn cảnh xin làm thủ tục.', 0)).toEqual([]);
    expect(directiveItems('trao quyền tổ chức thi cho các trường đại học.', 0)).toEqual([]);
  });
  it('still reads the action word after a body', () => {
    expect(directiveItems('các sở điều hành giá theo lộ trình thị trường.', 0).map((t) => [t.text, t.to]))
      .toEqual([['điều hành giá theo lộ trình thị trường', 'các sở']]);
  });
});

describe('power-noun is lower case', () => {
  it('keeps a place name ending in "Quyền" as part of the addressee', () => {
    expect(directiveItems('quận Ngô Quyền tiếp tục điều tra, xử lý theo đúng quy định của pháp luật.', 0).map((t) => [t.text, t.to]))
      .toEqual([['tiếp tục điều tra, xử lý theo đúng quy định của pháp luật', 'quận Ngô Quyền']]);
    expect(directiveItems('huyện Lê Quyền tăng cường kiểm tra các cơ sở kinh doanh.', 0).map((t) => t.to)).toEqual(['huyện Lê Quyền']);
  });
});

describe('agreement-verb-after-sides', () => {
  it('leaves "nhất trí" / "thống nhất" out of the addressee', () => {
    expect(directiveItems('tăng cường hợp tác môi trường; Hai bên cũng nhất trí tạo thuận lợi hợp tác quản lý chất thải.', 0).map((t) => t.to))
      .toEqual([null, 'Hai bên']);
    expect(directiveItems('Hai tỉnh thống nhất tăng cường phối hợp tuần tra biên giới.', 0).map((t) => [t.text, t.to]))
      .toEqual([['tăng cường phối hợp tuần tra biên giới', 'Hai tỉnh']]);
  });
});
