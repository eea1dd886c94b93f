import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { assemblySitsInDatedLead } from '../../../src/extract/meeting.js';
import { articleOf } from './helpers.js';

const meetingsOf = (text: string) => extract(articleOf(text)).meetings;

describe('assembly-sits-in-dated-lead: "Sáng 30/5, Quốc hội thảo luận …" tells a sitting with no meeting word', () => {
  it('finds the sitting, its day and its assembly as organiser', () => {
    const a = meetingsOf('Sáng 14/6, Quốc hội thảo luận ở hội trường về dự án Luật quy hoạch. Đại biểu Trần Văn Minh (Đoàn Nam Định) đề nghị làm rõ thẩm quyền phê duyệt. Bộ trưởng Bộ Kế hoạch và Đầu tư Lê Văn Hòa giải trình ý kiến của đại biểu.');
    expect(a.map((m) => [m.kind, m.date, m.organizers.map((o) => o.name)])).toEqual([['Phiên họp', '--06-14', ['Quốc hội']]]);
    expect(a[0]!.attendees.map((p) => p.name)).toEqual(expect.arrayContaining(['Trần Văn Minh', 'Lê Văn Hòa']));
    const b = meetingsOf('Giá điện được bàn kỹ. Chiều 12/4, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật giá (sửa đổi). Phó Chủ tịch Quốc hội Nguyễn Văn Bình đề nghị cơ quan soạn thảo tiếp thu ý kiến về thuế của Quốc hội.');
    expect(b.map((m) => [m.date, m.organizers.map((o) => o.name)])).toEqual([['--04-12', ['Ủy ban Thường vụ Quốc hội']]]);
  });

  it('a meeting word elsewhere that tells nothing held (a session announced) does not hide the sitting', () => {
    const a = meetingsOf('Dự kiến kỳ họp sẽ khai mạc vào ngày 20/10. Hôm nay (9/6), HĐND tỉnh Phú Yên tiếp tục chất vấn về quản lý đất đai. Giám đốc Sở Tài nguyên và Môi trường Lê Văn Sơn trả lời chất vấn.');
    expect(a.map((m) => [m.date, m.organizers.map((o) => o.name)])).toEqual([['--06-09', ['HĐND tỉnh Phú Yên']]]);
  });

  it('reads the session clause before or after the day, and the assembly that "họp phiên toàn thể"', () => {
    expect(assemblySitsInDatedLead('Tiếp tục chương trình Kỳ họp thứ 5, sáng 3/11, Quốc hội thảo luận về dự án Luật thuế.')?.body).toBe('Quốc hội');
    expect(assemblySitsInDatedLead('Chiều nay 2/11, tiếp tục kỳ họp thứ 5, Quốc hội khóa XIV, Quốc hội đã cho ý kiến về dự án Luật thuế.')?.body).toBe('Quốc hội');
    expect(assemblySitsInDatedLead('Sáng 9/11, Quốc hội họp phiên toàn thể tại hội trường nghe báo cáo về dự án Luật lâm nghiệp.')?.body).toBe('Quốc hội');
    // the delegates, not the assembly, are the subject: not this rule
    expect(assemblySitsInDatedLead('Chiều 25/10, tại Kỳ họp thứ 5, Quốc hội khóa XIV, các đại biểu đã thảo luận tại tổ.')).toBeNull();
  });

  it('leaves out a sitting to come, another country\'s parliament, a delegation in its group, and an undated lead', () => {
    expect(assemblySitsInDatedLead('Sáng 22/5, Quốc hội sẽ thảo luận về dự án Luật thủy lợi.')).toBeNull();
    expect(meetingsOf('Ngày 30/6, Quốc hội Đức thông qua luật phạt các mạng xã hội. Bộ trưởng Tư pháp Heiko Maas cho biết luật có hiệu lực từ tháng 10.')).toEqual([]);
    expect(assemblySitsInDatedLead('Chiều 25/5, Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh thảo luận tại tổ về kinh tế - xã hội.')).toBeNull();
    expect(assemblySitsInDatedLead('Quốc hội thảo luận về dự án Luật đường sắt trong nhiều ngày.')).toBeNull();
  });
});

describe('body-meets-attendance-next: "<Body> đã họp … . Tham dự cuộc họp có …" tells the body held it', () => {
  it('finds the meeting with its day and the body as organiser when the next sentence lists who was present', () => {
    const a = meetingsOf('Ngày 14/3, Ban chỉ đạo phòng chống thiên tai tỉnh Quảng Trị đã họp về nhiệm vụ mùa mưa bão. Tham dự cuộc họp có đại diện các sở, ngành và địa phương. Các địa phương được yêu cầu rà soát phương án sơ tán dân.');
    expect(a.map((m) => [m.date, m.organizers.map((o) => o.name)])).toEqual([['--03-14', ['Ban chỉ đạo phòng chống thiên tai tỉnh Quảng Trị']]]);
    const b = meetingsOf('Sáng 5/9, UBND tỉnh Hà Tĩnh họp phiên thường kỳ tháng 9. Dự và chỉ đạo có đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy. Các sở báo cáo tình hình kinh tế - xã hội.');
    expect(b.map((m) => m.date)).toEqual(['--09-05']);
  });

  it('needs the list of who was present: a body said to have met, with nothing more, tells no meeting', () => {
    expect(meetingsOf('Ngày 14/3, Hội đồng kỷ luật nhà trường đã họp và quyết định cảnh cáo giáo viên. Phụ huynh đồng tình với quyết định.')).toEqual([]);
  });
});
