import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { workingVisit, worksWithLocalUnit } from '../../../src/extract/meeting.js';
import { articleOf } from './helpers.js';

const meetingsOf = (text: string) => extract(articleOf(text)).meetings;
const summary = (text: string) => meetingsOf(text).map((m) => [m.kind, m.date, m.chairs.map((c) => c.name)]);

describe('working-visit-led-by-official: "A dẫn đầu đoàn công tác đến làm việc tại tỉnh B" tells a working session A led', () => {
  it('finds the session on its day, chaired by the official who led the delegation and addressed it', () => {
    expect(summary('Ngày 14/3, Phó Thủ tướng Lê Văn Thành đã dẫn đầu đoàn công tác đến làm việc tại tỉnh Bạc Liêu về công tác phòng chống hạn mặn. ' +
      'Tại buổi làm việc, Phó Thủ tướng Lê Văn Thành yêu cầu các sở, ngành của tỉnh khẩn trương rà soát phương án trữ nước ngọt.'))
      .toEqual([['Buổi làm việc', '--03-14', ['Lê Văn Thành']]]);
    expect(summary('Trong hai ngày 20 và 21/4, đồng chí Nguyễn Thị Hoa, Trưởng Ban Tuyên giáo Trung ương cùng Đoàn công tác của Ban Tuyên giáo Trung ương thăm, làm việc tại tỉnh Lai Châu. ' +
      'Phát biểu tại buổi làm việc, đồng chí Nguyễn Thị Hoa đề nghị tỉnh quan tâm hơn nữa đến công tác tuyên truyền ở vùng biên giới.'))
      .toEqual([['Buổi làm việc', '--04-20', ['Nguyễn Thị Hoa']]]);
  });

  it('makes nobody chair who did not address the session, and leaves out a visit to come', () => {
    // the leader is told only as going there: he attends, nobody is said to chair
    const quiet = meetingsOf('Sáng 9/8, Thứ trưởng Bộ Xây dựng Phan Minh Tâm dẫn đầu đoàn công tác đến làm việc tại tỉnh Cà Mau. Tham dự buổi làm việc có đại diện các sở, ngành của tỉnh.');
    expect(quiet.flatMap((m) => m.chairs.map((c) => c.name))).toEqual([]);
    expect(meetingsOf('Ngày 14/3 tới, Phó Thủ tướng Lê Văn Thành sẽ dẫn đầu đoàn công tác đến làm việc tại tỉnh Bạc Liêu. Tỉnh đang chuẩn bị báo cáo.')).toEqual([]);
  });

  it('needs the leading official right before the lead phrase', () => {
    const s = 'Ngày 14/3, Phó Thủ tướng Lê Văn Thành đã dẫn đầu đoàn công tác đến làm việc tại tỉnh Bạc Liêu.';
    const leaderEnd = s.indexOf(' đã dẫn đầu');
    expect(workingVisit(s, [leaderEnd])).toMatchObject({ kind: 'Buổi làm việc', leaderEnd, start: s.indexOf('làm việc tại') });
    // the delegation is the host's guest: no official stands right before "dẫn đầu"
    const guest = 'Chiều 5/6, Chủ tịch UBND tỉnh Trần Văn Nam tiếp đoàn công tác của Bộ Công Thương, do một Thứ trưởng dẫn đầu đoàn đến làm việc tại tỉnh.';
    expect(workingVisit(guest, [guest.indexOf(' tiếp đoàn')])).toBeNull();
    // "làm việc tại" with no delegation is someone's workplace
    expect(workingVisit('Ông Nguyễn Văn Bình, người từng làm việc tại Sở Tài chính, cho biết …', [10])).toBeNull();
  });
});

describe('leader-meets-group: "A gặp mặt Đoàn đại biểu …" on a dated lead tells a meeting held, its host no chair', () => {
  it('finds the meeting with the host attending', () => {
    const a = meetingsOf('Chiều 14/9, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Lan gặp mặt Đoàn đại biểu cựu thanh niên xung phong tỉnh Thái Bình. Phó Chủ tịch nước Võ Thị Lan đề nghị các đại biểu tiếp tục phát huy truyền thống.');
    expect(a.map((m) => [m.kind, m.date, m.chairs.length])).toEqual([['Buổi gặp mặt', '--09-14', 0]]);
    expect(a[0]!.attendees.map((p) => p.name)).toContain('Võ Thị Lan');
    const b = meetingsOf('Sáng 2/3, Bí thư Tỉnh ủy Hà Giang Lê Minh Hòa đã gặp mặt các cựu chiến binh tiêu biểu của tỉnh. Bí thư Tỉnh ủy Lê Minh Hòa cảm ơn những đóng góp của các cựu chiến binh.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Buổi gặp mặt', '--03-02']]);
  });

  it('leaves out a first meeting of two people and a meeting to come', () => {
    expect(meetingsOf('Ngày 5/1, lần đầu gặp mặt nhau trong một bữa tiệc, Hùng và Lan đã có ấn tượng tốt.')).toEqual([]);
    expect(meetingsOf('Chiều 14/9 tới, Phó Chủ tịch nước Võ Thị Lan sẽ gặp mặt Đoàn đại biểu cựu thanh niên xung phong tỉnh Thái Bình.')).toEqual([]);
  });
});

describe('official-works-with-local-unit: the official who works with a unit under him and directs it chairs', () => {
  it('makes the official chair when he gives the directions', () => {
    expect(summary('Chiều 10/2, Bí thư Thành ủy Hà Nội Hoàng Văn Nam làm việc với Huyện ủy Ba Vì về tình hình kinh tế - xã hội. Bí thư Thành ủy Hoàng Văn Nam yêu cầu huyện đẩy mạnh xây dựng nông thôn mới.'))
      .toEqual([['Buổi làm việc', '--02-10', ['Hoàng Văn Nam']]]);
    expect(summary('Sáng 21/3, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Minh Đức có buổi làm việc với lãnh đạo UBND tỉnh Sóc Trăng. Bộ trưởng Trần Minh Đức chỉ đạo tỉnh khẩn trương trữ nước ngọt cho mùa khô.'))
      .toEqual([['Buổi làm việc', '--03-21', ['Trần Minh Đức']]]);
  });

  it('makes nobody chair of a session with a foreign side, or where the official gives no directions', () => {
    expect(summary('Ngày 7/2, tại trụ sở Bộ Xây dựng, Thứ trưởng Lê Văn Hùng có buổi làm việc với Thứ trưởng Bộ Xây dựng Cuba Angel Ramos. Thứ trưởng Lê Văn Hùng đề nghị hai bên tăng cường hợp tác.'))
      .toEqual([['Buổi làm việc', '--02-07', []]]);
    expect(summary('Chiều 10/2, Bí thư Thành ủy Hà Nội Hoàng Văn Nam làm việc với Huyện ủy Ba Vì. Bí thư Huyện ủy Ba Vì Trần Văn Tâm báo cáo kết quả năm 2016.').flatMap((m) => m[2])).not.toContain('Hoàng Văn Nam');
    const s = 'Ngày 7/2, Bộ trưởng A làm việc với lãnh đạo Tỉnh ủy, UBND tỉnh Cần Thơ.';
    expect(worksWithLocalUnit(s, s.indexOf(' với'))).toBe(true);
    expect(worksWithLocalUnit('Ngày 7/2, Bộ trưởng A làm việc với Tập đoàn Samsung.', 'Ngày 7/2, Bộ trưởng A làm việc'.length)).toBe(false);
  });
});
