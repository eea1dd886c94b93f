/**
 * Page furniture: lines that belong to the web page, not the story. Every marker is data in
 * `lexicon/furniture.json`; this module only turns it into tests on a line.
 */
import furniture from './lexicon/furniture.json' with { type: 'json' };
import { alternation, matchKey } from '../model/keys.js';
import { parseDateLine } from './dates.js';

/** Why a line is furniture, or null. Reasons match `Article.removed[].reason`. */
export type FurnitureReason = 'related-news' | 'live-update-time' | 'cookie-notice' | 'read-more' | 'view-counter' | 'media-file' | 'share-widget' | 'script-residue';

/** A template or script variable leaked into the page's text ("news_is_not_ads="). */
const SCRIPT_RESIDUE = /^[A-Za-z_$][\w$.-]*\s*[=:]\s*[\w"'{}[\]$.-]*;?$/u;

const RELATED = new Set(furniture.relatedHeadings.map(matchKey));
const READ_MORE = new Set(furniture.readMore.map(matchKey));
const WIDGETS = new Set(furniture.widgets.map(matchKey));
const COOKIE = furniture.cookiePhrases.map(matchKey);

const COUNTER_WORDS = alternation(furniture.viewCounterWords);
const VIEW_COUNTER = new RegExp(
  String.raw`^(?:(?:\d[\d.,]*\s*[kKmM]?\s*(?:${COUNTER_WORDS}))(?:\s*[|·•,-]\s*\d[\d.,]*\s*[kKmM]?\s*(?:${COUNTER_WORDS}))*|(?:số\s+)?(?:${COUNTER_WORDS})\s*[:(]?\s*\d[\d.,]*\)?)$`,
  'iu',
);
const EXT = alternation(furniture.mediaExtensions);
const MEDIA_FILE = new RegExp(
  String.raw`^(?:(?:${alternation(furniture.mediaPrefixes)})\s*:?\s*)?[^\s]*\.(?:${EXT})(?:\?[^\s]*)?$`,
  'iu',
);

/** True when the line is a related-news heading ("Tin khác", "Tin liên quan:", "Xem thêm >>"). */
export function isRelatedHeading(line: string): boolean {
  if (line.length > 60) return false;
  const key = matchKey(line.replace(/[:>»›\-–—.…\s]+$/u, '').replace(/^[<«‹\-–—\s]+/u, ''));
  return RELATED.has(key);
}

/** Classifies a whole line as page furniture, or returns null. Related-news items are handled by the caller. */
export function furnitureReason(line: string): FurnitureReason | null {
  const t = line.trim();
  if (t.length === 0 || t.length > 400) return null;
  if (isRelatedHeading(t)) return 'related-news';
  const key = matchKey(t.replace(/[.:>»›\s]+$/u, ''));
  if (t.length <= 30 && READ_MORE.has(key)) return 'read-more';
  if (t.length <= 60 && (WIDGETS.has(key) || isWidgetRow(t))) return 'share-widget';
  if (t.length <= 400 && COOKIE.some((c) => key.includes(c))) return 'cookie-notice';
  if (t.length <= 80 && VIEW_COUNTER.test(t)) return 'view-counter';
  if (t.length <= 300 && MEDIA_FILE.test(t)) return 'media-file';
  if (t.length <= 80 && SCRIPT_RESIDUE.test(t) && /[_=]/u.test(t)) return 'script-residue';
  return null;
}

/** A row of widget labels ("Chia sẻ | In bài | Gửi email"). */
function isWidgetRow(t: string): boolean {
  const parts = t.split(/\s*[|·•/]\s*/u).filter((p) => p.length > 0);
  return parts.length > 1 && parts.every((p) => WIDGETS.has(matchKey(p)) || READ_MORE.has(matchKey(p)));
}

/**
 * True when a line looks like an item of a related-news list: a date, a teaser cut off with an
 * ellipsis, or a short headline without a closing full stop.
 */
export function isRelatedItem(line: string): boolean {
  const t = line.trim();
  if (parseDateLine(t)) return true;
  if (/(?:…|\.\.\.)$/u.test(t) && t.length <= 400) return true;
  if (t.length <= 180 && !/[.:;]$/u.test(t)) return true;
  return furnitureReason(t) !== null;
}

/**
 * live-update-stamp: the time stamp opening each entry of a live report ("tường thuật trực tiếp"),
 * a bullet and an ISO date-time — "… phát biểu. • 2017-05-13 09:44 Cảnh cáo … Cử tri A …". A scraped
 * page runs the entries together in one paragraph, so the stamp glues one entry's last sentence
 * to the next entry's first one. The bullets are data (`liveUpdateBullets`).
 */
const LIVE_UPDATE_STAMP = new RegExp(
  String.raw`(?:${alternation(furniture.liveUpdateBullets)})\s*\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?`,
  'gu',
);

/**
 * Cuts a paragraph at the entry stamps of a live report (live-update-stamp): the pieces between
 * the stamps, trimmed, and the stamps themselves (furniture, reason `live-update-time`). A
 * paragraph without a stamp comes back whole as the only piece.
 */
export function splitLiveUpdates(text: string): { pieces: string[]; stamps: string[] } {
  if (!text.includes('-')) return { pieces: [text], stamps: [] };
  const pieces: string[] = [];
  const stamps: string[] = [];
  let from = 0;
  for (const m of text.matchAll(LIVE_UPDATE_STAMP)) {
    const piece = text.slice(from, m.index).trim();
    if (piece) pieces.push(piece);
    stamps.push(m[0]);
    from = m.index + m[0].length;
  }
  if (stamps.length === 0) return { pieces: [text], stamps };
  const tail = text.slice(from).trim();
  if (tail) pieces.push(tail);
  return { pieces, stamps };
}

/** The ISO date-time (`YYYY-MM-DDTHH:MM`, hours zero-padded) of a live report's entry stamp, or null. */
export function liveUpdateTime(stamp: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})/u.exec(stamp);
  return m ? `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}` : null;
}
