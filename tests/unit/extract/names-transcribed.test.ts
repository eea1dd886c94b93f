import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/names.js';
import { findNameMentions } from '../../../src/extract/mentions.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

const found = (s: string): string[] => findNames(s).map((n) => n.name);
const titlesOf = (s: string): Record<string, string[]> =>
  Object.fromEntries(findNameMentions(s).map((m) => [m.name, m.titles.map((t) => t.text)]));

describe('Lao, Khmer and Western names spelt the Vietnamese way, syllables joined by hyphens', () => {
  it('reads hyphenated lower-case parts with tone marks as one name word', () => {
    expect(titlesOf('Tổng Bí thư, Chủ tịch nước Lào Bun-nhăng Vô-la-chít cảm ơn Việt Nam')['Bun-nhăng Vô-la-chít']).toContain('Chủ tịch nước Lào');
    expect(titlesOf('Phó Chủ tịch Quốc hội Lào Xổm-phăn Pheng-khăm-my cho biết')['Xổm-phăn Pheng-khăm-my']).toEqual(['Phó Chủ tịch Quốc hội Lào']);
  });

  it('keeps a transcribed country out of the name and in the title', () => {
    expect(titlesOf('Tổng thống Phi-líp-pin Rô-đri-gô Đu-tẹc-tê phát biểu')['Rô-đri-gô Đu-tẹc-tê']).toEqual(['Tổng thống Phi-líp-pin']);
    expect(found('Ngoại trưởng Ma-lai-xi-a A-ni-fah A-man hội đàm')).toEqual(['A-ni-fah A-man']);
  });

  it('takes a one-syllable first word before a transcribed word into the name', () => {
    expect(titlesOf('Phó Thủ tướng Lào Phuông Si-phan, Trưởng đoàn, phát biểu')['Phuông Si-phan']).toContain('Phó Thủ tướng Lào');
    expect(titlesOf('Chủ tịch Quốc hội Cu-ba Hoan Ết-xtê-ban La-xô trao đổi')['Hoan Ết-xtê-ban La-xô']).toEqual(['Chủ tịch Quốc hội Cu-ba']);
  });

  it('makes no name of ranges, spaced dashes and hyphenated place pairs', () => {
    expect(found('Hội Hữu nghị Việt - Lào giai đoạn 2016-2020 tổ chức')).toEqual([]);
    expect(found('tuyến cao tốc Hà Nội-Hải Phòng và tỉnh Bà Rịa-Vũng Tàu')).toEqual([]);
  });
});

describe('a post opening the sentence, a comma, then the bare name of its holder as subject', () => {
  it('reads the post as the post of the name after the comma', () => {
    expect(titlesOf('Bí thư Thành ủy TP.HCM, Nguyễn Văn An đã có buổi làm việc với Bộ Công an.')['Nguyễn Văn An']).toEqual(['Bí thư Thành ủy TP.HCM']);
    expect(titlesOf('Sáng 5/6, Chủ tịch UBND tỉnh, Trần Văn Bình chủ trì hội nghị.')['Trần Văn Bình']).toEqual(['Chủ tịch UBND tỉnh']);
  });

  it('leaves a list after the comma, and a post inside a clause, alone', () => {
    expect(titlesOf('Chủ tịch UBND tỉnh, Trần Văn Bình và Lê Văn Cường dự họp.')['Trần Văn Bình']).toEqual([]);
    expect(titlesOf('Theo Chủ tịch UBND tỉnh, Trần Văn Bình là người có công.')['Trần Văn Bình']).toEqual([]);
  });
});

describe('a bracketed abbreviation inside a post', () => {
  it('keeps the post whole across the bracket, written without it', () => {
    expect(titlesOf('Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam Nguyễn Văn Cường phát biểu')['Nguyễn Văn Cường']).toEqual(['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']);
    expect(titlesOf('Phó Chủ tịch Phòng Thương mại và Công nghiệp (VCCI) Việt Nam Hoàng Văn Phong cho biết')['Hoàng Văn Phong']).toEqual(['Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam']);
  });

  it('gives both co-chairs when the second post holds a bracket', () => {
    const e = extract(articleOf('Sáng 5/6, tại Hà Nội, Thủ tướng Lê Văn Phúc và Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam Trần Thanh Mai đồng chủ trì hội nghị trực tuyến toàn quốc.'));
    expect(e.meetings[0]!.chairs.map((c) => c.name)).toEqual(['Lê Văn Phúc', 'Trần Thanh Mai']);
  });
});
