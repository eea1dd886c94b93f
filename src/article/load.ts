/**
 * Reading inputs as people give them: files (text, HTML, JSON Lines, optionally gzipped),
 * directories (recursive, in a stable order) and `-` for standard input. Each article or each
 * failure is yielded on its own, so one bad input never stops the others.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import type { Article } from '../model/article.js';
import { decodeBytes, encodingName, looksBinary } from './encoding.js';
import { ArticleReadError, type ReadFailureKind } from './errors.js';
import { readArticleText } from './text.js';
import { readArticleHtml } from './html.js';
import { readJsonRecord } from './records.js';

/** 5 MB: the default limit on one input (one file, or one JSON line). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Size limit of one input in bytes (for JSON Lines: of one line). Default 5 MB. */
  maxBytes?: number;
  /** Standard input, for `-` (default `process.stdin`). */
  stdin?: Readable;
  /**
   * Called once per directory given as input that holds files of other kinds (`.pdf`, `.docx`, images …),
   * which are not read: the directory and those files' paths, sorted. Without it they are skipped
   * unsaid. (A file of such a kind given by name is a failure of that input, kind `other-kind`.)
   */
  onSkippedFiles?: (dir: string, files: readonly string[]) => void;
}

/** The one-line warning for files of other kinds skipped in a directory (`files` non-empty). */
export function skippedFilesWarning(files: readonly string[]): string {
  const byExt = new Map<string, number>();
  for (const f of files) {
    const m = /(\.[^./\\]+)$/.exec(f);
    const ext = m ? m[1]!.toLowerCase() : '(no extension)';
    byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
  }
  const kinds = [...byExt].map(([ext, n]) => (n > 1 ? `${ext} ×${n}` : ext)).join(', ');
  return `${files.length} file(s) not read, of kinds other than .txt, .md, .html, .jsonl(.gz) or .json: ${kinds}`;
}

/** Why a file of another kind given by name (`story.pdf`) is not read. */
function otherKindReason(path: string): string {
  const ext = HAS_EXT.exec(path)?.[0].toLowerCase() ?? '';
  return `not read: ${ext} is not a kind meeting-kg reads (.txt, .md, .html, .jsonl(.gz) or .json; convert it to text first)`;
}

/** One article read, or one input that failed with a one-line reason. */
export type LoadResult =
  | { ok: true; input: string; article: Article }
  | { ok: false; input: string; reason: string; kind: ReadFailureKind | 'internal' };

/** How a file is read: by its extension, else sniffed from its first bytes. */
export type Format = 'text' | 'html' | 'jsonl' | 'json';

const TEXT_EXT = /\.(?:txt|text|md)$/i;
const HTML_EXT = /\.(?:html?|xhtml)$/i;
const JSONL_EXT = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;
const JSON_EXT = /\.json$/i;
const KNOWN_EXT = /\.(?:txt|text|md|html?|xhtml|jsonl|ndjson|json|jsonl\.gz|ndjson\.gz)$/i;
/** A file name with an extension (`story.pdf`, not `story` nor `/dev/fd/63`). */
const HAS_EXT = /\.[^./\\]+$/;

/**
 * A file given by name that is of another kind (`.pdf`, `.docx`): not read, as in a directory. A
 * name without an extension (a pipe such as `/dev/fd/63`, a file saved without one) is read, its
 * format sniffed from its first bytes.
 */
function otherKind(path: string): boolean {
  return HAS_EXT.test(path) && !KNOWN_EXT.test(path);
}

function formatOf(path: string): Format | null {
  if (JSONL_EXT.test(path)) return 'jsonl';
  if (JSON_EXT.test(path)) return 'json';
  if (HTML_EXT.test(path)) return 'html';
  if (TEXT_EXT.test(path)) return 'text';
  return null;
}

/** Guesses the format of content with no telling extension. */
function sniff(text: string): Format {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|meta|div|article|p)\b/.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  return 'text';
}

