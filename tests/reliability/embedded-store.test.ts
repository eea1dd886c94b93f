/**
 * The embedded store is safe to share and to kill (the built CLI, real processes and signals):
 * a second writer of one graph file waits or stops naming the holder; four concurrent writers
 * lose nothing and double nothing; kill -9 at any moment loses at most one checkpoint and leaves
 * the file whole, its temp files removed by the next run; Ctrl-C says what was saved and exits 130.
 * Every rerun ends with the graph of one uninterrupted run (same digest).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleCount, contentDigest, digest, record } from '../support/records.js';
import { figure, runCli, startCli, waitFor } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 40 records, also split in four files of 10. */
const RECORDS = Array.from({ length: 40 }, (_v, i) => record(i));
const ALL = join(dir, 'all.jsonl');
const PARTS = [0, 1, 2, 3].map((p) => join(dir, `part-${p}.jsonl`));
/** Small batches and a checkpoint after each: kills land between and inside saves. */
const SMALL = ['--jobs', '1', '--batch-size', '4', '--checkpoint', '0', '--quiet'];
const reference = join(dir, 'reference.json');
let referenceDigest = '';

beforeAll(async () => {
  writeFileSync(ALL, `${RECORDS.join('\n')}\n`);
  PARTS.forEach((p, i) => writeFileSync(p, `${RECORDS.slice(i * 10, i * 10 + 10).join('\n')}\n`));
  const r = await runCli(['ingest', ALL, '--graph', reference, '--quiet', '--jobs', '1'], { cwd: dir });
  expect(r.code, r.err).toBe(0);
  referenceDigest = digest(reference);
  expect(articleCount(reference)).toBe(40);
}, 300_000);

const temps = (graph: string) => readdirSync(dir).filter((n) => n.startsWith(`${graph.split('/').pop()}.`) && n.endsWith('.tmp'));

describe('one writer at a time', () => {
  it('a second writer stops at once naming the holder (pid, command, since when); with --wait it waits and loses nothing', async () => {
    const graph = join(dir, 'second.json');
    // The first writer reads standard input, left open: it holds the lock until the test ends it.
    const first = startCli(['ingest', '-', '--graph', graph, ...SMALL], { cwd: dir, timeoutMs: 300_000, input: `${RECORDS.join('\n')}\n`, openStdin: true });
    await waitFor(() => existsSync(`${graph}.lock/holder.json`), 60_000, 'the first writer to take the lock');
    const second = await runCli(['ingest', PARTS[0] as string, '--graph', graph, '--quiet'], { cwd: dir });
    expect(second.code).toBe(1);
    const lines = second.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`being written by pid ${first.child.pid} \\(meeting-kg ingest - --graph .*\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`));
    // With --wait it waits for the first to finish, then finds every article unchanged.
    const waiting = startCli(['ingest', PARTS[1] as string, '--graph', graph, '--quiet', '--json', '--wait', '300'], { cwd: dir, timeoutMs: 300_000 });
    await waitFor(() => /waiting up to 300 s/.test(waiting.err()), 60_000, 'the second writer to wait');
    first.child.stdin?.end();
    expect((await first.done).code).toBe(0);
    const waited = await waiting.done;
    expect(waited.code, waited.err).toBe(0);
    expect(JSON.parse(waited.out).articles).toEqual({ new: 0, updated: 0, unchanged: 10 });
    expect(contentDigest(graph)).toBe(contentDigest(reference));
  }, 300_000);

  it('four concurrent writers of one file: every article once, the graph of one run', async () => {
    const graph = join(dir, 'concurrent.json');
    const runs = await Promise.all(PARTS.map((p) => runCli(['ingest', p, '--graph', graph, '--quiet', '--json', '--jobs', '1', '--wait', '300'], { cwd: dir, timeoutMs: 300_000 })));
    for (const r of runs) {
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out).articles.new).toBe(10);
    }
    expect(articleCount(graph)).toBe(40);
    expect(contentDigest(graph)).toBe(contentDigest(reference));
    figure('concurrent writers of one graph file', `${runs.length}, ${articleCount(graph)} of 40 articles kept, none doubled`);
  }, 300_000);
});

