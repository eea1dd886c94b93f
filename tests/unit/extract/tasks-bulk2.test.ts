import { describe, expect, it } from 'vitest';
import { directiveItems } from '../../../src/extract/tasks.js';

const items = (s: string): Array<[string, string | null]> => directiveItems(s, 0).map((t) => [t.text, t.to]);

describe('directive verbs seen after a body in bulk text (lexicon)', () => {
  it('ends the addressee at "xác minh", "vào cuộc", "nêu cao"', () => {
    expect(items('các cơ quan chức năng xác minh làm rõ nguồn gốc số hàng hóa bị thu giữ.'))
      .toEqual([['xác minh làm rõ nguồn gốc số hàng hóa bị thu giữ', 'các cơ quan chức năng']]);
    expect(items('các lực lượng nghiệp vụ khẩn trương vào cuộc điều tra vụ cháy chợ.'))
      .toEqual([['khẩn trương vào cuộc điều tra vụ cháy chợ', 'các lực lượng nghiệp vụ']]);
    expect(items('các sở, ngành nêu cao tinh thần trách nhiệm trong việc thẩm định hồ sơ dự án.'))
      .toEqual([['nêu cao tinh thần trách nhiệm trong việc thẩm định hồ sơ dự án', 'các sở, ngành']]);
  });
  it('ends the addressee at "lập phương án", "tổng rà soát", "động viên"', () => {
    expect(items('UBND huyện Tân Lập lập phương án di dời các hộ dân ở vùng sạt lở.'))
      .toEqual([['lập phương án di dời các hộ dân ở vùng sạt lở', 'UBND huyện Tân Lập']]);
    expect(items('các địa phương tổng rà soát lại các cơ sở chế biến thủy sản.'))
      .toEqual([['tổng rà soát lại các cơ sở chế biến thủy sản', 'các địa phương']]);
    expect(items('các doanh nghiệp động viên người lao động yên tâm sản xuất.'))
      .toEqual([['động viên người lao động yên tâm sản xuất', 'các doanh nghiệp']]);
  });
});

describe('addressees opened by "mỗi", "nhà trường", "báo chí"; "không nên" as a directive', () => {
  it('takes "mỗi …", "nhà trường" and "báo chí" as who must act', () => {
    expect(items('mỗi xã trong vùng dự án cần lựa chọn một hợp tác xã làm điểm.'))
      .toEqual([['cần lựa chọn một hợp tác xã làm điểm', 'mỗi xã trong vùng dự án']]);
    expect(items('nhà trường cần rà soát lại toàn bộ quy trình tuyển sinh năm nay.'))
      .toEqual([['cần rà soát lại toàn bộ quy trình tuyển sinh năm nay', 'nhà trường']]);
    expect(items('báo chí tăng cường tuyên truyền về phòng chống dịch sốt xuất huyết.'))
      .toEqual([['tăng cường tuyên truyền về phòng chống dịch sốt xuất huyết', 'báo chí']]);
  });
  it('ends the addressee at "không nên"', () => {
    expect(items('các huyện không nên chạy theo thành tích khi xét công nhận xã nông thôn mới.'))
      .toEqual([['không nên chạy theo thành tích khi xét công nhận xã nông thôn mới', 'các huyện']]);
    expect(items('các trường không nên thu thêm các khoản ngoài quy định đầu năm học.'))
      .toEqual([['không nên thu thêm các khoản ngoài quy định đầu năm học', 'các trường']]);
  });
});

describe('assigned-relative-in-addressee', () => {
  it('keeps an addressee named by "được giao / được phân công" inside it', () => {
    expect(items('lãnh đạo các phòng và cán bộ được giao nhiệm vụ kiểm đếm cần nắm chắc quy trình, số liệu từng hộ dân.'))
      .toEqual([['cần nắm chắc quy trình, số liệu từng hộ dân', 'lãnh đạo các phòng và cán bộ được giao nhiệm vụ kiểm đếm']]);
    expect(items('các sở được giao chủ trì các chương trình mục tiêu khẩn trương hoàn thiện hồ sơ thanh toán.'))
      .toEqual([['khẩn trương hoàn thiện hồ sơ thanh toán', 'các sở được giao chủ trì các chương trình mục tiêu']]);
  });
  it('drops a scope ", theo lĩnh vực được phân công," from the addressee', () => {
    expect(items('các Phó Chủ tịch, Giám đốc các sở, theo lĩnh vực được phân công, tập trung chỉ đạo giải ngân vốn đầu tư công.'))
      .toEqual([['tập trung chỉ đạo giải ngân vốn đầu tư công', 'các Phó Chủ tịch, Giám đốc các sở']]);
  });
  it('still refuses an addressee that reports a passive fact', () => {
    expect(items('các dự án đã được phê duyệt nhưng chậm triển khai.')).toEqual([]);
  });
});

