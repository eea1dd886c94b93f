import { conformanceSuite } from '../../conformance/suite.js';
import { memoryGraphFrom } from '../../conformance/load-memory.js';
import { extraGraphs, reportedAgainGraphs, seedGraphs } from '../../fixtures/query/graphs.js';
import { describe, expect, it } from 'vitest';
import { MemoryQueries } from '../../../src/query/index.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';

const seeds = new MemoryQueries(memoryGraphFrom(seedGraphs));
const fixture = new MemoryQueries(memoryGraphFrom([...seedGraphs, ...extraGraphs]));

conformanceSuite('memory', () => seeds, { level: 'seeds' });
conformanceSuite('memory', () => fixture, { level: 'fixture' });

describe('the embedded helpers on a graph that changes', () => {
  it('answer as fresh helpers do after the graph gains articles (nothing read before is kept)', async () => {
    const store = MemoryGraphStore.inMemory();
    for (const g of seedGraphs) store.writeSync(g);
    const live = new MemoryQueries(store.graph);
    // Every person's and body's answers: their edges are what the helpers keep once read.
    const people = () => store.graph.filterNodes((_n, a) => a.label === 'Person');
    const bodies = () => store.graph.filterNodes((_n, a) => a.label === 'Organization');
    const ask = async (q: MemoryQueries) => {
      const out: unknown[] = [await q.meetings({}), await q.tasks({}), await q.chairs({}), await q.search({ text: 'uy ban', limit: 50 })];
      for (const p of people()) out.push(await q.personTimeline(p), await q.coAttendance(p), await q.chairs({ person: p }));
      for (const o of bodies()) out.push(await q.chairs({ organization: o }), await q.meetings({ organization: o }), await q.tasks({ organization: o }));
      return JSON.stringify(out);
    };
    await ask(live);
    const before = await ask(live);
    for (const g of extraGraphs) store.writeSync(g);
    const after = await ask(live);
    expect(after).toEqual(await ask(new MemoryQueries(store.graph)));
    expect(after).not.toEqual(before);
  });
});

describe('a meeting reported by several articles, on the embedded store', () => {
  it('names its organiser once and lists every report in article order', async () => {
    const q = new MemoryQueries(memoryGraphFrom([...seedGraphs, ...extraGraphs, ...reportedAgainGraphs]));
    const answer = await q.meeting('meeting:bcd35@hai-phong:2023-06-15');
    if (answer.status !== 'ok') throw new Error(`meeting not found: ${JSON.stringify(answer)}`);
    expect(answer.meeting.organizations.map((o) => o.name)).toEqual(['Ban Chỉ đạo 35 Thành ủy Hải Phòng']);
    expect(answer.meeting.evidence.map((e) => e.article)).toEqual(['fixture:haiphong-bcd35-2023-06-15', 'fixture:haiphong-bcd35-2023-06-16']);
  });
});
