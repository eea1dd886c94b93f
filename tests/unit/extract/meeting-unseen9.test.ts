import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { atMeetingDatedInItsPhrase, delegationWorksWith } from '../../../src/extract/meeting.js';
import { findDates } from '../../../src/extract/dates.js';
import { articleOf } from './helpers.js';

const meetingsOf = (text: string) => extract(articleOf(text)).meetings;

describe('delegation-works-with: "Ngày 5/7, Đoàn kiểm tra … do A làm Trưởng đoàn đã làm việc với …" tells a working session', () => {
  it('finds the session, its day, and its head as an attendee but not a chair', () => {
    const a = meetingsOf('Ngày 12/9, Đoàn kiểm tra của Ban Chấp hành Trung ương do ông Lê Văn Hải, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Gia Lai. Đoàn đã công bố kế hoạch kiểm tra việc thực hiện quy chế làm việc.');
    expect(a.map((m) => [m.kind, m.date, m.chairs.length])).toEqual([['Buổi làm việc', '--09-12', 0]]);
    expect(a[0]!.attendees.map((p) => p.name)).toContain('Lê Văn Hải');
    const b = meetingsOf('Theo thông báo, vào hồi 9h, ngày 18/10, Đoàn công tác của Bộ Tài nguyên và Môi trường đã tiến hành làm việc với Công ty xi măng Hòa Phát tại nhà máy. Đoàn đã nghe công ty báo cáo về sự cố.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Buổi làm việc', '--10-18']]);
  });

  it('reads the verb after the delegation only, and leaves out a visit to come', () => {
    expect(delegationWorksWith('Chiều 3/8, Đoàn giám sát của HĐND tỉnh do bà Trần Thị Mai làm Trưởng đoàn, đã có buổi làm việc với UBND huyện Đức Cơ.')?.kind).toBe('Buổi làm việc');
    expect(delegationWorksWith('Ngày 20/8, Đoàn công tác của Bộ Xây dựng sẽ làm việc với UBND tỉnh Kon Tum.')).toBeNull();
    // the delegation's members bear a surname "Đoàn": no delegation word follows
    expect(delegationWorksWith('Sáng 4/6, Đoàn Văn Tâm, Giám đốc Sở Y tế đã làm việc với bệnh viện huyện.')).toBeNull();
    // no dated lead
    expect(meetingsOf('Đoàn công tác của Bộ Xây dựng đã làm việc với UBND tỉnh Kon Tum về quy hoạch.')).toEqual([]);
  });
});

describe('at-meeting-dated-in-its-phrase: "Tại cuộc họp ngày 7/7 …, A đã quyết định …" tells the meeting held that day', () => {
  it('finds the meeting when the day follows the meeting phrase, at the start or after the speaker', () => {
    const a = meetingsOf('Tại cuộc họp của UBND tỉnh Nghệ An ngày 14/8 về tiến độ dự án cầu Cửa Hội, Sở Giao thông vận tải đã đề xuất giao thêm vốn cho nhà thầu. Dự án dự kiến hoàn thành trong năm tới.');
    expect(a.map((m) => [m.kind, m.date])).toEqual([['Cuộc họp', '--08-14']]);
    const b = meetingsOf('“Không để tồn đọng hồ sơ quá hạn”, đây là chỉ đạo của ông Trần Văn Nam, Chủ tịch UBND tỉnh Hà Nam tại Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm vào ngày 18/7. Các sở được yêu cầu rà soát thủ tục.');
    expect(b.map((m) => [m.kind, m.date])).toEqual([['Hội nghị sơ kết', '--07-18']]);
  });

  it('leaves out a look back, a photo caption, a deadline and a meeting to come', () => {
    expect(meetingsOf('Trước đó, tại cuộc họp ngày 20/6, Sở Xây dựng tỉnh Bình Định đã báo cáo về vụ việc. Vụ việc đang được điều tra.')).toEqual([]);
    expect(meetingsOf('Ông Trần Văn Bình và ông Lê Minh Tâm tại cuộc họp của Sở Công Thương ngày 3/5. Giá điện tăng mạnh trong tháng qua.')).toEqual([]);
    expect(findDates('Tại hội nghị, các sở phải báo cáo kết quả vào ngày 30/7.')[0]?.deadline).toBe(true);
    expect(atMeetingDatedInItsPhrase('Tại hội nghị ngày 20/9 tới, UBND tỉnh sẽ công bố quy hoạch.', { start: 4, end: 12 })).toBe(false);
  });
});