describe('kill -9 and Ctrl-C', () => {
  it('kills at any moment lose at most one checkpoint; the file stays whole; the next run removes temp files and finishes the graph', async () => {
    const graph = join(dir, 'killed.json');
    // A temp file as a save killed midway leaves it (another pid): removed by the next run.
    writeFileSync(`${graph}.999999.1.tmp`, '{"format":"meeting-kg-gr');
    const KILLS = 5;
    let kills = 0;
    let before = 0;
    const delays = [0, 40, 90, 150, 260];
    for (let k = 0; k < KILLS; k++) {
      const run = startCli(['ingest', ALL, '--graph', graph, ...SMALL], { cwd: dir, timeoutMs: 300_000 });
      const mtime = existsSync(graph) ? statSync(graph).mtimeMs : 0;
      // Killed a little after a new checkpoint: during extraction, writing, or the next save.
      // (or its end: once every article is in, a run has nothing to write and exits without saving)
      await waitFor(() => run.child.exitCode !== null || (existsSync(graph) && statSync(graph).mtimeMs > mtime), 120_000, 'a checkpoint');
      await new Promise((r) => setTimeout(r, delays[k] ?? 0));
      if (run.child.exitCode !== null) break;
      run.child.kill('SIGKILL');
      const end = await run.done;
      // The run may have finished between the check above and the kill (its exit not yet seen):
      // then it ended on its own, cleanly, and there is nothing left to kill.
      if (end.signal === null) {
        expect(end.code, end.err).toBe(0);
        break;
      }
      expect(end.signal).toBe('SIGKILL');
      kills += 1;
      if (k === 0) expect(end.err).toMatch(/removed 1 temporary file/);
      const now = articleCount(graph); // parses: the file is whole
      expect(now).toBeGreaterThanOrEqual(Math.max(before, 4));
      before = now;
    }
    expect(kills, 'runs killed mid-ingest').toBeGreaterThanOrEqual(2);
    const last = await runCli(['ingest', ALL, '--graph', graph, '--quiet', '--json', '--jobs', '1'], { cwd: dir, timeoutMs: 300_000 });
    expect(last.code, last.err).toBe(0);
    const summary = JSON.parse(last.out);
    expect(summary.articles.unchanged).toBeGreaterThanOrEqual(before);
    expect(summary.articles.new + summary.articles.unchanged).toBe(40);
    expect(temps(graph)).toEqual([]);
    expect(existsSync(`${graph}.lock`)).toBe(false);
    expect(articleCount(graph)).toBe(40);
    expect(digest(graph)).toBe(referenceDigest);
    figure('kill -9 of an embedded-store ingest survived', `${kills} (graph identical to one uninterrupted run)`);
  }, 600_000);

  it('Ctrl-C writes what was read, says how many articles were committed, exits 130; the rerun finishes the graph', async () => {
    const graph = join(dir, 'interrupted.json');
    // 100 records: the run is still going well after its first checkpoint, when Ctrl-C comes.
    const input = join(dir, 'hundred.jsonl');
    writeFileSync(input, `${Array.from({ length: 100 }, (_v, i) => record(i)).join('\n')}\n`);
    const run = startCli(['ingest', input, '--graph', graph, ...SMALL], { cwd: dir, timeoutMs: 300_000 });
    await waitFor(() => existsSync(graph), 120_000, 'a first checkpoint');
    expect(run.child.exitCode).toBeNull();
    run.child.kill('SIGINT');
    const end = await run.done;
    expect(end.code, end.err).toBe(130);
    const said = /interrupted: (\d+) article\(s\) of this run committed to (\S+); run the same command again/.exec(end.err);
    expect(said, end.err).not.toBeNull();
    const committed = Number(said?.[1]);
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(100);
    expect(said?.[2]).toBe(graph);
    // Standard output says the same: never the "Ingested …" summary of a finished run.
    expect(end.out).not.toMatch(/Ingested/);
    expect(end.out.split('\n')[0]).toBe(`Interrupted: ingest into memory (${graph}) stopped after ${/stopped after (\d+\.\d) s/.exec(end.out)?.[1]} s; ${committed} article(s) of this run committed (run the same command again to go on)`);
    expect(articleCount(graph)).toBe(committed);
    expect(existsSync(`${graph}.lock`)).toBe(false);
    const rerun = await runCli(['ingest', input, '--graph', graph, '--quiet', '--json', '--jobs', '1'], { cwd: dir, timeoutMs: 300_000 });
    expect(rerun.code, rerun.err).toBe(0);
    expect(JSON.parse(rerun.out).articles).toEqual({ new: 100 - committed, updated: 0, unchanged: committed });
    expect(articleCount(graph)).toBe(100);
  }, 300_000);
});
