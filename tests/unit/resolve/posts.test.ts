import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/model/graph.js';
import { resolveExtraction, splitTitle } from '../../../src/resolve/index.js';
import { ExtractionBuilder } from '../../fixtures/resolve/extraction-builder.js';

/** Each HOLDS edge as "person | role | title | OF body | PART_OF parent". */
function posts(g: ArticleGraph): string[] {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const name = (id: string | undefined) => (id ? String(byId.get(id)?.properties.name ?? byId.get(id)?.properties.title) : '-');
  return g.relationships
    .filter((r) => r.type === 'HOLDS')
    .map((r) => {
      const pos = byId.get(r.to)!;
      const org = g.relationships.find((o) => o.type === 'OF' && o.from === r.to)?.to;
      const parent = g.relationships.find((o) => o.type === 'PART_OF' && o.from === org)?.to;
      return `${name(r.from)} | ${String(pos.properties.role)} | ${String(pos.properties.title)} | OF ${name(org)} | PART_OF ${name(parent)}`;
    })
    .sort();
}
const orgNames = (g: ArticleGraph) => g.nodes.filter((n) => n.label === 'Organization').map((n) => String(n.properties.name)).sort();

describe('splitTitle: role and body read with the body lexicon', () => {
  it('takes back body words a role swallowed', () => {
    expect(splitTitle('Giám đốc Công an thành phố', 'Giám đốc Công an')).toEqual({ role: 'Giám đốc', body: 'Công an thành phố' });
    expect(splitTitle('Trưởng Ban Chỉ đạo 35 thành phố', 'Trưởng Ban Chỉ đạo')).toEqual({ role: 'Trưởng ban', body: 'Ban Chỉ đạo 35 thành phố' });
  });

  it('keeps a role whose last syllable is the body\'s first, and a role with no body', () => {
    expect(splitTitle('Trưởng ban Chỉ đạo 35', 'Trưởng ban')).toEqual({ role: 'Trưởng ban', body: 'Ban Chỉ đạo 35' });
    expect(splitTitle('Phó Bí thư Thường trực Thành ủy', null)).toEqual({ role: 'Phó Bí thư Thường trực', body: 'Thành ủy' });
    expect(splitTitle('Chủ tịch HĐND tỉnh', 'Chủ tịch')).toEqual({ role: 'Chủ tịch', body: 'Hội đồng nhân dân tỉnh' });
    expect(splitTitle('Phó Chủ tịch', 'Phó Chủ tịch')).toEqual({ role: 'Phó Chủ tịch', body: null });
  });

  it('does not read a lower-case syllable of the role as a body', () => {
    // "cục" in "Tổng cục trưởng" is part of the role, not "Cục …".
    expect(splitTitle('Tổng cục trưởng Tổng cục Thuế', 'Tổng cục trưởng')).toEqual({ role: 'Tổng cục trưởng', body: 'Tổng cục Thuế' });
  });
});

describe('resolveExtraction: posts of a city article (host haiphong.gov.vn)', () => {
  const b = new ExtractionBuilder('hp-posts', { source: 'haiphong.gov.vn' });
  const bcd = b.org('Ban Chỉ đạo 35 thành phố', 'steering-committee');
  const fragment = b.org('35 thành phố', 'other');
  b.position('Đỗ Văn Một', 'Trưởng Ban Chỉ đạo 35 thành phố', 'Trưởng Ban Chỉ đạo', fragment);
  b.position('Trần Thị Hai', 'Trưởng Ban Tuyên giáo Thành ủy', 'Trưởng Ban', null);
  b.position('Lê Văn Ba', 'Giám đốc Công an thành phố', 'Giám đốc Công an', null);
  b.meeting({ date: '2023-02-06', organizers: [bcd], chairs: ['Đỗ Văn Một'] });
  const g = resolveExtraction(b.build());

  it('files every post under the body it names, with the city\'s locality', () => {
    expect(posts(g)).toEqual([
      'Lê Văn Ba | Giám đốc | Giám đốc Công an thành phố Hải Phòng | OF Công an thành phố Hải Phòng | PART_OF -',
      'Trần Thị Hai | Trưởng Ban | Trưởng Ban Tuyên giáo Thành ủy Hải Phòng | OF Ban Tuyên giáo Thành ủy Hải Phòng | PART_OF Thành ủy Hải Phòng',
      'Đỗ Văn Một | Trưởng ban | Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng | OF Ban Chỉ đạo 35 Thành ủy Hải Phòng | PART_OF Thành ủy Hải Phòng',
    ]);
  });

  it('makes no body of a fragment ("35 thành phố") or a bare scope word', () => {
    expect(orgNames(g)).toEqual([
      'Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng', 'Công an thành phố Hải Phòng', 'Thành ủy Hải Phòng',
    ]);
  });
});

