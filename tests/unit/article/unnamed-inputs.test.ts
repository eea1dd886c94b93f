/**
 * Inputs a fresh user gave that were read wrong: JSON Lines in a file or pipe without extension
 * (read as one record, so `ingest --limit` did not hold), gzip without the `.gz` name (refused as
 * binary), and `read --format jsonl` output read back (its `sha:` id became `rec:sha:`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles, loadRecords, readArticleText, readJsonRecord, type LoadOptions, type LoadResult } from '../../../src/article/index.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-unnamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const BODY = 'Sáng 4/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024 do Chủ tịch huyện chủ trì.';
/** `n` JSON Lines records, each its own story. */
function crawl(n: number): string {
  return Array.from({ length: n }, (_, i) => `${JSON.stringify({ title: `Tin số ${i + 1}`, text: `${BODY} Phiên họp thứ ${i + 1}.` })}\n`).join('');
}

async function countRecords(inputs: string[], options?: LoadOptions): Promise<number> {
  let n = 0;
  for await (const r of loadRecords(inputs, options)) if (r.ok) n++;
  return n;
}

async function readAll(inputs: string[], options?: LoadOptions): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadArticles(inputs, options)) out.push(r);
  return out;
}

/** A named pipe fed `content` by another process, as `<(zcat x.jsonl.gz)` is. */
function pipeOf(name: string, content: Buffer): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const src = file(`${name}.src`, content);
  spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', src, path], { stdio: 'ignore' }).unref();
  return path;
}

describe('JSON Lines without a telling name gives one record per line (so `ingest --limit` holds)', () => {
  it('a file without extension', async () => {
    expect(await countRecords([file('crawl-plain', crawl(5))])).toBe(5);
  });

  it('a pipe', async () => {
    expect(await countRecords([pipeOf('fd-63', Buffer.from(crawl(5)))])).toBe(5);
  });

  it('ingest --limit 2 reads 2 of the records of a file without extension', async () => {
    const store = MemoryGraphStore.inMemory();
    const run = await ingest([file('crawl-limit', crawl(6))], { store, jobs: 1, limit: 2 });
    expect(run.read).toBe(2);
    expect(run.graph.articles).toBe(2);
  }, 60_000);
});

describe('gzip without the .gz name is decompressed, its inner format guessed', () => {
  it('a file `crawl` holding gzipped JSON Lines', async () => {
    const results = await readAll([file('crawl', gzipSync(crawl(3)))]);
    expect(results.map((r) => r.ok && r.article.title)).toEqual(['Tin số 1', 'Tin số 2', 'Tin số 3']);
  });

  it('a pipe of gzipped JSON Lines, and standard input', async () => {
    expect(await countRecords([pipeOf('fd-64', gzipSync(crawl(4)))])).toBe(4);
    expect(await countRecords(['-'], { stdin: Readable.from([gzipSync(crawl(3))]) })).toBe(3);
  });

  it('gzipped plain text is one article', async () => {
    const [r] = await readAll([file('story', gzipSync(`Hội nghị triển khai nhiệm vụ\n\n${BODY}\n`))]);
    expect(r?.ok && r.article.title).toBe('Hội nghị triển khai nhiệm vụ');
  });

  it('other binaries, and broken gzip, still get a clear reason', async () => {
    const [png] = await readAll([file('image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]))]);
    expect(png?.ok === false && png.kind).toBe('binary');
    const [broken] = await readAll([file('broken', Buffer.from([0x1f, 0x8b, 0x08, 0, 1, 2, 3]))]);
    expect(broken?.ok === false && broken.reason).toMatch(/not valid gzip/);
  });
});

describe('a crawler piped into standard input is read as it arrives, not held whole', () => {
  /** The first record of `stdin`, taken while the writer has sent only one line and not ended. */
  async function firstRecordBeforeEnd(stdin: PassThrough, writeFirst: () => void): Promise<string | undefined> {
    const records = loadRecords(['-'], { stdin });
    writeFirst();
    const first = await records.next();
    stdin.end();
    for await (const _ of records) { /* drain */ }
    return first.done || !first.value.ok || first.value.record.kind !== 'line' ? undefined : first.value.record.text;
  }

  it('JSON Lines: the first line is yielded before the input ends', async () => {
    const stdin = new PassThrough();
    const text = await firstRecordBeforeEnd(stdin, () => stdin.write(crawl(1)));
    expect(text && JSON.parse(text).title).toBe('Tin số 1');
  });

  it('gzipped JSON Lines: the first line is yielded once its compressed block is flushed', async () => {
    const stdin = new PassThrough();
    const gzip = createGzip();
    gzip.pipe(stdin, { end: false });
    const text = await firstRecordBeforeEnd(stdin, () => { gzip.write(crawl(1)); gzip.flush(); });
    gzip.end();
    expect(text && JSON.parse(text).title).toBe('Tin số 1');
  });

  it('a plain text larger than the limit on standard input is refused with its size', async () => {
    const [r] = await readAll(['-'], { stdin: Readable.from([Buffer.from('a'.repeat(300)), Buffer.from('b'.repeat(300))]), maxBytes: 400 });
    expect(r?.ok === false && r.reason).toMatch(/standard input is 0\.6 kB, over the 0\.4 kB limit/);
  });
});

describe('an id this tool minted, read back from its own JSON Lines output, is kept', () => {
  const story = readArticleText(`Hội nghị triển khai nhiệm vụ\n\n${BODY}\n`, { input: 'x.txt' });

  it('`read --format jsonl` output read back is the same article', () => {
    expect(story.id).toMatch(/^sha:[0-9a-f]{16}$/);
    const back = readJsonRecord(JSON.parse(JSON.stringify(story)), 'a.jsonl#1');
    expect(back.id).toBe(story.id);
    expect(back.sourceId).toBe('a.jsonl#1');
    const fromUrl = readJsonRecord({ id: 'url:baohaiphong.vn/tin-1', url: 'https://baohaiphong.vn/tin-1', text: BODY }, 'b.jsonl#1');
    expect(fromUrl.id).toBe('url:baohaiphong.vn/tin-1');
    expect(readJsonRecord({ id: 'rec:tin-7', text: BODY }, 'c.jsonl#1').id).toBe('rec:tin-7');
  });

  it('other record ids are prefixed as before', () => {
    expect(readJsonRecord({ id: 'tin-7', text: BODY }, 'c.jsonl#1').id).toBe('rec:tin-7');
    expect(readJsonRecord({ id: 'sha:xyz', text: BODY }, 'c.jsonl#1').id).toBe('rec:sha:xyz');
    expect(readJsonRecord({ id: 12345, text: BODY }, 'c.jsonl#1').id).toBe('rec:12345');
  });
});
