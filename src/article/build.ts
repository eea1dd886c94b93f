/**
 * The common core of every reader: blocks of text (lines of a text file, paragraphs of an
 * HTML page) plus known metadata → a validated `Article`. Furniture is taken out with its
 * reason, the title and dates are told apart, bylines become authors, captions are marked.
 */
import { ArticleSchema, type Article, type Paragraph, type Removed } from '../model/article.js';
import { alternation, matchKey, stableId } from '../model/keys.js';
import metadata from './lexicon/metadata.json' with { type: 'json' };
import { parseDateLine, parseDateValue, formatFoundDate, type FoundDate } from './dates.js';
import { furnitureReason, isRelatedHeading, isRelatedItem, liveUpdateTime, splitLiveUpdates } from './furniture.js';
import { findInlineCredits, findTrailingCredit, readBylineLine, isAgency, isPersonCredit, namesFromCredit } from './bylines.js';
import { isCaption } from './captions.js';
import { ArticleReadError } from './errors.js';
import { checkVietnamese } from './language.js';
import { articleIdFromUrl, hostOf } from './urls.js';

/** A block of text as a reader found it, with what the page's markup said about it. */
export interface Block {
  text: string;
  hint?: 'caption' | 'lead' | 'heading' | undefined;
}

/** Metadata known before reading the blocks (scraper header, JSON fields, HTML meta). */
export interface KnownMetadata {
  input?: string | null | undefined;
  /** The record's own id (a JSON Lines record's `id`): the article's identity when given. */
  recordId?: string | null | undefined;
  url?: string | null | undefined;
  title?: string | null | undefined;
  published?: string | null | undefined;
  source?: string | null | undefined;
  authors?: readonly string[] | undefined;
  /** Canonical link or og:url, used for the source when `url` is unknown. */
  canonical?: string | null | undefined;
  /** When true (text files), the first content line is the title unless a title is known. */
  titleFromFirstLine?: boolean | undefined;
  warnings?: readonly string[] | undefined;
}

const SOURCE_LINE = new RegExp(
  `^(?:${alternation(metadata.sourceLinePrefixes)})\\s*:\\s*(.{2,80})$`,
  'iu',
);
const CREDIT_LINE = new RegExp(`^(?:${alternation(metadata.creditLinePrefixes, 'as-written')})\\s+(.{2,60})$`, 'u');
const OUTLET_PREFIX = new RegExp(
  String.raw`^(\([^()\s][^()]{0,${metadata.outletPrefixMaxLength}}\)|[\p{Lu}\d][^\s]{1,${metadata.outletPrefixMaxLength}})\s*[-–—]\s+(?=\p{Lu}|\d|")`,
  'u',
);

/** An outlet's name as credited: capitalised words ("Báo Nông thôn" starts so; "kế hoạch" does not). */
const OUTLET_NAME = /^\(?\p{Lu}[\p{L}\p{N}.&+\-]*(?:\s+[\p{L}\p{N}.&+\-]+){0,5}\)?$/u;

type Slot =
  | { kind: 'keep'; text: string; hint?: Block['hint'] }
  | { kind: 'drop'; reason: string; text: string };

/** Collapses inner whitespace; keeps the text as written otherwise. */
function tidy(text: string): string {
  // (most lines have nothing to collapse: a quick test spares rebuilding them)
  return (NEEDS_TIDY.test(text) ? text.replace(/[ \t\n]+/g, ' ') : text).trim();
}
/** A tab, a newline or two spaces in a row: what {@link tidy} collapses (a single space stays as it is). */
const NEEDS_TIDY = /[\t\n]| {2}/;

function domainLike(s: string): boolean {
  return /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(s.trim());
}

/** Reads the source line's value: a host for a domain or URL, else the name as written. */
function sourceFromValue(value: string): string {
  const v = value.trim().replace(/[.;]+$/u, '');
  if (domainLike(v)) return hostOf(/^https?:/i.test(v) ? v : `http://${v}`) ?? v.toLowerCase();
  return v;
}

