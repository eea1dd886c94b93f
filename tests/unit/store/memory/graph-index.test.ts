/**
 * The graph file's index (`<graph>.index`) and the name files beside it: the graph reads back
 * exactly, questions answer the same from the index as from the graph file, and an index that is
 * missing, stale or damaged is never used for an answer.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attributes } from 'graphology-types';
import { graphIndexPath, IndexDamagedError, IndexedGraph, MemoryGraphStore, writeGraphIndex } from '../../../../src/store/memory/index.js';
import { openQueries } from '../../../../src/query/open.js';
import { MemoryQueries, type MemoryGraph } from '../../../../src/query/memory.js';
import { openGraphForQueries } from '../../../../src/query/open-graph.js';
import type { MeetingQueries } from '../../../../src/query/schemas.js';
import { memoryGraphFrom } from '../../../conformance/load-memory.js';
import { conformanceSuite } from '../../../conformance/suite.js';
import { extraGraphs, seedGraphs } from '../../../fixtures/query/graphs.js';

/** Writes `graph` as a graph file (the store's format) and its index; returns the file. */
function graphFile(graph: MemoryGraph, dir = mkdtempSync(join(tmpdir(), 'mkg-index-'))): string {
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify({ format: 'meeting-kg-graph', version: 1, graph: graph.export() }), { mode: 0o600 });
  writeGraphIndex(graph, file);
  return file;
}

const fixtureGraph = () => memoryGraphFrom([...seedGraphs, ...extraGraphs]);

function indexed(file: string): IndexedGraph {
  const g = IndexedGraph.open(file);
  if (!(g instanceof IndexedGraph)) throw new Error(`index refused: ${g.reason}`);
  return g;
}

/** Every question the helpers answer, with arguments taken from the graph. */
async function everyAnswer(q: MeetingQueries, graph: MemoryGraph): Promise<unknown[]> {
  const names = (label: string, key = 'name') => graph.filterNodes((_k, a) => a.label === label).map((k) => String(graph.getNodeAttribute(k, key)));
  const people = names('Person');
  const bodies = names('Organization');
  const posts = names('Position', 'title');
  const meetings = graph.filterNodes((_k, a) => a.label === 'Meeting');
  const out: unknown[] = [await q.chairs(), await q.meetings(), await q.tasks(), await q.chairs({ from: '2023-02' }), await q.meetings({ kind: 'hoi nghi' })];
  for (const p of [...people, 'nguyen', 'Nguyễn Văn Hùng', 'nobody at all']) {
    out.push(await q.chairs({ person: p }), await q.personTimeline(p), await q.coAttendance(p), await q.tasks({ issuedBy: p }), await q.search(p));
  }
  for (const b of [...bodies, 'ban chi dao 35', 'cong an', 'BCĐ 35']) {
    out.push(await q.chairs({ organization: b }), await q.meetings({ organization: b }), await q.tasks({ organization: b }), await q.holders({ organization: b }), await q.search({ text: b, limit: 3 }));
  }
  for (const p of posts) out.push(await q.holders({ position: p }), await q.holders({ position: p, at: '2023-01-31' }));
  for (const m of [...meetings, 'meeting:none']) out.push(await q.meeting(m));
  return out;
}

