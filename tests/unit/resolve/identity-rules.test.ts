import { describe, expect, it } from 'vitest';
import { contextSpellsPost, isForeignName, meetingLink, nameContexts, personRecord, resolveMeetings, resolvePersons, type MeetingRecord, type PostFact } from '../../../src/resolve/identity.js';

const hospital = { id: 'org:hospital-xp', name: 'Bệnh viện Đa khoa Xanh Pôn', base: 'Bệnh viện Đa khoa Xanh Pôn', kind: 'other', scope: 'local', locality: 'Hà Nội', subProvince: false, specific: true };
const school = { id: 'org:school-xd', name: 'Trường Đại học Xây dựng Hà Nội', base: 'Trường Đại học Xây dựng', kind: 'school', scope: 'local', locality: 'Hà Nội', subProvince: false, specific: true };
const post = (role: string, org: PostFact['org'], former = false): PostFact => ({ role, title: `${role} ${org?.name ?? ''}`.trim(), former, org });

const person = (article: string, name: string, posts: PostFact[], sentences: string[] = [], co: string[] = []) =>
  personRecord({ article, node: `person:${article}`, name, posts, co, place: null, sentences });

/** Which articles ended up on one node together. */
function groups(res: ReturnType<typeof resolvePersons>): string[][] {
  const by = new Map<string, string[]>();
  for (const [k, node] of res.assignment) by.set(node, [...(by.get(node) ?? []), k.split('\u241F')[0]!]);
  return [...by.values()].map((g) => g.sort()).sort();
}

describe('a post written beside a name', () => {
  it('reads the words around the name, cut at another person\'s name', () => {
    expect(nameContexts('Lê Văn Tâm', [], ['Bác sĩ Lê Văn Tâm, Trưởng khoa Hồi sức Bệnh viện Đa khoa Xanh Pôn cho biết ca mổ thành công.'])[0])
      .toContain('truong khoa hoi suc benh vien da khoa xanh pon');
    const cut = nameContexts('Lê Văn Tâm', ['Trần Văn Bảy'], ['Trưởng khoa Hồi sức Bệnh viện Đa khoa Xanh Pôn Trần Văn Bảy và ông Lê Văn Tâm đã có mặt.'])[0]!;
    expect(cut).not.toContain('hoi suc');
  });

  it('needs the role as written and nearly all the body\'s words', () => {
    const ctx = 'bac si | truong khoa hoi suc benh vien da khoa xanh pon cho biet';
    expect(contextSpellsPost(ctx, 'Trưởng khoa Hồi sức Bệnh viện Đa khoa Xanh Pôn')).toBe(true);
    expect(contextSpellsPost(ctx, 'Phó Trưởng khoa Hồi sức Bệnh viện Đa khoa Xanh Pôn')).toBe(false);
    expect(contextSpellsPost(ctx, 'Trưởng khoa Nội Bệnh viện Bạch Mai')).toBe(false);
    // a body named by its kind alone names no one body
    expect(contextSpellsPost('thay | hieu truong truong thcs cho biet', 'Hiệu trưởng Trường THCS')).toBe(false);
  });

  it('joins a mention whose post the extraction missed to the one cluster holding it; a namesake stays apart', () => {
    const held = post('Trưởng khoa Hồi sức', hospital);
    const res = resolvePersons([
      person('a1', 'Lê Văn Tâm', [held]),
      person('a2', 'Lê Văn Tâm', [held]),
      person('a3', 'Lê Văn Tâm', [], ['Theo bác sĩ Lê Văn Tâm, Trưởng khoa Hồi sức Bệnh viện Đa khoa Xanh Pôn, bệnh nhân đã tỉnh.']),
      person('a4', 'Lê Văn Tâm', [], ['Ông Lê Văn Tâm, nông dân ở xã Tân Phú, đã trồng 3 ha bưởi.']),
    ]);
    expect(groups(res)).toEqual([['a1', 'a2', 'a3'], ['a4']]);
    expect(res.merges.find((m) => m.rule === 'post-written-beside-name')?.detail).toContain('Trưởng khoa Hồi sức');
  });

  it('makes one person of a post held now and the same post held before', () => {
    const res = resolvePersons([
      person('b1', 'Phạm Quốc Hưng', [post('Hiệu trưởng', school)]),
      person('b2', 'Phạm Quốc Hưng', [post('Hiệu trưởng', school, true)]),
      person('b3', 'Phạm Quốc Hưng', []),
    ]);
    expect(groups(res)).toEqual([['b1', 'b2'], ['b3']]);
  });
});