/** Builds and validates the Article from blocks and known metadata. */
export function buildArticle(blocks: readonly Block[], known: KnownMetadata): Article {
  const warnings: string[] = [...(known.warnings ?? [])];
  const authors: string[] = [...(known.authors ?? [])];
  const slots: Slot[] = [];
  /** The earliest entry stamp of a live report (ISO, to the minute), or null. */
  let firstLiveUpdate: string | null = null;
  for (const b of blocks) {
    const text = tidy(b.text);
    if (text.length === 0) continue;
    // A live report's entries, run together: one paragraph each, their time stamps taken out.
    const { pieces, stamps } = splitLiveUpdates(text);
    for (const stamp of stamps) {
      slots.push({ kind: 'drop', reason: 'live-update-time', text: stamp });
      const iso = liveUpdateTime(stamp);
      if (iso && (firstLiveUpdate === null || iso < firstLiveUpdate)) firstLiveUpdate = iso;
    }
    for (const piece of pieces) slots.push({ kind: 'keep', text: piece, hint: b.hint });
  }

  let title = known.title ? tidy(known.title) : null;
  let published = known.published ? parseDateValue(known.published) : null;
  if (known.published && !published) warnings.push(`unreadable publication date "${known.published}"`);
  let sourceLine: string | null = null;
  let creditSource: string | null = null;

  const drop = (i: number, reason: string): void => {
    const s = slots[i]!;
    slots[i] = { kind: 'drop', reason, text: s.text };
  };

  // 1. Furniture anywhere; related-news headings take the items under them.
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    if (s.kind !== 'keep') continue;
    const reason = furnitureReason(s.text);
    if (!reason) continue;
    drop(i, reason);
    if (reason === 'related-news' && isRelatedHeading(s.text)) {
      while (i + 1 < slots.length) {
        const next = slots[i + 1]!;
        if (next.kind !== 'keep' || !isRelatedItem(next.text)) break;
        i++;
        drop(i, furnitureReason(next.text) ?? 'related-news');
      }
    }
  }

  // 2. Head: page date header, title, the article's dateline.
  /** True when a content line other than dates and furniture follows line i. */
  const hasMoreContent = (i: number): boolean =>
    slots.some((s, j) => j > i && s.kind === 'keep' && !parseDateLine(s.text));
  const keptIdx = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < slots.length; i++) if (slots[i]!.kind === 'keep') out.push(i);
    return out;
  };
  let idx = keptIdx();
  let titleIdx = -1;
  const beforeTitle: Array<{ i: number; found: FoundDate }> = [];
  for (const i of idx) {
    const s = slots[i]!;
    if (s.kind !== 'keep') continue;
    const found = parseDateLine(s.text);
    if (found) {
      beforeTitle.push({ i, found });
      continue;
    }
    if (title && matchKey(s.text) === matchKey(title)) {
      // The title repeated as the first line is not body, unless it is all there is.
      if (hasMoreContent(i)) titleIdx = i;
    } else if (!title && (known.titleFromFirstLine || s.hint === 'heading') && looksLikeTitle(s.text) && hasMoreContent(i)) {
      title = s.text;
      titleIdx = i;
    }
    break;
  }
  if (titleIdx >= 0) drop(titleIdx, 'title');
  // Datelines right after the title (or at the top when there is no title line).
  const afterTitle: Array<{ i: number; found: FoundDate }> = [];
  idx = keptIdx();
  for (const i of idx) {
    if (titleIdx >= 0 && i < titleIdx) continue;
    const found = parseDateLine(slots[i]!.text);
    if (found) {
      afterTitle.push({ i, found });
      continue;
    }
    // Stop at the first line that is neither a date nor furniture already removed.
    break;
  }
  const headerCandidates = titleIdx >= 0 ? beforeTitle : [];
  const articleDates = titleIdx >= 0 ? afterTitle : [...beforeTitle, ...afterTitle.filter((a) => !beforeTitle.some((b) => b.i === a.i))];
  for (const { i, found } of headerCandidates) {
    const laterThanArticle = articleDates.some((a) => a.found.date < found.date);
    if (found.clock || laterThanArticle || articleDates.length > 0) {
      drop(i, 'page-date-header');
    } else {
      articleDates.push({ i, found });
    }
  }
  // Several datelines: the earliest is the article's; a later one is the page's "today".
  const earliest = articleDates.reduce<string | null>((min, a) => (min === null || a.found.date < min ? a.found.date : min), null);
  for (const { i, found } of articleDates) {
    if (found.date !== earliest) {
      drop(i, 'page-date-header');
      continue;
    }
    if (!published) published = formatFoundDate(found);
    drop(i, 'published-date');
  }

  // A live report with no other date was opened at its earliest entry: the page states that time.
  if (!published && firstLiveUpdate) published = firstLiveUpdate;

  // 3. Metadata lines anywhere: source lines, byline lines, credits.
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    if (s.kind !== 'keep' || s.text.length > 120) continue;
    const src = SOURCE_LINE.exec(s.text);
    if (src && isPersonCredit(src[1]!)) {
      // "Nguồn tin: Sao Khuê": the source credited is a writer, not a site
      authors.push(...namesFromCredit(src[1]!));
      drop(i, 'byline');
      continue;
    }
    if (src) {
      sourceLine ??= sourceFromValue(src[1]!);
      drop(i, 'source-line');
      continue;
    }
    const by = readBylineLine(s.text, false);
    if (by) {
      authors.push(...by.authors);
      drop(i, 'byline');
    }
  }

  // 4. The story's close: lone names, "PV", "Theo X", then a credit closing the last paragraph.
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i]!;
    if (s.kind !== 'keep') continue;
    const credit = CREDIT_LINE.exec(s.text);
    if (credit && (isAgency(credit[1]!) || domainLike(credit[1]!) || OUTLET_NAME.test(credit[1]!)) && !/[.!?]$/u.test(s.text)) {
      creditSource ??= sourceFromValue(credit[1]!);
      drop(i, 'source-credit');
      continue;
    }
    if (isAgency(s.text)) {
      drop(i, 'source-credit');
      continue;
    }
    const by = readBylineLine(s.text, true);
    if (by) {
      authors.push(...by.authors);
      drop(i, 'byline');
      continue;
    }
    break;
  }
  const extraRemoved: Removed[] = [];
  const lastKept = slots.findLastIndex((s) => s.kind === 'keep');
  if (lastKept >= 0) {
    const s = slots[lastKept]! as Extract<Slot, { kind: 'keep' }>;
    const trailing = findTrailingCredit(s.text);
    if (trailing) {
      authors.push(...trailing.authors);
      if (trailing.source) creditSource ??= sourceFromValue(trailing.source);
      extraRemoved.push({ reason: trailing.reason, text: trailing.text });
      slots[lastKept] = { ...s, text: s.text.slice(0, trailing.start).trimEnd() };
    }
  }

  // 5. Outlet prefix on the first paragraph ("GD&TĐ - ", "(HNM) - ").
  const firstKept = slots.findIndex((s) => s.kind === 'keep');
  if (firstKept >= 0) {
    const s = slots[firstKept]! as Extract<Slot, { kind: 'keep' }>;
    const m = OUTLET_PREFIX.exec(s.text);
    if (m && !/\p{Ll}\s/u.test(m[1]!)) {
      extraRemoved.push({ reason: 'outlet-prefix', text: m[0].trim() });
      slots[firstKept] = { ...s, text: s.text.slice(m[0].length) };
    }
  }

  // 6. Inline photo credits inside paragraphs: removed, the paragraph split there.
  const paragraphsOut: Array<{ text: string; hint?: Block['hint'] }> = [];
  const removed: Removed[] = [];
  for (const s of slots) {
    if (s.kind === 'drop') {
      if (s.reason !== 'title') removed.push({ reason: s.reason, text: s.text });
      continue;
    }
    const credits = findInlineCredits(s.text);
    if (credits.length === 0) {
      paragraphsOut.push({ text: s.text, hint: s.hint });
      continue;
    }
    let from = 0;
    for (const c of credits) {
      authors.push(...c.authors);
      removed.push({ reason: 'photo-credit', text: c.text });
      const piece = s.text.slice(from, c.start).trim();
      // The sentence just before a photo credit is that photo's caption.
      const [before, caption] = splitCaptionTail(piece);
      if (before) paragraphsOut.push({ text: before, hint: s.hint });
      if (caption) paragraphsOut.push({ text: caption, hint: 'caption' });
      from = c.end;
    }
    const tail = s.text.slice(from).replace(/^[\s.)]+/u, '').trim();
    if (tail) paragraphsOut.push({ text: tail, hint: s.hint });
  }
  removed.push(...extraRemoved);

  // 7. Paragraphs with offsets; captions marked.
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const p of paragraphsOut) {
    if (p.text.length === 0) continue;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += p.text;
    const kind = p.hint === 'caption' || isCaption(p.text) ? 'caption' : p.hint === 'lead' ? 'lead' : 'body';
    paragraphs.push({ start, end: text.length, text: p.text, kind });
  }
  if (paragraphs.every((p) => p.kind === 'caption') && paragraphs.length > 0) {
    // A text made only of "captions" is a short story: keep it as body.
    for (const p of paragraphs) p.kind = 'body';
  }
  checkVietnamese(`${title ?? ''}\n${text}`);
  if (text.trim().length === 0) throw new ArticleReadError('no-content', 'no article text left after removing page furniture');

  const url = known.url ?? null;
  const source =
    known.source ?? hostOf(url) ?? hostOf(known.canonical ?? null) ?? sourceLine ?? creditSource ?? null;
  const uniqueAuthors = [...new Map(authors.map((a) => [matchKey(a), a] as const)).values()];
  const article: Article = {
    ...sourceIdentity(known, url, text),
    input: known.input ?? null,
    url,
    title,
    published,
    source,
    authors: uniqueAuthors,
    text,
    paragraphs,
    removed,
    warnings,
  };
  return ArticleSchema.parse(article);
}

