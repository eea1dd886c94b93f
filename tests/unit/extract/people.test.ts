import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findNames } from '../../../src/extract/names.js';
import { articleOf } from './helpers.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const found = (s: string): string[] => findNames(s).map((n) => n.name);
const posts = (e: ReturnType<typeof extract>): string[] => e.positions.map((p) => `${p.person} | ${p.title}`);

describe('minority and foreign names', () => {
  it('reads a Central Highlands name opened by "Y" or "H\'" after an honorific or before a title', () => {
    expect(found('Đồng chí Y Khoa Niê Kdăm, Phó Chủ tịch UBND tỉnh chủ trì')).toEqual(['Y Khoa Niê Kdăm']);
    expect(found('Ông Y Thuận Byă, Chủ tịch UBND huyện cho biết')).toEqual(['Y Thuận Byă']);
    expect(found('bà H\'Len Mlô, Phó Chủ tịch Hội Nông dân tỉnh')).toEqual(['H\'Len Mlô']);
  });

  it('does not take a body opened by "Y" for a person', () => {
    expect(found('sinh viên Trường Đại học Y Dược Cần Thơ')).toEqual([]);
    expect(found('Bệnh viện Đại học Y Hà Nội, Giám đốc')).toEqual([]);
  });

  it('keeps an apostrophe inside a name ("K\'Lưu", "H\'Bla")', () => {
    expect(found('đồng chí Điểu K\'Lưu, Giám đốc Sở Ngoại vụ')).toEqual(['Điểu K\'Lưu']);
    expect(found('bà H\'Bla Ksor phát biểu')).toEqual(['H\'Bla Ksor']);
  });

  it('keeps a hyphenated foreign given name whole, but a hyphen between Vietnamese words splits', () => {
    expect(found('ông Jean-Pierre Martin, Tổng Lãnh sự Pháp')).toEqual(['Jean-Pierre Martin']);
    expect(found('bà Marie-Claire Dubois phát biểu')).toEqual(['Marie-Claire Dubois']);
    expect(found('đồng chí Trần Văn Hải-Phó Bí thư Tỉnh ủy chủ trì')).toEqual(['Trần Văn Hải']);
    expect(found('Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu')).toEqual([]);
  });

  it('knows the Tày, Nùng, Sán Dìu and M\'nông surnames the lexicon grew from the corpus', () => {
    expect(found('đồng chí Chíu Văn Sáng, Phó Giám đốc')).toEqual(['Chíu Văn Sáng']);
    expect(found('bà Nịnh Thị Lan phát biểu')).toEqual(['Nịnh Thị Lan']);
    expect(found('ông Khuất Văn Hòa, Chủ tịch UBND huyện')).toEqual(['Khuất Văn Hòa']);
    expect(found('ông Tất Minh Châu chủ trì')).toEqual(['Tất Minh Châu']);
  });

  it('gives a mission\'s post with its seat ("Tổng Lãnh sự … tại TP. Hồ Chí Minh")', () => {
    const e = extract(articleOf('Sáng 5/6, Sở Ngoại vụ tổ chức hội nghị. Dự hội nghị có ông Paul Henderson, Tổng Lãnh sự Anh tại TP. Hồ Chí Minh.'));
    expect(posts(e)).toContain('Paul Henderson | Tổng Lãnh sự Anh tại TP. Hồ Chí Minh');
    const f = extract(articleOf('Dự hội nghị có bà Anna Schmidt, Đại sứ Đức tại Việt Nam và ông Trần Văn Bình, Phó Giám đốc Sở Ngoại vụ.'));
    expect(posts(f)).toContain('Anna Schmidt | Đại sứ Đức tại Việt Nam');
  });
});

describe('a surname that is also a body head', () => {
  it('does not list a person named "Đoàn …" or "Hội …" among the bodies', () => {
    const e = extract(articleOf('Sáng 2/3, Sở Nội vụ tổ chức hội nghị. Đồng chí Đoàn Minh Quân, Giám đốc Sở Nội vụ chủ trì hội nghị. Dự có đại diện Đoàn Thanh niên tỉnh.'));
    expect(e.committees.map((c) => c.name)).not.toContain('Đoàn Minh Quân');
    expect(e.committees.map((c) => c.name)).toContain('Đoàn Thanh niên tỉnh');
    const f = extract(articleOf('Chiều 8/4, UBND huyện họp bàn về giải phóng mặt bằng. Ông Hội Văn Tâm, Chủ tịch UBND huyện chủ trì cuộc họp.'));
    expect(f.committees.map((c) => c.name).some((n) => n.startsWith('Hội Văn Tâm'))).toBe(false);
    expect(names(f.meetings[0]?.chairs ?? [])).toEqual(['Hội Văn Tâm']);
  });
});

