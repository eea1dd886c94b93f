/**
 * The ingest path against a real Neo4j (the run's server from tests/setup/neo4j.ts). Every test
 * writes under its own id namespace, so the shared server's other data never interferes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/article/index.js';
import { MemoryGraphStore } from '../../src/store/memory/index.js';
import { resolveExtraction } from '../../src/resolve/index.js';
import { articleGraph, ingest } from '../../src/ingest/ingest.js';
import { blocksOf, resolveBlocks } from '../../src/ingest/identity.js';
import { applySchema, Neo4jGraphStore } from '../../src/store/neo4j/index.js';
import { uniqueNamespace, useNeo4j } from '../support/neo4j.js';
import { ExtractionBuilder } from '../fixtures/resolve/extraction-builder.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const db = useNeo4j('ingest');
const stores: Neo4jGraphStore[] = [];

/** A store under a fresh namespace; its data is deleted after the file's tests. */
function store(options: { beforeEdges?: (ids: readonly string[]) => void; batchSize?: number } = {}): Neo4jGraphStore {
  const s = new Neo4jGraphStore(db.driver, db.info.uri, { ownsDriver: false, namespace: `${uniqueNamespace('ing')}:`, ...options });
  stores.push(s);
  return s;
}
db.onCleanup(async () => {
  for (const s of stores) await s.dropNamespace();
});

function seedArticle(file: string, edit?: (text: string) => string) {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  return readArticleText(edit ? edit(text) : text, { url: `https://example.test/${file}` });
}

describe('Neo4j store: schema', () => {
  it('has a uniqueness constraint on id for every label and a whitespace full-text index', async () => {
    const s = store();
    await s.applySchema();
    await s.applySchema(); // idempotent
    const constraints = await db.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
    const unique = new Set(constraints.records.filter((r) => JSON.stringify(r.get('properties')) === '["id"]').map((r) => r.get('label') as string));
    for (const label of ['Article', 'Author', 'Person', 'Organization', 'Position', 'Meeting', 'Task', 'Place']) expect(unique.has(label), label).toBe(true);
    const ft = await db.run("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'nameSearch' RETURN labelsOrTypes, properties, options");
    expect(ft.records).toHaveLength(1);
    expect(ft.records[0]?.get('options').indexConfig['fulltext.analyzer']).toBe('whitespace');
    expect(ft.records[0]?.get('options').indexConfig['fulltext.eventually_consistent']).toBe(true);
  });

  it('replaces a consistent full-text index of an older database by the eventually consistent one, which finds the stored nodes', async () => {
    // A schema file of this test's own (its own label and index name): the shared indexes stay as they are.
    const index = `ft_${db.ns}`;
    const dir = mkdtempSync(join(tmpdir(), 'mkg-schema-'));
    const file = join(dir, 'schema.cypher');
    writeFileSync(file, `// a test schema\nCREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${db.label}) ON EACH [n.nameFolded]\n  OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: true } };\n`);
    db.onCleanup(async () => {
      await db.run(`DROP INDEX ${index} IF EXISTS`);
      rmSync(dir, { recursive: true, force: true });
    });
    await db.run(`CREATE FULLTEXT INDEX ${index} FOR (n:${db.label}) ON EACH [n.nameFolded] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`);
    await db.run(`CREATE (:${db.label} {nameFolded: 'so giao thong van tai'})`);
    const config = async () => (await db.run('SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $index RETURN options', { index })).records[0]?.get('options').indexConfig;
    expect((await config())['fulltext.eventually_consistent']).toBe(false);
    await applySchema(db.driver, { file });
    await applySchema(db.driver, { file }); // idempotent: kept as it is now
    expect((await config())['fulltext.eventually_consistent']).toBe(true);
    expect((await config())['fulltext.analyzer']).toBe('whitespace');
    const found = await db.run(`CALL db.index.fulltext.queryNodes($index, '+giao +thong') YIELD node RETURN node.nameFolded AS name`, { index });
    expect(found.records.map((r) => r.get('name'))).toEqual(['so giao thong van tai']);
  });

  it('finds "cong an" and "long an" in the full-text index (no stop word is dropped)', async () => {
    const s = store();
    await s.applySchema();
    const b = new ExtractionBuilder('ft1', { source: 'baolongan.vn' });
    b.org('Bộ Công an', 'ministry');
    b.org('UBND tỉnh', 'peoples-committee', { expanded: 'Ủy ban nhân dân tỉnh' });
    await s.writeArticle(resolveExtraction(b.build()));
    await s.refreshSearch();
    const find = async (q: string) =>
      (await db.run("CALL db.index.fulltext.queryNodes('nameSearch', $q) YIELD node WHERE node.id STARTS WITH $ns RETURN node.name AS name", { q, ns: (s as unknown as { ns: string }).ns }))
        .records.map((r) => r.get('name') as string);
    expect(await find('+cong +an')).toEqual(['Bộ Công an']);
    expect(await find('+long +an')).toEqual(['Ủy ban nhân dân tỉnh Long An']);
  });
});

