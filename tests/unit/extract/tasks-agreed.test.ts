import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { modalClauses } from '../../../src/extract/tasks.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);

const HEAD = 'Sáng 5/6, Phó Chủ tịch UBND tỉnh Hà Kế San chủ trì cuộc họp về tiến độ xây dựng nông thôn mới. ';

describe('agreed-then-assigned', () => {
  it('takes "Thống nhất giao <body> …" as set by the meeting', () => {
    expect(tasksOf(HEAD + 'Thống nhất giao Sở Tài chính cân đối nguồn vốn hỗ trợ các xã đặc biệt khó khăn.'))
      .toEqual([['cân đối nguồn vốn hỗ trợ các xã đặc biệt khó khăn', null, ['Sở Tài chính']]]);
  });
  it('takes "Đồng ý chủ trương …, giao <body> …" and keeps the agreement out of the task', () => {
    expect(tasksOf(HEAD + 'Đồng ý chủ trương đầu tư dự án đường liên xã, giao Sở Giao thông vận tải hướng dẫn chủ đầu tư hoàn thiện hồ sơ.'))
      .toEqual([['hướng dẫn chủ đầu tư hoàn thiện hồ sơ', null, ['Sở Giao thông vận tải']]]);
  });
  it('takes the meeting as subject ("Cuộc họp cũng nhất trí với đề xuất …, giao …")', () => {
    expect(tasksOf(HEAD + 'Cuộc họp cũng nhất trí với đề xuất của Sở Nội vụ, giao các huyện khẩn trương rà soát biên chế cán bộ xã.'))
      .toEqual([['khẩn trương rà soát biên chế cán bộ xã', null, ['các huyện']]]);
  });
  it('leaves an agreement with no assignment alone', () => {
    expect(tasksOf(HEAD + 'Cuộc họp thống nhất chủ trương đầu tư dự án đường liên xã.')).toEqual([]);
  });
});

describe('imperative-assignment', () => {
  it('takes a sentence that opens on "Giao <body>" as the meeting conclusion when nobody directed before it', () => {
    expect(tasksOf(HEAD + 'Giao Sở Xây dựng chủ trì, phối hợp với các sở liên quan tham mưu UBND tỉnh ban hành quy định về quản lý vật liệu xây dựng.'))
      .toEqual([['tham mưu UBND tỉnh ban hành quy định về quản lý vật liệu xây dựng', null, ['Sở Xây dựng']]]);
    expect(tasksOf(HEAD + 'Giao cho UBND các huyện rà soát lại danh sách hộ nghèo trước ngày 30/6.'))
      .toEqual([['rà soát lại danh sách hộ nghèo trước ngày 30/6', null, ['UBND các huyện']]]);
  });
  it('does not read "Giao thông", "Giao lưu" as an order', () => {
    expect(tasksOf(HEAD + 'Giao thông trên tuyến đường liên xã còn nhiều khó khăn.')).toEqual([]);
    expect(tasksOf(HEAD + 'Giao lưu văn nghệ giữa các xã diễn ra sôi nổi.')).toEqual([]);
  });
});

describe('meeting as subject of a directive', () => {
  it('takes "Hội nghị yêu cầu <body> …" as set by the meeting', () => {
    expect(tasksOf('Sáng 5/6, Bí thư Tỉnh ủy Nguyễn Văn Linh chủ trì hội nghị sơ kết công tác 6 tháng đầu năm. Hội nghị yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2017.'))
      .toEqual([['tập trung lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2017', null, ['các cấp ủy, tổ chức đảng']]]);
    expect(tasksOf('Chiều 2/8, Phó Chủ tịch UBND huyện Lê Văn Tâm chủ trì hội nghị triển khai phòng chống dịch tả lợn. Hội nghị giao các xã tăng cường kiểm soát việc giết mổ gia súc.'))
      .toEqual([['tăng cường kiểm soát việc giết mổ gia súc', null, ['các xã']]]);
  });
});

describe('demand-opens-clause', () => {
  it('keeps who must act after "đòi hỏi" and leaves "đòi hỏi" out', () => {
    expect(modalClauses('Tình hình còn nhiều khó khăn, đòi hỏi cả hệ thống chính trị phải vào cuộc quyết liệt, đồng bộ.', 0).map((t) => [t.text, t.to]))
      .toEqual([['cả hệ thống chính trị phải vào cuộc quyết liệt, đồng bộ', 'cả hệ thống chính trị']]);
    expect(tasksOf(HEAD + 'Phó Chủ tịch UBND tỉnh nhấn mạnh, thời gian còn lại không nhiều, đòi hỏi các địa phương phải khẩn trương hoàn thành hồ sơ.'))
      .toEqual([['các địa phương phải khẩn trương hoàn thành hồ sơ', 'Hà Kế San', ['các địa phương']]]);
  });
  it('sets nothing when the demand is negated', () => {
    expect(modalClauses('Chúng ta đừng đòi hỏi người dân phải chấp hành tốt nếu cán bộ không gương mẫu.', 0)).toEqual([]);
    expect(modalClauses('Không thể cứ đòi hỏi, không đòi hỏi doanh nghiệp phải tự lo hết mọi chi phí.', 0)).toEqual([]);
  });
});

describe('organiser-short-form', () => {
  it('takes a directive of the organiser named without its place as set by the meeting', () => {
    expect(tasksOf('Sáng 5/6, UBND tỉnh Phú Thọ tổ chức hội nghị triển khai công tác phòng chống thiên tai, Phó Chủ tịch UBND tỉnh Hà Kế San chủ trì. UBND tỉnh giao cho các sở, ngành rà soát lại các thủ tục hành chính còn chồng chéo.'))
      .toEqual([['rà soát lại các thủ tục hành chính còn chồng chéo', null, ['các sở, ngành']]]);
  });
  it('takes a directive of the organiser’s standing committee ("Ban Thường vụ Tỉnh ủy")', () => {
    expect(tasksOf('Ngày 3/4, Tỉnh ủy Bắc Giang tổ chức hội nghị sơ kết công tác quý I. Bí thư Tỉnh ủy Nguyễn Văn Linh chủ trì hội nghị. Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy khẩn trương hoàn thành giải phóng mặt bằng trong tháng 5.'))
      .toEqual([['khẩn trương hoàn thành giải phóng mặt bằng trong tháng 5', null, ['các huyện ủy']]]);
  });
  it('leaves a directive of another body alone', () => {
    expect(tasksOf('Sáng 5/6, UBND tỉnh Phú Thọ tổ chức hội nghị triển khai công tác phòng chống thiên tai, Phó Chủ tịch UBND tỉnh Hà Kế San chủ trì. Bộ Tài chính đề nghị các tỉnh rà soát lại các khoản chi thường xuyên.'))
      .toEqual([]);
  });
});
