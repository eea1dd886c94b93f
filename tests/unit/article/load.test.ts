import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles, skippedFilesWarning, type LoadOptions, type LoadResult } from '../../../src/article/index.js';
import { SEED_HAIPHONG, SEED_TINH, seedText } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VIETNAMESE = 'Hội nghị triển khai nhiệm vụ\n\nSáng 4/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n';

async function readAll(inputs: string[], options?: LoadOptions): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadArticles(inputs, options)) out.push(r);
  return out;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bad inputs get a clear reason naming the input, and the others are still read', () => {
  const cases: Array<[string, () => string, RegExp, string]> = [
    ['an empty file', () => file('empty.txt', ''), /empty/, 'empty'],
    ['a file of blanks', () => file('blank.txt', ' \n\r\n\t\n'), /empty/, 'empty'],
    ['a binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), /binary/, 'binary'],
    ['a missing path', () => join(dir, 'no-such-file.txt'), /no such file/, 'unreadable'],
    ['text that is not Vietnamese', () => file('english.txt', 'Council meeting\n\nThe council met on Monday and approved the annual budget after a long debate.\n'), /not Vietnamese/, 'not-vietnamese'],
    ['a malformed JSON line', () => file('broken.jsonl', '{"title": "x", "text": \n'), /malformed JSON/, 'malformed-json'],
    ['a JSON file that is not JSON', () => file('broken.json', '[{"title": '), /malformed JSON/, 'malformed-json'],
  ];

  it.each(cases)('%s', async (_label, make, reason, kind) => {
    const bad = make();
    const good = file('good.txt', VIETNAMESE);
    const results = await readAll([bad, good]);
    expect(results).toHaveLength(2);
    const [first, second] = results;
    expect(first?.ok).toBe(false);
    if (first && !first.ok) {
      expect(first.input.startsWith(bad)).toBe(true);
      expect(first.reason).toMatch(reason);
      expect(first.kind).toBe(kind);
      expect(first.reason).not.toMatch(/\n|at .*\.js/);
    }
    expect(second?.ok).toBe(true);
  });

  it('a file over the size limit (default 5 MB, configurable)', async () => {
    const big = file('big.txt', `${VIETNAMESE}${'Đại biểu thảo luận. '.repeat(300_000)}`);
    const [r] = await readAll([big]);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.reason).toMatch(/over the 5\.0 MB limit/);
    const [small] = await readAll([file('small.txt', VIETNAMESE)], { maxBytes: 50 });
    expect(small?.ok).toBe(false);
    if (small && !small.ok) expect(small.kind).toBe('too-large');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission (not checkable as root)', async () => {
    const locked = file('locked.txt', VIETNAMESE);
    chmodSync(locked, 0o000);
    const [r] = await readAll([locked]);
    chmodSync(locked, 0o644);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.reason).toMatch(/permission denied/);
  });

  it('a dangling link is unreadable, with the reason', async () => {
    const link = join(dir, 'dangling.txt');
    symlinkSync(join(dir, 'gone.txt'), link);
    const [r] = await readAll([link]);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.reason).toMatch(/^unreadable: no such file/);
  });
});

describe('directories and standard input', () => {
  it('reads a directory recursively, in a stable order, skipping hidden and unknown files', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b-sub'), { recursive: true });
    mkdirSync(join(root, '.hidden'), { recursive: true });
    writeFileSync(join(root, 'c.txt'), seedText(SEED_TINH));
    writeFileSync(join(root, 'a.txt'), seedText(SEED_HAIPHONG));
    writeFileSync(join(root, 'b-sub', 'x.txt'), VIETNAMESE);
    writeFileSync(join(root, '.hidden', 'y.txt'), VIETNAMESE);
    writeFileSync(join(root, 'notes.docx'), 'not an article');
    writeFileSync(join(root, 'b-sub', 'scan.pdf'), '%PDF-1.4');
    writeFileSync(join(root, 'b-sub', 'scan2.PDF'), '%PDF-1.4');
    const skipped: Array<[string, readonly string[]]> = [];
    const results = await readAll([root], { onSkippedFiles: (d, files) => skipped.push([d, files]) });
    expect(results.map((r) => r.input.slice(root.length + 1))).toEqual(['a.txt', 'b-sub/x.txt', 'c.txt']);
    expect(results.every((r) => r.ok)).toBe(true);
    // The files of other kinds are named once for the directory given, not silently dropped.
    expect(skipped).toEqual([[root, [join(root, 'b-sub', 'scan.pdf'), join(root, 'b-sub', 'scan2.PDF'), join(root, 'notes.docx')]]]);
    expect(skippedFilesWarning(skipped[0]![1])).toBe(
      '3 file(s) not read, of kinds other than .txt, .md, .html, .jsonl(.gz) or .json: .pdf ×2, .docx',
    );
  });

  it('a file of another kind given by name is not read, even when it holds plain text: a failure of that input naming its kind', async () => {
    const pdf = file('story.pdf', VIETNAMESE);
    const docx = file('notes.DOCX', VIETNAMESE);
    const bare = file('story-without-extension', VIETNAMESE);
    const skipped: Array<[string, readonly string[]]> = [];
    const results = await readAll([pdf, docx, bare], { onSkippedFiles: (d, files) => skipped.push([d, files]) });
    // a name without an extension (a pipe like /dev/fd/63, a file saved without one) is still read, its format sniffed
    expect(results.map((r) => [r.input, r.ok])).toEqual([[pdf, false], [docx, false], [bare, true]]);
    const [pdfResult, docxResult] = results;
    expect(pdfResult?.ok === false && [pdfResult.kind, pdfResult.reason]).toEqual([
      'other-kind',
      'not read: .pdf is not a kind meeting-kg reads (.txt, .md, .html, .jsonl(.gz) or .json; convert it to text first)',
    ]);
    expect(docxResult?.ok === false && docxResult.reason).toMatch(/^not read: \.docx is not a kind/);
    // named on purpose: a failure, not the folder warning
    expect(skipped).toEqual([]);
  });

  it('reads "-" from standard input, guessing the format', async () => {
    const [text] = await readAll(['-'], { stdin: Readable.from([Buffer.from(VIETNAMESE)]) });
    expect(text?.ok && text.article.title).toBe('Hội nghị triển khai nhiệm vụ');
    expect(text?.input).toBe('-');
    const lines = `${JSON.stringify({ title: 'Một', text: VIETNAMESE })}\n${JSON.stringify({ title: 'Hai', text: VIETNAMESE })}\n`;
    const jsonl = await readAll(['-'], { stdin: Readable.from([Buffer.from(lines)]) });
    expect(jsonl.map((r) => r.input)).toEqual(['-#1', '-#2']);
    const [html] = await readAll(['-'], {
      stdin: Readable.from([Buffer.from('<html><body><article><h1>Hội nghị</h1><p>Sáng 4/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024.</p></article></body></html>')]),
    });
    expect(html?.ok && html.article.title).toBe('Hội nghị');
  });

  it('streams gzipped JSON Lines, applying the size limit to each line', async () => {
    const rec = (t: string): string => JSON.stringify({ title: t, text: VIETNAMESE });
    const path = file('crawl.jsonl.gz', gzipSync(`${rec('Một')}\n${rec('Hai')}\n${rec('Ba')}\n`));
    const results = await readAll([path], { maxBytes: 10_000 });
    expect(results.map((r) => r.ok && r.article.title)).toEqual(['Một', 'Hai', 'Ba']);
    const tooSmall = await readAll([path], { maxBytes: 100 });
    expect(tooSmall.every((r) => !r.ok && r.kind === 'too-large')).toBe(true);
  });
});
