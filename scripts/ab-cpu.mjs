#!/usr/bin/env node
// CPU A/B of two builds in one process, interleaved chunk by chunk so that the machine's load weighs
// on both alike (issue 12: wall clock is noise on a shared machine). Each build is a folder holding a
// `dist/` (e.g. a copy of dist/ made before a change, with node_modules beside it).
// Usage: node scripts/ab-cpu.mjs <distA> <distB> [articles=3000] [rounds=1] [input=../shared/corpus/bulk-baomoi-2017.jsonl.gz]
// Prints, per build, CPU µs per article (user + system of the process) for read, extract and
// extract + resolve (articleGraph), and B/A. The build loaded second tends to look a few % slower:
// run it again with A and B swapped and take the geometric mean of B/A and 1/(A/B).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const [A, B, N = '3000', rounds = '1', input = new URL('../../shared/corpus/bulk-baomoi-2017.jsonl.gz', import.meta.url).pathname] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: node scripts/ab-cpu.mjs <distA> <distB> [articles] [rounds] [input]');
const load = async (dist) => {
  const at = (p) => pathToFileURL(resolve(dist, p)).href;
  const { readRecord } = await import(at('article/index.js'));
  const { extract } = await import(at('extract/index.js'));
  const { articleGraph } = await import(at('ingest/article-graph.js'));
  const { defaultLocalityMap } = await import(at('resolve/index.js'));
  return { readRecord, extract, articleGraph, localities: defaultLocalityMap() };
};
const sides = [await load(A), await load(B)];
const raw = readFileSync(input);
const lines = (/\.gz$/.test(input) ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter((l) => l.trim()).slice(0, Number(N));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const read = (s, chunk) => chunk.flatMap((text, i) => s.readRecord({ kind: 'line', input: 'ab', line: i + 1, text, maxBytes: 5e6 }).filter((r) => r.ok).map((r) => r.article));
const graph = (s, a) => s.articleGraph(a, { localities: s.localities, locality: null, contentHash: 'content:ab' });
// Warm-up: the first few hundred articles compile the rules' patterns and tier up the code.
for (const s of sides) for (const a of read(s, lines.slice(0, 300))) graph(s, a);
const total = sides.map(() => ({ read: 0, extract: 0, graph: 0 }));
const CHUNK = 20;
let n = 0;
for (let r = 0; r < Number(rounds); r++) {
  for (let c = 0; c < lines.length; c += CHUNK) {
    const chunk = lines.slice(c, c + CHUNK);
    for (const k of (c / CHUNK + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const s = sides[k];
      let t = cpu();
      const articles = read(s, chunk);
      total[k].read += cpu() - t;
      t = cpu();
      for (const a of articles) s.extract(a);
      total[k].extract += cpu() - t;
      t = cpu();
      for (const a of articles) graph(s, a);
      total[k].graph += cpu() - t;
    }
    n += chunk.length;
  }
}
const us = (x) => Math.round((1000 * x) / n);
total.forEach((t, k) => console.log(`${k ? 'B' : 'A'} ${k ? B : A}: read ${us(t.read)} µs, extract ${us(t.extract)} µs, extract+resolve ${us(t.graph)} µs, read+extract+resolve ${us(t.read + t.graph)} µs per article (CPU)`));
const [a, b] = total;
console.log(`B/A: read ${(b.read / a.read).toFixed(3)}, extract ${(b.extract / a.extract).toFixed(3)}, extract+resolve ${(b.graph / a.graph).toFixed(3)}, read+extract+resolve ${((b.read + b.graph) / (a.read + a.graph)).toFixed(3)}`);