describe('report-verb-in-addressee', () => {
  it('refuses a clause of saying, thanking or expecting before the action word', () => {
    expect(items('Bộ trưởng Ngoại giao nước bạn tuyên bố không bên nào được gây căng thẳng và bên gây ra phải chịu trách nhiệm.')).toEqual([]);
    expect(items('Phó Chủ tịch tỉnh cảm ơn sự hỗ trợ của tổ chức JICA dành cho tỉnh thông qua các chương trình tài chính.')).toEqual([]);
    expect(items('Tất cả chúng ta đều trông đợi hiệp định sẽ tạo thuận lợi và thúc đẩy thương mại trong khu vực.')).toEqual([]);
  });
  it('refuses a fact ("hiện có", "lần lượt") before the action word', () => {
    expect(items('Tổng công ty hiện có 3 dự án chậm tiến độ cần xử lý gồm các nhà máy xi măng.')).toEqual([]);
    expect(items('Giám đốc Sở Tài chính và Giám đốc Sở Kế hoạch lần lượt trình bày báo cáo thu chi ngân sách.')).toEqual([]);
  });
});

describe('"ủng hộ", "khuyến khích", "tập hợp", "làm việc với", "hãy" end an addressee; "rất" voids it', () => {
  it('starts the task at the request itself', () => {
    expect(items('Quốc hội Lào ủng hộ việc thành lập nhóm nghị sĩ hữu nghị hai nước.'))
      .toEqual([['ủng hộ việc thành lập nhóm nghị sĩ hữu nghị hai nước', 'Quốc hội Lào']]);
    expect(items('các hiệp hội khuyến khích doanh nghiệp thành viên đầu tư vào nông nghiệp công nghệ cao.'))
      .toEqual([['khuyến khích doanh nghiệp thành viên đầu tư vào nông nghiệp công nghệ cao', 'các hiệp hội']]);
    expect(items('Tổng công ty Lương thực làm việc với các ngân hàng để giãn nợ cho các đơn vị thành viên.'))
      .toEqual([['làm việc với các ngân hàng để giãn nợ cho các đơn vị thành viên', 'Tổng công ty Lương thực']]);
    expect(items('các doanh nghiệp Nhật Bản hãy mở rộng đầu tư vào các khu công nghiệp của tỉnh.'))
      .toEqual([['hãy mở rộng đầu tư vào các khu công nghiệp của tỉnh', 'các doanh nghiệp Nhật Bản']]);
  });
  it('refuses a statement of degree ("rất khuyến khích")', () => {
    expect(items('Chính phủ rất khuyến khích đầu tư tư nhân vào lĩnh vực y tế.')).toEqual([]);
    expect(items('Thành phố rất hoan nghênh và sẵn sàng đón các nhà đầu tư nước ngoài.')).toEqual([]);
  });
});

describe('reason-clause-ends-item', () => {
  it('ends the task before "bởi …"', () => {
    expect(items('các huyện rà soát lại các hồ chứa trước mùa mưa bão bởi đây là những công trình xuống cấp.'))
      .toEqual([['rà soát lại các hồ chứa trước mùa mưa bão', 'các huyện']]);
    expect(items('các sở đẩy nhanh tiến độ giải ngân bởi nhiều dự án đang chờ vốn để thi công.'))
      .toEqual([['đẩy nhanh tiến độ giải ngân', 'các sở']]);
  });
  it('ends the task before ", nhất là khi …" but keeps ", nhất là <what>"', () => {
    expect(items('các địa phương giải quyết dứt điểm khiếu nại về đất đai, nhất là khi phần lớn các vụ đông người đều liên quan đến đất.'))
      .toEqual([['giải quyết dứt điểm khiếu nại về đất đai', 'các địa phương']]);
    expect(items('các địa phương tăng cường kiểm tra, nhất là các cơ sở giết mổ nhỏ lẻ.'))
      .toEqual([['tăng cường kiểm tra, nhất là các cơ sở giết mổ nhỏ lẻ', 'các địa phương']]);
  });
});

describe('when-clause-before-modal', () => {
  it('sets aside "trước khi …, <lower-case body>" and "khi … thì" before the modal', () => {
    expect(items('trước khi sáp nhập, doanh nghiệp phải kiểm kê toàn bộ tài sản và công nợ.'))
      .toEqual([['phải kiểm kê toàn bộ tài sản và công nợ', 'doanh nghiệp']]);
    expect(items('trước khi phê duyệt đề án thì phải lấy ý kiến rộng rãi của người dân.'))
      .toEqual([['phải lấy ý kiến rộng rãi của người dân', null]]);
    expect(items('khi cấp phép xây dựng, cần kiểm tra kỹ phương án phòng cháy chữa cháy.'))
      .toEqual([['cần kiểm tra kỹ phương án phòng cháy chữa cháy', null]]);
  });
});

describe('occasion-before-addressee', () => {
  it('sets aside "nhân dịp này" and "sau hội nghị này," before the addressee or the modal', () => {
    expect(items('nhân dịp này phải chấn chỉnh công tác quản lý chợ đầu mối.'))
      .toEqual([['phải chấn chỉnh công tác quản lý chợ đầu mối', null]]);
    expect(items('sau hội nghị này, các huyện khẩn trương xây dựng kế hoạch phòng chống hạn mặn.'))
      .toEqual([['khẩn trương xây dựng kế hoạch phòng chống hạn mặn', 'các huyện']]);
  });
});
