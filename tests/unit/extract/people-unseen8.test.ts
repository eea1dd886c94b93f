import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf, meetingPeople } from './helpers.js';

const positionsOf = (s: string): string[] => extract(articleOf(s)).positions.map((p) => `${p.person} = ${p.title}`);

describe('seat-in-post-before-name', () => {
  it('keeps a mission\'s seat inside a post written before the name', () => {
    expect(positionsOf('Tham dự buổi tiếp có Đại sứ Anh tại Việt Nam Gareth Ward.')).toEqual([
      'Gareth Ward = Đại sứ Anh tại Việt Nam',
    ]);
    expect(positionsOf('Đón đoàn tại sân bay có Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản Lê Hoài Trung cùng cán bộ sứ quán.')).toEqual([
      'Lê Hoài Trung = Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản',
    ]);
    expect(positionsOf('Phát biểu tại buổi gặp, Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh Vincent Floreani cảm ơn thành phố.')).toEqual([
      'Vincent Floreani = Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh',
    ]);
  });

  it('still ends at "tại" when no post stands before it or no name follows the place', () => {
    expect(positionsOf('Ông Phạm Văn Nam phát biểu tại Hà Nội Lê Văn Minh cũng dự.')).toEqual([]);
    expect(positionsOf('Bộ trưởng Lê Văn Minh làm việc tại Hà Nội. Nguyễn Văn An cũng dự.')).toEqual(['Lê Văn Minh = Bộ trưởng']);
  });
});

describe('board-named-for-its-members', () => {
  it('does not read a board ("Ban Bí thư", "Ban Giám đốc") that speaks as its one holder', () => {
    expect(meetingPeople('Sáng 3/4, ông Lê Văn An, Bí thư thường trực Trung ương Đoàn chủ trì hội nghị. Ban Bí thư Trung ương Đoàn mong muốn các ý kiến góp ý sát thực tế.').speakers).toEqual([]);
    expect(meetingPeople('Sáng 3/4, ông Trần Hữu Phước, Giám đốc Bệnh viện Đa khoa tỉnh chủ trì cuộc họp. Ban Giám đốc Bệnh viện Đa khoa tỉnh cho biết sẽ bổ sung thuốc.').speakers).toEqual([]);
  });

  it('still reads the post alone, without "Ban", as its holder', () => {
    expect(meetingPeople('Sáng 3/4, ông Trần Hữu Phước, Giám đốc Bệnh viện Đa khoa tỉnh chủ trì cuộc họp. Giám đốc Bệnh viện Đa khoa tỉnh cho biết sẽ bổ sung thuốc.').speakers).toEqual(['Trần Hữu Phước']);
  });
});

describe('"nghị sỹ" spelling as a post (lexicon)', () => {
  it('reads "Nghị sỹ" and "Thượng nghị sỹ" before a name as posts', () => {
    expect(positionsOf('Thượng nghị sỹ bang Ohio Rob Portman cho biết sẽ bỏ phiếu thuận.')).toEqual([
      'Rob Portman = Thượng nghị sỹ bang Ohio',
    ]);
    expect(positionsOf('Đón đoàn có Nghị sỹ, Thứ trưởng Bộ Ngoại giao Nhật Bản Takeo Mori cùng nhiều quan chức.')).toEqual([
      'Takeo Mori = Nghị sỹ',
      'Takeo Mori = Thứ trưởng Bộ Ngoại giao Nhật Bản',
    ]);
  });
});

describe('state-named-before-foreign-name', () => {
  it('cuts the state after "bang" off the foreign name that follows it', () => {
    expect(positionsOf('Thượng nghị sĩ bang New Mexico Martin Heinrich chỉ trích quyết định này.')).toEqual([
      'Martin Heinrich = Thượng nghị sĩ bang New Mexico',
    ]);
    expect(positionsOf('Thống đốc bang Ohio Mike DeWine cho biết sẽ ký luật mới.')).toEqual(['Mike DeWine = Thống đốc bang Ohio']);
    expect(positionsOf('Thống đốc bang Louisiana John Bel Edwards đã ban bố tình trạng khẩn cấp.')).toEqual([
      'John Bel Edwards = Thống đốc bang Louisiana',
    ]);
  });

  it('leaves "liên bang" (federal) and a Vietnamese name alone', () => {
    expect(positionsOf('Bộ trưởng Tư pháp liên bang Michael Keenan cho biết.')).toEqual(['Michael Keenan = Bộ trưởng Tư pháp liên bang']);
  });
});

describe('state-named-before-foreign-name (Vietnamese name)', () => {
  it('keeps a three-word Vietnamese name after the state', () => {
    expect(positionsOf('Thượng nghị sĩ bang California Trần Văn Minh phát biểu tại buổi gặp.')).toEqual(['Trần Văn Minh = Thượng nghị sĩ bang California']);
  });
});
