/**
 * Exit codes and messages a script can rely on: skipped inputs make `ingest` exit non-zero with
 * the summary, wrong-typed JSON is refused by line number, invalid bytes are warned about in
 * every format, a reader that goes away ends the run quietly, and every reason is one line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/article/index.js';
import { CLI, cliEnv, ROOT, runCli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'Sáng 5/1/2023, Chủ tịch UBND tỉnh Trần Văn Bình chủ trì cuộc họp về phòng chống dịch.';

describe('ingest tells a script what it skipped', () => {
  it('exits 2 for a missing input and bad lines, with every skip in the summary by name or line number', async () => {
    const jsonl = join(dir, 'mixed.jsonl');
    writeFileSync(jsonl, [JSON.stringify({ text: GOOD }), '{"text": 5}', '{not json', JSON.stringify({ text: `${GOOD} Lần hai.` }), '[1,2]'].join('\n'));
    const graph = join(dir, 'g.json');
    const r = await runCli(['ingest', join(ROOT, 'seeds'), join(dir, 'missing.jsonl'), jsonl, '--graph', graph, '--json'], { env: cliEnv() });
    expect(r.code, r.err).toBe(2);
    const s = JSON.parse(r.out) as { read: number; skipped: Array<{ input: string; reason: string }> };
    expect(s.read).toBe(4);
    expect(s.skipped.map((k) => k.input).sort()).toEqual([join(dir, 'missing.jsonl'), `${jsonl}#2`, `${jsonl}#3`, `${jsonl}#5`].sort());
    expect(s.skipped.find((k) => k.input === `${jsonl}#2`)?.reason).toMatch(/field `text` is a number/);
    for (const k of s.skipped) expect(k.reason).not.toMatch(/\n/);
    const human = await runCli(['ingest', jsonl, '--graph', graph, '--quiet'], { env: cliEnv() });
    expect(human.code).toBe(2);
    expect(human.out).toMatch(/3 skipped/);
  });

  it('exits 1 when nothing at all could be read', async () => {
    const r = await runCli(['ingest', join(dir, 'nothing.txt'), '--graph', join(dir, 'g1.json'), '--quiet'], { env: cliEnv() });
    expect(r.code).toBe(1);
  });
});

describe('the loader', () => {
  it('refuses wrong-typed content fields and warns of invalid UTF-8 in JSON Lines as in text files', async () => {
    const jsonl = join(dir, 'bytes.jsonl');
    writeFileSync(jsonl, Buffer.concat([Buffer.from('{"text": "Ch\u1ee7 t\u1ecbch '), Buffer.from([0xff, 0xfe]), Buffer.from(' UBND t\u1ec9nh h\u1ecdp."}\n{"text": ["a"]}\n{"html": {"x": 1}}\n')]));
    const txt = join(dir, 'bytes.txt');
    writeFileSync(txt, Buffer.concat([Buffer.from('Ch\u1ee7 t\u1ecbch UBND t\u1ec9nh h\u1ecdp '), Buffer.from([0xff, 0xfe]), Buffer.from(' v\u1ec1 d\u1ecbch.')]));
    const results = [];
    for await (const r of loadArticles([jsonl, txt])) results.push(r);
    expect(results[0]?.ok && results[0].article.warnings.join(' ')).toMatch(/not valid UTF-8/);
    expect(results[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/field `text` is an array/) });
    expect(results[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/field `html` is a object|field `html` is an? object/) });
    expect(results[3]?.ok && results[3].article.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('reads plain text in a .html file as text, and 200,000 nested tags without a recursion limit', async () => {
    const plain = join(dir, 'plain.html');
    writeFileSync(plain, `${GOOD}\nĐoạn thứ hai của bài viết.\n`);
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(200_000)}<p>${GOOD}</p>${'</div>'.repeat(200_000)}</body></html>`);
    const started = Date.now();
    const results = [];
    for await (const r of loadArticles([plain, deep])) results.push(r);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[1]?.ok && results[1].article.text).toContain('Chủ tịch UBND tỉnh');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('a reader that goes away', () => {
  it('ends `extract … | head -1` quietly (no EPIPE trace)', async () => {
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 3_000 }, (_v, i) => JSON.stringify({ text: `${GOOD} Số ${i}.` })).join('\n'));
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'extract', many], { cwd: ROOT, env: cliEnv() as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.stdout.once('data', () => child.stdout.destroy()); // `head -1`
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, err });
      });
    });
    expect(result.err).not.toMatch(/EPIPE|Unhandled|at /);
    expect(result.code).toBe(0);
  });
});

describe('a full disk is named as such', () => {
  it.skipIf(!existsSync('/dev/full'))('ingest --explain to a full disk exits 1 with one line saying so (the graph is still written)', async () => {
    const input = join(dir, 'full.txt');
    writeFileSync(input, GOOD);
    const r = await runCli(['ingest', input, '--graph', join(dir, 'full.json'), '--quiet', '--explain', '/dev/full'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual(['meeting-kg: cannot write /dev/full: the disk is full; free some space and run the same command again; the graph itself was written']);
    expect(existsSync(join(dir, 'full.json'))).toBe(true);
  });

  it('neo4j start checks free disk space first and names it as the cause (no Java started)', async () => {
    const home = join(dir, 'small-disk');
    const r = await runCli(['neo4j', 'start'], { cwd: dir, env: cliEnv({ MEETING_KG_HOME: home, MEETING_KG_NEO4J_MIN_FREE_MB: '100000000', MEETING_KG_NEO4J_BOLT_PORT: '1', MEETING_KG_NEO4J_HTTP_PORT: '2' }), timeoutMs: 60_000 });
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^meeting-kg: not enough disk space for Neo4j: \d+ MB free on the disk of .*small-disk.*, it needs at least 100000000 MB/);
    expect(r.ms).toBeLessThan(30_000);
  });
});
