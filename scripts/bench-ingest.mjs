#!/usr/bin/env node
/**
 * Ingest benchmark: articles/s on bulk articles streamed from the corpus (never copied).
 *
 *   npm run build && node scripts/bench-ingest.mjs [--count 3000] [--file <jsonl.gz>] [--stores memory,neo4j] [--batch-size 50]
 *
 * For each store, the first N records are piped through the real pipeline (`ingest` with
 * `-` as input: read → extract → resolve → write), then ingested a second time (everything
 * unchanged: the hash check alone). Neo4j writes go under a throw-away id namespace, deleted at
 * the end; it uses NEO4J_URI or the local server (`meeting-kg neo4j start`).
 * Also times the stages apart (read, extract+resolve, store writes) on the same articles.
 *
 * Measured 2026-11-23 on the shared 2-core dev machine (other jobs running), 3000 records, batch 50,
 * local Neo4j 5.26 Community (numbers vary ±2x with the machine's load):
 *   read 460 articles/s; extract+resolve 227 articles/s (alone)
 *   writes alone: memory 13100 articles/s, Neo4j 423 articles/s (about 14k nodes+edges per 1000 articles)
 *   end to end (read → extract → resolve → write): memory 360 articles/s, Neo4j 97 articles/s
 *   re-ingest, all unchanged (hash check only, no extraction): memory 1736 articles/s, Neo4j 605 articles/s
 *   both stores end with the same counts: 9834 nodes, 13588 relationships
 *   (before edges were CREATEd instead of MERGEd, Neo4j writes ran at 71 articles/s)
 */
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { loadArticles } from '../dist/article/index.js';
import { MemoryGraphStore } from '../dist/store/memory/index.js';
import { Neo4jGraphStore } from '../dist/store/neo4j/index.js';
import { articleGraph, ingest } from '../dist/ingest/ingest.js';
import { firstLines } from './corpus-lines.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    file: { type: 'string', default: new URL('../../shared/corpus/bulk-baomoi-2017.jsonl.gz', import.meta.url).pathname },
    stores: { type: 'string', default: 'memory,neo4j' },
    'batch-size': { type: 'string', default: '50' },
  },
});
const count = Number(values.count);
const batchSize = Number(values['batch-size']);

const seconds = (t0) => (performance.now() - t0) / 1000;
const rate = (n, s) => `${(n / s).toFixed(1)} articles/s`;

const lines = await firstLines(values.file, count);
const megabytes = lines.reduce((a, l) => a + Buffer.byteLength(l), 0) / 1e6;
console.log(`bench-ingest: ${lines.length} records (${megabytes.toFixed(1)} MB of JSON) from ${values.file}; batch size ${batchSize}`);

// Stages apart.
let t0 = performance.now();
const articles = [];
for await (const r of loadArticles(['-'], { stdin: Readable.from(lines.map((l) => `${l}\n`)) })) if (r.ok) articles.push(r.article);
const readS = seconds(t0);
console.log(`  read:              ${articles.length} articles in ${readS.toFixed(1)} s (${rate(articles.length, readS)})`);
t0 = performance.now();
const graphs = articles.map((a) => articleGraph(a));
const exS = seconds(t0);
const nodes = graphs.reduce((a, g) => a + g.nodes.length, 0);
const rels = graphs.reduce((a, g) => a + g.relationships.length, 0);
console.log(`  extract+resolve:   ${exS.toFixed(1)} s (${rate(graphs.length, exS)}); ${nodes} nodes, ${rels} relationships in the batches`);

const results = [];
for (const kind of values.stores.split(',')) {
  const open = async () =>
    kind === 'memory'
      ? MemoryGraphStore.inMemory()
      : await Neo4jGraphStore.connect({ namespace: `bench${randomBytes(3).toString('hex')}:`, batchSize });
  const store = await open();
  try {
    await store.applySchema();
    t0 = performance.now();
    const written = await store.writeArticles(graphs);
    const wS = seconds(t0);
    const failed = written.filter((r) => 'error' in r).length;
    console.log(`  ${kind} writes:     ${wS.toFixed(1)} s (${rate(graphs.length, wS)}), ${failed} failed`);
    await (kind === 'memory' ? Promise.resolve() : store.dropNamespace());
  } finally {
    await store.close();
  }
  // End to end through the pipeline, then again (unchanged).
  const e2e = await open();
  try {
    await e2e.applySchema();
    const stdin = () => Readable.from(lines.map((l) => `${l}\n`));
    const first = await ingest(['-'], { store: e2e, batchSize, load: { stdin: stdin() } });
    const again = await ingest(['-'], { store: e2e, batchSize, load: { stdin: stdin() } });
    const counts = await e2e.counts();
    console.log(`  ${kind} end to end: ${first.seconds.toFixed(1)} s (${rate(first.read, first.seconds)}); new ${first.articles.new}, skipped ${first.skipped.length}; graph ${counts.totalNodes} nodes, ${counts.totalRelationships} relationships`);
    console.log(`  ${kind} re-ingest:  ${again.seconds.toFixed(1)} s (${rate(again.read, again.seconds)}); unchanged ${again.articles.unchanged}`);
    results.push({ store: kind, firstPerSecond: first.articlesPerSecond, againPerSecond: again.articlesPerSecond, nodes: counts.totalNodes, relationships: counts.totalRelationships });
    if (kind === 'neo4j') await e2e.dropNamespace();
  } finally {
    await e2e.close();
  }
}
console.log(JSON.stringify({ count: lines.length, readPerSecond: articles.length / readS, extractResolvePerSecond: graphs.length / exS, results }));