/** An article id as this tool writes it: `sha:<16 hex>`, `url:…` or `rec:…` (no spaces, at most 124 characters). */
const MINTED_ID = /^(?:sha:[0-9a-f]{16}|(?:url|rec):\S{1,120})$/;

/**
 * The article's identity: the record's own id, else its (canonical) URL, else its content — a hash
 * of the cleaned text, whatever holds it (a file, a JSON Lines record, standard input), so the same
 * story given as a `.txt` file and as a JSON line without `id` or `url` is one article. `sourceId`
 * says which source that is (the file path or `path#line` at worst; null for standard input).
 */
function sourceIdentity(known: KnownMetadata, url: string | null, text: string): { id: string; sourceId: string | null } {
  const record = known.recordId?.trim();
  // An id this tool minted (`read --format jsonl` output read back) is that article's id already.
  if (record && MINTED_ID.test(record)) return { id: record, sourceId: mintedSource(record, url ?? known.canonical ?? null, known.input) };
  if (record) return { id: record.length <= 120 && !/\s/.test(record) ? `rec:${record}` : stableId('rec', record), sourceId: record };
  const canonical = url ?? known.canonical ?? null;
  const fromUrl = articleIdFromUrl(canonical);
  if (fromUrl) return { id: fromUrl, sourceId: canonical };
  const input = known.input?.trim();
  // Known by its content, so the same text read in another encoding, from a copy or from another
  // container (a file, a line of a crawl) is the same article; it keeps where it came from as its source.
  return { id: stableId('sha', text), sourceId: input && input !== '-' ? input : null };
}

