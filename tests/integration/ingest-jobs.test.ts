/**
 * `meeting-kg ingest --jobs N` (the built CLI): the graph does not depend on the number of
 * extraction threads, and an unchanged re-ingest writes nothing, also when two records state the
 * same article. Inputs are a few hundred records made from the seeds (names, bodies, dates varied).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SEEDS = ['haiphong-bcd35-2023-02-06.txt', 'tinh-bcd35-2023-01-05.txt'].map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

function run(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  delete env.MEETING_KG_GRAPH;
  delete env.MEETING_KG_LOCALITIES;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A hash of every node and edge with its attributes, in a canonical order. */
function digest(file: string): string {
  const g = JSON.parse(readFileSync(file, 'utf8')).graph as { nodes: unknown[]; edges: unknown[] };
  const canon = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
  const lines = [...g.nodes.map((n) => `N${canon(n)}`), ...g.edges.map((e) => `E${canon(e)}`)].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Nam', 'Sơn', 'Tâm', 'Thắng'];

/** Record i: a seed with another chair's name and another day (people repeat across records). */
function record(i: number): string {
  const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;
  const text = (SEEDS[i % 2] as string).replaceAll('Đỗ Mạnh Hiến', name).replace(/Chiều 6\/2/, `Chiều ${1 + (i % 28)}/${1 + (i % 12)}`);
  return JSON.stringify({ url: `https://tinvidu.vn/thoi-su/hoi-nghi-${i}.html`, title: text.split('\n')[0], published: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15T08:00:00+07:00`, text });
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
