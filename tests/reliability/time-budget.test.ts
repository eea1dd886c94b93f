/**
 * The per-article time budget of extraction (the built CLI, its worker threads): an article whose
 * extraction never ends (the documented test hook MEETING_KG_TEST_SLOW_ARTICLE makes it spin) is
 * skipped after `--article-timeout` with one line naming it, its thread replaced, and the run goes
 * on: every other article is ingested and `ingest` exits 2 with the summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleCount, record } from '../support/records.js';
import { cliEnv, figure, ROOT, runCli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARK = 'SLOW-ARTICLE-7f3a';

/** 40 records; those at `slow` carry the marker that makes their extraction spin. */
function input(name: string, slow: readonly number[]): string {
  const lines = Array.from({ length: 40 }, (_v, i) => {
    if (!slow.includes(i)) return record(i);
    const r = JSON.parse(record(i)) as { text: string };
    // Inside the first paragraph (a last line of its own could be read as a byline and dropped).
    return JSON.stringify({ ...r, text: r.text.replace('. ', `. ${MARK} `) });
  });
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const skipLine = (file: string, i: number) =>
  `skipped ${file}#${i + 1}: cannot extract url:tinvidu.vn/thoi-su/hoi-nghi-${i}.html: its extraction ran past the per-article time budget of 1 s (--article-timeout)`;

describe('per-article time budget', () => {
  it.each([
    { jobs: '1', slow: [5, 6] },
    { jobs: '2', slow: [20] },
  ])('with --jobs $jobs, articles $slow that never finish extracting are skipped after 1 s, named in one line; the others go in; exit 2', async ({ jobs, slow }) => {
    const file = input(`slow-${jobs}.jsonl`, slow);
    const graph = join(dir, `graph-${jobs}.json`);
    const r = await runCli(['ingest', file, '--graph', graph, '--jobs', jobs, '--article-timeout', '1'], { env: cliEnv({ MEETING_KG_TEST_SLOW_ARTICLE: MARK }), cwd: dir, timeoutMs: 100_000 });
    expect(r.code, r.err).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual(slow.map((i) => skipLine(file, i)));
    expect(r.out).toMatch(new RegExp(`read 40 article\\(s\\): ${40 - slow.length} new, 0 updated, 0 unchanged; ${slow.length} skipped`));
    expect(articleCount(graph)).toBe(40 - slow.length);
    // Each spinning article would hold the run a minute: the budget ends it.
    expect(r.ms).toBeLessThan(45_000);
    figure(`articles over the 1 s time budget (--jobs ${jobs})`, `${slow.length} skipped by name, ${40 - slow.length}/${40 - slow.length} others ingested, run ${(r.ms / 1000).toFixed(1)} s`);
  }, 120_000);

  // A user trying the hook on the shipped seeds marks the seed article that each worker thread also
  // extracts, untimed, to warm up: that warm-up must not spin, or every thread (the first, and the
  // one replacing the thread stopped for the budget) holds the run a minute before its first task.
  it('with the hook on a seed article (the threads\' warm-up article), the skip comes after about the budget, not minutes', async () => {
    const seeds = join(ROOT, 'seeds');
    const slowSeed = join(seeds, 'haiphong-bcd35-2023-02-06.txt');
    const mark = 'Đỗ Mạnh Hiến';
    expect(readFileSync(slowSeed, 'utf8')).toContain(mark);
    const graph = join(dir, 'graph-seeds.json');
    const r = await runCli(['ingest', seeds, '--graph', graph, '--jobs', '1', '--article-timeout', '1'], { env: cliEnv({ MEETING_KG_TEST_SLOW_ARTICLE: mark }), cwd: dir, timeoutMs: 150_000 });
    expect(r.code, r.err).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skipped .*: cannot extract .*: its extraction ran past the per-article time budget of 1 s \(--article-timeout\)$/);
    expect(lines[0]?.startsWith(`skipped ${slowSeed}: `)).toBe(true);
    expect(articleCount(graph)).toBe(1);
    // Each warm-up spin would add a minute (two threads: over two); generous for a loaded machine.
    expect(r.ms).toBeLessThan(45_000);
    figure('hook on the warm-up seed article, 1 s budget', `skipped by name, run ${(r.ms / 1000).toFixed(1)} s`);
  }, 160_000);
});
