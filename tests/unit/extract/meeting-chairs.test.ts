import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const chairs = (text: string): string[] => names(extract(articleOf(text)).meetings[0]?.chairs ?? []);

describe('chairs: a list opened by "Chủ trì … có"', () => {
  it('reads every person after "Chủ trì hội nghị có các đồng chí:" as a chair', () => {
    expect(chairs('Sáng 10/3, Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I. Chủ trì hội nghị có các đồng chí: Nguyễn Văn Thắng, Bí thư Tỉnh ủy; Lê Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy; Trần Quốc Bảo, Chủ tịch UBND tỉnh.'))
      .toEqual(['Nguyễn Văn Thắng', 'Lê Thị Hoa', 'Trần Quốc Bảo']);
  });

  it('reads "Đồng chủ trì hội nghị có đồng chí A … và đồng chí B …" without a colon, and stops at the attendance', () => {
    expect(chairs('Sáng 10/3, UBND tỉnh tổ chức hội nghị trực tuyến về phòng chống dịch. Đồng chủ trì hội nghị có đồng chí Nguyễn Văn Thắng, Chủ tịch UBND tỉnh và đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh; cùng dự có ông Phạm Văn Nam, Giám đốc Sở Y tế.'))
      .toEqual(['Nguyễn Văn Thắng', 'Lê Thị Hoa']);
  });
});

describe('chairs: co-chairs listed with dashes', () => {
  it('reads "A - <chức vụ>; B - <chức vụ> … - đồng chủ trì hội nghị" with three or more co-chairs', () => {
    expect(chairs('Ông Nguyễn Đức Minh - Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; ông Mai Văn Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Nguyễn Thị Tâm - Chủ tịch LĐLĐ thành phố; ông Phạm Quốc Hùng - Trưởng ban Quản lý các KCN - đồng chủ trì hội nghị đối thoại sáng 19/5.'))
      .toEqual(['Nguyễn Đức Minh', 'Mai Văn Chính', 'Nguyễn Thị Tâm', 'Phạm Quốc Hùng']);
    expect(chairs('Chiều 2/6, bà Lê Thị Thu - Chủ tịch HĐND huyện; ông Vũ Văn Hải - Chủ tịch UBND huyện - đồng chủ trì hội nghị tiếp xúc cử tri.'))
      .toEqual(['Lê Thị Thu', 'Vũ Văn Hải']);
  });
});
