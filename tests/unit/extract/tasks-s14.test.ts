import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { directiveItems } from '../../../src/extract/tasks.js';
import { beforeReason, blockItems, commitments } from '../../../src/extract/tasks-collect.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);
const textsOf = (text: string): string[] => tasksOf(text).map(([t]) => t);

const PROV = 'Sáng 14/4, UBND tỉnh Quảng Trị tổ chức cuộc họp với các sở, ngành về tình hình sạt lở bờ sông. ';
const CITY = 'Chiều 3/9, UBND TP Cần Thơ tổ chức cuộc họp về công tác chống ngập. ';
const VISIT = 'Ngày 20/5, Phó Tổng cục trưởng Tổng cục Thủy lợi Lê Văn Hải dẫn đầu đoàn công tác làm việc với UBND tỉnh Bến Tre về tình hình hạn mặn. ';
const CHAIR = 'Sáng 9/3, Phó Chủ tịch UBND tỉnh Trần Văn Bình chủ trì cuộc họp về phòng chống dịch bệnh trên đàn gia súc. ';

describe('organizer-level-noun', () => {
  it('takes "Tỉnh/Thành phố chỉ đạo …" as the directive of the body that held the meeting', () => {
    expect(tasksOf(PROV + 'Tỉnh chỉ đạo các cơ quan chức năng khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm.'))
      .toEqual([['khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm', null, ['các cơ quan chức năng']]]);
    expect(textsOf(CITY + 'Thành phố yêu cầu các quận rà soát toàn bộ hệ thống cống thoát nước trước mùa mưa.'))
      .toEqual(['rà soát toàn bộ hệ thống cống thoát nước trước mùa mưa']);
  });
  it('leaves a level the organiser does not hold, and a past directive', () => {
    expect(textsOf(CITY + 'Tỉnh chỉ đạo các huyện rà soát toàn bộ các tuyến đê bao.')).toEqual([]);
    expect(textsOf(PROV + 'Tỉnh đã chỉ đạo các huyện rà soát toàn bộ các tuyến đê bao từ năm ngoái.')).toEqual([]);
  });
});

describe('delegation-directs', () => {
  it('takes what a visiting team asks as set by the meeting, and the block after it', () => {
    const tasks = textsOf(VISIT + 'Ghi nhận các kiến nghị của tỉnh, đoàn công tác cũng lưu ý tỉnh cần tăng cường kiểm tra độ mặn tại các cửa sông. Bên cạnh đó, địa phương cần đẩy nhanh tiến độ xây dựng các cống ngăn mặn.');
    expect(tasks).toContain('cần tăng cường kiểm tra độ mặn tại các cửa sông');
    expect(tasks).toContain('cần đẩy nhanh tiến độ xây dựng các cống ngăn mặn');
    expect(tasksOf(VISIT + 'Đoàn kiểm tra đề nghị các huyện rà soát lại danh sách hộ dân thiếu nước sinh hoạt.'))
      .toEqual([['rà soát lại danh sách hộ dân thiếu nước sinh hoạt', null, ['các huyện']]]);
  });
  it('leaves what the team asked before, as background', () => {
    expect(textsOf(VISIT + 'Trước đây, đoàn kiểm tra đã yêu cầu các huyện rà soát lại danh sách hộ dân thiếu nước.')).toEqual([]);
  });
});

describe('reason-after-task', () => {
  it('cuts a block sentence before its reason instead of dropping it', () => {
    expect(beforeReason('Các huyện cần phải tổ chức tiêm phòng đủ số lượng, nguyên nhân là tỷ lệ tiêm phòng năm qua còn thấp.'))
      .toBe('Các huyện cần phải tổ chức tiêm phòng đủ số lượng');
    expect(blockItems('Các trường phải rà soát lại hồ sơ tuyển sinh, mặc dù số hồ sơ năm nay giảm mạnh.').map((t) => t.text))
      .toEqual(['phải rà soát lại hồ sơ tuyển sinh']);
  });
  it('still leaves a sentence that is a reason from its start', () => {
    expect(blockItems('Nguyên nhân là các huyện chưa tổ chức tiêm phòng đủ số lượng.')).toEqual([]);
    expect(beforeReason('Nguyên nhân chính là thời tiết, các huyện cần theo dõi.')).toBe('Nguyên nhân chính là thời tiết, các huyện cần theo dõi.');
  });
  it('keeps the task of a block after the chair assigned', () => {
    expect(textsOf(CHAIR + 'Ông Bình giao Sở Tài chính bố trí kinh phí mua vắc xin trước ngày 30/3. Các huyện cần phải tổ chức tiêm phòng đủ số lượng, nguyên nhân là tỷ lệ tiêm phòng năm qua còn thấp.'))
      .toContain('cần phải tổ chức tiêm phòng đủ số lượng');
  });
});

