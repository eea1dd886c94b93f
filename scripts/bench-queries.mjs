#!/usr/bin/env node
/**
 * Query helpers call by call on a graph already built (issue 12): which call of a helper sets its p95.
 *
 *   node scripts/bench-queries.mjs --graph <graph.json> [--store memory|neo4j|both] [--repeat 20]
 *        [--dist dist[,other-dist]] [--load-neo4j] [--only helper,...] [--call helper:i] [--profile]
 *        [--cpu-prof out.cpuprofile]
 *
 * The calls are those of `npm run bench` (scripts/query-plan.mjs). With several `--dist` builds (e.g. a
 * copy of dist/ made before a change) their helpers run interleaved, call by call, so the machine's
 * load weighs on all alike; the answers of every build must be deeply equal (checked once per call).
 * Neo4j: the server of MEETING_KG_HOME (started beforehand, `meeting-kg neo4j start`); `--load-neo4j`
 * first empties it and writes the graph file's nodes and relationships by batched UNWIND … CREATE
 * (as the benchmark's write floor: the same graph as an ingest gives, in a minute).
 * `--cpu-prof <file>`: a V8 CPU profile of the timed calls only (after load and warm-up).
 * `--profile` prints, for Neo4j, the db hits of each query the first call of each helper runs (PROFILE).
 * Prints per helper and build p50/p95 ms of wall time and of this process's CPU time (user + system;
 * the machine is shared), and the calls whose median CPU time is largest.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { floorRows, writeFloor } from './neo4j-floor.mjs';
import { queryPlan } from './query-plan.mjs';

const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    store: { type: 'string', default: 'both' },
    repeat: { type: 'string', default: '20' },
    dist: { type: 'string', default: 'dist' },
    'load-neo4j': { type: 'boolean', default: false },
    only: { type: 'string' },
    call: { type: 'string' },
    'cpu-prof': { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
if (!values.graph) throw new Error('--graph <graph.json> is required');
const dists = values.dist.split(',').map((d) => resolve(d));
const at = (dist, p) => pathToFileURL(resolve(dist, p)).href;
const { MemoryGraphStore } = await import(at(dists[0], 'store/memory/index.js'));
const store = MemoryGraphStore.open(values.graph);
const graph = store.graph;
const plan = queryPlan(graph);
const only = values.only ? new Set(values.only.split(',')) : null;
// `--call helper:i`: only that call of the helper (profiling one question).
if (values.call) {
  const [h, i] = values.call.split(':');
  for (const k of Object.keys(plan)) if (k !== 'sample' && k !== h) delete plan[k];
  plan[h] = [plan[h][Number(i)]];
}
const stores = values.store === 'both' ? ['memory', 'neo4j'] : [values.store];

let driver = null;
if (stores.includes('neo4j')) {
  const { openDriver, resolveNeo4jConnection } = await import(at(dists[0], 'server/connection.js'));
  driver = await openDriver(await resolveNeo4jConnection({ env: process.env }));
  if (values['load-neo4j']) await loadNeo4j(driver);
}

/** Empties the database and writes the graph's nodes and relationships (batched UNWIND … CREATE), schema first. */
async function loadNeo4j(d) {
  const { applySchema } = await import(at(dists[0], 'store/neo4j/index.js'));
  const session = d.session();
  try {
    for (;;) {
      const r = await session.run('MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS c');
      if (r.records[0].get('c').toNumber() === 0) break;
    }
  } finally {
    await session.close();
  }
  await applySchema(d);
  const t0 = performance.now();
  await writeFloor(d, floorRows(graph));
  const s = d.session();
  try {
    await s.run('CALL db.awaitIndexes(600)');
    await s.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await s.close();
  }
  console.log(`loaded ${graph.order} nodes, ${graph.size} relationships into Neo4j in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const builds = [];
for (const dist of dists) {
  const { MemoryQueries } = await import(at(dist, 'query/memory.js'));
  const { Neo4jQueries } = await import(at(dist, 'query/neo4j.js'));
  const b = { dist, q: {} };
  if (stores.includes('memory')) b.q.memory = new MemoryQueries(graph);
  if (driver) b.q.neo4j = new Neo4jQueries(driver);
  builds.push(b);
}

let profiling = null;
async function startProfile() {
  const { Session } = await import('node:inspector');
  profiling = new Session();
  profiling.connect();
  const post = (m, p) => new Promise((ok, fail) => profiling.post(m, p, (e, r) => (e ? fail(e) : ok(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
async function stopProfile() {
  const { writeFileSync } = await import('node:fs');
  const { profile } = await new Promise((ok, fail) => profiling.post('Profiler.stop', (e, r) => (e ? fail(e) : ok(r))));
  writeFileSync(values['cpu-prof'], JSON.stringify(profile));
  profiling.disconnect();
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeat = Number(values.repeat);

if (values.profile && driver) await profileNeo4j();

for (const storeName of stores) {
  for (const [helper, calls] of Object.entries(plan)) {
    if (helper === 'sample' || (only && !only.has(helper))) continue;
    // Same answers from every build; warm-up.
    for (const [i, c] of calls.entries()) {
      const answers = [];
      for (const b of builds) answers.push(await c(b.q[storeName]));
      for (let k = 1; k < answers.length; k++) if (!isDeepStrictEqual(answers[0], answers[k])) console.log(`ANSWERS DIFFER: ${storeName} ${helper} #${i} (${builds[k].dist})`);
    }
    if (values['cpu-prof'] && !profiling) await startProfile();
    const times = builds.map(() => calls.map(() => []));
    const cpus = builds.map(() => calls.map(() => []));
    for (let r = 0; r < repeat; r++) {
      for (const [i, c] of calls.entries()) {
        const order = (r + i) % 2 === 0 ? builds.map((_, k) => k) : builds.map((_, k) => builds.length - 1 - k);
        for (const k of order) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await c(builds[k].q[storeName]);
          times[k][i].push(performance.now() - t0);
          const c1 = process.cpuUsage(c0);
          cpus[k][i].push((c1.user + c1.system) / 1000);
        }
      }
    }
    for (const [k, b] of builds.entries()) {
      const all = times[k].flat().sort((x, y) => x - y);
      const cpu = cpus[k].flat().sort((x, y) => x - y);
      const worst = cpus[k].map((t, i) => [median(t), i]).sort((x, y) => y[0] - x[0]).slice(0, 3);
      console.log(`${storeName.padEnd(6)} ${helper.padEnd(14)} ${b.dist.split('/').slice(-2).join('/').padEnd(20)} wall p50 ${percentile(all, 50).toFixed(2).padStart(6)} p95 ${percentile(all, 95).toFixed(2).padStart(6)} | cpu p50 ${percentile(cpu, 50).toFixed(2).padStart(6)} p95 ${percentile(cpu, 95).toFixed(2).padStart(6)} ms | slowest (median cpu ms): ${worst.map(([m, i]) => `#${i} ${m.toFixed(1)}`).join(', ')}`);
    }
  }
}

