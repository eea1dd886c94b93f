/**
 * One crawler record (a JSON Lines line or a JSON object): `url`, `title`, `published`, and
 * `text` or `html`. Common alternative field names are accepted.
 */
import type { Article } from '../model/article.js';
import { ArticleReadError } from './errors.js';
import { readArticleText } from './text.js';
import { readArticleHtml } from './html.js';

const FIELDS = {
  id: ['id', '_id', 'guid', 'article_id', 'articleId', 'uid'],
  url: ['url', 'link', 'href', 'canonical', 'source_url', 'sourceUrl'],
  title: ['title', 'headline', 'name'],
  published: ['published', 'published_at', 'publishedAt', 'date', 'pubDate', 'pub_date', 'datePublished', 'time'],
  source: ['source', 'site', 'domain'],
  text: ['text', 'content', 'body', 'article', 'plain_text'],
  html: ['html', 'raw_html', 'rawHtml', 'page'],
  authors: ['authors', 'author', 'byline'],
} as const;

function pick(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    const v = record[n];
    if (typeof v === 'string' && v.trim().length > 0) return v;
    if (typeof v === 'number' && n !== 'title') return String(v);
  }
  return null;
}

/** The first content field holding non-blank text (numbers are not text). */
function pickText(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    const v = record[n];
    if (typeof v === 'string' && v.trim().length > 0) return v;
  }
  return null;
}

function pickAuthors(record: Record<string, unknown>): string[] {
  for (const n of FIELDS.authors) {
    const v = record[n];
    if (typeof v === 'string' && v.trim()) return v.split(/\s*[,;]\s*/u).filter((a) => a.length > 0);
    if (Array.isArray(v)) return v.filter((a): a is string => typeof a === 'string' && a.trim().length > 0);
  }
  return [];
}

/** Reads one JSON record into an Article; throws `ArticleReadError` when it has no text. */
export function readJsonRecord(value: unknown, input: string): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleReadError('malformed-json', 'JSON value is not an object with `text` or `html`');
  }
  const record = value as Record<string, unknown>;
  const published = pick(record, FIELDS.published);
  const meta = {
    input,
    recordId: pick(record, FIELDS.id),
    url: pick(record, FIELDS.url),
    title: pick(record, FIELDS.title),
    published: published && /^\d{10,13}$/.test(published) ? new Date(Number(published) * (published.length === 10 ? 1000 : 1)).toISOString().slice(0, 19) : published,
    source: pick(record, FIELDS.source),
    authors: pickAuthors(record),
  };
  const text = pickText(record, FIELDS.text);
  if (text !== null) return readArticleText(text, meta);
  const html = pickText(record, FIELDS.html);
  if (html !== null) return readArticleHtml(html, meta);
  // No content as text: a content field of another type (`{"text": 5}`) is named, not read as "5".
  for (const name of [...FIELDS.text, ...FIELDS.html]) {
    const v = record[name];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      throw new ArticleReadError('malformed-json', `field \`${name}\` is ${Array.isArray(v) ? 'an array' : `a ${typeof v}`}, not a string`);
    }
  }

  throw new ArticleReadError('malformed-json', 'JSON record has neither `text` nor `html`');
}
