import { describe, expect, it } from 'vitest';
import { compareDatesDesc, hasYear, inDateRange, onOrBefore } from '../../../src/query/dates.js';
import { allMatches, bestMatches, compareText, rankSearch, resolveOne, searchRank, smallest, type NamedEntity } from '../../../src/query/names.js';

describe('partial dates', () => {
  it('sorts newest first, the more precise first within a period, year-less then undated last', () => {
    const dates = ['--02-06', '2023', null, '2023-02-06', '2022-12-31', '2023-02', '--12-01'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2023-02-06', '2023-02', '2023', '2022-12-31', '--12-01', '--02-06', null]);
  });

  it('keeps a partial date whose interval overlaps the range, never a year-less one', () => {
    expect(inDateRange('2023-02', '2023-02-15')).toBe(true);
    expect(inDateRange('2023-02', undefined, '2023-01-31')).toBe(false);
    expect(inDateRange('2023', '2023-06-01', '2023-06-30')).toBe(true);
    expect(inDateRange('--02-06', '2000')).toBe(false);
    expect(inDateRange('--02-06')).toBe(true);
    expect(inDateRange(null, undefined, '2030')).toBe(false);
    expect(inDateRange('2023-01-05', '2023-01-06')).toBe(false);
  });

  it('answers "as of" by the start of the interval', () => {
    expect(onOrBefore('2023-02-06', '2023-02')).toBe(true);
    expect(onOrBefore('2023-03', '2023-02-28')).toBe(false);
    expect(onOrBefore('--01-01', '2030')).toBe(false);
  });
});

describe('dates with a year', () => {
  it('are YYYY, YYYY-MM and YYYY-MM-DD in ASCII digits, nothing else', () => {
    for (const d of ['2023', '2023-02', '2023-02-06', '0000-00-00']) expect(hasYear(d), d).toBe(true);
    for (const d of ['--02-06', '202', '20234', '2023-2', '2023-02-6', '2023/02/06', '2023-02-06T10', '２０２３', '2023-0a', '', null, undefined]) expect(hasYear(d), String(d)).toBe(false);
  });
});

describe('name matching', () => {
  const e = (id: string, name: string, aliases: string[] = []): NamedEntity => ({ label: 'Organization', id, name, aliases, locality: null, detail: null });
  const bodies = [
    e('a', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', ['Ban Chỉ đạo 35 thành phố']),
    e('b', 'Ban Chỉ đạo 35 của tỉnh'),
    e('c', 'Bộ Công an'),
    e('d', 'Công an tỉnh Long An'),
  ];

  it('prefers an exact name or alias over looser matches', () => {
    expect(bestMatches(bodies, 'ban chỉ đạo 35 THÀNH PHỐ').map((x) => x.id)).toEqual(['a']);
    expect(bestMatches(bodies, 'bo cong an').map((x) => x.id)).toEqual(['c']);
  });

  it('never lets a short alias written alike in every province single one body out', () => {
    const committees = [e('hp', 'Thành ủy Hải Phòng', ['Thành ủy']), e('tb', 'Tỉnh ủy Thái Bình', ['Tỉnh ủy']), e('x', 'Thành ủy Nam Định', ['Thành ủy'])];
    expect(resolveOne(committees, 'Thành ủy').status).toBe('many');
    expect(resolveOne(committees, 'thanh uy hai phong').status).toBe('one');
  });

  it('matches whole words without diacritics, and never guesses between several', () => {
    expect(bestMatches(bodies, 'ban chi dao 35').map((x) => x.id).sort()).toEqual(['a', 'b']);
    expect(resolveOne(bodies, 'ban chi dao 35').status).toBe('many');
    expect(resolveOne(bodies, 'long an').status).toBe('one');
    expect(resolveOne(bodies, 'ban chi dao 3').status).toBe('none');
  });

  it('as a filter, covers every body the words fit, a body of exactly that name included', () => {
    const withBare = [...bodies, e('bare', 'Ban Chỉ đạo'), e('ubnd', 'Ủy ban nhân dân'), e('py', 'Ủy ban nhân dân tỉnh Phú Yên', ['UBND tỉnh Phú Yên'])];
    expect(allMatches(withBare, 'Ban Chỉ đạo').map((x) => x.id)).toEqual(['bare', 'b', 'a']);
    expect(allMatches(withBare, 'uy ban nhan dan').map((x) => x.id)).toEqual(['ubnd', 'py']);
    expect(allMatches(withBare, 'UBND').map((x) => x.id)).toEqual(['py']);
    expect(allMatches(withBare, 'Bộ Tư pháp')).toEqual([]);
  });
});

describe('Lucene queries for the full-text index', () => {
  it('requires every folded word and escapes what Lucene treats specially', async () => {
    const { escapeLucene, luceneQuery } = await import('../../../src/query/neo4j.js');
    expect(luceneQuery('Đỗ Mạnh Hiến')).toBe('+do +manh +hien');
    expect(luceneQuery('Bộ Công an')).toBe('+bo +cong +an');
    expect(luceneQuery('"Ban" (Chỉ đạo) 35*')).toBe('+ban +chi +dao +35');
    expect(luceneQuery('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toBeNull();
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});

describe('search ranking', () => {
  const entity = (id: string, name: string): NamedEntity => ({ id, label: 'Organization', name, aliases: [], locality: null, detail: null });
  it('puts the words as one phrase before the same words apart', () => {
    const scattered = entity('org:1', 'Ban An toàn giao thông Công đoàn');
    const phrase = entity('org:2', 'Sở Công an thành phố');
    expect(rankSearch([scattered, phrase], 'cong an', 10).map((e) => e.id)).toEqual(['org:2', 'org:1']);
    const apart = entity('org:3', 'Quân đội Nhân dân Hội đồng Thi đua');
    const together = entity('org:4', 'Văn phòng Hội đồng nhân dân tỉnh');
    expect(rankSearch([apart, together], 'hoi dong nhan dan', 10).map((e) => e.id)).toEqual(['org:4', 'org:3']);
  });

  it('keeps the same first rows as ranking every hit, whatever the limit', () => {
    const names = ['Công an tỉnh Hà Nam', 'Công an huyện Ba Vì', 'Bộ Công an', 'Công an', 'Cục Cảnh sát Công an', 'Ban An ninh Công đoàn', 'Công An', 'công an tỉnh Bắc Ninh', 'Công an thành phố Hà Nội', 'Ðảng ủy Công an Trung ương'];
    const hits = names.flatMap((n, i) => [entity(`org:${i}`, n), entity(`org:${i}b`, n), { ...entity(`person:${i}`, n), label: 'Person' as const }]);
    const all = rankSearch(hits, 'cong an', 1000).map((e) => e.id);
    expect(all).toHaveLength(hits.length);
    for (const limit of [1, 2, 5, 13, 29, 30, 31]) expect(rankSearch(hits, 'cong an', limit).map((e) => e.id)).toEqual(all.slice(0, limit));
  });

  it('orders hits by rank, label, name and id, as a full sort on searchRank does (groups taken whole)', () => {
    const names = ['Công an', 'Công an tỉnh Hà Nam', 'Bộ Công an', 'Ban An ninh Công đoàn', 'An ninh Công an', 'công an', 'Công an huyện Ba Vì'];
    const labels = ['Position', 'Person', 'Organization'] as const;
    const hits: NamedEntity[] = names.flatMap((n, i) =>
      labels.map((label, k) => ({ id: `${label}:${i}`, label, name: n, aliases: k === 1 ? ['Cong an tinh'] : [], locality: null, detail: null })),
    );
    const order = { Person: 0, Organization: 1, Position: 2 };
    for (const input of ['cong an', 'Công an', 'cong an tinh', 'an', 'Person:3']) {
      const ranked = hits
        .map((e) => ({ e, rank: searchRank(e, input) }))
        .filter((x): x is { e: NamedEntity; rank: number } => x.rank !== null)
        .sort((a, b) => a.rank - b.rank || order[a.e.label] - order[b.e.label] || compareText(a.e.name, b.e.name) || compareText(a.e.id, b.e.id))
        .map((x) => x.e.id);
      for (const limit of [0, 1, 4, 7, 8, 100]) expect(rankSearch(hits, input, limit).map((e) => e.id)).toEqual(ranked.slice(0, limit));
    }
  });
});

describe('the smallest items', () => {
  it('are those of a full sort, in order, for every k', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const order = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
    const items = Array.from({ length: 300 }, (_, i): [number, number] => [Math.floor(random() * 20), i]);
    const sorted = [...items].sort(order);
    for (const k of [0, 1, 2, 19, 20, 21, 150, 299, 300, 301]) expect(smallest(items, k, order)).toEqual(sorted.slice(0, k));
  });
});

describe('text order', () => {
  const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  const byCollator = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

  it('orders ids that differ in their trailing number by its value, as the numeric collation does', () => {
    const ids = ['rec:baomoi-10', 'rec:baomoi-9', 'rec:baomoi-010', 'rec:baomoi-21455847', 'rec:baomoi-2145584', 'rec:baomoi-0', 'rec:baomoi-00', 'rec:baomoi-'];
    expect([...ids].sort(compareText)).toEqual([...ids].sort(byCollator));
    expect([...ids].sort(compareText).slice(0, 3)).toEqual(['rec:baomoi-', 'rec:baomoi-0', 'rec:baomoi-00']);
  });

  it('agrees with the collator on every pair of mixed texts, digits or not', () => {
    const texts = ['Nguyễn Văn An', 'Nguyễn Văn Ân', 'Nguyễn Văn Ăn', 'Nguyễn Văn Bình', 'nguyễn văn bình', 'Nguyen Van Binh', 'Ngô Ba', 'Nhà Bè', 'Nguyên', 'Đỗ Mạnh', 'Dương', 'Chu Văn', 'Cao Văn', 'Czech', 'Ủy ban', 'Uy ban', 'Ư', 'Ở', 'Ô', 'Oa', 'Pa', 'ab\u0306c', 'abd', 'ac', 'a\u00adc', 'người', 'người'.normalize('NFD'), 'ngươi', 'ngưa', 'Ăn', 'Ăn'.normalize('NFD'), 'ăn', 'Ân', 'tỉnh', 'thành', 'ty', 'tý', '×a', '÷b', 'Điều 3', 'Điều 12', 'điều 12', 'Dieu 12', 'task:ab7', 'task:ab07', 'task:Ab7', '12', '9', '009', 'Ủy ban 3 huyện 2', 'Ủy ban 3 huyện 10', 'a-1', 'a:1', 'a1', 'x'.repeat(3) + '1'.repeat(40), 'x'.repeat(3) + '2'.repeat(39)];
    for (const a of texts) for (const b of texts) expect(Math.sign(compareText(a, b)), `${a} vs ${b}`).toBe(Math.sign(byCollator(a, b)));
  });
});