const report = (article: string, over: Partial<MeetingRecord>): MeetingRecord => ({
  article, node: `meeting:${article}`, local: 'meeting:1', block: '03-14', date: '--03-14', kind: 'Hội nghị', title: null, timeOfDay: null,
  chairs: [], people: [], organizers: [], ...over,
});

describe('reports of one meeting', () => {
  it('a chair one report names and the other places at the meeting as a speaker is compatible; another chair is not', () => {
    const a = report('m1', { chairs: ['đỗ văn an'], people: ['đỗ văn an'], title: 'Hội nghị triển khai kế hoạch phòng chống lụt bão' });
    const b = report('m2', { chairs: ['hà thị bình'], people: ['hà thị bình', 'đỗ văn an'], title: 'hội nghị triển khai kế hoạch phòng chống lụt bão năm nay' });
    const c = report('m3', { chairs: ['lý văn cường'], people: ['lý văn cường'], title: 'Hội nghị triển khai kế hoạch phòng chống lụt bão' });
    expect(meetingLink(a, b)?.reasons.join('; ')).toContain('đỗ văn an at both');
    expect(meetingLink(a, c)).toBeNull();
  });

  it('takes the date most reports give, the latest of equally many', () => {
    const res = resolveMeetings([
      report('d1', { date: '2016-03-14', chairs: ['đỗ văn an'] }),
      report('d2', { date: '2017-03-14', chairs: ['đỗ văn an'] }),
      report('d3', { date: '--03-14', chairs: ['đỗ văn an'] }),
    ]);
    expect([...res.nodes.values()].map((n) => n.date)).toEqual(['2017-03-14']);
  });
});

describe('a foreign name', () => {
  it('is told from a Vietnamese name, with or without tone marks', () => {
    expect(isForeignName('Angela Merkel')).toBe(true);
    expect(isForeignName('Justin Trudeau')).toBe(true);
    expect(isForeignName('Nguyen Van Hai')).toBe(false);
    expect(isForeignName('Trần Văn Nam')).toBe(false);
    expect(isForeignName('Merkel')).toBe(false);
  });

  it('makes one person across articles without posts; a Vietnamese name without posts stays apart', () => {
    expect(groups(resolvePersons([person('f1', 'Angela Merkel', []), person('f2', 'Angela Merkel', []), person('f3', 'Angela Merkel', [])]))).toEqual([['f1', 'f2', 'f3']]);
    expect(groups(resolvePersons([person('v1', 'Trần Văn Nam', []), person('v2', 'Trần Văn Nam', [])]))).toEqual([['v1'], ['v2']]);
  });
});

describe('a shared role as context for a mention without an identifying post', () => {
  const districtA = { id: 'org:ubnd-nam-thanh', name: 'Ủy ban nhân dân quận Nam Thành', base: 'Ủy ban nhân dân', kind: 'people-committee', scope: 'local', locality: 'Hà Nội', subProvince: true, specific: true };
  const districtB = { id: 'org:ubnd-tan-lap', name: 'Ủy ban nhân dân huyện Tân Lập', base: 'Ủy ban nhân dân', kind: 'people-committee', scope: 'local', locality: null, subProvince: true, specific: true };
  const sameDistrictUnplaced = { ...districtA, id: 'org:ubnd-nam-thanh-2', locality: null };
  const held = post('Chủ tịch', districtA);

  it('is no evidence when the two hold the role of two differently named bodies', () => {
    // "Chủ tịch UBND quận Nam Thành Đặng Văn Hùng" twice, and "ông Đặng Văn Hùng - Chủ tịch UBND huyện Tân Lập"
    const res = resolvePersons([
      person('c1', 'Đặng Văn Hùng', [held]),
      person('c2', 'Đặng Văn Hùng', [held]),
      person('c3', 'Đặng Văn Hùng', [post('Chủ tịch', districtB)]),
    ]);
    expect(groups(res)).toEqual([['c1', 'c2'], ['c3']]);
  });

  it('still joins the only holder when the body is the same or not named', () => {
    const res = resolvePersons([
      person('d1', 'Đặng Văn Hùng', [held]),
      person('d2', 'Đặng Văn Hùng', [post('Chủ tịch', sameDistrictUnplaced)]),
      person('d3', 'Đặng Văn Hùng', [post('Chủ tịch', null)]),
    ]);
    expect(groups(res)).toEqual([['d1', 'd2', 'd3']]);
  });
});