/** PROFILE of every query the first build runs for each call of each helper: db hits and rows per query. */
async function profileNeo4j() {
  const q = builds[0].q.neo4j;
  for (const [helper, calls] of Object.entries(plan)) {
    if (helper === 'sample' || (only && !only.has(helper))) continue;
    for (const [i, c] of calls.entries()) {
      const seen = [];
      const real = driver.session.bind(driver);
      driver.session = (cfg) => {
        const s = real(cfg);
        const wrap = (tx) => new Proxy(tx, { get: (t, k) => (k === 'run' ? (text, params) => { seen.push({ text, params }); return t.run(text, params); } : t[k]) });
        const er = s.executeRead.bind(s);
        s.executeRead = (work) => er((tx) => work(wrap(tx)));
        return s;
      };
      try {
        await c(q);
      } finally {
        driver.session = real;
      }
      for (const { text, params } of seen) {
        const s = real({ defaultAccessMode: 'READ' });
        try {
          const t0 = performance.now();
          const r = await s.run(`PROFILE ${text}`, params);
          const ms = performance.now() - t0;
          const p = r.summary.profile;
          const hits = (n) => n.dbHits + n.children.reduce((a, ch) => a + hits(ch), 0);
          const first = text.split('\n').find((l) => /MATCH|CALL/.test(l))?.trim().slice(0, 70);
          console.log(`profile ${helper} #${i}: ${hits(p)} db hits, ${r.records.length} rows, ${ms.toFixed(1)} ms  ${first}`);
          if (process.env.PROFILE_TREE) printTree(p, 1);
        } finally {
          await s.close();
        }
      }
    }
  }
}

function printTree(n, depth) {
  console.log(`${'  '.repeat(depth)}${n.operatorType} rows=${n.rows} hits=${n.dbHits} ${n.arguments?.Details ? String(n.arguments.Details).slice(0, 120) : ''}`);
  for (const c of n.children) printTree(c, depth + 1);
}

if (profiling) await stopProfile();
for (const b of builds) for (const q of Object.values(b.q)) await q.close();
if (driver) await driver.close();
