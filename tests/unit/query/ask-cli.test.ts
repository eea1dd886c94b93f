/** `meeting-kg ask …` on the embedded store: tables, JSON, CSV, candidates, clear errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../conformance/run-cli.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { extraGraphs, seedGraphs } from '../../fixtures/query/graphs.js';

let dir: string;
let graph: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ask-cli-'));
  graph = join(dir, 'graph.json');
  const store = MemoryGraphStore.open(graph);
  await store.writeArticles([...seedGraphs, ...extraGraphs]);
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('meeting-kg ask', () => {
  it('prints who chaired which committee and when as a table', async () => {
    const r = await runCli(['ask', 'chairs', '--org', 'Ban Chỉ đạo 35', '--from', '2023-01-01', '--graph', graph, '--store', 'memory']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đỗ Mạnh Hiến');
    expect(r.out).toContain('Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(r.out).toContain('2023-02-06');
    expect(r.out).toContain('Nguyễn Tiến Thành');
    expect(r.out).toContain('chủ trì');
  });

  it('prints JSON and CSV for scripts', async () => {
    const j = await runCli(['ask', 'search', 'do', 'manh', 'hien', '--graph', graph, '--store', 'memory', '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out).rows[0]).toMatchObject({ label: 'Person', name: 'Đỗ Mạnh Hiến' });
    const c = await runCli(['ask', 'holders', '--position', 'truong ban chi dao 35 thanh uy hai phong', '--graph', graph, '--store', 'memory', '--csv']);
    expect(c.code).toBe(0);
    const lines = c.out.trim().split('\r\n');
    expect(lines[0]).toBe('Person,Post,Body,First seen,Last seen,Current,Evidence,Article');
    expect(lines[1]).toMatch(/^Đỗ Mạnh Hiến \(Hải Phòng\),Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng,Ban Chỉ đạo 35 Thành ủy Hải Phòng,2023-02-06,2023-06-15,yes,/);
  });

  it('answers timeline, meetings, meeting, tasks and coattendance', async () => {
    const t = await runCli(['ask', 'timeline', 'Pham Dong Thuy', '--graph', graph, '--store', 'memory']);
    expect(t.out).toContain('Phó Trưởng ban Chỉ đạo 35 của tỉnh');
    const m = await runCli(['ask', 'meetings', '--kind', 'phien hop', '--graph', graph, '--store', 'memory', '--json']);
    const id = JSON.parse(m.out).rows[0].meeting.id as string;
    const one = await runCli(['ask', 'meeting', id, '--graph', graph, '--store', 'memory']);
    expect(one.out).toContain('Rà soát, cập nhật quy chế phối hợp');
    const tasks = await runCli(['ask', 'tasks', '--issued-by', 'Đỗ Mạnh Hiến', '--graph', graph, '--store', 'memory']);
    expect(tasks.out).toContain('Nâng cao hiệu quả quản lý báo chí');
    const co = await runCli(['ask', 'coattendance', 'Đỗ Mạnh Hiến', '--graph', graph, '--store', 'memory']);
    expect(co.out).toContain('Vũ Thanh Chương');
  });

  it('--limit prints the first rows of a list answer, in order, and says on stderr how many there were', async () => {
    const all = await runCli(['ask', 'chairs', '--graph', graph, '--store', 'memory', '--json']);
    const rows = JSON.parse(all.out).rows as unknown[];
    expect(rows.length).toBeGreaterThan(2);
    const cut = await runCli(['ask', 'chairs', '--limit', '2', '--graph', graph, '--store', 'memory', '--json']);
    expect(cut.code).toBe(0);
    expect(JSON.parse(cut.out).rows).toEqual(rows.slice(0, 2));
    expect(cut.err).toContain(`showing the first 2 of ${rows.length} rows`);
    const csv = await runCli(['ask', 'meetings', '--limit', '1', '--graph', graph, '--store', 'memory', '--csv']);
    expect(csv.out.trim().split('\r\n')).toHaveLength(2);
    const wide = await runCli(['ask', 'chairs', '--limit', String(rows.length), '--graph', graph, '--store', 'memory', '--json']);
    expect(wide.err).not.toContain('showing');
    // A search stops at its limit (default 25): when it is reached, it says more may match.
    const capped = await runCli(['ask', 'search', 'ban', '--limit', '1', '--graph', graph, '--store', 'memory', '--json']);
    expect(JSON.parse(capped.out).rows).toHaveLength(1);
    expect(capped.err).toContain('showing the first 1 matches; there may be more');
    const under = await runCli(['ask', 'search', 'do', 'manh', 'hien', '--limit', '1000', '--graph', graph, '--store', 'memory', '--json']);
    expect(under.err).not.toContain('showing');
    const zero = await runCli(['ask', 'tasks', '--limit', '0', '--graph', graph, '--store', 'memory']);
    expect(zero.code).not.toBe(0);
    expect(zero.err).toContain('the limit must be a whole number');
  });

  it('says on stderr how many rows dated without a year --from/--to left out (they cannot be placed in a range)', async () => {
    const all = await runCli(['ask', 'chairs', '--graph', graph, '--store', 'memory', '--json']);
    expect((JSON.parse(all.out).rows as Array<{ meeting: { date: string } }>).some((r) => r.meeting.date === '--03-10')).toBe(true);
    expect(all.err).not.toContain('without a year');
    const ranged = await runCli(['ask', 'chairs', '--from', '2023', '--graph', graph, '--store', 'memory', '--json']);
    expect(ranged.code).toBe(0);
    expect((JSON.parse(ranged.out).rows as Array<{ meeting: { date: string } }>).every((r) => r.meeting.date.startsWith('2023'))).toBe(true);
    expect(ranged.err).toContain('1 row dated without a year (--MM-DD) left out by --from/--to');
    const meetings = await runCli(['ask', 'meetings', '--to', '2030-12-31', '--graph', graph, '--store', 'memory']);
    expect(meetings.err).toContain('1 row dated without a year');
    // a body without year-less meetings: no note
    const hp = await runCli(['ask', 'meetings', '--org', 'Thành ủy Hải Phòng', '--from', '2023', '--graph', graph, '--store', 'memory']);
    expect(hp.err).not.toContain('without a year');
  });

  it('lists the candidates for an ambiguous name and exits 2', async () => {
    const r = await runCli(['ask', 'timeline', 'Nguyễn Văn Hùng', '--graph', graph, '--store', 'memory']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('fits 2 entries');
    expect(r.out).toContain('Thái Bình');
    expect(r.out).toContain('Hải Phòng');
  });

  it('takes a body as --org or, spelled out, --organization (the same answer)', async () => {
    const short = await runCli(['ask', 'holders', '--org', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', '--graph', graph, '--store', 'memory', '--json']);
    const long = await runCli(['ask', 'holders', '--organization', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', '--graph', graph, '--store', 'memory', '--json']);
    expect(short.code).toBe(0);
    expect(long.code).toBe(0);
    expect(long.out).toBe(short.out);
    expect(long.out).toContain('Đỗ Mạnh Hiến');
    const chairs = await runCli(['ask', 'chairs', '--organization', 'ban chi dao 35', '--graph', graph, '--store', 'memory', '--json']);
    expect(chairs.code).toBe(0);
    expect(chairs.out).toContain('Đỗ Mạnh Hiến');
  });

  it('says in one line what is wrong', async () => {
    const missing = await runCli(['ask', 'chairs', '--graph', join(dir, 'none.json'), '--store', 'memory']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^meeting-kg: no graph at .*none\.json: run `meeting-kg ingest/);
    const badDate = await runCli(['ask', 'chairs', '--from', '6/2/2023', '--graph', graph]);
    expect(badDate.code).not.toBe(0);
    expect(badDate.err).toContain('is not a date');
    for (const impossible of ['2023-13-01', '2023-02-29', '2023-04-31', '2023-00']) {
      const r = await runCli(['ask', 'chairs', '--from', impossible, '--graph', graph, '--store', 'memory']);
      expect(r.code, impossible).not.toBe(0);
      expect(r.err, impossible).toContain('is not a date');
    }
    expect((await runCli(['ask', 'chairs', '--from', '2024-02-29', '--graph', graph, '--store', 'memory'])).code).toBe(0);
    const nobody = await runCli(['ask', 'timeline', 'Không Có Ai', '--graph', graph, '--store', 'memory']);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('no person matches "Không Có Ai"');
    const neither = await runCli(['ask', 'holders', '--graph', graph]);
    expect(neither.code).toBe(1);
    expect(neither.err).toContain('--position <title> or --org <name>');
  });
});

describe('meeting-kg ask start-up', () => {
  it('answers from the graph file without loading the Neo4j driver, the HTML reader or the worker pool', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    // Records every package the process loads: ESM imports through a resolve hook (it runs on the
    // loader's thread, hence the direct write to fd 2), CommonJS through require's cache at exit.
    const tracker = join(dir, 'loaded.mjs');
    const hook = "import { writeSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); writeSync(2, 'LOADED-URL ' + r.url + '\\n'); return r; }";
    writeFileSync(
      tracker,
      "import { createRequire, register } from 'node:module';\n" +
        `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n` +
        "process.on('exit', () => { for (const k of Object.keys(createRequire(import.meta.url).cache)) process.stderr.write('LOADED-URL ' + k + '\\n'); });\n",
    );
    const cli = join(process.cwd(), 'dist', 'cli.js');
    for (const args of [['ask', 'chairs'], ['ask', 'search', 'do manh hien'], ['ask', 'central']]) {
      const r = spawnSync(process.execPath, ['--import', tracker, cli, ...args, '--graph', graph, '--store', 'memory'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const loaded = [...new Set([...r.stderr.matchAll(/^LOADED-URL .*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/gm)].map((m) => m[1]!))];
      expect(loaded, args.join(' ')).toContain('commander');
      for (const heavy of ['neo4j-driver', 'linkedom', 'piscina', '@mozilla/readability', 'graphology-gexf']) expect(loaded, args.join(' ')).not.toContain(heavy);
    }
  });
});

describe('meeting-kg --version', () => {
  it('prints the package version and exits 0', async () => {
    const { readFileSync } = await import('node:fs');
    const version = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(version);
  });
});
