import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findDates, yearFromText } from '../../../src/extract/dates.js';
import { articleOf } from './helpers.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);

describe('year evidence', () => {
  it('takes the year of a deadline a few months after the meeting', () => {
    expect(yearFromText('đến 30/9/2019, các sở báo cáo kết quả', 6)).toBe(2019);
    expect(yearFromText('hoàn thành trước ngày 15/8/2019', 6)).toBe(2019);
    // a date before the meeting month, or far ahead, is not a deadline of this meeting
    expect(yearFromText('đến 30/3/2019 đã xong', 6)).toBeNull();
  });

  it('takes the year of the periods the meeting plans', () => {
    expect(yearFromText('nhiệm vụ 6 tháng cuối năm 2019', 7)).toBe(2019);
    expect(yearFromText('những tháng còn lại của năm 2019', 8)).toBe(2019);
    expect(yearFromText('trong quý 3/2019 phải hoàn thành', 6)).toBe(2019);
    // a past quarter reviewed early next year does not set the year
    expect(yearFromText('kết quả quý 4/2018', 2)).toBeNull();
  });

  it('ignores long-term targets and anniversaries', () => {
    expect(yearFromText('mục tiêu đến năm 2030 trở thành trung tâm', 4)).toBeNull();
    expect(yearFromText('mục tiêu tăng trưởng kinh tế năm 2019 đạt 7%', 4)).toBe(2019);
  });
});

describe('meeting dates', () => {
  it('reads "Hôm nay 12-4" as a date', () => {
    expect(findDates('Hôm nay 12-4, đoàn công tác').map((d) => [d.day, d.month])).toEqual([[12, 4]]);
  });

  it('keeps a date written right after the meeting word even in a notice', () => {
    const e = extract(articleOf('Sở Y tế thông báo kết luận của Giám đốc Sở Lê Minh Hạnh tại cuộc họp ngày 9/3/2019 về phòng chống dịch bệnh.'));
    expect(e.meetings[0]?.date).toBe('2019-03-09');
  });
});

describe('chairs', () => {
  it('reads the verb after a bracketed aside', () => {
    const e = extract(articleOf('Chiều 4/3, ông Lê Văn Khải - Chủ tịch UBND huyện Đông Sơn (tỉnh Hòa Bình) chủ trì hội nghị giao ban tháng 2.'));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Lê Văn Khải']);
    expect(e.meetings[0]?.kind).toBe('Hội nghị giao ban');
  });

  it('takes the person giving the concluding speech as chair when nobody is said to chair', () => {
    const e = extract(articleOf(
      'Chiều 20/6, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 đã bế mạc.\n' +
      'Phát biểu kết luận hội nghị, ông Trần Quốc Việt, Bí thư Tỉnh ủy, yêu cầu các cấp tập trung cải cách hành chính.',
    ));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Trần Quốc Việt']);
  });

  it('does not make a concluder chair when someone chaired', () => {
    const e = extract(articleOf(
      'Sáng 2/4, ông Phan Văn Minh, Chủ tịch UBND tỉnh chủ trì hội nghị sơ kết quý I.\n' +
      'Phát biểu kết luận hội nghị, ông Đỗ Thành Long, Phó Chủ tịch UBND tỉnh, yêu cầu các sở tăng cường kiểm tra.',
    ));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Phan Văn Minh']);
  });
});

describe('positions linked to their bodies', () => {
  it('gives a role that ends with a body head back to the body', async () => {
    const { parseTitle } = await import('../../../src/extract/positions.js');
    expect(parseTitle('Giám đốc Công an huyện')).toMatchObject({ role: 'Giám đốc', body: 'Công an huyện' });
    expect(parseTitle('Trưởng Ban Dân vận Huyện ủy')).toMatchObject({ role: 'Trưởng ban', body: 'Ban Dân vận Huyện ủy' });
    expect(parseTitle('Trưởng Ban Chỉ đạo 389 huyện')).toMatchObject({ role: 'Trưởng ban', body: 'Ban Chỉ đạo 389 huyện' });
    expect(parseTitle('Trưởng ban')).toMatchObject({ role: 'Trưởng ban', body: '' });
  });

  it('links such positions to an organisation', () => {
    const e = extract(articleOf('Sáng 3/5, ông Hồ Văn Nam, Trưởng Ban Dân vận Huyện ủy, Giám đốc Công an huyện chủ trì hội nghị sơ kết.'));
    const byTitle = Object.fromEntries(e.positions.map((p) => [p.title, p.organizationId]));
    expect(byTitle['Trưởng Ban Dân vận Huyện ủy']).toMatch(/^org:ban dân vận huyện/u);
    expect(byTitle['Giám đốc Công an huyện']).toBe('org:công an huyện');
  });
});

