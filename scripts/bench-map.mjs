#!/usr/bin/env node
/**
 * HTML map benchmark: time to the first rendered frame in headless Chromium (Debian's, driven by
 * playwright-core), and the time a search-and-focus takes, at 10,000+ nodes.
 *
 *   npm run build && node scripts/bench-map.mjs [--nodes 10000] [--runs 3] [--out keep.html] [map.html …]
 *
 * Without files it builds a synthetic knowledge graph with about --nodes people, bodies and
 * meetings (each meeting held by a body, with 2–8 people; a third of the people hold a post),
 * exports it with `toMapHtml` (ForceAtlas2 layout included, timed) and opens it. With files
 * (e.g. maps kept by `scripts/bench-export.mjs --keep`) it opens those. firstFrameMs counts from
 * navigation start (parsing the inlined libraries and the payload included) to the first frame.
 *
 * cpuToFirstFrameMs adds up the CPU that Chromium's processes (renderer, GPU process with software
 * WebGL, browser) spent until the first frame: on the shared machine, wall-clock times swing
 * several-fold with the load, this much less.
 *
 * Measured 2026-11-30, load average 20–24 on the 2 cores, the same payloads before (sigma.js 4.0.4)
 * and after (sigma.js 3.0.3, line edges, idle reducers), `--runs 2` (first frame / Chromium CPU /
 * search+focus, seconds):
 *   synthetic  1,000 nodes,  2,224 links: before 5.7, 5.6 / 8.0, 6.7 / 0.7, 0.6   after 4.3, 2.7 / 4.9, 4.7 / 0.1, 0.9
 *   synthetic 10,000 nodes, 22,557 links: before 12.4, 16.8 / 13.0, 15.2 / 5.1, 6.1  after 17.0, 10.2 / 11.9, 7.9 / 1.5, 1.5
 *     (GPU process CPU 7.8 → 3.0 s; renderer 4.8 → 4.3 s)
 *   3,000 bulk articles, 4,452 nodes, 1,005 links (one run): before 12.9 / 10.7 / 2.1   after 9.2 / 8.0 / 0.6
 *   35,440 bulk articles, 49,957 nodes, 14,282 links (13.4 MB page, one run): before 32.0 / 26.2 / 11.9
 *     after 34.7 / 26.7 / 5.3 (of which 27.7 s before the map's script started: parsing the page)
 * At this load the first frame at 10,000 nodes is not yet "a few seconds" of wall clock.
 * Session 4 (load average 13–14, same synthetic 10,000 nodes / 22,557 links, `--runs 3`): the links now join
 * the nodes after the first frame (the map builds the full graph apart and hands it to sigma.js with
 * setGraph). First frame (nodes) before 5.3, 6.3 s (one and two runs) → after 3.4, 4.1, 3.5 s; links drawn at
 * 8.1, 9.3, 8.0 s (before: with the first frame). A CPU profile of the page shows most of the time outside
 * JavaScript ("(program)": software WebGL and compositing in headless Chromium, 4.8 s of 6.7 s).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import graphology from 'graphology';
import { chromium } from 'playwright-core';
import { toMapHtml } from '../dist/export/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { nodes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' }, chromium: { type: 'string', default: process.env.MEETING_KG_CHROMIUM ?? '/usr/bin/chromium' } },
});

function syntheticGraph(target) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const g = new graphology.MultiDirectedGraph();
  const people = Math.round(target * 0.55), meetings = Math.round(target * 0.35), bodies = target - people - meetings;
  for (let i = 0; i < bodies; i++) g.addNode(`org:${i}`, { label: 'Organization', name: `Sở số ${i}` });
  for (let i = 0; i < people; i++) g.addNode(`person:${i}`, { label: 'Person', name: `Nguyễn Văn Người ${i}` });
  let e = 0;
  for (let i = 0; i < meetings; i++) {
    const date = `20${10 + Math.floor(rnd() * 10)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    g.addNode(`meeting:${i}`, { label: 'Meeting', kind: 'Hội nghị', date });
    g.addDirectedEdgeWithKey(`e${e++}`, `meeting:${i}`, `org:${Math.floor(rnd() * bodies)}`, { type: 'ORGANIZED_BY', article: 'a', sentence: 'Câu.' });
    const k = 2 + Math.floor(rnd() * 7);
    for (let j = 0; j < k; j++) g.addDirectedEdgeWithKey(`e${e++}`, `person:${Math.floor(rnd() ** 2 * people)}`, `meeting:${i}`, { type: j === 0 ? 'CHAIRED' : 'ATTENDED', article: 'a', sentence: `Người ${j} dự họp.`, date });
  }
  for (let i = 0; i < people / 3; i++) {
    g.addNode(`position:${i}`, { label: 'Position', title: `Giám đốc ${i}` });
    g.addDirectedEdgeWithKey(`e${e++}`, `position:${i}`, `org:${Math.floor(rnd() * bodies)}`, { type: 'OF' });
    g.addDirectedEdgeWithKey(`e${e++}`, `person:${i}`, `position:${i}`, { type: 'HOLDS', article: 'a', sentence: 'Ông giữ chức.', date: '2015-01-01' });
  }
  return g;
}

/**
 * CPU time (ms, user + system) of every process descending from this one (Chromium's browser,
 * renderer and GPU processes), from /proc: on a shared, loaded machine wall-clock times swing
 * several-fold with the load, the CPU a page load costs much less. null where /proc is missing.
 */