describe('Neo4j store: ingest', () => {
  it('ingesting the seeds twice leaves node and relationship counts unchanged, and matches the embedded store', async () => {
    const s = store();
    await s.applySchema();
    const first = await ingest([SEEDS], { store: s });
    expect(first.articles).toEqual({ new: 2, updated: 0, unchanged: 0 });
    const counts = await s.counts();
    expect(counts.nodes.Person).toBeGreaterThanOrEqual(5);
    const second = await ingest([SEEDS], { store: s });
    expect(second.articles).toEqual({ new: 0, updated: 0, unchanged: 2 });
    expect(await s.counts()).toEqual(counts);
    // Forced rewrite of the same graphs (not skipped by hash): still nothing changes.
    const graphs = [seedArticle('haiphong-bcd35-2023-02-06.txt'), seedArticle('tinh-bcd35-2023-01-05.txt')].map((a) => articleGraph(a));
    const mem = MemoryGraphStore.inMemory();
    await ingest([SEEDS], { store: mem });
    expect(await mem.counts()).toEqual(counts);
    const s2 = store();
    for (const g of graphs) await s2.writeArticle(g);
    for (const g of graphs) await s2.writeArticle({ ...g, contentHash: `${g.contentHash}-again` });
    const m2 = MemoryGraphStore.inMemory();
    for (const g of graphs) await m2.writeArticle(g);
    expect(await s2.counts()).toEqual(await m2.counts());
    // The first writes on a fresh server compile every query of the writer: on a loaded 2-core
    // machine (load 20) this test took over 60 s, so it gets its own bound.
  }, 180_000);

  it('an edited article replaces its facts: no stale edges, orphans gone', async () => {
    const s = store();
    const original = articleGraph(seedArticle('haiphong-bcd35-2023-02-06.txt'));
    const edited = articleGraph(seedArticle('haiphong-bcd35-2023-02-06.txt', (t) => t.replaceAll('Đỗ Mạnh Hiến', 'Lê Văn Thay')));
    expect(edited.articleId).toBe(original.articleId);
    expect((await s.writeArticle(original)).status).toBe('new');
    expect((await s.writeArticle(edited)).status).toBe('updated');
    const ns = (s as unknown as { ns: string }).ns;
    const chairs = await db.run(
      'MATCH (p:Person)-[c:CHAIRED]->(m:Meeting) WHERE c.article STARTS WITH $ns RETURN p.name AS name', { ns });
    expect(chairs.records.map((r) => r.get('name'))).toEqual(['Lê Văn Thay']);
    const hien = await db.run("MATCH (p:Person) WHERE p.id STARTS WITH $ns AND p.name = 'Đỗ Mạnh Hiến' RETURN count(p) AS n", { ns });
    expect(hien.records[0]?.get('n').toNumber()).toBe(0);
    const mem = MemoryGraphStore.inMemory();
    await mem.writeArticle(edited);
    expect(await s.counts()).toEqual(await mem.counts());
  });

  it('a body keeps every spelling the articles used, in the alias index, like the embedded store', async () => {
    const article = (id: string, spelling: string, expanded: string) => {
      const b = new ExtractionBuilder(id, { source: 'haiphong.gov.vn' });
      const bcd = b.org(spelling, 'steering-committee', { expanded });
      b.meeting({ date: '2023-02-06', organizers: [bcd], chairs: ['Đỗ Văn Chủ'] });
      return resolveExtraction(b.build());
    };
    const graphs = [article('al-1', 'Ban Chỉ đạo 35 thành phố', 'Ban Chỉ đạo 35 thành phố'), article('al-2', 'BCĐ 35 Thành ủy', 'Ban Chỉ đạo 35 Thành ủy')];
    const s = store({ batchSize: 1 });
    await s.applySchema();
    for (const g of graphs) await s.writeArticle(g);
    await s.refreshSearch();
    const ns = (s as unknown as { ns: string }).ns;
    const found = await db.run(
      "CALL db.index.fulltext.queryNodes('aliasSearch', '+bcd +35 +thanh +uy') YIELD node WHERE node.id STARTS WITH $ns RETURN node.name AS name, node.aliases AS aliases, node.aliasesFolded AS folded", { ns });
    expect(found.records.map((r) => r.get('name'))).toEqual(['Ban Chỉ đạo 35 Thành ủy Hải Phòng']);
    expect(found.records[0]?.get('aliases')).toEqual(['BCĐ 35 Thành ủy', 'Ban Chỉ đạo 35 thành phố']);
    const memory = MemoryGraphStore.inMemory();
    for (const g of graphs) await memory.writeArticle(g);
    const node = memory.graph.findNode((_k, a) => a.name === 'Ban Chỉ đạo 35 Thành ủy Hải Phòng')!;
    expect(memory.graph.getNodeAttribute(node, 'aliases')).toEqual(found.records[0]?.get('aliases'));
    expect(memory.graph.getNodeAttribute(node, 'aliasesFolded')).toBe(found.records[0]?.get('folded'));
  });

  it('the same official in the same province is one Person; the same name in two provinces is two', async () => {
    const s = store();
    // The leader of a province's committee, as three outlets report him: two in Thái Bình, one in Nghệ An.
    const article = (id: string, source: string, province: string) => {
      const b = new ExtractionBuilder(id, { source });
      const ubnd = b.org(`Ủy ban nhân dân tỉnh ${province}`, 'peoples-committee', { locality: province });
      b.position('Nguyễn Văn Hùng', `Chủ tịch Ủy ban nhân dân tỉnh ${province}`, 'Chủ tịch', ubnd);
      b.meeting({ date: '2023-04-01', organizers: [ubnd], chairs: ['Nguyễn Văn Hùng'] });
      return resolveExtraction(b.build());
    };
    const graphs = [article('tb-1', 'thaibinh.gov.vn', 'Thái Bình'), article('tb-2', 'baothaibinh.com.vn', 'Thái Bình'), article('na-1', 'baonghean.vn', 'Nghệ An')];
    await s.writeArticles(graphs);
    // Identity across articles is the pipeline's pass over the blocks the batch touched.
    const touched = blocksOf(graphs);
    await resolveBlocks(s, touched.persons, touched.meetings);
    const ns = (s as unknown as { ns: string }).ns;
    const people = await db.run(
      "MATCH (p:Person {name: 'Nguyễn Văn Hùng'}) WHERE p.id STARTS WITH $ns RETURN size(p.articles) AS n ORDER BY n", { ns });
    expect(people.records.map((r) => Number(r.get('n')))).toEqual([1, 2]);
  });

  it('edits of several articles in one transaction release a node they all shared', async () => {
    const s = store();
    const make = (id: string, chair: string, v: string) => {
      const b = new ExtractionBuilder(id, { source: 'haiphong.gov.vn' });
      b.meeting({ date: '2023-05-0' + id.slice(-1), chairs: [chair] });
      return resolveExtraction(b.build(), { contentHash: v });
    };
    await s.writeArticles([make('e-1', 'Trần Văn Chung', 'v1'), make('e-2', 'Trần Văn Chung', 'v1')]);
    const edited = [make('e-1', 'Lê Thị Một', 'v2'), make('e-2', 'Lê Thị Hai', 'v2')];
    expect((await s.writeArticles(edited)).map((r) => ('status' in r ? r.status : r.error.message))).toEqual(['updated', 'updated']);
    const ns = (s as unknown as { ns: string }).ns;
    const names = await db.run('MATCH (p:Person) WHERE p.id STARTS WITH $ns RETURN p.name AS name ORDER BY name', { ns });
    expect(names.records.map((r) => r.get('name'))).toEqual(['Lê Thị Hai', 'Lê Thị Một']);
    const mem = MemoryGraphStore.inMemory();
    await mem.writeArticles(edited);
    expect(await s.counts()).toEqual(await mem.counts());
  });

  it('a failing article (forced error mid-batch) leaves no partial facts and costs only itself', async () => {
    const s = store({ beforeEdges: (ids) => { if (ids.includes('bad')) throw new Error('forced failure'); } });
    const make = (id: string, chair: string) => {
      const b = new ExtractionBuilder(id, { source: 'haiphong.gov.vn' });
      const bcd = b.org('Ban Chỉ đạo 35 thành phố', 'steering-committee');
      b.meeting({ date: '2023-02-06', organizers: [bcd], chairs: [chair] });
      return resolveExtraction(b.build());
    };
    const results = await s.writeArticles([make('good-1', 'Trần Văn Một'), make('bad', 'Trần Văn Hỏng'), make('good-2', 'Trần Văn Hai')]);
    expect(results.map((r) => ('error' in r ? `error: ${r.error.message}` : r.status))).toEqual(['new', 'error: article bad: forced failure', 'new']);
    const ns = (s as unknown as { ns: string }).ns;
    const leftovers = await db.run(
      'MATCH (n) WHERE n.id STARTS WITH $ns AND $bad IN n.articles RETURN count(n) AS n', { ns, bad: `${ns}bad` });
    expect(leftovers.records[0]?.get('n').toNumber()).toBe(0);
    const names = await db.run("MATCH (p:Person) WHERE p.id STARTS WITH $ns RETURN p.name AS name ORDER BY name", { ns });
    expect(names.records.map((r) => r.get('name'))).toEqual(['Trần Văn Hai', 'Trần Văn Một']);
    // A failed rewrite of a stored article keeps its earlier facts whole.
    const before = await s.counts();
    const [again] = await s.writeArticles([{ ...make('good-1', 'Trần Văn Khác'), articleId: 'bad', contentHash: 'x' }]);
    expect(again && 'error' in again).toBe(true);
    expect(await s.counts()).toEqual(before);
  });
});
