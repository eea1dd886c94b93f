/**
 * HTML pages: the main content taken out with @mozilla/readability over linkedom, metadata
 * from `<meta>` (published time, og: fields), the canonical link and JSON-LD. The content's
 * blocks then go through the same furniture, byline and caption rules as plain text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/article.js';
import { buildArticle, type Block } from './build.js';
import { normalizeInput } from './encoding.js';
import { ArticleReadError } from './errors.js';
import metadata from './lexicon/metadata.json' with { type: 'json' };
import { readArticleText, type ReadTextOptions } from './text.js';
import { namesFromCredit } from './bylines.js';

/** The little of the DOM this module walks (linkedom implements it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  body: DomNode | null;
  title: string;
}

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'CAPTION', 'TD', 'TH',
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TR', 'FIGURE', 'MAIN',
  'NAV', 'FORM', 'HR', 'BR', 'ADDRESS', 'TIME',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const HEADING = /^H[1-6]$/;
const META_CLASS = /(?:^|[\s_-])(?:date|time|publish|view|views|author|byline|share|social|tags?|source|meta)(?:$|[\s_-])/i;
const CAPTION_CLASS = /\b(?:caption|image-caption|photo-caption|PhotoCMS_Caption|tplCaption|desc_image|fig-caption|Image)\b/i;
/**
 * lead-class: the class Vietnamese CMSs give the lead ("sapo") paragraph — `sapo`, `detail-sapo`,
 * `article__sapo`, `sapo_detail`, `singular-sapo` — or a lead/summary class of other sites
 * (`lead`, `standfirst`, `summary`, `chapeau`, `description`), as a whole class or one part of it.
 */
const LEAD_CLASS = /sapo|(?:^|[\s_-])(?:lead|standfirst|summary|chapeau|description)(?:$|[\s_-])/i;
/** The longest text a lead element holds (a sapo is a few sentences; a longer "summary" is no lead). */
const LEAD_MAX_CHARS = 800;

/** A table row short enough to be one record ("Nguyễn Văn A | Giám đốc Sở X"), not page layout. */
const ROW_MAX_CHARS = 300;
const isElement = (node: DomNode, tag: string): boolean => node.nodeType === 1 && node.nodeName.toUpperCase() === tag;

function isDataRow(row: DomNode): boolean {
  const text = row.textContent ?? '';
  if (text.length > ROW_MAX_CHARS) return false;
  const nested = (node: DomNode): boolean => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (isElement(c, 'TABLE') || nested(c)) return true;
    }
    return false;
  };
  return !nested(row);
}

/** The text of a data row: its cells joined with ", " (a leading row number dropped); '' for a row of headings. */
function rowText(row: DomNode): string {
  const cells: string[] = [];
  const children = row.childNodes;
  let dataCells = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (isElement(c, 'TD')) dataCells++;
    else if (!isElement(c, 'TH')) continue;
    const t = (c.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (t) cells.push(t);
  }
  // a row of <th> only is the column headings ("Họ và tên | Chức vụ"), not a record
  if (dataCells === 0) return '';
  if (cells.length > 1 && /^(?:\d{1,3}\.?|STT|TT)$/iu.test(cells[0]!)) cells.shift();
  return cells.join(', ').replace(/,\s*,/gu, ',');
}

/**
 * Walks a DOM subtree into text blocks: one per paragraph-like element, `<br>` splitting lines,
 * a list item per line, and a table's data row as one line of its cells ("Name, title").
 */
function blocksOf(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let hint: Block['hint'];
  const flush = (): void => {
    for (const line of current.split('\n')) if (line.trim()) blocks.push({ text: line, hint });
    current = '';
  };
  const walk = (node: DomNode, inheritedHint: Block['hint']): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      hint ??= inheritedHint;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'TR' && isDataRow(node)) {
      flush();
      hint = undefined;
      const text = rowText(node);
      if (text) blocks.push({ text, hint: inheritedHint });
      return;
    }
    const className = node.getAttribute?.('class') ?? '';
    // Page metadata set inline (date, views, author, share) still stands on its own line.
    const block = BLOCK_TAGS.has(tag) || META_CLASS.test(className);
    const ownHint: Block['hint'] =
      tag === 'FIGCAPTION' || CAPTION_CLASS.test(className)
        ? 'caption'
        : LEAD_CLASS.test(className)
          ? 'lead'
          : HEADING.test(tag)
            ? 'heading'
            : inheritedHint;
    if (block) {
      flush();
      hint = undefined;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, ownHint);
    if (block) {
      flush();
      hint = undefined;
    }
  };
  walk(root, undefined);
  flush();
  return blocks;
}

/** Collapses white space, for comparing the text of elements and blocks. */
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The texts of the page's lead elements (a {@link LEAD_CLASS} class, not a caption), read before
 * readability rewrites the page: it turns a `<div class="sapo">` into a `<p>` or puts its only
 * paragraph in its place, and the class goes with it.
 */
function leadTexts(doc: DomDocument): string[] {
  const out: string[] = [];
  const elements = doc.querySelectorAll('[class]');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const className = el.getAttribute?.('class') ?? '';
    if (!LEAD_CLASS.test(className) || CAPTION_CLASS.test(className) || HEADING.test(el.nodeName.toUpperCase())) continue;
    const text = squeeze(el.textContent ?? '');
    if (text.length > 0 && text.length <= LEAD_MAX_CHARS) out.push(text);
  }
  return out;
}

/** Blocks with no hint of their own whose text stands in one of `leads` are the lead. */
function markLeads(blocks: Block[], leads: readonly string[]): Block[] {
  if (leads.length === 0) return blocks;
  return blocks.map((b) => {
    if (b.hint !== undefined) return b;
    const text = squeeze(b.text);
    return text.length >= 20 && leads.some((l) => l.includes(text)) ? { ...b, hint: 'lead' } : b;
  });
}