describe('evidence', () => {
  it('cites the sentence that says a person chaired, not an earlier caption', () => {
    const text = 'Ông Vũ Đình Hải, Bí thư Huyện ủy phát biểu tại hội nghị.\nSáng 8/3, Huyện ủy tổ chức hội nghị sơ kết. Các đồng chí: Vũ Đình Hải, Bí thư Huyện ủy; Lò Văn Pháo, Phó Bí thư Huyện ủy chủ trì hội nghị.';
    const e = extract(articleOf(text));
    const chair = e.meetings[0]!.chairs.find((c) => c.name === 'Vũ Đình Hải')!;
    expect(chair.evidence.sentence).toMatch(/chủ trì hội nghị/u);
    const speaker = e.meetings[0]!.speakers.find((c) => c.name === 'Vũ Đình Hải')!;
    expect(speaker.evidence.sentence).toMatch(/phát biểu/u);
  });
});

describe('same-day meetings', () => {
  it('dates "Chiều cùng ngày" with the date given before it', () => {
    const e = extract(articleOf(
      'Hôm nay 14-4, Phó Thủ tướng Lê Quang Vinh đã thị sát vùng sạt lở.\n' +
      'Chiều cùng ngày, Phó Thủ tướng Lê Quang Vinh chủ trì cuộc làm việc với lãnh đạo các tỉnh.',
    ));
    expect(e.meetings[0]?.date).toBe('--04-14');
    expect(e.meetings[0]?.timeOfDay).toBe('afternoon');
  });
});

describe('organisers', () => {
  it('reads the body named right after the meeting word', () => {
    const e = extract(articleOf(
      'Chiều 12/7, Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVI đã bế mạc.\n' +
      'Phát biểu kết luận hội nghị, ông Lâm Thành Công, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy, yêu cầu các cấp tập trung cải cách hành chính.',
    ));
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual(['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVI']);
  });

  it('ties "cuộc họp của Ủy ban" to the committee in the chair\'s title', () => {
    const e = extract(articleOf('Ngày 3/6, ông Mai Văn Đức, Chủ tịch Ủy ban Quốc gia về phòng chống thiên tai chủ trì cuộc họp của Ủy ban lần thứ 4.'));
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual(['Ủy ban Quốc gia về phòng chống thiên tai']);
  });
});

describe('task continuations', () => {
  it('reads a directive sentence opened by a linking phrase', async () => {
    const { continuationOf } = await import('../../../src/extract/tasks.js');
    expect(continuationOf('Vì vậy, cần làm cho mọi cấp hiểu rõ về an toàn thực phẩm.').map((t) => t.text))
      .toEqual(['cần làm cho mọi cấp hiểu rõ về an toàn thực phẩm']);
    expect(continuationOf('Vì vậy, kết quả năm nay rất đáng khích lệ.')).toEqual([]);
  });
});

describe('titles before a name', () => {
  it('keeps "của"/"và" + capitalised words inside the title, and skips a bracketed aside', async () => {
    const { findNameMentions } = await import('../../../src/extract/mentions.js');
    const t = (s: string) => findNameMentions(s).map((m) => [m.name, m.titles.map((x) => x.text)]);
    expect(t('Chủ nhiệm Ủy ban Pháp luật của Quốc hội Đinh Văn Lộc chủ trì phiên họp.'))
      .toEqual([['Đinh Văn Lộc', ['Chủ nhiệm Ủy ban Pháp luật của Quốc hội']]]);
    expect(t('Bộ trưởng Nông nghiệp và Phát triển nông thôn Lại Minh Châu phát biểu.'))
      .toEqual([['Lại Minh Châu', ['Bộ trưởng Nông nghiệp và Phát triển nông thôn']]]);
    expect(t('Phó Cục trưởng Cục Hàng hải (Bộ Giao thông vận tải) Tạ Văn Khoa dẫn đầu đoàn.'))
      .toEqual([['Tạ Văn Khoa', ['Phó Cục trưởng Cục Hàng hải']]]);
    // "và" before another title splits the two titles
    expect(t('Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị Mạc Văn Toàn dự.')[0]![1]).not.toContain('Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị');
  });
});