describe('body-pledges', () => {
  it('takes a body that promises at the meeting as its addressee', () => {
    expect(tasksOf(CHAIR + 'Đại diện UBND huyện Cam Lộ cam kết sẽ hoàn thành tiêm phòng trước ngày 15/4.'))
      .toContainEqual(['hoàn thành tiêm phòng trước ngày 15/4', null, ['UBND huyện Cam Lộ']]);
    expect(commitments('Lãnh đạo UBND thị xã Quảng Trị hứa sẽ rà soát lại toàn bộ các hộ nghèo.'))
      .toEqual([expect.objectContaining({ subject: 'promise', to: 'UBND thị xã Quảng Trị' })]);
  });
  it('leaves a promise whose subject is no body to nobody', () => {
    expect(commitments('Người dân cam kết sẽ hoàn thành tháo dỡ công trình vi phạm.')).toEqual([expect.objectContaining({ to: null })]);
    expect(textsOf(CHAIR + 'Người dân cam kết sẽ hoàn thành tháo dỡ công trình vi phạm.')).toEqual([]);
  });
});

describe('joined-clause-opener and while-clause-lead', () => {
  it('reads "; đồng thời <action>" as the next item of the directive', () => {
    expect(directiveItems('các sở thông báo kết quả kiểm tra cho người dân; đồng thời tiếp tục giám sát chất lượng nước tại các vùng nuôi.', 0).map((t) => t.text))
      .toEqual(['thông báo kết quả kiểm tra cho người dân', 'tiếp tục giám sát chất lượng nước tại các vùng nuôi']);
    expect(directiveItems('Sở Xây dựng rà soát các công trình vi phạm; đồng thời, xử lý nghiêm các chủ đầu tư cố tình sai phép.', 0).map((t) => t.text))
      .toEqual(['rà soát các công trình vi phạm', 'xử lý nghiêm các chủ đầu tư cố tình sai phép']);
  });
  it('sets a "Trong lúc/Trong khi …," clause apart from who must act', () => {
    expect(blockItems('Trong lúc chờ kết luận điều tra, Sở và quận cần xem xét đình chỉ công tác hiệu trưởng.'))
      .toEqual([expect.objectContaining({ text: 'cần xem xét đình chỉ công tác hiệu trưởng', to: 'Sở và quận' })]);
    expect(blockItems('Trong khi chờ vốn Trung ương, các huyện phải chủ động bố trí ngân sách sửa chữa đê.'))
      .toEqual([expect.objectContaining({ text: 'phải chủ động bố trí ngân sách sửa chữa đê', to: 'các huyện' })]);
  });
});

describe('straight-quote-block', () => {
  it('reads a speech quoted over sentences in straight quotes and attributed with a directive verb', () => {
    const text = CHAIR + '"Đây là việc nhỏ nhưng gây bức xúc trong dư luận. Trong lúc chờ kết luận, Sở Nông nghiệp cần xem xét đình chỉ công tác trưởng trạm thú y", Phó Chủ tịch UBND tỉnh yêu cầu.';
    expect(tasksOf(text)).toContainEqual(['cần xem xét đình chỉ công tác trưởng trạm thú y', 'Trần Văn Bình', ['Sở Nông nghiệp']]);
    const two = CHAIR + '"Dịch đã lan sang ba xã. Các huyện phải lập chốt kiểm dịch ngay trong tuần này", ông Bình chỉ đạo.';
    expect(textsOf(two)).toContain('phải lập chốt kiểm dịch ngay trong tuần này');
  });
  it('leaves a straight-quoted answer attributed with a verb of saying', () => {
    const said = CHAIR + '"Dịch đã lan sang ba xã. Các huyện phải tự lo kinh phí chống dịch", ông Bình nói.';
    expect(textsOf(said)).toEqual([]);
  });
});

describe('action words', () => {
  it('reads "làm chặt chẽ" and "thông báo" as actions after the addressee', () => {
    expect(directiveItems('UBND tỉnh làm chặt chẽ các thủ tục đầu tư của dự án.', 0)).toEqual([expect.objectContaining({ text: 'làm chặt chẽ các thủ tục đầu tư của dự án', to: 'UBND tỉnh' })]);
    expect(directiveItems('các cơ quan chức năng thông báo kết quả xét nghiệm mẫu nước cho người dân.', 0))
      .toEqual([expect.objectContaining({ text: 'thông báo kết quả xét nghiệm mẫu nước cho người dân', to: 'các cơ quan chức năng' })]);
  });
});
