#!/usr/bin/env node
/**
 * How many merges each rule of resolution across articles makes on an ingested embedded graph,
 * with examples to read: merges (which two articles, on what facts) and kept-apart pairs (nodes of
 * one name left apart, with the POSSIBLY_SAME candidates and the facts that kept them apart).
 *
 *   npm run build
 *   node dist/cli.js ingest <articles.jsonl[.gz]> --store memory --graph /tmp/g.json
 *   node scripts/resolution-merges.mjs --graph /tmp/g.json [--examples 10] [--seed 1] [--json]
 *
 * It re-runs the `resolve` stage's clustering over every block's stored mention records (the
 * store's state is exactly that outcome) and counts the merges per rule.
 */
import { parseArgs } from 'node:util';
import { MemoryGraphStore } from '../dist/store/memory/index.js';
import { meetingRecordFrom, personRecordFrom, resolveMeetings, resolvePersons } from '../dist/resolve/identity.js';

const { values } = parseArgs({ options: { graph: { type: 'string' }, examples: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
if (!values.graph) {
  console.error('usage: resolution-merges.mjs --graph <embedded graph file> [--examples N] [--seed S] [--json]');
  process.exit(2);
}
const store = MemoryGraphStore.open(values.graph);
const g = store.graph;
const source = (id) => (g.hasNode(id) ? g.getNodeAttribute(id, 'sourceId') ?? id : id);

const persons = new Map();
const meetings = new Map();
g.forEachEdge((key, a, s, t) => {
  if (typeof a.block !== 'string') return;
  if (a.type === 'MENTIONS') {
    const r = personRecordFrom(s, t, a);
    if (r) persons.set(r.block, [...(persons.get(r.block) ?? []), r]);
  } else if (a.type === 'REPORTS') {
    const r = meetingRecordFrom(s, t, a);
    if (r?.block) meetings.set(r.block, [...(meetings.get(r.block) ?? []), r]);
  }
});

const counts = {};
const merges = [];
const apart = [];
for (const [block, records] of persons) {
  const res = resolvePersons(records);
  for (const m of res.merges) { counts[`person ${m.rule}`] = (counts[`person ${m.rule}`] ?? 0) + 1; merges.push({ kind: 'person', block, ...m }); }
  const nodes = [...res.nodes];
  if (nodes.length > 1) {
    // Kept apart: every pair of nodes of this name; say what each one rests on.
    const facts = (id) => {
      const rs = records.filter((r) => res.assignment.get(`${r.article}\u241F${r.node}`) === id);
      const posts = [...new Set(rs.flatMap((r) => r.posts))].slice(0, 3).join('; ') || 'no post';
      return `${rs.length} article(s): ${posts}${rs[0]?.place ? ` [article place ${rs[0].place}]` : ''}`;
    };
    for (let i = 0; i + 1 < nodes.length; i++) {
      const [a, pa] = nodes[i];
      const [b] = nodes[i + 1];
      const cand = (pa.possiblySame ?? []).map((x) => JSON.parse(x)).find((c) => c.node === b);
      apart.push({ kind: 'person', name: pa.name, a: facts(a), b: facts(b), possiblySame: cand ? `score ${cand.score}: ${cand.reasons.join('; ')}` : null });
    }
  }
}
for (const [block, records] of meetings) {
  const res = resolveMeetings(records);
  for (const m of res.merges) { counts[`meeting ${m.rule}`] = (counts[`meeting ${m.rule}`] ?? 0) + 1; merges.push({ kind: 'meeting', block, ...m }); }
}
counts['person mentions'] = [...persons.values()].reduce((n, r) => n + r.length, 0);
counts['meeting reports with a day'] = [...meetings.values()].reduce((n, r) => n + r.length, 0);

// A deterministic sample.
let t = Number(values.seed) >>> 0;
const rand = () => { t = (t + 0x6d2b79f5) >>> 0; let r = Math.imul(t ^ (t >>> 15), 1 | t); r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r; return ((r ^ (r >>> 14)) >>> 0) / 4294967296; };
const sample = (xs, n) => { const c = [...xs]; const out = []; while (c.length && out.length < n) out.push(c.splice(Math.floor(rand() * c.length), 1)[0]); return out; };
const n = Number(values.examples);
const byRule = new Map();
for (const m of merges) byRule.set(`${m.kind} ${m.rule}`, [...(byRule.get(`${m.kind} ${m.rule}`) ?? []), m]);
// Examples spread over the rules.
const examples = [];
for (let i = 0; examples.length < n && i < n; i++) for (const list of byRule.values()) if (examples.length < n) examples.push(...sample(list, 1));
const result = {
  counts,
  merges: examples.map((m) => `${m.kind} ${m.block} — ${m.rule}: ${m.detail} — ${source(m.articles[0])} + ${source(m.articles[1])}`),
  keptApart: sample(apart, n).map((p) => `${p.name}: {${p.a}} vs {${p.b}}${p.possiblySame ? ` — POSSIBLY_SAME ${p.possiblySame}` : ''}`),
};
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log('merges per rule:');
  for (const [k, v] of Object.entries(counts).sort()) console.log(`  ${k.padEnd(32)} ${v}`);
  console.log('\nmerges to read:');
  for (const l of result.merges) console.log(`  ${l}`);
  console.log('\nkept apart, to read:');
  for (const l of result.keptApart) console.log(`  ${l}`);
}