describe('meeting kinds', () => {
  it('reads "Cuộc họp trù bị" and "Hội đàm" as meeting words', async () => {
    const { findKind } = await import('../../../src/extract/meeting.js');
    expect(findKind('Cuộc họp trù bị về tổ chức Hội nghị cấp cao đã diễn ra sáng 3/4.')?.kind).toBe('Cuộc họp trù bị');
    expect(findKind('Sau lễ đón, hai bên tiến hành hội đàm.')?.kind).toBe('Hội đàm');
  });
});

describe('several meetings', () => {
  it('reports a second meeting with its own time, kind and chair', () => {
    const e = extract(articleOf(
      'Sáng 4/8, Tổng công ty Điện lực miền Trung đã tổ chức cuộc họp bàn giải pháp cấp điện mùa khô. Cuộc họp do Tổng giám đốc Phan Hữu Lộc chủ trì.\n' +
      'Chiều cùng ngày, tại trụ sở Bộ Công Thương, Thứ trưởng Đặng Quốc Bảo đã chủ trì buổi làm việc với Tổng công ty. Thứ trưởng Đặng Quốc Bảo yêu cầu Tổng công ty khẩn trương hoàn thành dự án trước mùa mưa.',
    ));
    expect(e.meetings.map((m) => [m.kind, m.date, names(m.chairs)])).toEqual([
      ['Cuộc họp', '--08-04', ['Phan Hữu Lộc']],
      ['Buổi làm việc', '--08-04', ['Đặng Quốc Bảo']],
    ]);
    expect(e.meetings[1]!.timeOfDay).toBe('afternoon');
    // the host named by "tại trụ sở" organises the second meeting
    expect(names(e.meetings[1]!.organizers)).toEqual(['Bộ Công Thương']);
    expect(names(e.meetings[0]!.attendees)).not.toContain('Đặng Quốc Bảo');
  });

  it('keeps one meeting when a later sentence names the same session again', () => {
    const e = extract(articleOf(
      'Sáng 9/5, Thủ tướng Lê Văn Hiền chủ trì cuộc họp với UBND tỉnh Bình Định.\n' +
      'Tại buổi làm việc sáng 9/5, ông Trần Văn Thuận, Chủ tịch UBND tỉnh chủ trì phần thảo luận.',
    ));
    expect(e.meetings).toHaveLength(1);
  });
});

describe('organiser from a head titled "<unit> trưởng"', () => {
  it('takes the "Bộ …" named beside a "Bộ trưởng" who chaired', () => {
    const e = extract(articleOf('Bộ Y tế thông báo kết luận của Bộ trưởng Đào Hồng Lan tại cuộc họp ngày 5/3/2019 về phòng chống dịch.'));
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual(['Bộ Y tế']);
  });
});

describe('names of other peoples', () => {
  it('reads "ông/bà" + capitalised words + a title as a person without a known surname', async () => {
    const { findNameMentions } = await import('../../../src/extract/mentions.js');
    const t = (s: string) => findNameMentions(s).map((m) => [m.name, m.titles.map((x) => x.text)]);
    expect(t('Tiếp theo, bà Bua Khăm Thip, Phó Chủ tịch Hội Phụ nữ Lào phát biểu.'))
      .toEqual([['Bua Khăm Thip', ['Phó Chủ tịch Hội Phụ nữ Lào']]]);
    expect(t('ông Sok Chenda, Quyền Tổng Thư ký Hội đồng Phát triển Campuchia dự.'))
      .toEqual([['Sok Chenda', ['Quyền Tổng Thư ký Hội đồng Phát triển Campuchia']]]);
    // without the honorific or without a title it is not read as a person
    expect(t('Bua Khăm Thip, Phó Chủ tịch Hội Phụ nữ Lào phát biểu.')).toEqual([]);
    expect(t('bà Bua Khăm Thip cho biết.')).toEqual([]);
  });
});

