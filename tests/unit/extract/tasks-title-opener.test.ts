import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string[] | null]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.to]);

describe('title-opener-is-a-person', () => {
  it('a sentence that opens with a post ("Bộ trưởng A …", "Tổng Giám đốc B …") after the directives names a person, not a body they address', () => {
    const directives = 'Sáng 6/3, Bộ Tài chính tổ chức cuộc họp về dự thảo Luật Quản lý thuế. Bộ trưởng Bộ Tài chính Trần Văn Minh chủ trì cuộc họp. '
      + 'Bộ trưởng yêu cầu Tổng cục Thuế sớm hoàn thiện dự thảo, báo cáo Chính phủ trước ngày 30/3. ';
    expect(tasksOf(directives + 'Bộ trưởng Trần Văn Minh chủ trì cuộc họp về sửa đổi dự thảo Luật Quản lý thuế.'))
      .toEqual([['sớm hoàn thiện dự thảo, báo cáo Chính phủ trước ngày 30/3', ['Tổng cục Thuế']]]);
    const company = 'Chiều 12/5, Tập đoàn Điện lực Việt Nam tổ chức hội nghị sơ kết công tác 4 tháng đầu năm. Chủ tịch Hội đồng thành viên Lê Văn Hà chủ trì hội nghị. '
      + 'Chủ tịch yêu cầu các đơn vị đẩy nhanh tiến độ các dự án nguồn điện. ';
    expect(tasksOf(company + 'Tổng Giám đốc Nguyễn Văn Tú phối hợp điều hành hội nghị.'))
      .toEqual([['đẩy nhanh tiến độ các dự án nguồn điện', ['các đơn vị']]]);
  });
  it('still reads a body opening the sentence as the addressee of a continued directive', () => {
    const directives = 'Sáng 6/3, Bộ Tài chính tổ chức cuộc họp về dự thảo Luật Quản lý thuế. Bộ trưởng Bộ Tài chính Trần Văn Minh chủ trì cuộc họp. '
      + 'Bộ trưởng yêu cầu Tổng cục Thuế sớm hoàn thiện dự thảo, báo cáo Chính phủ trước ngày 30/3. ';
    const tasks = tasksOf(directives + 'Bộ Tư pháp chủ trì thẩm định dự thảo trong tháng 4.');
    expect(tasks.map(([text]) => text)).toContain('chủ trì thẩm định dự thảo trong tháng 4');
  });
});
