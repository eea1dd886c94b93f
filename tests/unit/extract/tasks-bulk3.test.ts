import { describe, expect, it } from 'vitest';
import { directiveItems } from '../../../src/extract/tasks.js';

const items = (s: string): Array<[string, string | null]> => directiveItems(s, 0).map((t) => [t.text, t.to]);

describe('addressees opened by a group noun in lower case ("từng", "lực lượng", "cộng đồng", "hội đồng" …)', () => {
  it('takes "từng …" and "lực lượng …" as who must act', () => {
    expect(items('từng trường, từng phòng thi phải bảo đảm an toàn tuyệt đối cho đề thi.'))
      .toEqual([['phải bảo đảm an toàn tuyệt đối cho đề thi', 'từng trường, từng phòng thi']]);
    expect(items('lực lượng kiểm lâm tăng cường tuần tra các khu rừng đầu nguồn.'))
      .toEqual([['tăng cường tuần tra các khu rừng đầu nguồn', 'lực lượng kiểm lâm']]);
  });
  it('takes "cộng đồng …", "hội đồng …" and "cán bộ, nhân viên …" as who must act', () => {
    expect(items('cộng đồng doanh nghiệp tỉnh chủ động tìm hiểu các hiệp định thương mại mới.'))
      .toEqual([['chủ động tìm hiểu các hiệp định thương mại mới', 'cộng đồng doanh nghiệp tỉnh']]);
    expect(items('hội đồng thẩm định cần làm rõ nguồn vốn của dự án.'))
      .toEqual([['cần làm rõ nguồn vốn của dự án', 'hội đồng thẩm định']]);
  });
});

describe('setting-before-addressee', () => {
  it('drops the occasion "qua hội nghị này," before who must act', () => {
    expect(items('qua hội nghị này, các huyện cần rà soát lại quy hoạch vùng nguyên liệu.'))
      .toEqual([['cần rà soát lại quy hoạch vùng nguyên liệu', 'các huyện']]);
    expect(items('sau buổi làm việc hôm nay, Sở Công Thương khẩn trương tổng hợp các kiến nghị của doanh nghiệp.'))
      .toEqual([['khẩn trương tổng hợp các kiến nghị của doanh nghiệp', 'Sở Công Thương']]);
  });
  it('drops the setting "trong tình hình …," / "trong bối cảnh …," before who must act', () => {
    expect(items('trong tình hình thời tiết diễn biến phức tạp, các địa phương cần chủ động phương án chống hạn.'))
      .toEqual([['cần chủ động phương án chống hạn', 'các địa phương']]);
    expect(items('trong bối cảnh hội nhập sâu rộng, cán bộ, công chức ngành thuế phải nâng cao trình độ ngoại ngữ.'))
      .toEqual([['phải nâng cao trình độ ngoại ngữ', 'cán bộ, công chức ngành thuế']]);
  });
});

describe('joined-second-directive-verb', () => {
  it('reads "… yêu cầu và giao X …" as a directive to X', () => {
    expect(items('và giao Sở Tài chính cân đối nguồn kinh phí cho dự án.'))
      .toEqual([['cân đối nguồn kinh phí cho dự án', 'Sở Tài chính']]);
    expect(items('và yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân.'))
      .toEqual([['đẩy nhanh tiến độ giải ngân', 'các chủ đầu tư']]);
  });
});

describe('directive verbs "tranh thủ", "xã hội hóa" (lexicon)', () => {
  it('ends the addressee at "tranh thủ" and opens an item with it', () => {
    expect(items('Hiệp hội Dệt may tranh thủ các ưu đãi thuế quan của hiệp định mới.'))
      .toEqual([['tranh thủ các ưu đãi thuế quan của hiệp định mới', 'Hiệp hội Dệt may']]);
    expect(items('tranh thủ thời tiết thuận lợi để gieo cấy lúa vụ mùa.'))
      .toEqual([['tranh thủ thời tiết thuận lợi để gieo cấy lúa vụ mùa', null]]);
  });
  it('opens an item with "xã hội hóa"', () => {
    expect(items('xã hội hóa các nguồn lực đầu tư cho hạ tầng du lịch.'))
      .toEqual([['xã hội hóa các nguồn lực đầu tư cho hạ tầng du lịch', null]]);
    expect(items('các huyện xã hội hóa việc thu gom rác thải ở nông thôn.'))
      .toEqual([['xã hội hóa việc thu gom rác thải ở nông thôn', 'các huyện']]);
  });
});

describe('goal-clause-ends-item', () => {
  it('ends the item before ", làm sao …"', () => {
    expect(items('các huyện giải quyết dứt điểm các vụ tranh chấp đất đai khi mới phát sinh, làm sao đảm bảo quyền lợi của người dân.'))
      .toEqual([['giải quyết dứt điểm các vụ tranh chấp đất đai khi mới phát sinh', 'các huyện']]);
    expect(items('Sở Tư pháp rà soát lại quy trình chứng thực, làm sao để người dân không phải đi lại nhiều lần.'))
      .toEqual([['rà soát lại quy trình chứng thực', 'Sở Tư pháp']]);
  });
});