describe('titles after a name', () => {
  it('goes on after a spaced dash and keeps a bracketed abbreviation inside a body name', async () => {
    const { findNameMentions } = await import('../../../src/extract/mentions.js');
    const t = (s: string) => findNameMentions(s).map((m) => [m.name, m.titles.map((x) => x.text)]);
    expect(t('Ông Hồ Văn Tâm, Phó Chủ tịch – Tổng Thư ký Hội Nông dân (HND) Việt Nam phát biểu.'))
      .toEqual([['Hồ Văn Tâm', ['Phó Chủ tịch', 'Tổng Thư ký Hội Nông dân (HND) Việt Nam']]]);
  });
});

describe('tone-mark slips in names', () => {
  it('merges a name misspelt once in a tone mark into the spelling used more often', () => {
    const e = extract(articleOf(
      'Sáng 2/3, Phó Thủ tướng Lê Văn Thành chủ trì cuộc họp. Dự họp có Bộ trưởng Đỗ Văn Chiến.\n' +
      'Phó Thủ tướng Lê Văn Thạnh đề nghị các bộ khẩn trương hoàn thiện đề án.\n' +
      'Kết luận cuộc họp, Phó Thủ tướng Lê Văn Thành yêu cầu các tỉnh tăng cường kiểm tra.',
    ));
    expect(e.persons.map((p) => p.name)).not.toContain('Lê Văn Thạnh');
    expect(names(e.meetings[0]!.speakers)).toContain('Lê Văn Thành');
  });

  it('keeps two people whose names differ in a vowel, not only a tone', () => {
    const e = extract(articleOf('Sáng 2/3, ông Lê Văn Hùng, Giám đốc Sở Y tế và ông Lê Văn Hưng, Giám đốc Sở Tài chính dự họp. Ông Lê Văn Hùng, Giám đốc Sở Y tế phát biểu.'));
    expect(e.persons.map((p) => p.name).sort()).toEqual(['Lê Văn Hùng', 'Lê Văn Hưng']);
  });
});

describe('co-chair lists', () => {
  it('keeps a list item whose title tail was not read, up to its semicolon', () => {
    const e = extract(articleOf(
      'Sáng 5/4, cuộc họp trù bị đã diễn ra tại Viêng Chăn. Ông Lê Minh Khuê, Phó Chủ tịch Hội Hữu nghị Việt - Lào; ông Bun Thoong Sa Vắt, Phó Chủ tịch Ủy ban Hữu nghị và hợp tác quốc tế Lào; bà Trần Thị Hòa, Tổng Thư ký Hội, đồng chủ trì cuộc họp.',
    ));
    expect(names(e.meetings[0]?.chairs ?? []).sort()).toEqual(['Bun Thoong Sa Vắt', 'Lê Minh Khuê', 'Trần Thị Hòa']);
  });

  it('does not join across a verb', () => {
    const e = extract(articleOf('Sáng 5/4, ông Lê Minh Khuê, Chủ tịch UBND huyện phát biểu khai mạc; ông Đỗ Văn Hải, Phó Chủ tịch UBND huyện chủ trì hội nghị.'));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Đỗ Văn Hải']);
  });
});

describe('co-chairs of different bodies', () => {
  it('gives no organiser from the co-chairs\' own bodies when no body is said to hold the meeting', () => {
    const e = extract(articleOf(
      'Sáng 5/4, cuộc họp trù bị đã diễn ra tại Viêng Chăn. Ông Lê Minh Khuê, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam; ông Bun Thoong Sa Vắt, Quyền Tổng Thư ký Hội đồng quốc gia Mặt trận Lào, đồng chủ trì cuộc họp.',
    ));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Lê Minh Khuê', 'Bun Thoong Sa Vắt']);
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual([]);
  });

  it('reads an acting title as role "Quyền …" with its body', async () => {
    const { parseTitle } = await import('../../../src/extract/positions.js');
    expect(parseTitle('Quyền Giám đốc Sở Xây dựng')).toMatchObject({ role: 'Quyền Giám đốc', body: 'Sở Xây dựng' });
  });
});
