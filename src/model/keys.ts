/**
 * Text keys shared by every stage.
 *
 * - `matchKey` compares names as a Vietnamese reader would: case-insensitive, NFC, and
 *   indifferent to old/new tone-mark placement ("hòa"/"hoà", "Ủy"/"Uỷ"), with whitespace
 *   collapsed and "Ð" (U+00D0) read as "Đ". Diacritics are kept: "Hiến" and "Hiền" differ.
 * - `searchKey` is the looser key behind diacritics-insensitive search: tone and vowel marks
 *   stripped, "đ" → "d", lower case. "Đỗ Mạnh Hiến" → "do manh hien".
 * - `searchWords` is `searchKey` cut into whole words (letters and digits; punctuation is a break)
 *   and joined with single spaces: "Sở Văn hóa, Thể thao" → "so van hoa the thao". The text the
 *   full-text indexes hold, so that a word is always a whole index token.
 * - `stableId` makes short, stable ids from any parts.
 * - `escapeRegExp` and `alternation` turn lexicon words into RegExp source that matches them
 *   literally: the one place every stage builds its word-list patterns from.
 */
import * as crypto from 'node:crypto';

/** Old-style tone placement on o/u + vowel pairs ("òa", "úy"), and each pair in the new style. */
const OLD_TONE_PLACEMENT = /[òóỏõọ][ae]|[ùúủũụ]y/g;
const NEW_TONE_PLACEMENT: Readonly<Record<string, string>> = Object.fromEntries(
  ['òa:oà', 'óa:oá', 'ỏa:oả', 'õa:oã', 'ọa:oạ', 'òe:oè', 'óe:oé', 'ỏe:oẻ', 'õe:oẽ', 'ọe:oẹ', 'ùy:uỳ', 'úy:uý', 'ủy:uỷ', 'ũy:uỹ', 'ụy:uỵ']
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Rewrites old-style tone placement on lower-case, NFC text to the new style ("hòa" → "hoà",
 * "thủy" → "thuỷ") in one pass. Same length in and out (each pair is two UTF-16 units both ways),
 * so offsets into the text stay valid.
 */
export function newStyleTones(lowerNfc: string): string {
  return lowerNfc.replace(OLD_TONE_PLACEMENT, (pair) => NEW_TONE_PLACEMENT[pair] ?? pair);
}

/**
 * Keys of short texts (names, titles, roles) are remembered: the same few thousand are keyed over
 * and over, by the extractor, the resolver and resolution across articles. Bounded: cleared when full.
 */
const KEY_CACHE_MAX_LENGTH = 96;
const KEY_CACHE_ENTRIES = 20_000;
const MATCH_KEYS = new Map<string, string>();
const SEARCH_KEYS = new Map<string, string>();

/** Lower-cases, normalises to NFC, folds tone-mark placement and whitespace. */
export function matchKey(text: string): string {
  if (text.length > KEY_CACHE_MAX_LENGTH) return matchKeyUncached(text);
  let k = MATCH_KEYS.get(text);
  if (k === undefined) {
    if (MATCH_KEYS.size >= KEY_CACHE_ENTRIES) MATCH_KEYS.clear();
    k = matchKeyUncached(text);
    MATCH_KEYS.set(text, k);
  }
  return k;
}

function matchKeyUncached(text: string): string {
  return newStyleTones(text.normalize('NFC').replace(/\u00D0/g, 'Đ').toLowerCase()).replace(/\s+/gu, ' ').trim();
}


/** Strips every diacritic (đ → d) and lower-cases: the key for search. */
export function searchKey(text: string): string {
  if (text.length > KEY_CACHE_MAX_LENGTH) return searchKeyUncached(text);
  let k = SEARCH_KEYS.get(text);
  if (k === undefined) {
    if (SEARCH_KEYS.size >= KEY_CACHE_ENTRIES) SEARCH_KEYS.clear();
    k = searchKeyUncached(text);
    SEARCH_KEYS.set(text, k);
  }
  return k;
}

function searchKeyUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ\u00D0]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The whole words of a text for search, folded like {@link searchKey} and joined with single
 * spaces ("TP.HCM" → "tp hcm", "Văn hóa-Thể thao" → "van hoa the thao"); "" when it has none.
 */
export function searchWords(text: string): string {
  return wordsOfFolded(searchKey(text)).join(' ');
}

/** The whole words of a text already folded by {@link searchKey}: split on anything not a letter or digit. */
export function wordsOfFolded(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * SHA-256 of a string's UTF-8 bytes as hex: the one-shot `crypto.hash` where Node has it (20.12+, no
 * Hash object made per call), else `createHash`. The same digest either way.
 */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
function sha256Hex(data: string): string {
  return oneShotHash ? oneShotHash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** A short stable id: `prefix:` followed by 16 hex digits of SHA-256 over the parts. */
export function stableId(prefix: string, ...parts: ReadonlyArray<string | number | null | undefined>): string {
  const hash = sha256Hex(parts.map((p) => String(p ?? '')).join('\u241F'));
  return `${prefix}:${hash.slice(0, 16)}`;
}

/** A body's aliases as whole folded words like `nameFolded` ({@link searchWords}), joined with " | ": the text the alias index holds. */
export function foldAliases(aliases: readonly string[]): string {
  return [...new Set(aliases.map(searchWords).filter((a) => a.length > 0))].join(' | ');
}

/** `text` escaped so that, inside RegExp source, it matches itself literally ("TP." → "TP\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Order of the phrases in an {@link alternation}. */
export type AlternationOrder = 'longest-first' | 'as-written';

/**
 * Phrases as the body of one RegExp alternation, `a|b|c` (no group around it), each escaped to
 * match literally. `longest-first` (the default) puts longer phrases first, so that of two
 * phrases that start alike the longer wins ("phó chủ tịch" before "phó"); phrases of one length
 * keep the list's order. `as-written` keeps the list's order, for lists whose order is chosen.
 * An empty phrase is kept (it would match the empty string): callers filter their lists.
 */
export function alternation(phrases: readonly string[], order: AlternationOrder = 'longest-first'): string {
  const ordered = order === 'longest-first' ? [...phrases].sort((a, b) => b.length - a.length) : phrases;
  return ordered.map(escapeRegExp).join('|');
}
