/**
 * Plain text articles: the seeds' form and the corpus form (title on the first line), with
 * optional scraper header lines at the top (`URL: …`, `Title: …`, `Date: …`, `Source: …`).
 */
import type { Article } from '../model/article.js';
import { alternation } from '../model/keys.js';
import { buildArticle, type Block } from './build.js';
import { normalizeInput } from './encoding.js';
import metadata from './lexicon/metadata.json' with { type: 'json' };
import { ArticleReadError } from './errors.js';

/** What a caller may already know about a text. */
export interface ReadTextOptions {
  /** Where it came from (path, `path#line`, `-`). */
  input?: string | null;
  /** The record's own id, when the text came from a JSON record that has one. */
  recordId?: string | null;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  authors?: readonly string[];
  /** Warnings already raised while reading the input (e.g. the encoding used). */
  warnings?: readonly string[];
}

type HeaderField = keyof typeof metadata.headerKeys;
const HEADER_FIELDS = Object.keys(metadata.headerKeys) as HeaderField[];
const HEADER_LINE = new RegExp(
  `^(${alternation(HEADER_FIELDS.flatMap((f) => metadata.headerKeys[f]))})\\s*:\\s*(.*)$`,
  'iu',
);

function fieldOf(key: string): HeaderField | null {
  const k = key.toLowerCase();
  return HEADER_FIELDS.find((f) => metadata.headerKeys[f].some((h) => h.toLowerCase() === k)) ?? null;
}

/** Scraper header lines at the very top, up to the first line that is not one. */
function readHeader(lines: string[]): { fields: Partial<Record<HeaderField, string>>; consumed: number } {
  const fields: Partial<Record<HeaderField, string>> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' && Object.keys(fields).length > 0) continue;
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    const field = fieldOf(m[1]!);
    if (!field || m[2]!.length > 300) break;
    fields[field] ??= m[2]!.trim();
  }
  return Object.keys(fields).length > 0 ? { fields, consumed: i } : { fields, consumed: 0 };
}

/**
 * Reads one article from plain text. Pure: no I/O. The text is normalised (mojibake repaired,
 * NFC, line endings, invisible spaces); the first line is the title unless a title is given.
 * Throws `ArticleReadError` for empty or non-Vietnamese text.
 */
export function readArticleText(text: string, options: ReadTextOptions = {}): Article {
  const { text: clean, title: knownTitle, warnings } = normalizeInput(text, options.title, options.warnings);
  if (clean.trim().length === 0) throw new ArticleReadError('empty', 'empty (no text)');
  const lines = clean.split('\n');
  const { fields, consumed } = readHeader(lines);
  const blocks: Block[] = lines.slice(consumed).map((line) => ({ text: line }));
  const headerAuthors = fields.author ? fields.author.split(/\s*[,;]\s*/u).filter((a) => a.length > 0) : [];
  return buildArticle(blocks, {
    input: options.input ?? null,
    recordId: options.recordId ?? null,
    url: options.url ?? fields.url ?? null,
    title: knownTitle ?? fields.title ?? null,
    published: options.published ?? fields.published ?? null,
    source: options.source ?? fields.source ?? null,
    authors: [...(options.authors ?? []), ...headerAuthors],
    titleFromFirstLine: true,
    warnings,
  });
}