describe('attendee lists written one item a line after a header', () => {
  it('takes every person of the items after "Dự hội nghị có các đồng chí:"', () => {
    const e = extract(articleOf(
      'Sáng 4/9, Huyện ủy tổ chức hội nghị sơ kết. Đồng chí Lê Văn Nam, Bí thư Huyện ủy chủ trì hội nghị.\n' +
      'Dự hội nghị có các đồng chí:\n' +
      '- Đồng chí Phạm Thị Thu, Phó Bí thư Thường trực Huyện ủy;\n' +
      '- Đồng chí Vũ Minh Đức, Chủ tịch UBND huyện.\n' +
      'Hội nghị đã thống nhất các giải pháp.',
    ));
    expect(names(e.meetings[0]?.attendees ?? [])).toEqual(['Lê Văn Nam', 'Phạm Thị Thu', 'Vũ Minh Đức']);
  });

  it('ends the list at the first line that does not open with a person', () => {
    const e = extract(articleOf(
      'Chiều 10/10, UBND tỉnh tổ chức cuộc họp. Ông Hoàng Văn Khang, Chủ tịch UBND tỉnh chủ trì.\n' +
      'Tham dự cuộc họp có:\n' +
      'Ông Đặng Quốc Hưng, Giám đốc Sở Tài chính;\n' +
      'Bà Ngô Thị Hà, Giám đốc Sở Xây dựng.\n' +
      'Báo cáo tại cuộc họp, ông Lý Văn Tâm, Phó Giám đốc Sở Tài chính cho biết tiến độ còn chậm.',
    ));
    const att = names(e.meetings[0]?.attendees ?? []);
    expect(att).toContain('Ngô Thị Hà');
    expect(att).toContain('Đặng Quốc Hưng');
    expect(names(e.meetings[0]?.speakers ?? [])).toEqual(['Lý Văn Tâm']);
  });

  it('reads chairs listed after "Chủ trì hội nghị có các đồng chí:"', () => {
    const e = extract(articleOf(
      'Sáng 12/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết.\n' +
      'Chủ trì hội nghị có các đồng chí:\n' +
      'Đồng chí Trịnh Văn Lâm, Bí thư Tỉnh ủy;\n' +
      'Đồng chí Mai Thị Hồng, Phó Bí thư Tỉnh ủy.',
    ));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Trịnh Văn Lâm', 'Mai Thị Hồng']);
  });
});

describe('speakers of this meeting only', () => {
  const HEAD = 'Sáng 15/3, Sở Công Thương tổ chức cuộc họp về giá điện. Ông Lưu Văn Bình, Giám đốc Sở Công Thương chủ trì cuộc họp. ';

  it('does not take what was said on an earlier occasion ("Trước đó, …") for a speech at the meeting', () => {
    const e = extract(articleOf(HEAD + 'Trước đó, Phó Chủ tịch UBND tỉnh Cao Minh Sơn cho biết tỉnh sẽ rà soát giá điện sinh hoạt.'));
    expect(names(e.meetings[0]!.speakers)).toEqual([]);
    expect(names(e.meetings[0]!.attendees)).toEqual(['Lưu Văn Bình']);
    const f = extract(articleOf(HEAD + 'Năm ngoái, ông Đỗ Hữu Tài, Phó Giám đốc Sở Tài chính yêu cầu các huyện báo cáo sớm.'));
    expect(names(f.meetings[0]!.speakers)).toEqual([]);
    expect(f.meetings[0]!.tasks).toEqual([]);
  });

  it('keeps a statement made earlier the same day ("Trước đó, chiều cùng ngày, …")', () => {
    const e = extract(articleOf(HEAD + 'Trước đó, chiều cùng ngày, ông Đỗ Hữu Tài, Phó Giám đốc Sở Tài chính phát biểu về nguồn vốn.'));
    expect(names(e.meetings[0]!.speakers)).toEqual(['Đỗ Hữu Tài']);
  });

  it('does not make the people inside a reported statement speakers ("A cho biết: Thủ tướng đã …")', () => {
    const e = extract(articleOf(HEAD + 'Ông Lưu Văn Bình cho biết: Bộ trưởng Bộ Công Thương Trần Quang Khải đã nhấn mạnh việc tiết kiệm điện.'));
    expect(names(e.meetings[0]!.speakers)).toEqual(['Lưu Văn Bình']);
    const f = extract(articleOf(HEAD + 'Phát biểu tại cuộc họp, ông Lưu Văn Bình nhấn mạnh: Chủ tịch UBND tỉnh Ngô Quang Hải đã ghi nhận nỗ lực của ngành.'));
    expect(names(f.meetings[0]!.speakers)).toEqual(['Lưu Văn Bình']);
  });

  it('does not take a decision ("đã quyết định") for a speech', () => {
    const e = extract(articleOf(HEAD + 'Chủ tịch UBND tỉnh Ngô Quang Hải đã quyết định thành lập tổ công tác liên ngành.'));
    expect(names(e.meetings[0]!.speakers)).toEqual([]);
  });
});