/** A reason on one line, whatever the error's message holds. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function failure(input: string, error: unknown): LoadResult {
  const result = failureOf(input, error);
  return result.ok ? result : { ...result, reason: oneLine(result.reason) };
}

function failureOf(input: string, error: unknown): LoadResult {
  if (error instanceof ArticleReadError) return { ok: false, input, reason: error.message, kind: error.kind };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code) return { ok: false, input, reason: fsReason(code, error as Error), kind: 'unreadable' };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, input, reason: `internal error while reading: ${message}`, kind: 'internal' };
}

function fsReason(code: string, error: Error): string {
  switch (code) {
    case 'ENOENT':
      return 'unreadable: no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'EISDIR':
      return 'unreadable: is a directory';
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return 'unreadable: not valid gzip data';
    default:
      return `unreadable: ${error.message}`;
  }
}

const sizeText = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`);

function tooLarge(size: number, max: number, what = 'file'): ArticleReadError {
  return new ArticleReadError('too-large', `${what} is ${sizeText(size)}, over the ${sizeText(max)} limit (see --max-bytes)`);
}

/**
 * One raw record as it came from an input, before any decoding or cleaning: a line of JSON Lines
 * (`line` is its 1-based number) or a whole file (or standard input) as bytes. `readRecord` turns it
 * into articles; its raw content is what an ingest hashes to call an article unchanged.
 */
export type RawRecord =
  | { kind: 'line'; input: string; line: number; text: string; maxBytes: number }
  | { kind: 'bytes'; input: string; format: Format | null; bytes: Uint8Array; maxBytes: number };

/** A raw record, or an input that failed before any record could be taken from it. */
export type RawResult = { ok: true; record: RawRecord } | Extract<LoadResult, { ok: false }>;

/** Where a raw record came from, as reported with its articles and failures (`file#line` for a line). */
export function recordInput(record: RawRecord): string {
  return record.kind === 'line' ? `${record.input}#${record.line}` : record.input;
}

/**
 * Reads every input into raw records without decoding or cleaning them: files, directories
 * (recursively, by name), `-` for stdin; JSON Lines (also from stdin) one record per line, streamed.
 * Yields each record or each failure in order; never throws for a bad input.
 */
export async function* loadRecords(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<RawResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === '-') {
      yield* readUnnamed('-', options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield failure(input, error) as RawResult;
      continue;
    }
    if (!info.isDirectory() && otherKind(input)) {
      // Named on purpose, so not read is a failure of that input (as a folder holding nothing readable is), not a warning.
      yield failure(input, new ArticleReadError('other-kind', otherKindReason(input))) as RawResult;
      continue;
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      const skipped: string[] = [];
      try {
        await listFiles(input, files, skipped);
      } catch (error) {
        yield failure(input, error) as RawResult;
        continue;
      }
      if (skipped.length > 0) options.onSkippedFiles?.(input, skipped);
      if (files.length === 0) yield failure(input, new ArticleReadError('empty', 'directory holds no .txt, .md, .html, .jsonl(.gz) or .json files')) as RawResult;
      for (const file of files) yield* readPath(file, maxBytes);
    } else {
      yield* readPath(input, maxBytes);
    }
  }
}

/** The articles (or failures) of one raw record: decoded, parsed and cleaned. Never throws. */
export function readRecord(record: RawRecord): LoadResult[] {
  if (record.kind === 'line') return [...readOneJsonLine(record.input, record.line, record.text, record.maxBytes)];
  return [...readBytes(record.input, record.bytes, record.format, record.maxBytes)];
}

/**
 * Reads every input: files, directories (recursively, by name), `-` for stdin. Yields each
 * article or each failure in order; never throws for a bad input.
 */
export async function* loadArticles(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  for await (const r of loadRecords(inputs, options)) {
    if (!r.ok) yield r;
    else yield* readRecord(r.record);
  }
}

/**
 * Files under a directory, recursively, sorted by path, hidden entries left out: those with a known
 * extension go to `out`, other files to `skipped`.
 */
async function listFiles(dir: string, out: string[], skipped: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await listFiles(path, out, skipped);
    else if (e.isFile()) (KNOWN_EXT.test(e.name) ? out : skipped).push(path);
  }
}

