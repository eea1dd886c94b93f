/**
 * `meeting-kg ingest --jobs N` (the built CLI): the graph does not depend on the number of
 * extraction threads, and an unchanged re-ingest writes nothing, also when two records state the
 * same article. Inputs are a few hundred records made from the seeds (names, bodies, dates varied).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digest, record, SEEDS } from '../support/records.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  delete env.MEETING_KG_GRAPH;
  delete env.MEETING_KG_LOCALITIES;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
});

describe('meeting-kg ingest --jobs', () => {
  it('gives the same graph with one and with two jobs, and an unchanged second run writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-jobs-'));
    const input = join(dir, 'records.jsonl');
    const lines = Array.from({ length: 150 }, (_v, i) => record(i));
    // Two records stating one article (same URL, another text): the later one wins, stably.
    lines.push(JSON.stringify({ ...JSON.parse(record(7)), text: (SEEDS[1] as string).replaceAll('Nguyễn Tiến Thành', 'Trịnh Văn Khải') }));
    writeFileSync(input, `${lines.join('\n')}\n`);

    const one = run(['ingest', input, '--jobs', '1', '--graph', join(dir, 'g1.json'), '--json'], dir);
    expect(one.code, one.stderr).toBe(0);
    const two = run(['ingest', input, '--jobs', '2', '--batch-size', '7', '--graph', join(dir, 'g2.json'), '--json'], dir);
    expect(two.code, two.stderr).toBe(0);
    const s1 = JSON.parse(one.stdout);
    const s2 = JSON.parse(two.stdout);
    expect(s1.read).toBe(151);
    expect(s2.articles).toEqual(s1.articles);
    expect(s1.articles).toEqual({ new: 150, updated: 1, unchanged: 0 });
    expect(digest(join(dir, 'g2.json'))).toBe(digest(join(dir, 'g1.json')));

    const before = statSync(join(dir, 'g2.json')).mtimeMs;
    const again = run(['ingest', input, '--jobs', '2', '--graph', join(dir, 'g2.json'), '--json'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).articles).toEqual({ new: 0, updated: 0, unchanged: 151 });
    expect(statSync(join(dir, 'g2.json')).mtimeMs).toBe(before);
    expect(digest(join(dir, 'g2.json'))).toBe(digest(join(dir, 'g1.json')));
  }, 300_000);
});
