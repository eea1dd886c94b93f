import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { delegationWorksWith } from '../../../src/extract/meeting.js';
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
