/**
 * `meeting-kg ingest` and `meeting-kg start` as users run them (the built CLI, `npm run build`),
 * on the embedded store: no Neo4j involved.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SEEDS = join(ROOT, 'seeds');

function run(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  delete env.MEETING_KG_GRAPH;
  delete env.MEETING_KG_LOCALITIES;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
});

describe('meeting-kg ingest', () => {
  it('ingests the seeds, reports and skips bad inputs, and is idempotent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const graph = join(dir, 'g.json');
    const first = run(['ingest', SEEDS, join(dir, 'missing.txt'), empty, '--graph', graph, '--json'], dir);
    expect(first.code, first.stderr).toBe(2); // two inputs skipped: a script must see it
    const s1 = JSON.parse(first.stdout);
    expect(s1.read).toBe(2);
    expect(s1.articles).toEqual({ new: 2, updated: 0, unchanged: 0 });
    expect(s1.skipped.map((k: { input: string }) => k.input).sort()).toEqual([empty, join(dir, 'missing.txt')].sort());
    for (const k of s1.skipped) expect(k.reason.length).toBeGreaterThan(0);
    expect(s1.graph.persons).toBeGreaterThanOrEqual(5);
    expect(s1.graph.meetings).toBe(2);
    expect(s1.store.kind).toBe('memory');
    expect(existsSync(graph)).toBe(true);

    const second = run(['ingest', SEEDS, '--graph', graph, '--json'], dir);
    const s2 = JSON.parse(second.stdout);
    expect(s2.articles).toEqual({ new: 0, updated: 0, unchanged: 2 });
    expect(s2.graph).toEqual(s1.graph);

    const human = run(['ingest', SEEDS, '--graph', graph, '--quiet'], dir);
    expect(human.stdout).toMatch(/read 2 article\(s\): 0 new, 0 updated, 2 unchanged; 0 skipped/);

    // The same files named another way (relative, with a trailing slash) are the same records: unchanged.
    const respelled = run(['ingest', `${relative(dir, SEEDS)}/`, '--graph', graph, '--json'], dir);
    expect(JSON.parse(respelled.stdout).articles).toEqual({ new: 0, updated: 0, unchanged: 2 });
  });

  it('lists the articles read from an old encoding as warnings in the summary, and writes their facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const legacy = join(dir, 'tcvn3.txt');
    // A provincial report saved from a ".VnTime" document: TCVN3 bytes, not UTF-8.
    writeFileSync(legacy, iconv.encode('Chiều 28/3, Ban Dân vận Huyện ủy tổ chức giao ban công tác dân vận quý I năm 2024. Đồng chí Lò Văn Quyết, Trưởng Ban Dân vận Huyện ủy chủ trì buổi giao ban.', 'tcvn'));
    const graph = join(dir, 'g.json');
    const json = run(['ingest', legacy, SEEDS, '--graph', graph, '--json'], dir);
    expect(json.code, json.stderr).toBe(0);
    const s = JSON.parse(json.stdout);
    expect(s.warnings).toEqual([{ input: legacy, warning: expect.stringContaining('read as TCVN3') }]);
    expect(s.articles.new).toBe(3);
    expect(s.graph.meetings).toBe(3);
    const human = run(['ingest', legacy, '--graph', join(dir, 'h.json')], dir);
    expect(human.stdout).toContain(`warning ${legacy}: not valid UTF-8: read as TCVN3`);
  });

  it('names the files of other kinds a folder holds as a warning, and ingests the articles beside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const folder = join(dir, 'inbox');
    cpSync(SEEDS, folder, { recursive: true });
    writeFileSync(join(folder, 'bien-ban.pdf'), '%PDF-1.4');
    const json = run(['ingest', folder, '--graph', join(dir, 'g.json'), '--json'], dir);
    expect(json.code, json.stderr).toBe(0);
    const s = JSON.parse(json.stdout);
    expect(s.warnings).toEqual([{ input: folder, warning: expect.stringMatching(/^1 file\(s\) not read, .*: \.pdf$/) }]);
    expect(s.articles.new).toBe(2);
  });

  it('a .pdf given by name is an input not read: exit 1 alone, exit 2 beside articles, and no "Ingested" heading when nothing was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const pdf = join(dir, 'bien-ban.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const alone = run(['ingest', pdf, '--graph', join(dir, 'g.json')], dir);
    expect(alone.code, alone.stderr).toBe(1);
    expect(alone.stdout).toMatch(/^Nothing ingested into memory .*: no input could be read/);
    expect(alone.stdout).toContain(`skipped ${pdf}: not read: .pdf is not a kind meeting-kg reads`);
    const beside = run(['ingest', pdf, SEEDS, '--graph', join(dir, 'g2.json'), '--json'], dir);
    expect(beside.code, beside.stderr).toBe(2);
    const s = JSON.parse(beside.stdout);
    expect(s.articles.new).toBe(2);
    expect(s.skipped).toEqual([{ input: pdf, reason: expect.stringMatching(/^not read: \.pdf is not a kind/) }]);
  });

  it('--explain writes why each mention became its node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const why = join(dir, 'why.jsonl');
    const r = run(['ingest', SEEDS, '--graph', join(dir, 'g.json'), '--explain', why, '--quiet'], dir);
    expect(r.code, r.stderr).toBe(0);
    const rows = readFileSync(why, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: string; merges: Array<{ mention: string; reason: string }> });
    expect(rows).toHaveLength(2);
    const merges = rows.flatMap((x) => x.merges);
    expect(merges.find((m) => m.mention === 'Ban Chỉ đạo 35 thành phố')?.reason).toMatch(/Ban Chỉ đạo 35 Thành ủy Hải Phòng.*haiphong\.gov\.vn/);
    expect(merges.find((m) => m.mention === 'Ban Chỉ đạo 35 của tỉnh')?.reason).toMatch(/locality unknown/);
  });

  it('fails in one clear line when nothing can be read, or an option is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const nothing = run(['ingest', join(dir, 'missing.txt'), '--graph', join(dir, 'g.json')], dir);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/skipped .*missing\.txt/);
    const badLocality = run(['ingest', SEEDS, '--locality', 'Atlantis', '--graph', join(dir, 'g.json')], dir);
    expect(badLocality.code).toBe(1);
    expect(badLocality.stderr.trim()).toBe('meeting-kg: --locality "Atlantis" is not a province or centrally-run city (e.g. "Hải Phòng", "Thai Binh")');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "meeting-kg-graph", "version": 1, "graph": ');
    const bad = run(['ingest', SEEDS, '--graph', broken], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/not readable JSON/);
  });

  it('--locality places bodies of an article whose source says nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-'));
    const graph = join(dir, 'g.json');
    run(['ingest', join(SEEDS, 'tinh-bcd35-2023-01-05.txt'), '--locality', 'Thai Binh', '--graph', graph, '--quiet'], dir);
    const stored = JSON.parse(readFileSync(graph, 'utf8')) as { graph: { nodes: Array<{ attributes: Record<string, unknown> }> } };
    const bodies = stored.graph.nodes.map((n) => n.attributes).filter((a) => a.label === 'Organization');
    expect(bodies.map((a) => a.name)).toContain('Ban Chỉ đạo 35 Tỉnh ủy Thái Bình');
    expect(bodies.every((a) => a.locality === 'Thái Bình' || a.name === 'Bộ Chính trị')).toBe(true);
  });
});

describe('meeting-kg start (npm start)', () => {
  it('prints who chaired which committee and when, with no Neo4j', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-start-'));
    for (let i = 0; i < 2; i++) {
      const r = run(['start'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Đỗ Mạnh Hiến — Ban Chỉ đạo 35 Thành ủy Hải Phòng — 2023-02-06');
      expect(r.stdout).toContain('Nguyễn Tiến Thành, Phạm Đồng Thụy — Ban Chỉ đạo 35 Tỉnh ủy (locality unknown) — 2023-01-05');
      expect(r.stdout).toMatch(/Evidence/);
      expect(r.stdout).toMatch(/chủ trì Hội nghị/);
    }
    expect(existsSync(join(dir, '.meeting-kg/graph.json'))).toBe(true);
  });
});
