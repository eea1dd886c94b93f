import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { directiveItems } from '../../../src/extract/tasks.js';
import { passiveDirective } from '../../../src/extract/tasks-collect.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null, string[]]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by, t.to]);
const textsOf = (text: string): string[] => tasksOf(text).map(([t]) => t);

const GOV = 'Sáng 10/9, Thủ tướng Nguyễn Văn Hòa chủ trì cuộc họp Chính phủ về công tác phòng chống thiên tai. ';
const PROV = 'Chiều 5/8, Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. ';

describe('passive-directive', () => {
  it('takes "<body> được yêu cầu <action>" as what was asked of the body', () => {
    expect(tasksOf(GOV + 'Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả mưa lũ. Bộ Tài chính được yêu cầu bố trí kinh phí hỗ trợ kịp thời cho các địa phương.'))
      .toContainEqual(['bố trí kinh phí hỗ trợ kịp thời cho các địa phương', 'Nguyễn Văn Hòa', ['Bộ Tài chính']]);
    expect(textsOf(GOV + 'Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả mưa lũ. Các tỉnh miền Trung cũng được đề nghị chuẩn bị đầy đủ lương thực, thuốc men cho vùng bị chia cắt.'))
      .toContain('chuẩn bị đầy đủ lương thực, thuốc men cho vùng bị chia cắt');
  });
  it('leaves a past request, a condition and a subject that is no body alone', () => {
    expect(passiveDirective('Bộ Tài chính đã được yêu cầu bố trí kinh phí từ năm ngoái.')).toBeNull();
    expect(passiveDirective('Nếu các tỉnh được đề nghị hỗ trợ thì Bộ sẽ xem xét.')).toBeNull();
    expect(passiveDirective('Ông Nam được yêu cầu giải trình về sai phạm.')).toBeNull();
    expect(passiveDirective('Theo đó, Sở Y tế được yêu cầu rà soát các cơ sở khám bệnh.')).not.toBeNull();
  });
});

describe('directive verbs of a title alone', () => {
  it('takes "Thủ tướng chỉ thị <body> …" as a directive', () => {
    expect(tasksOf(GOV + 'Thủ tướng chỉ thị Bộ Nông nghiệp và Phát triển nông thôn rà soát lại toàn bộ hệ thống đê điều trước mùa mưa bão.'))
      .toEqual([['rà soát lại toàn bộ hệ thống đê điều trước mùa mưa bão', 'Nguyễn Văn Hòa', ['Bộ Nông nghiệp và Phát triển nông thôn']]]);
    expect(textsOf(GOV + 'Kết luận cuộc họp, Thủ tướng chỉ thị các địa phương khẩn trương di dời dân khỏi vùng sạt lở.'))
      .toEqual(['khẩn trương di dời dân khỏi vùng sạt lở']);
  });
  it('takes "<title> mong muốn <body> <action>" of the leader as a directive', () => {
    expect(textsOf(GOV + 'Thủ tướng mong muốn đảng bộ và chính quyền các tỉnh miền Trung tiếp tục phát huy tinh thần đoàn kết, chủ động ứng phó thiên tai.'))
      .toEqual(['tiếp tục phát huy tinh thần đoàn kết, chủ động ứng phó thiên tai']);
    expect(textsOf(GOV + 'Thủ tướng cũng mong muốn các doanh nghiệp bảo hiểm sớm chi trả cho người dân bị thiệt hại.'))
      .toEqual(['sớm chi trả cho người dân bị thiệt hại']);
  });
});

describe('date-lead-before-addressee', () => {
  it('reads a bare date after a linking phrase as a lead, not as the addressee', () => {
    expect(tasksOf(PROV + 'Ông yêu cầu Sở Tài chính tổ chức kiểm điểm trách nhiệm các cá nhân chậm giải ngân. Theo đó, trước 30/8, Sở Kế hoạch và Đầu tư cũng phải trình UBND tỉnh phương án điều chuyển vốn.'))
      .toContainEqual(['phải trình UBND tỉnh phương án điều chuyển vốn', 'Lê Văn An', ['Sở Kế hoạch và Đầu tư']]);
    expect(textsOf(PROV + 'Ông yêu cầu Sở Tài chính tổ chức kiểm điểm trách nhiệm các cá nhân chậm giải ngân. Đến 15/9, các huyện phải báo cáo kết quả rà soát các công trình chậm tiến độ.'))
      .toContain('phải báo cáo kết quả rà soát các công trình chậm tiến độ');
  });
});

