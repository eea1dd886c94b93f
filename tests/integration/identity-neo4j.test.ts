/**
 * Identity across articles against a real Neo4j: the same resolution as the embedded store,
 * whatever the order of the articles, and an edited article undoes the merges only it supported.
 */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ingest } from '../../src/ingest/ingest.js';
import { MemoryGraphStore } from '../../src/store/memory/index.js';
import { Neo4jGraphStore } from '../../src/store/neo4j/index.js';
import { IDENTITY_RECORDS, type FixtureRecord } from '../fixtures/resolve/identity-articles.js';
import { jsonlFile, memoryView, resolutionView, shuffled, type ResolutionView } from '../support/identity.js';
import { uniqueNamespace, useNeo4j } from '../support/neo4j.js';
import { ExtractionBuilder } from '../fixtures/resolve/extraction-builder.js';
import { resolveExtraction } from '../../src/resolve/index.js';
import { stableId } from '../../src/model/keys.js';

const db = useNeo4j('identity');
const stores: Neo4jGraphStore[] = [];
function store(): Neo4jGraphStore {
  const s = new Neo4jGraphStore(db.driver, db.info.uri, { ownsDriver: false, namespace: `${uniqueNamespace('idn')}:` });
  stores.push(s);
  return s;
}
db.onCleanup(async () => {
  for (const s of stores) await s.dropNamespace();
});

/** The Neo4j store's resolution view, read with Cypher (ids without the namespace). */
async function neo4jView(s: Neo4jGraphStore): Promise<ResolutionView> {
  const ns = (s as unknown as { ns: string }).ns;
  const res = await db.run(
    `MATCH (n) WHERE n.id STARTS WITH $ns AND (n:Person OR n:Meeting OR n:Article)
     RETURN labels(n)[0] AS label, n.id AS id, n.name AS name, n.date AS date, n.articles AS articles, n.sourceId AS sourceId`,
    { ns },
  );
  const rows = res.records.map((r) => ({
    label: String(r.get('label')), id: String(r.get('id')).slice(ns.length), name: r.get('name') as unknown, date: r.get('date') as unknown,
    articles: ((r.get('articles') as string[] | null) ?? []).map((a) => a.slice(ns.length)), sourceId: r.get('sourceId') as unknown,
  }));
  const source = new Map(rows.filter((r) => r.label === 'Article').map((r) => [r.id, String(r.sourceId ?? r.id)]));
  return resolutionView(rows, (id) => source.get(id) ?? id);
}

async function ingestInto(s: Neo4jGraphStore, records: readonly FixtureRecord[], batchSize = 50): Promise<void> {
  await ingest([jsonlFile(records)], { store: s, batchSize });
}

describe('identity across articles (Neo4j)', { timeout: 240_000 }, () => {
  it('resolves like the embedded store, in any order and batching', async () => {
    const mem = MemoryGraphStore.inMemory();
    await ingest([jsonlFile(IDENTITY_RECORDS)], { store: mem });
    const expected = memoryView(mem);
    expect(expected.meetings).toContain('2017-02-06 ← fx-tom-1, fx-tom-2');
    const a = store();
    await a.applySchema();
    await ingestInto(a, IDENTITY_RECORDS);
    expect(await neo4jView(a)).toEqual(expected);
    const b = store();
    await ingestInto(b, shuffled(IDENTITY_RECORDS, 7), 1);
    expect(await neo4jView(b)).toEqual(expected);
    // No edge was left on a node it no longer belongs to: every CHAIRED edge of the event is on one node.
    const ns = (b as unknown as { ns: string }).ns;
    const chaired = await db.run(
      `MATCH (p:Person)-[r:CHAIRED]->(m:Meeting) WHERE r.article STARTS WITH $ns AND m.date = '2017-02-06' RETURN count(DISTINCT m) AS meetings, count(r) AS edges`,
      { ns },
    );
    expect(neo4j.integer.toNumber(chaired.records[0]?.get('meetings'))).toBe(1);
    expect(neo4j.integer.toNumber(chaired.records[0]?.get('edges'))).toBe(2);
  });

  it('undoes the merges an edited article alone supported', async () => {
    const s = store();
    await ingestInto(s, IDENTITY_RECORDS, 1);
    const edited = IDENTITY_RECORDS.map((r) => (r.id === 'fx-tom-2' ? { ...r, text: r.text.replace('Ngày 6/2/2017', 'Ngày 9/2/2017') } : r));
    await ingestInto(s, edited);
    const mem = MemoryGraphStore.inMemory();
    await ingest([jsonlFile(edited)], { store: mem });
    const view = await neo4jView(s);
    expect(view.meetings).toContain('--02-06 ← fx-tom-1');
    expect(view).toEqual(memoryView(mem));
  });
});

