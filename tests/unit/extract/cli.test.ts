import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/program.js';
import { ExtractionSchema } from '../../../src/model/extraction.js';

const fixture = new URL('../../fixtures/extract/invented-meeting.txt', import.meta.url).pathname;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'meeting-kg', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe('meeting-kg extract', () => {
  afterEach(() => { process.exitCode = undefined; });

  it('says on stderr when an article was read from an old encoding, and still extracts it (exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-extract-'));
    const path = join(dir, 'tcvn3.txt');
    // A provincial report saved from a ".VnTime" document: TCVN3 bytes, not UTF-8.
    const story = 'Sáng 12/1, Sở Tư pháp tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Đồng chí Vũ Đình Thắng, Giám đốc Sở Tư pháp chủ trì hội nghị.';
    writeFileSync(path, iconv.encode(story, 'tcvn'));
    try {
      const { code, out, err } = await run(['extract', path, fixture]);
      expect(code).toBe(0);
      expect(err).toContain(`${path}: warning: not valid UTF-8: read as TCVN3`);
      expect(err).not.toContain(fixture);
      const first = JSON.parse(out.trim().split('\n')[0]!);
      expect(first.meetings[0].chairs.map((c: { name: string }) => c.name)).toEqual(['Vũ Đình Thắng']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints one JSON Lines Extraction per article, with the input path as given', async () => {
    const { code, out } = await run(['extract', fixture]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const e = JSON.parse(lines[0]!);
    expect(ExtractionSchema.safeParse(e).success).toBe(true);
    expect(e.input).toBe(fixture);
    expect(e.meetings[0].chairs.map((c: { name: string }) => c.name)).toEqual(['Kiều Văn Lâm']);
    expect(e.meetings[0].date).toBe('2024-03-12');
    expect(e.meetings[0].attendees.map((c: { name: string }) => c.name)).not.toContain('Thanh Hà');
  });

  it('reports a bad input on stderr, goes on with the others, and exits non-zero', async () => {
    const { code, out, err } = await run(['extract', '/nonexistent/article.txt', fixture, '--format', 'json']);
    expect(code).not.toBe(0);
    expect(err).toMatch(/nonexistent\/article\.txt: .*no such file/);
    const arr = JSON.parse(out);
    expect(arr).toHaveLength(1);
  });

  it('refuses an unknown format with one clear line', async () => {
    const { code, err } = await run(['extract', fixture, '--format', 'xml']);
    expect(code).not.toBe(0);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/unknown format "xml"/);
  });
});