async function* readPath(path: string, maxBytes: number): AsyncGenerator<RawResult> {
  const format = formatOf(path);
  if (format === 'jsonl') {
    yield* readJsonLinesStream(path, maxBytes);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    // No telling extension: a pipe (`<(zcat crawl.gz)`) is read as standard input is; so is a file
    // whose first bytes are gzip or JSON Lines, so that it gives one record per line (`--limit`).
    if (format === null && (!info.isFile() || wholeStreamFormat(await readHead(path)))) {
      yield* readUnnamed(path, createReadStream(path), maxBytes);
      return;
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    yield failure(path, error) as RawResult;
    return;
  }
  yield { ok: true, record: { kind: 'bytes', input: path, format, bytes, maxBytes } };
}

function* readBytes(input: string, bytes: Uint8Array, format: Format | null, maxBytes: number): Generator<LoadResult> {
  let text: string;
  const warnings: string[] = [];
  try {
    if (bytes.length === 0) throw new ArticleReadError('empty', 'empty file');
    const decoded = decodeBytes(bytes);
    if (decoded.encoding === 'utf-8-damaged' || decoded.encoding === 'windows-1258' || decoded.encoding === 'tcvn3' || decoded.encoding === 'vni' || decoded.encoding === 'viscii') {
      warnings.push(`not valid UTF-8: read as ${encodingName(decoded.encoding)}`);
    }
    if (decoded.encoding.startsWith('utf-16')) warnings.push(`read as ${decoded.encoding.toUpperCase()}`);
    text = decoded.text;
    if (text.trim().length === 0) throw new ArticleReadError('empty', 'empty file (only white space)');
  } catch (error) {
    yield failure(input, error);
    return;
  }
  const kind = format ?? sniff(text);
  if (kind === 'jsonl') {
    yield* readJsonLines(input, text.split('\n'), maxBytes);
    return;
  }
  if (kind === 'json') {
    yield* readJsonDocument(input, text);
    return;
  }
  try {
    const article = kind === 'html' ? readArticleHtml(text, { input, warnings }) : readArticleText(text, { input, warnings });
    yield { ok: true, input, article };
  } catch (error) {
    yield failure(input, error);
  }
}

/** gzip's magic number: the first two bytes of any gzip stream. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A file without extension whose first bytes say it is read whole as a stream: gzip, or JSON Lines text. */
function wholeStreamFormat(head: Uint8Array): boolean {
  return isGzip(head) || sniff(Buffer.from(head).toString('utf8')) === 'jsonl';
}

/**
 * Reads an input with no telling name — standard input (`input` is `-`), a pipe, a file saved without
 * an extension — its format guessed from its first bytes: gzip is decompressed as it streams, JSON Lines
 * gives one record per line as it arrives (never held whole), anything else one record of bytes (at most
 * `maxBytes`).
 */
async function* readUnnamed(input: string, stream: Readable, maxBytes: number): AsyncGenerator<RawResult> {
  let body: PeekedStream;
  try {
    body = await peek(stream, (head) => head.length >= 2);
    if (isGzip(body.head)) {
      const gunzip = createGunzip();
      body.stream.on('error', (e) => gunzip.destroy(e));
      body = await peek(body.stream.pipe(gunzip), enoughToSniff);
    } else {
      body = await peek(body.stream, enoughToSniff);
    }
  } catch (error) {
    yield failure(input, error) as RawResult;
    return;
  }
  const head = body.head.subarray(0, 200).toString('utf8');
  if (body.head.length > 0 && sniff(head) === 'jsonl') {
    // JSON Lines: one record per line, as from a file.
    let n = 0;
    try {
      for await (const line of createInterface({ input: body.stream, crlfDelay: Infinity })) {
        n++;
        if (line.trim().length > 0) yield { ok: true, record: { kind: 'line', input, line: n, text: line, maxBytes } };
      }
    } catch (error) {
      yield failure(n > 0 ? `${input}#${n + 1}` : input, error) as RawResult;
    }
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body.stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      // Past the limit nothing more is kept; the rest is read on, so that the size said is the whole input's.
      if (size <= maxBytes) chunks.push(buffer);
    }
  } catch (error) {
    yield failure(input, error) as RawResult;
    return;
  }
  if (size > maxBytes) {
    yield failure(input, tooLarge(size, maxBytes, input === '-' ? 'standard input' : 'input')) as RawResult;
    return;
  }
  yield { ok: true, record: { kind: 'bytes', input, format: null, bytes: Buffer.concat(chunks), maxBytes } };
}