describe('re-pointing mentions on Neo4j (applyResolution)', () => {
  it('moves two articles\' mentions onto a node that does not exist yet, copying the source\'s properties under the new id', async () => {
    const s = store();
    const article = (id: string) => {
      const b = new ExtractionBuilder(id, { source: 'baomoi.com' });
      b.meeting({ date: '2023-04-01', chairs: ['Trần Văn Minh'] });
      return resolveExtraction(b.build());
    };
    const graphs = [article('mv-1'), article('mv-2')];
    await s.writeArticles(graphs);
    const personOf = (g: (typeof graphs)[number]) => g.nodes.find((n) => n.label === 'Person')!.id;
    const [from1, from2] = [personOf(graphs[0]!), personOf(graphs[1]!)];
    expect(from1).not.toBe(from2);
    await s.applyResolution(
      [{ article: 'mv-1', from: from1, to: 'person:joined', label: 'Person' }, { article: 'mv-2', from: from2, to: 'person:joined', label: 'Person' }],
      [],
    );
    const ns = (s as unknown as { ns: string }).ns;
    const people = await db.run(
      "MATCH (p:Person) WHERE p.id STARTS WITH $ns RETURN p.id AS id, p.name AS name, p.articles AS articles, COUNT { (p)-[:CHAIRED]->() } AS chaired", { ns });
    expect(people.records.map((r) => [String(r.get('id')).slice(ns.length), r.get('name'), (r.get('articles') as string[]).map((a) => a.slice(ns.length)).sort(), Number(r.get('chaired'))]))
      .toEqual([['person:joined', 'Trần Văn Minh', ['mv-1', 'mv-2'], 2]]);
  });

  it('moving mentions onto a node that already holds that article\'s edges, or two nodes of one article onto one, makes each edge once (also when run again)', async () => {
    const s = store();
    const b = new ExtractionBuilder('dup-1', { source: 'baomoi.com' });
    b.meeting({ date: '2023-04-03', chairs: ['Hoàng Văn Nam', 'Hoàng Nam', 'Văn Nam'] });
    const graph = resolveExtraction(b.build());
    await s.writeArticles([graph]);
    const [a, c, d] = graph.nodes.filter((n) => n.label === 'Person').map((n) => n.id);
    expect(new Set([a, c, d]).size).toBe(3);
    const ns = (s as unknown as { ns: string }).ns;
    const edgesOf = async () => (await db.run(
      'MATCH (x)-[r]->(y) WHERE r.id STARTS WITH $ns RETURN r.id AS rid, type(r) AS type, x.id AS from, y.id AS to ORDER BY rid',
      { ns },
    )).records.map((r) => [String(r.get('rid')).slice(ns.length), String(r.get('type')), String(r.get('from')).slice(ns.length), String(r.get('to')).slice(ns.length)]);
    // The first person's mentions onto the second (whose edges of this article exist already);
    // the third's onto a new node, together with the second's: both give that node the same edges.
    const moves = [
      { article: 'dup-1', from: a!, to: c!, label: 'Person' as const },
    ];
    await s.applyResolution(moves, []);
    await s.applyResolution(moves, []);
    const joined = [
      { article: 'dup-1', from: c!, to: 'person:joined', label: 'Person' as const },
      { article: 'dup-1', from: d!, to: 'person:joined', label: 'Person' as const },
    ];
    await s.applyResolution(joined, []);
    await s.applyResolution(joined, []);
    const edges = await edgesOf();
    expect(new Set(edges.map((e) => e[0])).size).toBe(edges.length);
    const persons = edges.filter((e) => e[2]!.startsWith('person:') || e[3]!.startsWith('person:'));
    expect(new Set(persons.flatMap((e) => [e[2], e[3]].filter((id) => id!.startsWith('person:'))))).toEqual(new Set(['person:joined']));
    // One CHAIRED and one ATTENDED edge left for the article, each with the id of its ends.
    expect(persons.filter((e) => e[1] === 'CHAIRED')).toHaveLength(1);
    expect(persons.filter((e) => e[1] === 'ATTENDED')).toHaveLength(1);
    for (const [rid, type, from, to] of persons) expect(rid).toBe(stableId('rel', type!, from!, to!, 'dup-1'));
  });

  it('renames in place a node all of whose articles go to one new id: its edges stay, their ids follow the new end', async () => {
    const s = store();
    const articles = ['rn-1', 'rn-2', 'rn-3', 'rn-4'];
    const graphs = articles.map((id) => {
      const b = new ExtractionBuilder(id, { source: 'baomoi.com' });
      b.meeting({ date: '2023-04-02', chairs: ['Lê Thị Hoa'] });
      return resolveExtraction(b.build());
    });
    await s.writeArticles(graphs);
    // One article a node: moved (too few to rename), onto one node.
    await s.applyResolution(graphs.map((g, i) => ({ article: articles[i]!, from: g.nodes.find((n) => n.label === 'Person')!.id, to: 'person:gathered', label: 'Person' as const })), []);
    const ns = (s as unknown as { ns: string }).ns;
    const edges = async (id: string) => (await db.run(
      'MATCH (p:Person {id: $id})-[r]-(x) RETURN elementId(p) AS node, elementId(r) AS edge, r.id AS rid, r.article AS article, type(r) AS type, startNode(r) = p AS out, x.id AS other ORDER BY edge',
      { id: `${ns}${id}` },
    )).records.map((r) => ({ node: String(r.get('node')), edge: String(r.get('edge')), rid: String(r.get('rid')), article: String(r.get('article')).slice(ns.length), type: String(r.get('type')), out: r.get('out') === true, other: String(r.get('other')).slice(ns.length) }));
    const before = await edges('person:gathered');
    expect(before.length).toBeGreaterThanOrEqual(8);
    const order = ['rn-3', 'rn-1', 'rn-4', 'rn-2'];
    await s.applyResolution(order.map((article) => ({ article, from: 'person:gathered', to: 'person:renamed', label: 'Person' as const })), [{ id: 'person:renamed', label: 'Person', properties: { name: 'Lê Thị Hoa', aliases: [] } }]);
    expect(await edges('person:gathered')).toEqual([]);
    const after = await edges('person:renamed');
    // The same node and the same edges (element ids), each edge's id made from its new ends.
    expect(after.map((e) => [e.node, e.edge, e.type, e.out, e.other])).toEqual(before.map((e) => [e.node, e.edge, e.type, e.out, e.other]));
    expect(after.map((e) => e.rid)).toEqual(after.map((e) => `${ns}${stableId('rel', e.type, e.out ? 'person:renamed' : e.other, e.out ? e.other : 'person:renamed', e.article)}`));
    // Its articles in the moves' order, as a node the moves create gets them.
    const node = await db.run('MATCH (p:Person {id: $id}) RETURN p.name AS name, p.articles AS articles', { id: `${ns}person:renamed` });
    expect([node.records[0]?.get('name'), node.records[0]?.get('articles')]).toEqual(['Lê Thị Hoa', order.map((a) => `${ns}${a}`)]);
  });
  it('folds the small node that holds the new id into the renamed one: one node, every edge kept, their ids from the new ends', async () => {
    const s = store();
    const big = ['fd-1', 'fd-2', 'fd-3', 'fd-4'];
    const graphs = [...big, 'fd-5'].map((id) => {
      const b = new ExtractionBuilder(id, { source: 'baomoi.com' });
      b.meeting({ date: '2023-05-0' + id.slice(-1), chairs: ['Phan Văn Khải'] });
      return resolveExtraction(b.build());
    });
    await s.writeArticles(graphs);
    const personOf = (i: number) => graphs[i]!.nodes.find((n) => n.label === 'Person')!.id;
    // The four first articles' person on one node (moved, too few each to rename); the fifth's stays apart, as 'person:newkey'.
    await s.applyResolution(big.map((article, i) => ({ article, from: personOf(i), to: 'person:oldkey', label: 'Person' as const })), []);
    await s.applyResolution([{ article: 'fd-5', from: personOf(4), to: 'person:newkey', label: 'Person' as const }], []);
    const ns = (s as unknown as { ns: string }).ns;
    const nodeOf = async (id: string) => (await db.run('MATCH (p:Person {id: $id}) RETURN elementId(p) AS e, p.articles AS articles', { id: `${ns}${id}` })).records.map((r) => ({ element: String(r.get('e')), articles: (r.get('articles') as string[]).map((a) => a.slice(ns.length)) }));
    const edgesOf = async (id: string) => (await db.run(
      'MATCH (p:Person {id: $id})-[r]-(x) RETURN r.id AS rid, r.article AS article, type(r) AS type, startNode(r) = p AS out, x.id AS other',
      { id: `${ns}${id}` },
    )).records.map((r) => ({ rid: String(r.get('rid')), article: String(r.get('article')).slice(ns.length), type: String(r.get('type')), out: r.get('out') === true, other: String(r.get('other')).slice(ns.length) }));
    const [oldNode] = await nodeOf('person:oldkey');
    const edgeCount = (await edgesOf('person:oldkey')).length + (await edgesOf('person:newkey')).length;
    // The cluster's key changes: all four articles go to the id the fifth article's node holds.
    await s.applyResolution(big.map((article) => ({ article, from: 'person:oldkey', to: 'person:newkey', label: 'Person' as const })), [{ id: 'person:newkey', label: 'Person', properties: { name: 'Phan Văn Khải', aliases: [] } }]);
    expect(await nodeOf('person:oldkey')).toEqual([]);
    const after = await nodeOf('person:newkey');
    expect(after).toHaveLength(1);
    // the big node was renamed (its element id kept), the small one folded into it
    expect(after[0]!.element).toBe(oldNode!.element);
    expect([...after[0]!.articles].sort()).toEqual(['fd-1', 'fd-2', 'fd-3', 'fd-4', 'fd-5']);
    const edges = await edgesOf('person:newkey');
    expect(edges).toHaveLength(edgeCount);
    expect(new Set(edges.map((e) => e.article))).toEqual(new Set(['fd-1', 'fd-2', 'fd-3', 'fd-4', 'fd-5']));
    expect(edges.map((e) => e.rid)).toEqual(edges.map((e) => `${ns}${stableId('rel', e.type, e.out ? 'person:newkey' : e.other, e.out ? e.other : 'person:newkey', e.article)}`));
  });
});
