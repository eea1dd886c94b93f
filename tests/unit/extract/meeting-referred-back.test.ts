import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { referredBackKind, tellsReferredMeeting } from '../../../src/extract/meeting.js';
import { articleOf } from './helpers.js';

const meetingsOf = (text: string) => extract(articleOf(text)).meetings;
const kindDate = (text: string) => meetingsOf(text).map((m) => [m.kind, m.date]);

describe('meeting-referred-back: a dated lead tells the event, "Tại hội nghị, …" refers back to it', () => {
  it('reads a bare meeting noun opening a sentence as a reference back', () => {
    expect(referredBackKind('Phát biểu tại hội nghị, Bí thư Tỉnh ủy Lê Văn Nam nhấn mạnh …')?.kind).toBe('Hội nghị');
    expect(referredBackKind('Tại hội đàm, hai Thủ tướng bày tỏ vui mừng …')?.kind).toBe('Hội đàm');
    expect(referredBackKind('Ảnh: TTXVN Tại buổi làm việc, ông Trần Văn Hòa báo cáo …')?.kind).toBe('Buổi làm việc');
    // a meeting named with its own words, or not opening the sentence, is no reference back
    expect(referredBackKind('Tại hội nghị tổng kết năm 2016 của ngành, ông Trần Văn Hòa cho biết …')).toBeNull();
    expect(referredBackKind('Trước đó, tại hội nghị, ông Trần Văn Hòa cho biết …')).toBeNull();
  });

  it('takes a review held by a body, told without a meeting word, for the conference referred back to', () => {
    expect(kindDate('Ngày 14/6, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức sơ kết 2 năm thực hiện Chỉ thị số 05 về tiếp dân. Chỉ thị nhằm siết chặt kỷ cương.\nPhát biểu tại hội nghị, Bí thư Tỉnh ủy Hà Giang Lê Văn Nam nhấn mạnh yêu cầu đối thoại với dân.'))
      .toEqual([['Hội nghị', '--06-14']]);
    expect(kindDate('Sáng 3/8, UBND huyện Đông Anh tổ chức tổng kết công tác phòng chống lụt bão năm 2016.\nPhát biểu tại hội nghị, Chủ tịch UBND huyện Đông Anh Trần Văn Phúc nhấn mạnh việc rà soát đê điều.'))
      .toEqual([['Hội nghị', '--08-03']]);
  });

  it('takes talks told as one of a list of events, or after a welcome ceremony', () => {
    expect(kindDate('Sáng 12/9, Chủ tịch nước Lê Văn Minh đã chủ trì lễ đón Tổng thống Cộng hòa Séc.\nSau lễ đón, Chủ tịch nước Lê Văn Minh đã hội đàm với Tổng thống Cộng hòa Séc.\nTại hội đàm, Chủ tịch nước Lê Văn Minh bày tỏ vui mừng trước quan hệ hai nước.'))
      .toEqual([['Hội đàm', '--09-12']]);
    expect(kindDate('Trong khuôn khổ chuyến thăm chính thức Lào và tham dự Hội nghị Mekong - Lan Thương lần thứ 2, ngày 5/10, tại Nhà khách Quốc gia, Thủ tướng Trần Văn Bình đã dự lễ đón, hội đàm và dự chiêu đãi của Thủ tướng Lào.\nThủ tướng Lào đón Thủ tướng Trần Văn Bình.\nSau lễ đón, hai Thủ tướng tiến hành hội đàm.\nTại hội đàm, Thủ tướng Trần Văn Bình khẳng định Việt Nam coi trọng quan hệ với Lào.'))
      .toEqual([['Hội đàm', '--10-05']]);
  });

  it('makes nobody its chair by the reference alone', () => {
    const [m] = meetingsOf('Ngày 14/6, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức sơ kết 2 năm thực hiện Chỉ thị số 05.\nPhát biểu tại hội nghị, Bí thư Tỉnh ủy Hà Giang Lê Văn Nam nhấn mạnh yêu cầu đối thoại với dân.');
    expect(m?.chairs ?? []).toEqual([]);
  });

  it('leaves out an award ceremony, a look back and a meeting to come', () => {
    expect(tellsReferredMeeting('Ngày 12/5, Sở Văn hóa tỉnh Nam Định tổ chức tổng kết và trao giải cuộc thi ảnh đẹp.', 'Hội nghị')).toBe(false);
    expect(meetingsOf('Ngày 12/5, Sở Văn hóa tỉnh Nam Định tổ chức tổng kết và trao giải cuộc thi ảnh đẹp.\nPhát biểu tại hội nghị, Giám đốc Sở Văn hóa tỉnh Nam Định Trần Văn Hải chúc mừng các tác giả.')).toEqual([]);
    expect(meetingsOf('Giá phân bón tăng mạnh.\nTrước đó, ngày 2/6, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức sơ kết công tác tiếp dân.\nPhát biểu tại hội nghị, Bí thư Tỉnh ủy Hà Giang Lê Văn Nam nhấn mạnh yêu cầu đối thoại với dân.')).toEqual([]);
    expect(meetingsOf('Ngày 20/6 tới, UBND tỉnh Hà Giang sẽ tổ chức tổng kết công tác tiếp dân.\nTại hội nghị, Chủ tịch UBND tỉnh Hà Giang Lê Văn Nam sẽ đối thoại với dân.')).toEqual([]);
    expect(meetingsOf('Ngày 20/6 tới, UBND tỉnh Hà Giang tổ chức tổng kết công tác tiếp dân.\nTại hội nghị, Chủ tịch UBND tỉnh Hà Giang Lê Văn Nam cho biết sẽ đối thoại với dân.')).toEqual([]);
  });
});