function childrenCpuMs() {
  let entries;
  try { entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return null; }
  const info = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      info.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch { /* gone */ }
  }
  let ticks = 0;
  for (const [pid, p] of info) {
    let up = p.ppid;
    while (up > 1 && up !== process.pid) up = info.get(up)?.ppid ?? 0;
    if (up === process.pid && pid !== process.pid) ticks += p.ticks;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const files = positionals.map((p) => resolve(p));
let tmp = null;
if (files.length === 0) {
  tmp = mkdtempSync(join(tmpdir(), 'meeting-kg-bench-map-'));
  const g = syntheticGraph(Number(values.nodes));
  const t0 = performance.now();
  const html = toMapHtml(g, { title: `synthetic ${values.nodes}` });
  console.log(`bench-map: synthetic graph → map export (ForceAtlas2 layout included) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const file = values.out ? resolve(values.out) : join(tmp, 'map.html');
  writeFileSync(file, html);
  files.push(file);
}

const browser = await chromium.launch({ executablePath: values.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results = [];
try {
  for (const file of files) {
    for (let run = 1; run <= Number(values.runs); run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const cpu0 = childrenCpuMs();
      await page.goto(`file://${file}`, { waitUntil: 'commit', timeout: 300_000 });
      await page.waitForFunction(() => window.meetingKgMap?.firstFrameMs != null, null, { timeout: 300_000 });
      const cpu1 = childrenCpuMs();
      await page.waitForFunction(() => window.meetingKgMap?.linksReadyMs != null, null, { timeout: 300_000 });
      const cpu2 = childrenCpuMs();
      const m = await page.evaluate(() => ({ firstFrameMs: window.meetingKgMap.firstFrameMs, linksReadyMs: window.meetingKgMap.linksReadyMs, nodes: window.meetingKgMap.graph.order, edges: window.meetingKgMap.graph.size, timings: window.meetingKgMap.timings }));
      // Interaction: search a name and focus it (reducers run over every node), until the next frame.
      const focusMs = await page.evaluate(() => new Promise((done) => {
        const api = window.meetingKgMap;
        const t0 = performance.now();
        // 'nguoi 1' names synthetic people; on a real map the first 'nguyen' (the commonest surname).
        const hit = api.search('nguoi 1')[0] ?? api.search('nguyen')[0];
        api.focus(hit.node);
        requestAnimationFrame(() => done(performance.now() - t0));
      }));
      await page.close();
      const row = { file, bytes: statSync(file).size, run, nodes: m.nodes, edges: m.edges, firstFrameMs: Math.round(m.firstFrameMs), linksReadyMs: Math.round(m.linksReadyMs), cpuToLinksReadyMs: cpu0 === null ? null : cpu2 - cpu0, scriptStartMs: Math.round(m.timings.scriptStart), sigmaReadyMs: Math.round(m.timings.constructed), cpuToFirstFrameMs: cpu0 === null ? null : cpu1 - cpu0, focusMs: Math.round(focusMs) };
      results.push(row);
      console.log(`  ${file} run ${run}: ${m.nodes} nodes, ${m.edges} edges; first frame ${row.firstFrameMs} ms (scripts parsed by ${row.scriptStartMs} ms, sigma ready at ${row.sigmaReadyMs} ms; Chromium CPU ${row.cpuToFirstFrameMs} ms); links drawn at ${row.linksReadyMs} ms (Chromium CPU ${row.cpuToLinksReadyMs} ms); search+focus ${row.focusMs} ms`);
    }
  }
} finally {
  await browser.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
