import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/model/graph.js';
import { articleLocality, canonicalOrganization, composeTitle, defaultLocalityMap, loadLocalityMap, resolveExtraction } from '../../../src/resolve/index.js';
import { ExtractionBuilder } from '../../fixtures/resolve/extraction-builder.js';

const named = (g: ArticleGraph, label: string) =>
  g.nodes.filter((n) => n.label === label).map((n) => String(n.properties.name ?? n.properties.title)).sort();
const nodeId = (g: ArticleGraph, label: string, name: string) =>
  g.nodes.find((n) => n.label === label && (n.properties.name === name || n.properties.title === name))?.id;
const edge = (g: ArticleGraph, type: string, from: string | undefined, to: string | undefined) =>
  g.relationships.some((r) => r.type === type && r.from === from && r.to === to);

function haiPhong(id = 'hp1') {
  const b = new ExtractionBuilder(id, { source: 'haiphong.gov.vn', authors: ['Hoàng Tùng'] });
  const bcd = b.org('Ban Chỉ đạo 35 thành phố', 'steering-committee');
  const bcd2 = b.org('BCĐ 35 Thành ủy', 'steering-committee', { expanded: 'Ban Chỉ đạo 35 Thành ủy' });
  b.org('Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'steering-committee');
  const tu = b.org('Thành ủy', 'party-committee');
  const btg = b.org('Ban Tuyên giáo Thành ủy', 'party-board');
  b.position('Đỗ Mạnh Hiến', 'Phó Bí thư Thường trực Thành ủy', 'Phó Bí thư Thường trực', tu);
  b.position('Đỗ Mạnh Hiến', 'Trưởng Ban Chỉ đạo 35 thành phố', 'Trưởng ban', bcd);
  b.position('Đào Khánh Hà', 'Trưởng Ban Tuyên giáo Thành ủy', 'Trưởng ban', btg);
  b.meeting({ kind: 'Hội nghị tổng kết', date: '2023-02-06', organizers: [bcd2], chairs: ['Đỗ Mạnh Hiến'], attendees: ['Đào Khánh Hà'],
    tasks: [{ text: 'Tăng cường công tác dự báo', by: 'Đỗ Mạnh Hiến', to: [bcd] }] });
  return b.build();
}

describe('resolveExtraction: bodies', () => {
  it('reads three spellings of the Hải Phòng steering committee as one body, with its locality from the host', () => {
    const g = resolveExtraction(haiPhong());
    const orgs = named(g, 'Organization');
    expect(orgs).toEqual(['Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng', 'Thành ủy Hải Phòng']);
    const bcd = g.nodes.find((n) => n.properties.name === 'Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(bcd?.properties.locality).toBe('Hải Phòng');
    expect(bcd?.properties.aliases).toEqual(['BCĐ 35 Thành ủy', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'Ban Chỉ đạo 35 thành phố']);
    // Sub-bodies are PART_OF the city party committee; both are LOCATED_IN Hải Phòng.
    const tu = nodeId(g, 'Organization', 'Thành ủy Hải Phòng');
    expect(edge(g, 'PART_OF', bcd?.id, tu)).toBe(true);
    expect(edge(g, 'PART_OF', nodeId(g, 'Organization', 'Ban Tuyên giáo Thành ủy Hải Phòng'), tu)).toBe(true);
    expect(edge(g, 'LOCATED_IN', tu, nodeId(g, 'Place', 'Hải Phòng'))).toBe(true);
    // Every mention's reading is explained.
    const why = g.merges.find((m) => m.mention === 'Ban Chỉ đạo 35 thành phố');
    expect(why?.nodeId).toBe(bcd?.id);
    expect(why?.reason).toMatch(/haiphong\.gov\.vn/);
  });

  it('keeps a body of unknown locality to its own article', () => {
    const make = (id: string) => {
      const b = new ExtractionBuilder(id);
      const bcd = b.org('Ban Chỉ đạo 35 của tỉnh', 'steering-committee');
      b.meeting({ date: '2023-01-05', organizers: [bcd], chairs: ['Nguyễn Văn Chủ'] });
      return resolveExtraction(b.build());
    };
    const a = make('t1');
    const b = make('t2');
    expect(named(a, 'Organization')).toEqual(['Ban Chỉ đạo 35 Tỉnh ủy', 'Tỉnh ủy']);
    const orgA = a.nodes.find((n) => n.properties.name === 'Ban Chỉ đạo 35 Tỉnh ủy');
    const orgB = b.nodes.find((n) => n.properties.name === 'Ban Chỉ đạo 35 Tỉnh ủy');
    expect(orgA?.properties.locality).toBeNull();
    expect(orgA?.id).not.toBe(orgB?.id);
    // …and so are its people.
    expect(nodeId(a, 'Person', 'Nguyễn Văn Chủ')).not.toBe(nodeId(b, 'Person', 'Nguyễn Văn Chủ'));
    expect(a.merges.find((m) => m.mention === 'Ban Chỉ đạo 35 của tỉnh')?.reason).toMatch(/locality unknown/);
  });

  it('takes the locality from the text, or from --locality over everything', () => {
    const b = new ExtractionBuilder('tb1');
    b.org('HĐND tỉnh', 'peoples-council', { expanded: 'Hội đồng nhân dân tỉnh' });
    const x = b.build();
    const fromText = resolveExtraction(x, { text: 'Chiều 3/3, HĐND tỉnh Thái Bình họp phiên bất thường. Đoàn công tác tỉnh Thái Bình…' });
    expect(named(fromText, 'Organization')).toEqual(['Hội đồng nhân dân tỉnh Thái Bình']);
    const overridden = resolveExtraction(x, { locality: 'nghe an', text: 'tỉnh Thái Bình' });
    expect(named(overridden, 'Organization')).toEqual(['Hội đồng nhân dân tỉnh Nghệ An']);
  });

  it('does not force a city onto a "tỉnh" body, and keeps a province the name states', () => {
    const b = new ExtractionBuilder('hp2', { source: 'baohaiphong.com.vn' });
    b.org('Tỉnh ủy', 'party-committee');
    b.org('UBND tỉnh Quảng Ninh', 'peoples-committee', { expanded: 'Ủy ban nhân dân tỉnh Quảng Ninh' });
    b.org('Bộ Công an', 'ministry');
    const g = resolveExtraction(b.build());
    const orgs = g.nodes.filter((n) => n.label === 'Organization');
    expect(orgs.map((n) => [n.properties.name, n.properties.locality]).sort()).toEqual([
      ['Bộ Công an', null],
      ['Tỉnh ủy', null],
      ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Quảng Ninh'],
    ]);
  });

  it('names national bodies once for the whole country', () => {
    const one = new ExtractionBuilder('n1', { source: 'haiphong.gov.vn' });
    one.org('Bộ Công an', 'ministry');
    const two = new ExtractionBuilder('n2', { source: 'baothaibinh.com.vn' });
    two.org('Bộ Công an', 'ministry');
    expect(nodeId(resolveExtraction(one.build()), 'Organization', 'Bộ Công an')).toBe(nodeId(resolveExtraction(two.build()), 'Organization', 'Bộ Công an'));
  });

  it('names a body of a ministry or general department once for the whole country, as its parent', () => {
    const inProvince = (articleLocality: string, articleId: string) => ({ localities: defaultLocalityMap(), articleLocality, localityReason: 'test', articleId });
    for (const name of ['Ban Chỉ đạo Bộ Công Thương', 'Thanh tra Bộ Tài chính', 'Đoàn công tác của Tổng cục Thuế']) {
      const a = canonicalOrganization(name, null, null, inProvince('Hải Phòng', 'a1'));
      const b = canonicalOrganization(name, null, null, inProvince('Cà Mau', 'b2'));
      expect(a.id, name).toBe(b.id);
      expect(a).toMatchObject({ scope: 'national', locality: null });
    }
    // A province's military command and a party organisation ("Đảng bộ") are not ministries' bodies.
    const command = canonicalOrganization('Văn phòng Bộ Chỉ huy Quân sự tỉnh', null, null, inProvince('Cà Mau', 'c3'));
    expect(command.scope).not.toBe('national');
    const partyBody = canonicalOrganization('Ban Tuyên giáo Đảng bộ Khối doanh nghiệp', null, null, inProvince('Cà Mau', 'd4'));
    expect(partyBody.scope).not.toBe('national');
  });

  it('uses formal province names and keeps named provincial cities as written', () => {
    const ctx = { localities: defaultLocalityMap(), articleLocality: null, localityReason: 'test', articleId: 'x' };
    expect(canonicalOrganization('Thành ủy TP.HCM', null, null, ctx)).toMatchObject({ name: 'Thành ủy Thành phố Hồ Chí Minh', locality: 'Hồ Chí Minh' });
    expect(canonicalOrganization('Công an Thành phố.Hà Nội', 'police', null, ctx)).toMatchObject({ name: 'Công an thành phố Hà Nội', locality: 'Hà Nội' });
    const quyNhon = canonicalOrganization('Thành ủy Quy Nhơn', null, null, { ...ctx, articleLocality: 'Bình Định' });
    expect(quyNhon).toMatchObject({ name: 'Thành ủy Quy Nhơn', locality: 'Bình Định', kind: 'party-committee' });
  });

  it('reads a body with its term of office ("khóa IX", "nhiệm kỳ 2016 - 2021") as the body itself', () => {
    const ctx = { localities: defaultLocalityMap(), articleLocality: null, localityReason: 'test', articleId: 'x' };
    const plain = canonicalOrganization('HĐND tỉnh Nam Định', null, null, ctx);
    expect(canonicalOrganization('HĐND tỉnh Nam Định khóa XVIII', null, null, ctx)).toMatchObject({ id: plain.id, locality: 'Nam Định' });
    expect(canonicalOrganization('Hội đồng nhân dân tỉnh Nam Định nhiệm kỳ 2016 - 2021', null, null, ctx).id).toBe(plain.id);
  });

  it('keeps district bodies as named, in their province', () => {
    const org = canonicalOrganization('UBND huyện Thủy Nguyên', null, null, { localities: defaultLocalityMap(), articleLocality: 'Hải Phòng', localityReason: 'test', articleId: 'x' });
    expect(org).toMatchObject({ name: 'Ủy ban nhân dân huyện Thủy Nguyên', locality: 'Hải Phòng', kind: 'peoples-committee' });
    // "xã hội" (society) is not a commune.
    const bcd = canonicalOrganization('Ban Chỉ đạo phát triển kinh tế - xã hội thành phố', null, null, { localities: defaultLocalityMap(), articleLocality: 'Hải Phòng', localityReason: 'test', articleId: 'x' });
    expect(bcd.name).toBe('Ban Chỉ đạo phát triển kinh tế - xã hội thành phố Hải Phòng');
  });

  it('keeps a district party committee named without its district as written, to its article', () => {
    const ctx = { localities: defaultLocalityMap(), articleLocality: 'Nghệ An', localityReason: 'test', articleId: 'a1' };
    // "Huyện ủy đã họp …", "Ban Thường vụ Quận ủy chủ trì …": the province's party word does not belong to them
    const district = canonicalOrganization('Huyện ủy', null, null, ctx);
    expect(district).toMatchObject({ name: 'Huyện ủy', scope: 'unknown', subProvince: true });
    expect(canonicalOrganization('Ban Thường vụ Quận ủy', null, null, ctx).name).toBe('Ban Thường vụ Quận ủy');
    expect(canonicalOrganization('Huyện ủy', null, null, { ...ctx, articleId: 'a2' }).id).not.toBe(district.id);
    // a named district's committee and the province's own are unchanged
    expect(canonicalOrganization('Huyện ủy Nghi Lộc', null, null, ctx)).toMatchObject({ name: 'Huyện ủy Nghi Lộc', locality: 'Nghệ An' });
    expect(canonicalOrganization('Ban Thường vụ Tỉnh ủy', null, null, ctx).name).toBe('Ban Thường vụ Tỉnh ủy Nghệ An');
  });
});

describe('resolveExtraction: people, posts, meetings', () => {
  it('gives posts canonical titles OF their body', () => {
    const g = resolveExtraction(haiPhong());
    expect(named(g, 'Position')).toEqual([
      'Phó Bí thư Thường trực Thành ủy Hải Phòng', 'Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng',
    ]);
    const post = nodeId(g, 'Position', 'Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(edge(g, 'OF', post, nodeId(g, 'Organization', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng'))).toBe(true);
    const holds = g.relationships.find((r) => r.type === 'HOLDS' && r.to === post);
    expect(holds?.properties).toMatchObject({ article: 'hp1', date: '2023-02-06', former: false, titleAsWritten: 'Trưởng Ban Chỉ đạo 35 thành phố' });
  });

  it('reads the body out of a title when the extractor gives none', () => {
    const b = new ExtractionBuilder('t3', { source: 'baothaibinh.com.vn' });
    b.position('Phạm Văn Phó', 'Phó Trưởng ban Chỉ đạo 35', 'Phó Trưởng ban', null);
    const g = resolveExtraction(b.build());
    expect(named(g, 'Position')).toEqual(['Phó Trưởng Ban Chỉ đạo 35 Tỉnh ủy Thái Bình']);
  });

  it('files a provincial leader under the province it leads, and a bare name under its own article', () => {
    const article = (id: string, source: string, province: string | null) => {
      const b = new ExtractionBuilder(id, { source });
      if (province) {
        const ubnd = b.org(`Ủy ban nhân dân tỉnh ${province}`, 'peoples-committee', { locality: province });
        b.position('Nguyễn Văn Hùng', `Chủ tịch Ủy ban nhân dân tỉnh ${province}`, 'Chủ tịch', ubnd);
      }
      b.meeting({ date: '2023-03-01', chairs: ['Nguyễn Văn Hùng'] });
      return resolveExtraction(b.build());
    };
    const tb1 = nodeId(article('a', 'baomoi.com', 'Thái Bình'), 'Person', 'Nguyễn Văn Hùng');
    const tb2 = nodeId(article('b', 'vnexpress.net', 'Thái Bình'), 'Person', 'Nguyễn Văn Hùng');
    const hp = nodeId(article('c', 'baomoi.com', 'Hải Dương'), 'Person', 'Nguyễn Văn Hùng');
    // The outlet's province is no person's: bare names stay in their articles.
    const bare1 = nodeId(article('d', 'haiphong.gov.vn', null), 'Person', 'Nguyễn Văn Hùng');
    const bare2 = nodeId(article('e', 'haiphong.gov.vn', null), 'Person', 'Nguyễn Văn Hùng');
    expect(tb1).toBe(tb2);
    expect(tb1).not.toBe(hp);
    expect(bare1).not.toBe(bare2);
  });

  it('ties one name across provinces through a shared national post', () => {
    const article = (id: string, source: string) => {
      const b = new ExtractionBuilder(id, { source });
      const bo = b.org('Bộ Văn hóa, Thể thao và Du lịch', 'ministry');
      b.position('Nguyễn Văn Hùng', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch', 'Bộ trưởng', bo);
      b.meeting({ date: '2023-03-01', chairs: ['Nguyễn Văn Hùng'] });
      return resolveExtraction(b.build());
    };
    const hp = article('a', 'haiphong.gov.vn');
    const tb = article('b', 'thaibinh.gov.vn');
    expect(nodeId(hp, 'Person', 'Nguyễn Văn Hùng')).toBe(nodeId(tb, 'Person', 'Nguyễn Văn Hùng'));
    expect(hp.merges.find((m) => m.mention === 'Nguyễn Văn Hùng')?.reason).toMatch(/national/);
  });

  it('links meetings, chairs, tasks and authors; bylines are Authors, not Persons', () => {
    const g = resolveExtraction(haiPhong());
    const meeting = g.nodes.find((n) => n.label === 'Meeting');
    const hien = nodeId(g, 'Person', 'Đỗ Mạnh Hiến');
    expect(edge(g, 'CHAIRED', hien, meeting?.id)).toBe(true);
    expect(edge(g, 'ORGANIZED_BY', meeting?.id, nodeId(g, 'Organization', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng'))).toBe(true);
    const task = g.nodes.find((n) => n.label === 'Task');
    expect(edge(g, 'SET', meeting?.id, task?.id)).toBe(true);
    expect(edge(g, 'ISSUED', hien, task?.id)).toBe(true);
    expect(edge(g, 'ASSIGNED_TO', task?.id, nodeId(g, 'Organization', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng'))).toBe(true);
    expect(named(g, 'Author')).toEqual(['Hoàng Tùng']);
    expect(named(g, 'Person')).not.toContain('Hoàng Tùng');
    expect(edge(g, 'WROTE', nodeId(g, 'Author', 'Hoàng Tùng'), 'hp1')).toBe(true);
  });

  it('is deterministic and every node hangs on one of the article\'s edges', () => {
    const a = resolveExtraction(haiPhong());
    const b = resolveExtraction(haiPhong());
    expect(b).toEqual(a);
    const linked = new Set(a.relationships.flatMap((r) => [r.from, r.to]));
    for (const n of a.nodes) if (n.label !== 'Article') expect(linked.has(n.id), n.id).toBe(true);
    for (const r of a.relationships) expect(r.properties.article).toBe('hp1');
  });
});

describe('localities', () => {
  it("places an article in the province its text names most, and in none when two are named as often", () => {
    const map = defaultLocalityMap();
    const x = new ExtractionBuilder('loc-1').build();
    const at = (text: string) => articleLocality(x, { text }, map).locality;
    expect(at('Sáng 8/2, UBND tỉnh Nghệ An họp. Tỉnh ủy Nghệ An chỉ đạo. Đoàn khách từ thành phố Hà Nội dự.')).toBe('Nghệ An');
    // a route between two cities, a joint programme of two provinces: neither is where it happened
    expect(at('Tàu khách SE8 chạy hướng thành phố Hồ Chí Minh - thành phố Hà Nội thì gặp sự cố tại huyện Nghi Lộc.')).toBeNull();
    expect(at('Đoàn doanh nghiệp sẽ đến thành phố Hồ Chí Minh và tỉnh Đồng Nai để khảo sát.')).toBeNull();
    expect(at('Mưa lớn kéo dài.')).toBeNull();
  });

  it('maps 63 provinces and their portals, including subdomains', () => {
    const map = defaultLocalityMap();
    expect(map.provinces()).toHaveLength(63);
    expect(map.fromHost('haiphong.gov.vn')).toBe('Hải Phòng');
    expect(map.fromHost('https://www.baothaibinh.com.vn/news/1')).toBe('Thái Bình');
    expect(map.fromHost('sotc.haiphong.gov.vn')).toBe('Hải Phòng');
    expect(map.fromHost('baomoi.com')).toBeNull();
  });

  it('is extended by a user file (or MEETING_KG_LOCALITIES), with a clear error for a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-loc-'));
    const good = join(dir, 'hosts.json');
    writeFileSync(good, JSON.stringify({ hosts: { 'tinhuyhaiphong.vn': 'Hải Phòng' } }));
    expect(loadLocalityMap(good).fromHost('tinhuyhaiphong.vn')).toBe('Hải Phòng');
    expect(loadLocalityMap(null, { MEETING_KG_LOCALITIES: good }).fromHost('tinhuyhaiphong.vn')).toBe('Hải Phòng');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ hosts: { 'x.vn': 'Atlantis' } }));
    expect(() => loadLocalityMap(bad)).toThrow(/bad\.json.*unknown province "Atlantis"/);
  });

  it('composes titles sharing the common syllable', () => {
    expect(composeTitle('Trưởng ban', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng')).toBe('Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(composeTitle('Giám đốc', 'Công an thành phố Hải Phòng')).toBe('Giám đốc Công an thành phố Hải Phòng');
  });
});

describe('resolveExtraction: short forms', () => {
  it('joins a short form to the one fuller body of its kind in the article', () => {
    const b = new ExtractionBuilder('sf1');
    const full = b.org('Ban Chỉ đạo 35 của tỉnh', 'steering-committee');
    b.org('Ban Chỉ đạo', 'steering-committee');
    b.position('Phạm Văn Phó', 'Phó Trưởng ban Chỉ đạo 35', 'Phó Trưởng ban', null);
    b.meeting({ organizers: [full] });
    const g = resolveExtraction(b.build());
    expect(named(g, 'Organization')).toEqual(['Ban Chỉ đạo 35 Tỉnh ủy', 'Tỉnh ủy']);
    expect(named(g, 'Position')).toEqual(['Phó Trưởng Ban Chỉ đạo 35 Tỉnh ủy']);
    expect(g.merges.find((m) => m.mention === 'Ban Chỉ đạo')?.reason).toMatch(/short form of "Ban Chỉ đạo 35 Tỉnh ủy"/);
  });

  it('leaves a short form alone when two bodies could be meant', () => {
    const b = new ExtractionBuilder('sf2', { source: 'haiphong.gov.vn' });
    b.org('Ban Chỉ đạo 35 thành phố', 'steering-committee');
    b.org('Ban Chỉ đạo phòng chống thiên tai thành phố', 'steering-committee');
    b.org('Ban Chỉ đạo', 'steering-committee');
    const g = resolveExtraction(b.build());
    expect(named(g, 'Organization')).toContain('Ban Chỉ đạo thành phố Hải Phòng');
  });
});