/**
 * HTML made of fragments only (`<p>…</p><p>…</p>`, as a crawler's `html` field often holds), put in
 * a page's `<html><body>` so that it is parsed as one — a leading doctype dropped, the head's
 * elements written first (`<title>`, `<meta>` …) put in its `<head>`; a page with its own `<html>`,
 * `<head>` or `<body>` comes back as it is.
 */
/** The head's elements standing first in a page written without `<head>` (title, meta, link, style, script). */
const HEAD_ELEMENTS = /^(?:\s*(?:<title\b[^>]*>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>|<style\b[^>]*>[^<]*<\/style>|<script\b[^>]*>[^<]*<\/script>))*/i;

function asPage(html: string): string {
  if (/<\s*(?:html|head|body)\b/i.test(html)) return html;
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  const head = HEAD_ELEMENTS.exec(rest)?.[0] ?? '';
  return `<html><head>${head}</head><body>${rest.slice(head.length)}</body></html>`;
}

function meta(doc: DomDocument, names: readonly string[]): string | null {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${name}"]`);
      const v = el?.getAttribute?.('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** Deepest element nesting parsed as is; deeper pages are flattened first (parsers and readability recurse). */
export const MAX_HTML_DEPTH = 400;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Every tag but those a flattened page keeps: they mark paragraphs and metadata, and never nest deeply. */
const FLATTEN = /<\/?(?!(?:html|head|body|title|meta|link|p|br|h[1-6]|li|script|style|time|figcaption)\b)[a-zA-Z][^>]*>/gi;

/**
 * A page whose elements nest deeper than {@link MAX_HTML_DEPTH} (say 200,000 `<div>`s) loses every
 * tag but the paragraph and metadata ones, so that parsing and reading it stay linear and shallow;
 * a page of ordinary depth comes back unchanged. One linear scan of the tags.
 */
export function flattenDeepHtml(html: string): string {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID_TAGS.has(name) || m[3]!.endsWith('/')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
    if (deepest > MAX_HTML_DEPTH) break;
  }
  if (deepest <= MAX_HTML_DEPTH) return html;
  return html.replace(FLATTEN, ' ').replace(/[ \t]{2,}/g, ' ');
}

/**
 * Reads one article from an HTML page. Pure: no I/O. Throws `ArticleReadError` when no
 * article text can be found.
 */
export function readArticleHtml(html: string, options: ReadTextOptions = {}): Article {
  if (html.trim().length === 0) throw new ArticleReadError('empty', 'empty (no HTML)');
  // Plain text in an .html file (or an `html` field) is read as the text it is.
  if (!/<\s*(?:[a-zA-Z]|!doctype)/i.test(html)) return readArticleText(html, options);
  const { text: normalized, title: knownTitle, warnings } = normalizeInput(html, options.title, options.warnings);
  const clean = asPage(flattenDeepHtml(normalized));
  const { document } = parseHTML(clean) as unknown as { document: DomDocument & { documentElement: unknown } };
  if (!document.documentElement) return readArticleText(html, options);

  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute?.('href') ?? meta(document, ['og:url']) ?? null;
  const ogTitle = meta(document, ['og:title', 'twitter:title']);
  const h1s = document.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? (h1s[0]!.textContent ?? '').trim() : null;
  // Only a <time> that marks the article's own date (one in a related list or the header is not).
  const timeEl =
    document
      .querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], article > header time[datetime]')
      ?.getAttribute?.('datetime') ?? null;
  const published =
    options.published ?? meta(document, metadata.htmlDateMeta) ?? jsonLdDate(document) ?? timeEl ?? null;
  const author = meta(document, ['author', 'article:author', 'dc.creator']);
  const metaSource = meta(document, ['og:site_name']);
  const leads = leadTexts(document);

  let blocks: Block[] = [];
  let readTitle: string | null = null;
  let readByline: string | null = null;
  try {
    const reader = new Readability(document as never, { serializer: (node: unknown) => node, charThreshold: 200, keepClasses: true });
    const result = reader.parse();
    if (result?.content) blocks = blocksOf(result.content as unknown as DomNode);
    readTitle = result?.title?.trim() || null;
    const byline = result?.byline?.trim();
    if (byline) readByline = byline;
  } catch {
    warnings.push('readability failed on this page; read the whole body');
  }
  if (blocks.length === 0) {
    const { document: fresh } = parseHTML(clean) as unknown as { document: DomDocument };
    if (fresh.body) blocks = blocksOf(fresh.body);
  }
  if (blocks.every((b) => b.text.trim().length === 0)) {
    throw new ArticleReadError('no-content', 'HTML page holds no article text');
  }
  blocks = markLeads(blocks, leads);
  const title = knownTitle ?? h1 ?? ogTitle ?? readTitle ?? (document.title.trim() || null);
  const url = options.url ?? (canonical && /^https?:/i.test(canonical) ? canonical : null);
  return buildArticle(blocks, {
    input: options.input ?? null,
    recordId: options.recordId ?? null,
    url,
    canonical,
    title,
    published,
    source: options.source ?? (url ? null : metaSource),
    authors: [
      ...(options.authors ?? []),
      ...(author && !/^https?:/i.test(author) ? namesFromCredit(author) : []),
      ...(readByline ? namesFromCredit(readByline.replace(/^(?:Tin|Bài|Ảnh|Tin, ảnh|Bài, ảnh|Tác giả|By)\s*:\s*/iu, '')) : []),
    ],
    titleFromFirstLine: false,
    warnings,
  });
}
