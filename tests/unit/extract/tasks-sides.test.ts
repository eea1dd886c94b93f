import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { sidesAct } from '../../../src/extract/tasks-collect.js';
import { articleOf } from './helpers.js';

const tasksOf = (text: string): Array<[string, string | null]> =>
  (extract(articleOf(text)).meetings[0]?.tasks ?? []).map((t) => [t.text, t.by]);
const HEAD = 'Chiều 20/6, Bộ Nông nghiệp có buổi làm việc với UBND tỉnh Sơn La. Thứ trưởng Lê Quốc Doanh và Chủ tịch UBND tỉnh Cầm Ngọc Minh chủ trì buổi làm việc. ';

describe('sides-act', () => {
  it('takes what the sides of the meeting are to do, set by nobody in person', () => {
    expect(tasksOf(HEAD + 'Hai bên tăng cường trao đổi thông tin về giá cả, thị trường tiêu thụ nông sản.'))
      .toEqual([['tăng cường trao đổi thông tin về giá cả, thị trường tiêu thụ nông sản', null]]);
    expect(tasksOf(HEAD + 'Trong thời gian tới, hai bên cần phối hợp xây dựng chuỗi liên kết sản xuất xoài an toàn.'))
      .toEqual([['phối hợp xây dựng chuỗi liên kết sản xuất xoài an toàn', null]]);
    expect(tasksOf(HEAD + 'Hằng năm, hai cơ quan cần tổ chức sơ kết việc thực hiện quy chế phối hợp.'))
      .toEqual([['tổ chức sơ kết việc thực hiện quy chế phối hợp', null]]);
  });
  it('leaves out the past, the passive, a condition and an agency named by its verb', () => {
    expect(sidesAct('Thời gian qua, hai bên đã phối hợp tổ chức nhiều hoạt động xúc tiến thương mại.')).toBeNull();
    expect(sidesAct('Quan hệ giữa hai nước tiếp tục được tăng cường trên nhiều lĩnh vực.')).toBeNull();
    expect(sidesAct('Hai bên tiếp tục được tăng cường hợp tác trên nhiều lĩnh vực.')).toBeNull();
    expect(sidesAct('Hai bên phối hợp tốt thì kim ngạch sẽ còn tăng mạnh.')).toBeNull();
    expect(sidesAct('Ba cơ quan tiến hành tố tụng của tỉnh tăng cường trao đổi thông tin về các vụ án.')).toBeNull();
    expect(sidesAct('Nếu hai bên cần thêm thời gian, hội nghị sẽ kéo dài.')).toBeNull();
  });
  it('needs the sides to open the sentence', () => {
    expect(sidesAct('Các vấn đề hai bên cùng quan tâm đã được trao đổi thẳng thắn.')).toBeNull();
    expect(tasksOf(HEAD + 'Thứ trưởng đánh giá cao những lĩnh vực hai bên tăng cường hợp tác trong năm qua.')).toEqual([]);
  });
});
