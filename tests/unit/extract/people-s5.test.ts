import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/names.js';
import { splitSentences } from '../../../src/extract/sentences.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const names = (s: string): string[] => findNames(s).map((n) => n.name);
const meetingPeople = (text: string): { attendees: string[]; speakers: string[]; chairs: string[] } => {
  const m = extract(articleOf(text)).meetings[0];
  return {
    attendees: m?.attendees.map((x) => x.name) ?? [],
    speakers: m?.speakers.map((x) => x.name) ?? [],
    chairs: m?.chairs.map((x) => x.name) ?? [],
  };
};

describe('surname-inside-place-name: a surname syllable inside a country or region name starts no person', () => {
  it('finds no person in "Bồ Đào Nha" or "Tây Ban Nha" written alone after a title', () => {
    expect(names('Đại sứ Bồ Đào Nha tại Hà Nội đã đến dự buổi tiếp.')).toEqual([]);
    expect(names('Đoàn doanh nghiệp Tây Ban Nha làm việc với tỉnh.')).toEqual([]);
  });

  it('finds no person in a region name opening with a surname ("Châu Âu", "Mông Cổ")', () => {
    expect(names('Liên minh Châu Âu hỗ trợ dự án này.')).toEqual([]);
    expect(names('Ông Trần Văn Hải tiếp Đại sứ Mông Cổ.')).toEqual(['Trần Văn Hải']);
  });

  it('still reads the foreign leader named after the country', () => {
    expect(names('Thủ tướng Bồ Đào Nha Antonio Costa đã hội đàm.')).toEqual(['Antonio Costa']);
  });
});

describe('locality-named-like-a-person: two capitalised words after "xã", "quận", "huyện" … name the locality', () => {
  it('takes no person from a commune or district named like one', () => {
    expect(names('Phó Chủ tịch UBND quận Hoàng Mai cho biết sẽ kiểm tra.')).toEqual([]);
    expect(names('Đoàn công tác về UBND xã Đồng Tâm làm việc với người dân.')).toEqual([]);
  });

  it('reads the person written after the locality name', () => {
    expect(names('Chủ tịch UBND quận Hoàng Mai Lê Văn Tám phát biểu.')).toEqual(['Lê Văn Tám']);
    expect(names('Bí thư Huyện ủy huyện Gia Lâm Nguyễn Thị Hoa chủ trì.')).toEqual(['Nguyễn Thị Hoa']);
  });

  it('keeps a person written right after "tỉnh" (the province already named)', () => {
    expect(names('Phó Chủ tịch UBND tỉnh Trần Văn Châu nói.')).toEqual(['Trần Văn Châu']);
    expect(names('Phó Chủ tịch UBND tỉnh Hà Sỹ phát biểu.')).toEqual(['Hà Sỹ']);
  });
});

describe('numbered-list-on-one-line: "Dự hội nghị có: 1. A …. 2. B …" lists the attendees', () => {
  it('keeps a list number with its item (the dot after "1." ends no sentence)', () => {
    expect(splitSentences('Thành phần gồm: 1. Ông Trần Văn Hải, Giám đốc. 2. Bà Lê Thị Mai, Phó Giám đốc.').map((x) => x.text))
      .toEqual(['Thành phần gồm: 1. Ông Trần Văn Hải, Giám đốc.', '2. Bà Lê Thị Mai, Phó Giám đốc.']);
    expect(splitSentences('Hội nghị họp đến ngày 15. Ông Trần Văn Hải phát biểu.').map((x) => x.text))
      .toEqual(['Hội nghị họp đến ngày 15.', 'Ông Trần Văn Hải phát biểu.']);
  });

  it('makes every numbered item after the header an attendee', () => {
    const p = meetingPeople('Sáng 5/3, UBND tỉnh tổ chức hội nghị tổng kết, Chủ tịch UBND tỉnh Lê Văn Hòa chủ trì. Dự hội nghị có các đồng chí: 1. Ông Trần Văn Hải, Giám đốc Sở Tài chính. 2. Bà Lê Thị Mai, Phó Giám đốc Sở Y tế.');
    expect(p.attendees).toEqual(['Lê Văn Hòa', 'Trần Văn Hải', 'Lê Thị Mai']);
    const q = meetingPeople('Chiều 8/6, Sở Y tế họp giao ban quý II. Tham dự: 1. Ông Đỗ Văn Tài, Giám đốc Sở Y tế; 2. Bà Phan Thị Thu, Phó Giám đốc Sở Y tế.');
    expect(q.attendees).toEqual(['Đỗ Văn Tài', 'Phan Thị Thu']);
  });
});
