#!/usr/bin/env node
// Benchmark of the extract stage on the bulk corpus, streamed (never copied).
// Usage: node scripts/bench-extract.mjs [path.jsonl.gz] [maxArticles]   (build first: npm run build)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { readArticleText } from '../dist/article/index.js';
import { extract } from '../dist/extract/index.js';

const path = process.argv[2] ?? new URL('../../shared/corpus/bulk-baomoi-2017.jsonl.gz', import.meta.url).pathname;
const max = Number(process.argv[3] ?? Infinity);
const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
let n = 0, chars = 0, readMs = 0, extractMs = 0, meetings = 0, failures = 0, slowest = { ms: 0, id: '' };
const t0 = performance.now();
for await (const line of lines) {
  if (!line.trim()) continue;
  if (n >= max) break;
  let record;
  try { record = JSON.parse(line); } catch { failures++; continue; }
  let article;
  const r0 = performance.now();
  try { article = readArticleText(String(record.text ?? ''), { input: String(record.id ?? n) }); } catch { failures++; continue; }
  const r1 = performance.now();
  const e = extract(article);
  const r2 = performance.now();
  readMs += r1 - r0; extractMs += r2 - r1;
  if (r2 - r1 > slowest.ms) slowest = { ms: r2 - r1, id: record.id };
  // (an extraction carries the reader's warnings too: only its own failure counts)
  if (e.warnings.some((w) => w.startsWith('extraction failed'))) failures++;
  meetings += e.meetings.length; chars += article.text.length; n++;
}
const wall = (performance.now() - t0) / 1000;
console.log(JSON.stringify({
  articles: n, megabytesOfText: +(chars / 1e6).toFixed(1), articlesWithMeeting: meetings, unreadableOrFailed: failures,
  extractSeconds: +(extractMs / 1000).toFixed(1), extractArticlesPerSecond: Math.round(n / (extractMs / 1000)),
  readPlusExtractArticlesPerSecond: Math.round(n / ((readMs + extractMs) / 1000)), wallSeconds: +wall.toFixed(1),
  slowestArticle: { id: slowest.id, ms: Math.round(slowest.ms) },
}, null, 2));