describe('during-clause-before-addressee', () => {
  it('sets "trong quá trình …," before the addressee apart from both', () => {
    expect(directiveItems('trong quá trình thi công, các chủ đầu tư phải bảo đảm an toàn lao động.', 0))
      .toEqual([expect.objectContaining({ text: 'phải bảo đảm an toàn lao động', to: 'các chủ đầu tư' })]);
    expect(directiveItems('trong quá trình triển khai nhiệm vụ, ngành tư pháp cần quan tâm đào tạo, tập huấn cán bộ.', 0))
      .toEqual([expect.objectContaining({ text: 'cần quan tâm đào tạo, tập huấn cán bộ', to: 'ngành tư pháp' })]);
  });
  it('does not read the noun "quá trình" as the action "trình"', () => {
    expect(textsOf(PROV + 'Ông yêu cầu lãnh đạo Sở Giáo dục đình chỉ chức vụ hiệu trưởng trong quá trình cơ quan chức năng điều tra vụ việc.'))
      .toEqual(['đình chỉ chức vụ hiệu trưởng trong quá trình cơ quan chức năng điều tra vụ việc']);
  });
});

describe('action words of directives', () => {
  it('reads "nhận diện", "nhân rộng", "hoàn tất", "đình chỉ" as actions', () => {
    expect(textsOf(PROV + 'Ông yêu cầu các huyện tập trung đánh giá đúng việc giải ngân, nhất là ở cấp xã; nhận diện rõ những vướng mắc trong bồi thường. Từ đó, nhân rộng những cách làm hay của các địa phương.'))
      .toEqual(['tập trung đánh giá đúng việc giải ngân, nhất là ở cấp xã', 'nhận diện rõ những vướng mắc trong bồi thường', 'nhân rộng những cách làm hay của các địa phương']);
    expect(textsOf(PROV + 'Ông yêu cầu Sở Kế hoạch và Đầu tư hoàn tất các thủ tục trước ngày 15/8 để giao vốn đợt 2.'))
      .toEqual(['hoàn tất các thủ tục trước ngày 15/8 để giao vốn đợt 2']);
  });
});

describe('steering-body-identifies', () => {
  it('takes "Ban Chỉ đạo xác định rõ cần …" as a decision of the meeting', () => {
    const text = 'Chiều 12/9, Ban Chỉ đạo 389 tỉnh Nghệ An họp triển khai nhiệm vụ quý IV. Ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. '
      + 'Ban Chỉ đạo xác định rõ cần tăng cường kiểm tra các tuyến biên giới, xử lý nghiêm các đối tượng buôn lậu.';
    expect(textsOf(text)).toEqual(['cần tăng cường kiểm tra các tuyến biên giới, xử lý nghiêm các đối tượng buôn lậu']);
    expect(textsOf(text.replace('xác định rõ cần tăng cường', 'xác định phải tăng cường'))).toEqual(['phải tăng cường kiểm tra các tuyến biên giới, xử lý nghiêm các đối tượng buôn lậu']);
  });
  it('leaves "xác định" of a cause alone', () => {
    expect(textsOf('Chiều 12/9, Ban Chỉ đạo 389 tỉnh Nghệ An họp triển khai nhiệm vụ quý IV. Ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Ban Chỉ đạo xác định nguyên nhân chủ yếu là do lực lượng mỏng.'))
      .toEqual([]);
  });
});

describe('background-ends-block', () => {
  it('ends the directive block at "Trước đó," and takes no past work after it', () => {
    const text = 'Ngày 7/7, đồng chí Trần Văn Nam, Trưởng đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. '
      + 'Đồng chí Trần Văn Nam yêu cầu tỉnh xây dựng đội ngũ cán bộ dám nghĩ, dám làm. '
      + 'Trước đó, ngày 15/4, Đoàn kiểm tra đã làm việc với 6 tổ chức đảng của tỉnh. '
      + 'Đoàn kiểm tra nhận định: Ban Thường vụ đã ban hành các văn bản hướng dẫn; chỉ đạo các cơ quan, đơn vị nghiêm túc thực hiện.';
    expect(textsOf(text)).toEqual(['xây dựng đội ngũ cán bộ dám nghĩ, dám làm']);
    const other = 'Sáng 3/8, Chủ tịch UBND tỉnh Lê Văn An chủ trì cuộc họp về phòng chống dịch. Ông yêu cầu các huyện tăng cường giám sát dịch bệnh. '
      + 'Năm ngoái, Sở Y tế đã chỉ đạo các bệnh viện phun thuốc khử trùng toàn bộ khu cách ly.';
    expect(textsOf(other)).toEqual(['tăng cường giám sát dịch bệnh']);
  });
});
