#!/usr/bin/env node
/**
 * The performance benchmark (issue 12): every figure beside its floor, measured in the same run.
 *
 *   npm run bench -- [--input <file|dir>] [--limit N] [--store neo4j|memory|both] [--jobs N] [--out results.json]
 *
 * Default input: ../shared/corpus/bulk-baomoi-2017.jsonl.gz (streamed, never copied). `npm run bench`
 * builds first. Neo4j runs are made on a server of the benchmark's own (a temporary MEETING_KG_HOME,
 * the ports of MEETING_KG_NEO4J_BOLT_PORT / MEETING_KG_NEO4J_HTTP_PORT), started with an empty
 * database for each measured write and stopped at the end; nothing of the user's state is touched.
 *
 * Rows (figure · floor):
 *   read                  loadArticles (decode, clean, build Article)  · decompress + JSON.parse + NFC
 *   extract, 1 job        read → extract → resolve, no store           · read
 *   extract, N jobs       the same with --jobs N                        · read
 *   memory ingest         end to end into a graph file (child process: time, peak RSS, file size)
 *   memory re-ingest      the same inputs again, unchanged              · read + hash of each raw record
 *   neo4j ingest          end to end into an empty database              · the same final nodes and
 *                         relationships by batched UNWIND … CREATE into an empty database, same schema
 *   neo4j re-ingest       unchanged                                      · read + hash
 *   query <helper>        p50/p95/p99 ms of each helper on the full graph, each store
 *   ask start-up          wall time of one `meeting-kg ask search …` process, each store
 * With both stores, a note also says how many of the query calls got deeply equal answers from the two.
 *
 * `--writes`: only the write rows (memory ingest, which the floor needs, then the Neo4j floor, ingest and
 * re-ingest): no read/extract rows, no questions, no ask (a quicker loop when tuning writes).
 * `--floor-graph <file>`: keep the embedded store's graph (the floor's input) in this file and reuse it in
 * later runs of the same input and limit (no memory-ingest row then; the Neo4j ingest is still
 * compared with the floor's counts, so a changed graph shows).
 * Neo4j rows record the server's CPU seconds (user + system, from /proc/<pid>/stat) besides wall time.
 *
 * `--graph <file>`: only the embedded store, on a graph file already built: opening it, the helpers
 * on the graphology graph and on the file's index (`<file>.index`, written here when missing or
 * stale; answers compared call by call), and `ask search|chairs|timeline` (median of 3, peak RSS).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { floorRows, writeFloor } from './neo4j-floor.mjs';
import { queryPlan } from './query-plan.mjs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
const cli = join(root, 'dist/cli.js');

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, '../shared/corpus/bulk-baomoi-2017.jsonl.gz') },
    limit: { type: 'string' },
    store: { type: 'string', default: 'both' },
    jobs: { type: 'string' },
    'batch-size': { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
    repeat: { type: 'string', default: '20' },
    child: { type: 'string' },
    graph: { type: 'string' },
    keep: { type: 'boolean', default: false },
    writes: { type: 'boolean', default: false },
    'floor-graph': { type: 'string' },
    profile: { type: 'boolean', default: false },
    dump: { type: 'string' },
  },
});
const input = resolve(values.input);
const limit = values.limit ? Number(values.limit) : undefined;
const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;

// ── child mode: one embedded-store ingest in its own process (peak memory is its own) ──────────
if (values.child === 'memory-ingest') {
  const { runIngest } = await import(dist('cli/commands/ingest.js'));
  const t0 = performance.now();
  const summary = await runIngest([input], { store: 'memory', graph: values.graph, quiet: true, json: true, ...(limit ? { limit } : {}), jobs, ...(batchSize ? { batchSize } : {}) }, () => {});
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, summary: { read: summary.read, articles: summary.articles, skipped: summary.skipped.length, graph: summary.graph } }));
  process.exit(0);
}

const results = { input, limit: limit ?? null, jobs, cores: availableParallelism(), started: new Date().toISOString(), node: process.version, rows: [], queries: {}, notes: [] };
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const rate = (n, s) => (s > 0 ? n / s : 0);
function row(name, figure, floor, extra = {}) {
  const r = { name, ...figure, floor: floor ?? null, ratio: floor && floor.seconds && figure.seconds ? figure.seconds / floor.seconds : null, load: load(), ...extra };
  results.rows.push(r);
  const f = (x) => (x === undefined || x === null ? '' : typeof x === 'number' ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2)) : String(x));
  console.log(
    `${name.padEnd(22)} ${f(figure.seconds).padStart(8)} s ${f(figure.perSecond).padStart(8)}/s` +
      (floor ? `   floor ${floor.name}: ${f(floor.seconds)} s ${f(floor.perSecond)}/s  ×${f(r.ratio)}` : '') +
      (extra.detail ? `   ${extra.detail}` : '') +
      `   [load ${r.load}]`,
  );
  return r;
}

// ── raw records: lines of JSON Lines (gz or not) or files of a folder ────────────────────────────
async function* rawRecords(path, max = Number.POSITIVE_INFINITY) {
  let n = 0;
  const st = statSync(path);
  if (st.isDirectory()) {
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const file of walk(path)) {
      if (/\.(jsonl|ndjson)(\.gz)?$/i.test(file)) {
        for await (const r of rawRecords(file, max - n)) { yield r; n++; }
      } else if (/\.(txt|text|md|html?|xhtml|json)$/i.test(file)) {
        if (n++ >= max) return;
        yield { kind: /\.json$/i.test(file) ? 'json' : 'text', data: readFileSync(file) };
      }
      if (n >= max) return;
    }
    return;
  }
  let stream = createReadStream(path);
  if (/\.gz$/i.test(path)) stream = stream.pipe(createGunzip());
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (n++ >= max) break;
    yield { kind: 'json', data: line };
  }
  rl.close();
}

async function readFloor() {
  const t0 = performance.now();
  let n = 0;
  let chars = 0;
  for await (const r of rawRecords(input, limit)) {
    const text = typeof r.data === 'string' ? r.data : r.data.toString('utf8');
    if (r.kind === 'json') {
      const v = JSON.parse(text);
      for (const k of ['text', 'html', 'content', 'title']) if (typeof v[k] === 'string') chars += v[k].normalize('NFC').length;
    } else chars += text.normalize('NFC').length;
    n++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { name: 'decompress+parse+NFC', seconds, perSecond: rate(n, seconds), records: n, chars };
}

async function hashFloor() {
  const t0 = performance.now();
  let n = 0;
  for await (const r of rawRecords(input, limit)) {
    createHash('sha256').update(r.data).digest('hex');
    n++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { name: 'read+hash', seconds, perSecond: rate(n, seconds), records: n };
}

/** A store that keeps nothing: the pipeline without writes. */
function nullStore() {
  return {
    kind: 'memory', location: '(null)',
    async applySchema() {}, async hasArticle() { return false; }, async storedHashes() { return new Map(); },
    async knownHashes() { return new Map(); },
    async readBlocks() { return []; }, async blocksOfArticles() { return []; }, async applyResolution() {},
    async writeArticle(g) { return { articleId: g.articleId, status: 'new' }; },
    async writeArticles(gs) { return gs.map((g) => ({ articleId: g.articleId, status: 'new' })); },
    async counts() { return { nodes: {}, relationships: {}, totalNodes: 0, totalRelationships: 0 }; },
    async close() {},
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function timeQueries(store, queries, plan) {
  const repeat = Number(values.repeat);
  const out = {};
  for (const [helper, calls] of Object.entries(plan)) {
    if (helper === 'sample' || calls.length === 0) continue;
    for (const c of calls.slice(0, 3)) await c(queries); // warm-up (plans, caches)
    const times = [];
    let rows = 0;
    for (let i = 0; i < repeat; i++) {
      for (const c of calls) {
        const t0 = performance.now();
        const a = await c(queries);
        times.push(performance.now() - t0);
        rows += a.rows?.length ?? (a.meeting ? 1 : 0);
      }
    }
    times.sort((a, b) => a - b);
    out[helper] = { calls: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times[times.length - 1], rowsPerCall: rows / times.length, load: load() };
    console.log(`query ${store.padEnd(6)} ${helper.padEnd(15)} p50 ${out[helper].p50.toFixed(2).padStart(8)} ms  p95 ${out[helper].p95.toFixed(2).padStart(8)} ms  p99 ${out[helper].p99.toFixed(2).padStart(8)} ms  (${times.length} calls, ${out[helper].rowsPerCall.toFixed(1)} rows/call)  [load ${load()}]`);
  }
  results.queries[store] = out;
}

/**
 * The same questions asked of both stores must get the same answers (the conformance suite's claim,
 * here on the full graph): counts the calls of the plan whose answers are deeply equal and names the others.
 */
async function compareStores(plan, memoryQueries, neo4jQueries) {
  let same = 0;
  let calls = 0;
  const differ = [];
  for (const [helper, list] of Object.entries(plan)) {
    if (helper === 'sample') continue;
    for (const [i, c] of list.entries()) {
      calls++;
      if (isDeepStrictEqual(await c(memoryQueries), await c(neo4jQueries))) same++;
      else differ.push(`${helper} #${i}`);
    }
  }
  results.storesAgree = { same, calls, differ };
  results.notes.push(`answers of the two stores equal: ${same} of ${calls} calls${differ.length ? ` (differ: ${differ.join(', ')})` : ''}`);
}

/** Peak RSS of a child: printed by a module it imports first. */
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nbench-max-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

function askStartup(store, env, args, label = `ask start-up ${store}`) {
  const times = [];
  const rss = [];
  let status = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', RSS_HOOK, cli, 'ask', ...args, '--json'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push((performance.now() - t0) / 1000);
    rss.push(Number(/bench-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024);
    status = r.status ?? -1;
    if (status !== 0 && status !== 1 && status !== 2) throw new Error(`ask failed (${status}): ${r.stderr}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return row(label, { seconds: sorted[1], peakMB: Math.max(...rss) }, null, {
    detail: `median of 3 (runs ${times.map((t) => t.toFixed(2)).join(', ')} s; peak RSS ${rss.map((m) => m.toFixed(0)).join(', ')} MB): ask ${args.join(' ')}`,
  });
}

function runChild(args, env = process.env) {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [new URL(import.meta.url).pathname, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? ok(JSON.parse(out)) : fail(new Error(`child ${args.join(' ')} exited ${code}`))));
  });
}

const work = mkdtempSync(join(tmpdir(), 'mkg-bench-'));

// ── --graph <file>: only the embedded store's questions and ask start-up, on a graph already built ──
if (values.graph) {
  const { MemoryGraphStore } = await import(dist('store/memory/index.js'));
  const { MemoryQueries } = await import(dist('query/memory.js'));
  console.log(`bench: questions on ${values.graph} (${(statSync(values.graph).size / 1e6).toFixed(1)} MB); load ${load()}`);
  let t0 = performance.now();
  const store = MemoryGraphStore.open(values.graph);
  row('open graph file', { seconds: (performance.now() - t0) / 1000 }, null, { detail: `${store.graph.order} nodes, ${store.graph.size} edges` });
  const queries = new MemoryQueries(store.graph);
  t0 = performance.now();
  const plan = queryPlan(store.graph);
  await plan.search[0](queries);
  row('first question', { seconds: (performance.now() - t0) / 1000 }, null, { detail: 'builds the index' });
  await timeQueries('memory', queries, plan);
  // The graph file's index (written beside it at every save; written here when missing or stale).
  const { IndexedGraph, writeGraphIndex } = await import(dist('store/memory/index.js'));
  let index = IndexedGraph.open(values.graph);
  if (!(index instanceof IndexedGraph)) {
    t0 = performance.now();
    writeGraphIndex(store.graph, values.graph);
    row('write graph index', { seconds: (performance.now() - t0) / 1000 }, null, { detail: `(${index.refused}) ${statSync(`${values.graph}.index`).size / 1e6} MB` });
  }
  t0 = performance.now();
  index = IndexedGraph.open(values.graph);
  row('open graph index', { seconds: (performance.now() - t0) / 1000 }, null, { detail: `${index.order} nodes, ${index.size} edges` });
  const fromIndex = new MemoryQueries(index);
  // Same answers from the index as from the graph file, for every call of the plan.
  let same = 0;
  let calls = 0;
  for (const [helper, list] of Object.entries(plan)) {
    if (helper === 'sample') continue;
    for (const c of list) {
      calls++;
      if (JSON.stringify(await c(queries)) === JSON.stringify(await c(fromIndex))) same++;
      else results.notes.push(`index answer differs: ${helper} #${list.indexOf(c)}`);
    }
  }
  results.notes.push(`answers from the graph index equal the graph file's: ${same} of ${calls} calls`);
  await timeQueries('memory-index', fromIndex, plan);
  await fromIndex.close();
  const env = { ...process.env, NEO4J_URI: '' };
  askStartup('memory', env, ['search', plan.sample.person, '--store', 'memory', '--graph', values.graph], 'ask search (index)');
  askStartup('memory', env, ['chairs', '--store', 'memory', '--graph', values.graph], 'ask chairs (index)');
  askStartup('memory', env, ['timeline', plan.sample.person, '--store', 'memory', '--graph', values.graph], 'ask timeline (index)');
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  for (const n of results.notes) console.log(`note: ${n}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const stores = values.store === 'both' ? ['memory', 'neo4j'] : [values.store];
console.log(`bench: ${input}${limit ? ` (first ${limit} records)` : ''}; stores ${stores.join(', ')}; jobs ${jobs}; ${availableParallelism()} cores; node ${process.version}; load ${load()}`);

const { loadArticles } = await import(dist('article/index.js'));
const { ingest } = await import(dist('ingest/ingest.js'));

// ── reading ────────────────────────────────────────────────────────────────────────────────────
if (!values.writes) {
const floorRead = await readFloor();
{
  const t0 = performance.now();
  let n = 0;
  for await (const r of loadArticles([input])) {
    if (limit && n >= limit) break;
    n++;
  }
  const s = (performance.now() - t0) / 1000;
  row('read', { seconds: s, perSecond: rate(n, s), records: n }, floorRead);
}
const readRow = results.rows[0];

// ── extraction: the pipeline with no store, 1 job and all jobs ───────────────────────────────────
for (const j of [...new Set([1, jobs])]) {
  const s = await ingest([input], { store: nullStore(), jobs: j, ...(limit ? { limit } : {}) });
  row(`read+extract ${j} job${j > 1 ? 's' : ''}`, { seconds: s.seconds, perSecond: s.articlesPerSecond, records: s.read }, { name: 'read', seconds: readRow.seconds, perSecond: readRow.perSecond });
}
const extractRows = results.rows.filter((r) => r.name.startsWith('read+extract'));
if (extractRows.length === 2) results.notes.push(`speed-up with ${jobs} jobs: ×${(extractRows[1].perSecond / extractRows[0].perSecond).toFixed(2)}`);
}

// ── embedded store: ingest, re-ingest, queries, ask ─────────────────────────────────────────────
const floorGraph = values['floor-graph'] ? resolve(values['floor-graph']) : null;
const reuse = floorGraph !== null && existsSync(floorGraph) && existsSync(`${floorGraph}.summary.json`);
const graphFile = reuse ? floorGraph : join(work, 'graph.json');
const childArgs = ['--child', 'memory-ingest', '--graph', graphFile, '--input', input, '--jobs', String(jobs), ...(limit ? ['--limit', String(limit)] : []), ...(batchSize ? ['--batch-size', String(batchSize)] : [])];
const first = reuse ? JSON.parse(readFileSync(`${floorGraph}.summary.json`, 'utf8')) : await runChild(childArgs);
if (floorGraph && !reuse) {
  copyFileSync(graphFile, floorGraph);
  writeFileSync(`${floorGraph}.summary.json`, JSON.stringify(first));
}
const size = statSync(graphFile).size;
if (reuse) results.notes.push(`floor graph reused from ${floorGraph}`);
else row('memory ingest', { seconds: first.seconds, perSecond: rate(first.summary.read, first.seconds), records: first.summary.read, peakMB: first.maxRssMB, fileMB: size / 1e6 }, null, {
  detail: `peak RSS ${first.maxRssMB.toFixed(0)} MB, file ${(size / 1e6).toFixed(1)} MB; ${first.summary.graph.nodes} nodes, ${first.summary.graph.relationships} relationships`,
});
const floorHash = await hashFloor();
if (!values.writes) {
const again = await runChild(childArgs);
row('memory re-ingest', { seconds: again.seconds, perSecond: rate(again.summary.read, again.seconds), unchanged: again.summary.articles.unchanged, written: again.summary.articles.new + again.summary.articles.updated }, floorHash, {
  detail: `${(100 * again.seconds / first.seconds).toFixed(1)}% of first; ${again.summary.articles.unchanged} unchanged, ${again.summary.articles.new + again.summary.articles.updated} written`,
});

}
const { MemoryGraphStore } = await import(dist('store/memory/index.js'));
const { MemoryQueries } = await import(dist('query/memory.js'));
const memory = MemoryGraphStore.open(graphFile);
const plan = queryPlan(memory.graph);
if (stores.includes('memory') && !values.writes) {
  await timeQueries('memory', new MemoryQueries(memory.graph), plan);
  askStartup('memory', { ...process.env, NEO4J_URI: '' }, ['search', plan.sample.person, '--store', 'memory', '--graph', graphFile]);
}

// ── Neo4j: floor, ingest, re-ingest, queries, ask ─────────────────────────────────────────────
if (stores.includes('neo4j')) {
  const home = join(work, 'home');
  const env = { ...process.env, MEETING_KG_HOME: home };
  delete env.NEO4J_URI;
  const server = (cmd) => {
    const r = spawnSync(process.execPath, [cli, 'neo4j', cmd], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`neo4j ${cmd} failed: ${r.stderr}`);
  };
  /** CPU seconds (user + system) the running server has used so far, from /proc/<pid>/stat; null elsewhere. */
  const serverCpu = () => {
    try {
      const { pid } = JSON.parse(readFileSync(join(home, 'neo4j', 'server.json'), 'utf8'));
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  };
  const cpuSince = (start) => (start === null || serverCpu() === null ? null : serverCpu() - start);
  const fresh = () => {
    server('stop');
    rmSync(join(home, 'neo4j', 'data'), { recursive: true, force: true });
    server('start');
  };
  const { Neo4jGraphStore, applySchema } = await import(dist('store/neo4j/index.js'));
  const { default: neo4jDriver } = await import('neo4j-driver');
  /**
   * Counts the queries (tx.run, session.run) and transactions a driver runs from now on, by wrapping
   * its sessions: the figure the writer is tuned by (each write query costs the server ~50 ms whatever its rows).
   */
  /**
   * `--profile`: the server's own time (result available + consumed, ms, from each result's
   * summary) per query text, summed over the ingest; printed, top first, after the ingest rows.
   */
  const profile = new Map();
  const timed = (result, text) => {
    if (!values.profile) return result;
    const key = createHash('sha256').update(String(text)).digest('hex').slice(0, 8);
    // Through `then` (the promise the caller awaits too): `summary()` would cancel the stream.
    result.then?.(({ summary: s }) => {
      const ms = Number(s.resultAvailableAfter ?? 0) + Number(s.resultConsumedAfter ?? 0);
      const p = profile.get(key) ?? { text: String(text).replace(/\s+/g, ' ').replace(/^CYPHER replan=skip /, '').slice(0, 150), count: 0, ms: 0 };
      p.count++;
      p.ms += ms;
      profile.set(key, p);
    }, () => undefined);
    return result;
  };
  const countQueries = (driver) => {
    const counts = { queries: 0, writeTransactions: 0, readTransactions: 0 };
    const open = driver.session.bind(driver);
    const counted = (tx) => new Proxy(tx, {
      get(t, k) {
        if (k === 'run') return (...a) => { counts.queries++; return timed(t.run(...a), a[0]); };
        const v = t[k];
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
    driver.session = (...args) => {
      const s = open(...args);
      const write = s.executeWrite.bind(s), read = s.executeRead.bind(s), run = s.run.bind(s);
      s.executeWrite = (work, config) => { counts.writeTransactions++; return write((tx) => work(counted(tx)), config); };
      s.executeRead = (work, config) => { counts.readTransactions++; return read((tx) => work(counted(tx)), config); };
      s.run = (...a) => { counts.queries++; return timed(run(...a), a[0]); };
      return s;
    };
    return counts;
  };
  /**
   * A digest of the whole database: every node (labels, properties) and relationship (type, ends'
   * ids, properties) as canonical JSON lines, sorted, hashed (sha256, first 16 hex digits). Lists
   * keep their order: two ingests of one input give the same digest only with the same graph exactly.
   */
  const graphDigest = async (driver) => {
    const plain = (v) => (neo4jDriver.isInt(v) ? v.toNumber() : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, plain(x)])) : v);
    const session = driver.session({ defaultAccessMode: neo4jDriver.session.READ });
    try {
      const nodes = await session.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
      const edges = await session.run('MATCH (s)-[r]->(e) RETURN type(r) AS t, s.id AS s, e.id AS e, properties(r) AS p');
      const lines = [
        ...nodes.records.map((r) => `N${JSON.stringify([[...r.get('l')].sort(), plain(r.get('p'))])}`),
        ...edges.records.map((r) => `E${JSON.stringify([r.get('t'), r.get('s'), r.get('e'), plain(r.get('p'))])}`),
      ].sort();
      // `--dump <file>`: the digest's lines, to compare two runs' graphs line by line.
      if (values.dump) writeFileSync(values.dump, `${lines.join('\n')}\n`);
      return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
    } finally {
      await session.close();
    }
  };
  const { Neo4jQueries } = await import(dist('query/neo4j.js'));
  try {
    // The write floor: the embedded store's final graph by plain batched UNWIND … CREATE.
    fresh();
    let store = await Neo4jGraphStore.connect({ env });
    await applySchema(store.driver);
    const floor = floorRows(memory.graph);
    const floorCpu0 = serverCpu();
    const t0 = performance.now();
    await writeFloor(store.driver, floor);
    const floorSeconds = (performance.now() - t0) / 1000;
    const floorCpu = cpuSince(floorCpu0);
    const floorCounts = await store.counts();
    await store.close();
    const floorWrite = { name: 'UNWIND…CREATE', seconds: floorSeconds, perSecond: rate(first.summary.read, floorSeconds), serverCpu: floorCpu };
    results.notes.push(`write floor: ${floorCounts.totalNodes} nodes, ${floorCounts.totalRelationships} relationships in ${floorSeconds.toFixed(1)} s (server CPU ${floorCpu?.toFixed(1)} s)`);

    // End to end into an empty database.
    fresh();
    store = await Neo4jGraphStore.connect({ env, ...(batchSize ? { batchSize } : {}) });
    await store.applySchema();
    const queryCounts = countQueries(store.driver);
    const ingestCpu0 = serverCpu();
    const ownCpu0 = process.cpuUsage();
    const s1 = await ingest([input], { store, jobs, ...(limit ? { limit } : {}), ...(batchSize ? { batchSize } : {}) });
    const ingestCpu = cpuSince(ingestCpu0);
    const own = process.cpuUsage(ownCpu0);
    const ownCpu = (own.user + own.system) / 1e6;
    const ingestQueries = { ...queryCounts };
    const batches = Math.ceil((s1.articles.new + s1.articles.updated) / (batchSize ?? 250));
    const digest = await graphDigest(store.driver);
    results.notes.push(`neo4j ingest: ${ingestQueries.queries} queries in ${ingestQueries.writeTransactions} write and ${ingestQueries.readTransactions} read transactions, ${batches} batches: ${(ingestQueries.queries / Math.max(1, batches)).toFixed(1)} queries and ${((ingestQueries.writeTransactions + ingestQueries.readTransactions) / Math.max(1, batches)).toFixed(1)} transactions per batch; graph digest ${digest}`);
    results.neo4jIngest = { ...ingestQueries, batches, digest };
    const counts = await store.counts();
    const same = counts.totalNodes === floorCounts.totalNodes && counts.totalRelationships === floorCounts.totalRelationships;
    row('neo4j ingest', { seconds: s1.seconds, perSecond: s1.articlesPerSecond, records: s1.read, serverCpu: ingestCpu, ownCpu }, floorWrite, {
      detail: `${counts.totalNodes} nodes, ${counts.totalRelationships} relationships (${same ? 'same as' : 'DIFFERENT from'} the floor's); server CPU ${ingestCpu?.toFixed(1)} s (floor ${floorCpu?.toFixed(1)} s); this process's CPU ${ownCpu.toFixed(1)} s (threads included)`,
      counts,
    });
    if (values.profile) {
      const total = [...profile.values()].reduce((n, p) => n + p.ms, 0);
      results.profile = [...profile.values()].sort((a, b) => b.ms - a.ms);
      console.log(`profile: server time of the ingest's queries, ${(total / 1000).toFixed(1)} s in all (result available + consumed)`);
      for (const p of results.profile.slice(0, 25)) console.log(`  ${(p.ms / 1000).toFixed(1).padStart(7)} s ${String(p.count).padStart(6)}×  ${p.text}`);
    }
    const reCpu0 = serverCpu();
    const s2 = await ingest([input], { store, jobs, ...(limit ? { limit } : {}), ...(batchSize ? { batchSize } : {}) });
    const reCpu = cpuSince(reCpu0);
    row('neo4j re-ingest', { seconds: s2.seconds, perSecond: s2.articlesPerSecond, unchanged: s2.articles.unchanged, written: s2.articles.new + s2.articles.updated, serverCpu: reCpu }, floorHash, {
      detail: `${(100 * s2.seconds / s1.seconds).toFixed(1)}% of first; ${s2.articles.unchanged} unchanged, ${s2.articles.new + s2.articles.updated} written; server CPU ${reCpu?.toFixed(1)} s`,
    });
    await store.close();
    if (!values.writes) {
    const { openDriver, resolveNeo4jConnection } = await import(dist('server/connection.js'));
    const driver = await openDriver(await resolveNeo4jConnection({ env }));
    const nq = new Neo4jQueries(driver, { ownsDriver: true });
    await timeQueries('neo4j', nq, plan);
    await compareStores(plan, new MemoryQueries(memory.graph), nq);
    await nq.close();
    askStartup('neo4j', env, ['search', plan.sample.person, '--store', 'neo4j']);
    }
  } catch (error) {
    // Report what was measured so far; the failure goes into the results.
    results.notes.push(`Neo4j stage failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    console.error(error);
    process.exitCode = 1;
  } finally {
    if (!values.keep) server('stop');
    else console.log(`the benchmark's Neo4j keeps running: MEETING_KG_HOME=${home} node dist/cli.js neo4j stop`);
  }
}

results.finished = new Date().toISOString();
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
for (const n of results.notes) console.log(`note: ${n}`);
console.log(`results written to ${values.out}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