describe('the graph index', () => {
  it('reads back to the same graph: nodes, edges, attributes, order and adjacency order', () => {
    const file = graphFile(fixtureGraph());
    const fromFile = MemoryGraphStore.open(file).graph;
    const g = indexed(file);
    expect(g.toGraph().export()).toEqual(fromFile.export());
    fromFile.forEachNode((key) => {
      const r = g.rank(key)!;
      expect(g.id(r)).toBe(key);
      expect([...g.outEdges(r)].map((e) => g.key(e))).toEqual(fromFile.outEdges(key));
      expect([...g.inEdges(r)].map((e) => g.key(e))).toEqual(fromFile.inEdges(key));
    });
    expect(g.rank('no such node')).toBeUndefined();
    // Ids are remembered once found: a second lookup, and a prefix or extension of an id, still answer right.
    fromFile.forEachNode((key, _a) => {
      const r = g.rank(key)!;
      expect(g.rank(key)).toBe(r);
      expect(g.id(r)).toBe(key);
      if (!fromFile.hasNode(key.slice(0, -1))) expect(g.rank(key.slice(0, -1))).toBeUndefined();
      if (!fromFile.hasNode(`${key}0`)) expect(g.rank(`${key}0`)).toBeUndefined();
    });
    g.close();
  });

  it('answers every question as the graph file does, first building the name files and then reading them', async () => {
    const file = graphFile(fixtureGraph());
    const fromFile = MemoryGraphStore.open(file).graph;
    const expected = await everyAnswer(new MemoryQueries(fromFile), fromFile);
    for (let run = 0; run < 2; run++) {
      const q = new MemoryQueries(indexed(file));
      expect(await everyAnswer(q, fromFile)).toEqual(expected);
      await q.close();
    }
    expect(readdirSync(join(file, '..')).filter((n) => n.endsWith('-names')).sort()).toEqual(['graph.json.index.organization-names', 'graph.json.index.person-names', 'graph.json.index.position-names']);
  });

  it('is written when the store closes (checkpoints leave it behind, unused), with the file mode of the graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-index-'));
    const file = join(dir, 'graph.json');
    const store = await MemoryGraphStore.openForWriting(file);
    await store.writeArticles(seedGraphs);
    expect(await store.checkpoint(true)).toBe(true);
    expect(IndexedGraph.open(file)).toMatchObject({ refused: 'missing' });
    await store.close();
    expect(statSync(graphIndexPath(file)).mode & 0o777).toBe(0o600);
    expect(indexed(file).order).toBe(store.graph.order);
    const writer = await MemoryGraphStore.openForWriting(file);
    await writer.writeArticles(extraGraphs);
    await writer.checkpoint(true);
    expect(IndexedGraph.open(file)).toMatchObject({ refused: 'stale' });
    expect(openGraphForQueries(file)).not.toBeInstanceOf(IndexedGraph);
    await writer.close();
    const q = new MemoryQueries(openGraphForQueries(file));
    expect(q['reader'].constructor.name).toBe('IndexReader');
    expect(await everyAnswer(q, writer.graph)).toEqual(await everyAnswer(new MemoryQueries(MemoryGraphStore.open(file).graph), writer.graph));
    await q.close();
  });

  it('is not used when missing or stale: the graph file answers, and the index is written again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-index-'));
    const seedsOnly = memoryGraphFrom(seedGraphs);
    const file = graphFile(seedsOnly, dir);
    indexed(file).close();
    // The graph file is replaced by a larger graph behind the index's back.
    const full = fixtureGraph();
    const stale = readFileSync(graphIndexPath(file));
    writeFileSync(file, JSON.stringify({ format: 'meeting-kg-graph', version: 1, graph: full.export() }));
    writeFileSync(graphIndexPath(file), stale);
    const refused = IndexedGraph.open(file);
    expect(refused).toMatchObject({ refused: 'stale' });
    const graph = openGraphForQueries(file);
    expect(graph).not.toBeInstanceOf(IndexedGraph);
    const expected = await everyAnswer(new MemoryQueries(graph), full);
    expect(JSON.stringify(expected)).toContain('Thái Bình');
    // …and the index was written again for the next question.
    const again = openGraphForQueries(file);
    expect(again).toBeInstanceOf(IndexedGraph);
    expect(await everyAnswer(new MemoryQueries(again), full)).toEqual(expected);

    const missing = join(mkdtempSync(join(tmpdir(), 'mkg-index-')), 'graph.json');
    writeFileSync(missing, JSON.stringify({ format: 'meeting-kg-graph', version: 1, graph: full.export() }));
    expect(IndexedGraph.open(missing)).toMatchObject({ refused: 'missing' });
    expect(openGraphForQueries(missing)).not.toBeInstanceOf(IndexedGraph);
    expect(openGraphForQueries(missing)).toBeInstanceOf(IndexedGraph);
  });

  it('is not used when damaged: truncated, not an index, or with changed bytes in a table (found when the table is first read)', async () => {
    const graph = fixtureGraph();
    const file = graphFile(graph);
    const expected = await everyAnswer(new MemoryQueries(MemoryGraphStore.open(file).graph), graph);
    const good = readFileSync(graphIndexPath(file));
    writeFileSync(graphIndexPath(file), good.subarray(0, good.length - 100));
    expect(IndexedGraph.open(file)).toMatchObject({ refused: 'damaged' });
    writeFileSync(graphIndexPath(file), 'not an index');
    expect(IndexedGraph.open(file)).toMatchObject({ refused: 'damaged' });
    expect(openGraphForQueries(file)).not.toBeInstanceOf(IndexedGraph);
    // A byte of each table in turn (they lie after the records, before the header) changed.
    const headerLength = good.readUInt32LE(good.length - 12);
    const header = JSON.parse(good.toString('utf8', good.length - 12 - headerLength, good.length - 12)) as { tables: [number, number]; parts: Record<string, [number, number]>; idText: [number, number] };
    const places = [...Object.values(header.parts).filter(([, count]) => count > 0).map(([offset]) => offset), header.idText[0]];
    expect(places.length).toBe(18);
    for (const offset of places) {
      const flipped = Buffer.from(good);
      const at = header.tables[0] + offset;
      flipped[at] = (flipped[at] ?? 0) ^ 0xff;
      writeFileSync(graphIndexPath(file), flipped);
      // The header is whole, so the index opens; the damaged table is found when read, and never answers.
      const direct = new MemoryQueries(indexed(file));
      await expect(everyAnswer(direct, graph)).rejects.toThrow(IndexDamagedError);
      await direct.close();
      // The helpers `ask` uses answer from the graph file instead, and write the index again.
      const q = await openQueries({ store: 'memory', graph: file, env: {} });
      expect(await everyAnswer(q, graph)).toEqual(expected);
      await q.close();
      expect(readFileSync(graphIndexPath(file)).equals(flipped)).toBe(false);
      expect(IndexedGraph.open(file)).toBeInstanceOf(IndexedGraph);
    }
  });

  it('a changed byte in a record gives an error naming the index, never another answer', async () => {
    const graph = fixtureGraph();
    const file = graphFile(graph);
    const bytes = readFileSync(graphIndexPath(file));
    const text = bytes.toString('latin1');
    const at = text.indexOf('2023-02-06');
    expect(at).toBeGreaterThan(0);
    bytes.write('2024', at, 'latin1');
    writeFileSync(graphIndexPath(file), bytes);
    const q = new MemoryQueries(indexed(file));
    await expect(q.chairs()).rejects.toThrow(/graph index .* is damaged/);
    await q.close();
  });

  it('a damaged or stale name file is rebuilt, and answers stay the same', async () => {
    const graph = fixtureGraph();
    const file = graphFile(graph);
    const expected = await everyAnswer(new MemoryQueries(MemoryGraphStore.open(file).graph), graph);
    const first = new MemoryQueries(indexed(file));
    await everyAnswer(first, graph);
    await first.close();
    const names = `${graphIndexPath(file)}.person-names`;
    const bytes = readFileSync(names);
    bytes[bytes.length - 200] = (bytes[bytes.length - 200] ?? 0) ^ 0x55;
    writeFileSync(names, bytes);
    const second = new MemoryQueries(indexed(file));
    expect(await everyAnswer(second, graph)).toEqual(expected);
    await second.close();
    // A name file made for another index is not used either.
    const other = graphFile(memoryGraphFrom(seedGraphs));
    writeFileSync(`${graphIndexPath(other)}.person-names`, readFileSync(names));
    const seedsOnly = MemoryGraphStore.open(other).graph;
    const q = new MemoryQueries(indexed(other));
    expect(await everyAnswer(q, seedsOnly)).toEqual(await everyAnswer(new MemoryQueries(seedsOnly), seedsOnly));
    await q.close();
  });

  it('keeps non-string labels and types apart from string ones', () => {
    const graph = memoryGraphFrom([]);
    graph.addNode('a', { label: 'Person', name: 'A' });
    graph.addNode('b', { label: 7 } as Attributes);
    graph.addDirectedEdgeWithKey('e', 'a', 'b', { type: null } as Attributes);
    const g = indexed(graphFile(graph));
    expect(g.label(g.rank('a')!)).toBe('Person');
    expect(g.label(g.rank('b')!)).toBeNull();
    expect(g.type(0)).toBeNull();
    expect(g.toGraph().export()).toEqual(graph.export());
  });
});

// The conformance suite on the index of the fixture graph.
const conformanceFile = graphFile(fixtureGraph());
const conformanceQueries = new MemoryQueries(indexed(conformanceFile));
conformanceSuite('memory, graph index', () => conformanceQueries, { level: 'fixture' });