/** The source of an article read back under the id this tool minted: as when that id was minted. */
function mintedSource(id: string, url: string | null, input: string | null | undefined): string | null {
  if (id.startsWith('rec:')) return id.slice(4);
  if (id.startsWith('url:')) return url ?? id;
  const where = input?.trim();
  return where && where !== '-' ? where : null;
}

/** A title line: one short line, not several sentences. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 250 && !/[.!?]\s+\p{Lu}/u.test(text);
}

/**
 * Splits the last sentence off a piece of text that a photo credit followed, when it is short
 * enough to be the caption. The split avoids abbreviations ("TP. Hồ Chí Minh").
 */
function splitCaptionTail(piece: string): [string, string] {
  if (piece.length === 0) return ['', ''];
  let cut = -1;
  for (const m of piece.matchAll(/[.!?…]["”]?\s+(?=["“]?\p{Lu})/gu)) {
    const word = lastWord(piece, m.index + 1);
    if (/^\p{Lu}[\p{L}]{0,3}\.$/u.test(word)) continue; // "TP.", "Th.", "Q."
    cut = m.index + m[0].length;
  }
  const tail = cut < 0 ? piece : piece.slice(cut);
  if (tail.length > captionLimit) return [piece, ''];
  return [cut < 0 ? '' : piece.slice(0, cut).trim(), tail.trim()];
}
const captionLimit = 250;

/** The run of non-spaces that ends `text` at `end` ("" when a space ends it), found from the end. */
function lastWord(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/\s/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}