describe('resolveExtraction: a role that swallowed body words, with the body linked', () => {
  it('keeps the linked body and gives the role back its own words', () => {
    const b = new ExtractionBuilder('hp-linked', { source: 'haiphong.gov.vn' });
    const ca = b.org('Công an thành phố', 'police');
    b.position('Lê Văn Bảy', 'Giám đốc Công an thành phố', 'Giám đốc Công an', ca);
    expect(posts(resolveExtraction(b.build()))).toEqual([
      'Lê Văn Bảy | Giám đốc | Giám đốc Công an thành phố Hải Phòng | OF Công an thành phố Hải Phòng | PART_OF -',
    ]);
  });
});

describe('resolveExtraction: posts of an article of unknown locality', () => {
  it('files "Trưởng ban Chỉ đạo 35" under the steering committee the article is about', () => {
    const b = new ExtractionBuilder('tinh-posts');
    const bcd = b.org('Ban Chỉ đạo 35 của tỉnh', 'steering-committee');
    b.position('Nguyễn Văn Bốn', 'Trưởng ban Chỉ đạo 35', 'Trưởng ban', null);
    b.position('Phạm Văn Năm', 'Phó Trưởng ban Chỉ đạo 35', 'Phó Trưởng ban', bcd);
    b.meeting({ date: '2023-01-05', organizers: [bcd], chairs: ['Nguyễn Văn Bốn'] });
    const g = resolveExtraction(b.build());
    expect(posts(g)).toEqual([
      'Nguyễn Văn Bốn | Trưởng ban | Trưởng Ban Chỉ đạo 35 Tỉnh ủy | OF Ban Chỉ đạo 35 Tỉnh ủy | PART_OF Tỉnh ủy',
      'Phạm Văn Năm | Phó Trưởng ban | Phó Trưởng Ban Chỉ đạo 35 Tỉnh ủy | OF Ban Chỉ đạo 35 Tỉnh ủy | PART_OF Tỉnh ủy',
    ]);
    expect(orgNames(g)).toEqual(['Ban Chỉ đạo 35 Tỉnh ủy', 'Tỉnh ủy']);
    const organizer = g.relationships.find((r) => r.type === 'ORGANIZED_BY')?.to;
    const head = g.relationships.find((r) => r.type === 'OF' && g.nodes.find((n) => n.id === r.from)?.properties.role === 'Trưởng ban')?.to;
    expect(head).toBe(organizer);
  });
});

describe('resolveExtraction: foreign-leader-bare-role — a bare national role held by a foreign name names no Vietnamese body', () => {
  it('files "Thủ tướng Angela Merkel", "… Justin Trudeau", "… François Fillon" under no body; Vietnamese names (an ethnic-minority one too) under Chính phủ', () => {
    const b = new ExtractionBuilder('foreign-leaders', { source: 'example.vn' });
    b.position('Angela Merkel', 'Thủ tướng', 'Thủ tướng', null);
    b.position('Justin Trudeau', 'Thủ tướng', 'Thủ tướng', null);
    b.position('François Fillon', 'Thủ tướng', 'Thủ tướng', null);
    b.position('Nguyễn Văn Tám', 'Thủ tướng', 'Thủ tướng', null);
    b.position('Y Khoa Niê Kdăm', 'Phó Thủ tướng', 'Phó Thủ tướng', null);
    expect(posts(resolveExtraction(b.build()))).toEqual([
      'Angela Merkel | Thủ tướng | Thủ tướng | OF - | PART_OF -',
      'François Fillon | Thủ tướng | Thủ tướng | OF - | PART_OF -',
      'Justin Trudeau | Thủ tướng | Thủ tướng | OF - | PART_OF -',
      'Nguyễn Văn Tám | Thủ tướng | Thủ tướng Chính phủ | OF Chính phủ | PART_OF -',
      'Y Khoa Niê Kdăm | Phó Thủ tướng | Phó Thủ tướng Chính phủ | OF Chính phủ | PART_OF -',
    ]);
  });
});