/** A stream whose first bytes were read ahead: `head` holds them, and `stream` gives them again, then the rest. */
interface PeekedStream {
  head: Buffer;
  stream: Readable;
}

/** Enough of an input's first bytes to guess its format: 16 bytes past leading white space (and a BOM), or 200 in all. */
function enoughToSniff(head: Buffer): boolean {
  return head.length >= 200 || /^(?:\uFEFF)?\s*\S[\s\S]{15}/.test(head.toString('latin1').replace(/^\xEF\xBB\xBF/, ''));
}

/**
 * Reads the first chunks of `stream` until `enough` says so (or the stream ends) without losing them;
 * throws what the stream throws. Used on a live pipe, it waits for no more than it needs.
 */
async function peek(stream: Readable, enough: (head: Buffer) => boolean): Promise<PeekedStream> {
  const iterator: AsyncIterator<unknown> = stream[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let ended = false;
  let head = Buffer.alloc(0);
  while (!enough(head)) {
    const next = await iterator.next();
    if (next.done) { ended = true; break; }
    read.push(typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer));
    head = Buffer.concat(read);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Buffer);
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

function* readJsonLines(input: string, lines: Iterable<string>, maxBytes: number): Generator<LoadResult> {
  let n = 0;
  for (const line of lines) {
    n++;
    yield* readOneJsonLine(input, n, line, maxBytes);
  }
}

function* readOneJsonLine(input: string, n: number, raw: string, maxBytes: number): Generator<LoadResult> {
  const line = (n === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
  if (line.length === 0) return;
  const where = `${input}#${n}`;
  try {
    const size = Buffer.byteLength(line);
    if (size > maxBytes) throw tooLarge(size, maxBytes, 'line');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ArticleReadError('malformed-json', `malformed JSON line: ${(error as Error).message}`);
    }
    const article = readJsonRecord(value, where);
    // Bytes that are not UTF-8 were decoded as U+FFFD: said, as for a text file.
    if (line.includes('\uFFFD')) article.warnings = [...article.warnings, 'not valid UTF-8: invalid bytes in this line read as U+FFFD'];
    yield { ok: true, input: where, article };
  } catch (error) {
    yield failure(where, error);
  }
}

async function* readJsonLinesStream(path: string, maxBytes: number): AsyncGenerator<RawResult> {
  let stream: Readable;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const head = await readHead(path);
    if (!/\.gz$/i.test(path) && looksBinary(head)) throw new ArticleReadError('binary', 'binary file (not JSON Lines text)');
    if (info.size === 0) throw new ArticleReadError('empty', 'empty file');
    const file = createReadStream(path);
    stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
    file.on('error', (e) => stream.destroy(e));
  } catch (error) {
    yield failure(path, error) as RawResult;
    return;
  }
  let n = 0;
  try {
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    for await (const line of rl) {
      n++;
      if (line.trim().length > 0) yield { ok: true, record: { kind: 'line', input: path, line: n, text: line, maxBytes } };
    }
  } catch (error) {
    yield failure(n > 0 ? `${path}#${n + 1}` : path, error) as RawResult;
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: 4095 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function* readJsonDocument(input: string, text: string): Generator<LoadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Not one JSON document: maybe JSON Lines after all.
    if (text.trimStart().startsWith('{')) {
      yield* readJsonLines(input, text.split('\n'), Number.POSITIVE_INFINITY);
      return;
    }
    yield failure(input, new ArticleReadError('malformed-json', `malformed JSON: ${(error as Error).message}`));
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) {
    const where = Array.isArray(value) ? `${input}#${i + 1}` : input;
    try {
      yield { ok: true, input: where, article: readJsonRecord(records[i], where) };
    } catch (error) {
      yield failure(where, error);
    }
  }
}
