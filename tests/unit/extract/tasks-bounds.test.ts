import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { directiveItems } from '../../../src/extract/tasks.js';
import { articleOf } from './helpers.js';

const items = (s: string): Array<[string, string | null]> => directiveItems(s, 0).map((t) => [t.text, t.to]);
const tasksOf = (text: string): string[] => (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => t.text);
const HEAD = 'Sáng 12/6, Chủ tịch UBND tỉnh Lê Văn Tâm chủ trì cuộc họp về phòng chống thiên tai. ';

describe('end-of-article-mark', () => {
  it('drops the "./." of a wire report from the last task', () => {
    expect(items('Sở Xây dựng hoàn thành việc kiểm định các công trình trước mùa mưa bão./.'))
      .toEqual([['hoàn thành việc kiểm định các công trình trước mùa mưa bão', 'Sở Xây dựng']]);
    expect(items('các huyện tập trung khắc phục hậu quả lũ quét, sớm ổn định đời sống người dân./'))
      .toEqual([['tập trung khắc phục hậu quả lũ quét, sớm ổn định đời sống người dân', 'các huyện']]);
  });
  it('keeps a slash inside the task', () => {
    expect(items('các xã hoàn thành kế hoạch 2017/2018 trong tháng này.'))
      .toEqual([['hoàn thành kế hoạch 2017/2018 trong tháng này', 'các xã']]);
  });
});

describe('colon-then-quote-ends-item', () => {
  it('ends the item where a colon opens a quoted speech', () => {
    expect(items('Công an tỉnh phải điều tra làm rõ: “Nếu có dấu hiệu vi phạm trong mua sắm thiết bị thì phải xử lý nghiêm theo pháp luật, không có vùng cấm”.'))
      .toEqual([['phải điều tra làm rõ', 'Công an tỉnh']]);
    expect(items('các sở rà soát lại toàn bộ quy trình: “Chúng ta không thể để người dân phải đi lại nhiều lần chỉ vì một con dấu”.'))
      .toEqual([['rà soát lại toàn bộ quy trình', 'các sở']]);
  });
  it('keeps a short quoted name after a colon', () => {
    expect(items('Đoàn thanh niên tổ chức tốt cuộc thi với chủ đề: “Tuổi trẻ sáng tạo” trong tháng 7.'))
      .toEqual([['tổ chức tốt cuộc thi với chủ đề: “Tuổi trẻ sáng tạo” trong tháng 7', 'Đoàn thanh niên']]);
  });
});

describe('question-is-no-task', () => {
  it('sets nothing by a question in the speech', () => {
    expect(tasksOf(HEAD + 'Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra ngay các bệnh viện tuyến huyện; có phải do thiết bị cũ mà xảy ra sự cố không?'))
      .toEqual(['kiểm tra ngay các bệnh viện tuyến huyện']);
    expect(tasksOf(HEAD + 'Chủ tịch UBND tỉnh yêu cầu các huyện phải trả lời được người dân cần gì ở chính quyền?'))
      .toEqual([]);
  });
});

describe('noun-after-về', () => {
  it('does not start the action at a verb that names a topic after "về"', () => {
    expect(items('Sở Tư pháp phối hợp với Văn phòng UBND tỉnh trình UBND tỉnh sửa quy chế về hướng dẫn thủ tục đăng ký hộ tịch.'))
      .toEqual([['phối hợp với Văn phòng UBND tỉnh trình UBND tỉnh sửa quy chế về hướng dẫn thủ tục đăng ký hộ tịch', 'Sở Tư pháp']]);
    expect(items('Sở Y tế phối hợp với Công an tỉnh về kiểm tra an toàn thực phẩm báo cáo UBND tỉnh kết quả trong tháng 8.'))
      .toEqual([['phối hợp với Công an tỉnh về kiểm tra an toàn thực phẩm báo cáo UBND tỉnh kết quả trong tháng 8', 'Sở Y tế']]);
  });
});

describe('grounds-lead', () => {
  it('sets aside "Dựa trên …," before the body that is to act, inside a directive block', () => {
    expect(tasksOf(HEAD + 'Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp rà soát các hồ chứa xung yếu. Dựa trên kết quả rà soát, các huyện xây dựng phương án sơ tán dân.'))
      .toEqual(['rà soát các hồ chứa xung yếu', 'xây dựng phương án sơ tán dân']);
    expect(tasksOf(HEAD + 'Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường khảo sát lại ranh giới khu mỏ. Dựa vào số liệu khảo sát, Sở Xây dựng điều chỉnh quy hoạch vật liệu xây dựng.'))
      .toEqual(['khảo sát lại ranh giới khu mỏ', 'điều chỉnh quy hoạch vật liệu xây dựng']);
  });
});
