import { describe, expect, it } from 'vitest';
import { centrality, shortestPath, selectSubgraph, personMeetingGraph, coAttendanceGraph, pathTable } from '../../../src/analyze/index.js';
import { memoryGraphFrom } from '../../conformance/load-memory.js';
import { networkGraphs, personId, meetingId, NETWORK_PEOPLE as P } from '../../fixtures/analyze/network.js';

const graph = memoryGraphFrom(networkGraphs);

describe('projections of the hand-made network', () => {
  it('joins each person to the meetings they sat in, and people who shared a meeting', () => {
    const pm = personMeetingGraph(graph);
    expect(pm.order).toBe(8 + 6);
    expect(pm.size).toBe(3 + 2 + 3 + 2 + 2 + 2);
    const co = coAttendanceGraph(pm);
    expect(co.order).toBe(8);
    expect(co.getEdgeAttribute(co.edge(personId('an'), personId('binh'))!, 'weight')).toBe(2); // m1 and m2
    expect(co.hasEdge(personId('cuong'), personId('dung'))).toBe(true);
    expect(co.hasEdge(personId('an'), personId('dung'))).toBe(false);
  });
});

describe('centrality and communities', () => {
  const answer = centrality(graph);
  it('puts the two people of the bridge meeting first, and the isolated pair last', () => {
    // Then the circles (2 meetings each; ties broken by betweenness, co-attendance degree, then name),
    // then the pair.
    expect(answer.rows.map((r) => r.person.name)).toEqual([P.cuong, P.dung, P.em, P.an, P.binh, P.giang, P.khoa, P.ha]);
    const cuong = answer.rows[0]!;
    expect(cuong.meetings).toBe(2);
    expect(cuong.coAttendees).toBe(3);
    // Cường lies on every shortest chain from An or Bình to Dung, Em or Giang: 6 of the 21 pairs of
    // the other 7 people (normalised betweenness; hops count, not how often two people met).
    expect(cuong.coBetweenness).toBeCloseTo(6 / 21, 6);
    expect(answer.rows.find((r) => r.person.name === P.an)!.coBetweenness).toBe(0);
    expect(answer.rows.find((r) => r.person.name === P.ha)!.betweenness).toBe(0);
  });
  it('finds the two circles and the pair as three Louvain communities', () => {
    const community = (k: string) => answer.rows.find((r) => r.person.id === personId(k))!.community;
    expect(answer.communities).toBe(3);
    expect(new Set(['an', 'binh', 'cuong'].map(community)).size).toBe(1);
    expect(new Set(['dung', 'em', 'giang'].map(community)).size).toBe(1);
    expect(community('an')).not.toBe(community('dung'));
    expect(community('ha')).toBe(community('khoa'));
    expect(community('ha')).toBe(2); // the smallest community is numbered last
    expect(answer.modularity).toBeGreaterThan(0.3);
  });
  it('restricts to a date range: 2024 has only Hà and Khoa', () => {
    const a = centrality(selectSubgraph(graph, { from: '2024' }));
    expect(a.rows.map((r) => r.person.name)).toEqual([P.khoa, P.ha]); // Bùi before Đặng
    expect(a.meetings).toBe(1);
  });
  it('restricts to a body: Sở Xây dựng has Dung, Em, Giang', () => {
    const a = centrality(selectSubgraph(graph, { organization: 'so xay dung' }));
    expect(a.rows.map((r) => r.person.name).sort()).toEqual([P.dung, P.em, P.giang].sort());
  });
});

describe('shortest chain of shared meetings', () => {
  it('goes An → Cường (m1) → Dung (m5) → Giang (m3), each hop with its date and evidence', () => {
    const a = shortestPath(graph, 'nguyen van an', 'Vũ Thị Giang');
    expect(a.status).toBe('ok');
    if (a.status !== 'ok') return;
    expect(a.hops.map((h) => [h.from.name, h.meeting.id, h.meeting.date, h.to.name])).toEqual([
      [P.an, meetingId(1), '2023-01-10', P.cuong],
      [P.cuong, meetingId(5), '2023-05-20', P.dung],
      [P.dung, meetingId(3), '2023-03-10', P.giang],
    ]);
    expect(a.hops[1]!.fromRoles).toEqual(['CHAIRED']);
    expect(a.hops[1]!.toRoles).toEqual(['ATTENDED']);
    expect(a.hops[1]!.evidence.map((e) => e.sentence)).toEqual([`Ông ${P.cuong} chủ trì cuộc họp số 5.`, `Dự họp có ${P.dung}.`]);
    expect(a.hops[1]!.evidence[0]!.url).toBe('https://example.test/bai-5');
  });
  it('prints a hop whose two people are named in one sentence with that sentence once', () => {
    const a = shortestPath(graph, 'nguyen van an', 'Vũ Thị Giang');
    if (a.status !== 'ok') throw new Error(a.status);
    const hop = a.hops[1]!;
    const sentence = hop.evidence[0]!.sentence;
    const table = pathTable({ ...a, hops: [{ ...hop, evidence: [hop.evidence[0]!, { ...hop.evidence[1]!, sentence }] }] });
    expect(table.rows[0]![table.columns.indexOf('Evidence')]).toBe(sentence);
    expect(pathTable(a).rows[1]![table.columns.indexOf('Evidence')]).toBe(`Ông ${P.cuong} chủ trì cuộc họp số 5. | Dự họp có ${P.dung}.`);
  });
  it('says there is no chain to someone never met, and names what it cannot resolve', () => {
    expect(shortestPath(graph, P.an!, P.ha!).status).toBe('no-path');
    expect(shortestPath(graph, 'Nobody Here', P.ha!)).toMatchObject({ status: 'not-found', argument: 'from' });
  });
});
