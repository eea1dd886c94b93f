import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const meetingsOf = (text: string) => extract(articleOf(text)).meetings;

describe('official-at-dated-meeting: "Ngày 6/2, tại cuộc họp …, Chủ tịch A <any verb> …" reports the meeting', () => {
  it('reports a dated meeting at which an official named with his post says what follows, whatever his verb', () => {
    const a = meetingsOf('Ngày 14/3, tại cuộc họp giao ban với các sở ngành, Chủ tịch UBND tỉnh Trần Văn Lâm tiếp tục đề cập đến việc sắp xếp các chợ truyền thống. Theo ông Lâm, nhiều chợ đã xuống cấp.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Cuộc họp giao ban', '--03-14']]);
    const b = meetingsOf('Chiều 21/5, tại Phủ Chủ tịch, trong buổi tiếp đoàn doanh nghiệp Canada, Chủ tịch nước Lê Văn Thành tiếp tục đề cập đến quan hệ hai nước đang phát triển tốt. Hai bên trao đổi về thương mại.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Buổi tiếp', '--05-21']]);
  });

  it('makes nobody its chair: a delegate who proposes something at a discussion does not chair it', () => {
    const [m] = meetingsOf('Chiều 30/5, trong phiên thảo luận tại tổ về dự thảo Luật tố cáo, đại biểu Quốc hội Lê Văn Chiến - Bí thư Tỉnh ủy Bắc Ninh đề nghị cấm đưa đơn tố cáo lên mạng xã hội. Nhiều đại biểu đồng tình.');
    expect(m?.chairs ?? []).toEqual([]);
  });

  it('leaves out a look back, a recalled date with its year, and a meeting with nobody named at it', () => {
    expect(meetingsOf('Giá đất tăng mạnh ở nhiều quận. Trước đó, ngày 5/2, tại buổi làm việc với lãnh đạo tỉnh Bình Dương, Bí thư Thành ủy Trần Văn Thắng cho rằng cần tổ chức lại không gian phát triển.')).toEqual([]);
    expect(meetingsOf('Công ty đã nộp đơn khiếu nại. Ngày 15.4.2016, tại buổi làm việc với UBND phường, Chủ tịch UBND phường Lê Văn Tâm tiếp tục đề cập đến đơn.')).toEqual([]);
    expect(meetingsOf('Ngày 7/2, theo Reuters, trong cuộc họp tại Brussels, Liên minh châu Âu đồng thuận tiếp tục các biện pháp trừng phạt.')).toEqual([]);
  });
});
