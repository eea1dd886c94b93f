/**
 * Small text helpers shared by the rules: folding for comparisons and token scanning.
 *
 * Per-sentence views: several rules read the same sentence, so what they all need of it is computed
 * once per sentence text and remembered for the next rule — {@link foldKeepOffsets} (the folded
 * sentence, offsets kept) and {@link wordInitialCapitals} (where its capitalised words start). A rule
 * calls them with the sentence's text rather than folding or scanning the sentence itself; a new
 * view of the same kind belongs here, memoised with `cached` (bounded, so an article's sentences
 * stay in it while it is extracted).
 */
import { newStyleTones } from '../model/keys.js';

/** The shared RegExp builders, here beside the other text helpers the rules use. */
export { alternation, escapeRegExp } from '../model/keys.js';

const FOLD_CACHE = new Map<string, string>();
const OFFSETS_CACHE = new Map<string, string>();
const CAPITALS_CACHE = new Map<string, readonly number[]>();

/** Remembers results of a pure string function (bounded: cleared when it grows large). */
function cached<T>(cache: Map<string, T>, key: string, compute: (k: string) => T, limit: number): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute(key);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** Lower case, NFC, "Ð" read as "Đ", new-style tone placement, whitespace collapsed. */
export function fold(text: string): string {
  return text.length <= 64 ? cached(FOLD_CACHE, text, foldUncached, 50_000) : foldUncached(text);
}

function foldUncached(text: string): string {
  const t = text.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').toLowerCase();
  return newStyleTones(t).replace(/\s+/gu, ' ').trim();
}

/**
 * Same-length normalisation of an article's text for matching: "Ð" (U+00D0) → "Đ",
 * non-breaking and odd spaces → space. Offsets stay valid because every replacement is one
 * UTF-16 unit for one.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
}

/** A word as it appears in a sentence: its text and offsets within that sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits on whitespace, keeping punctuation attached; offsets relative to `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when the word starts with an upper-case letter followed only by lower-case letters. */
export function isCapitalizedWord(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word);
}

/** True when `haystack` (folded) at `index` starts with `phrase` (folded) on word boundaries. */
export function phraseAt(haystackFolded: string, index: number, phraseFolded: string): boolean {
  if (!haystackFolded.startsWith(phraseFolded, index)) return false;
  return !wordUnitAt(haystackFolded, index - 1) && !wordUnitAt(haystackFolded, index + phraseFolded.length);
}

/** Finds every occurrence of any phrase on word boundaries; returns [start, end, phrase]. */
export function findPhrases(
  textFolded: string,
  phrasesFolded: readonly string[],
): Array<{ start: number; end: number; phrase: string }> {
  const out: Array<{ start: number; end: number; phrase: string }> = [];
  for (const p of phrasesFolded) {
    if (!p) continue;
    let i = textFolded.indexOf(p);
    while (i !== -1) {
      if (phraseAt(textFolded, i, p)) out.push({ start: i, end: i + p.length, phrase: p });
      i = textFolded.indexOf(p, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, else 1 + (1 if \p{Lu}) + (2 if a letter or digit). */
const UNIT_CLASS = new Uint8Array(0x10000);
const UPPER = /^\p{Lu}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** 1 if `ch` (one code point) is an upper-case letter, plus 2 if it is a letter or digit. */
function classOfCodePoint(ch: string): number {
  return (UPPER.test(ch) ? 1 : 0) | (LETTER_OR_DIGIT.test(ch) ? 2 : 0);
}

/** The class ({@link UNIT_CLASS}, less one) of the UTF-16 unit `code`, looked up (and remembered) in the table. */
function unitClass(code: number): number {
  let cls = UNIT_CLASS[code]! - 1;
  if (cls < 0) {
    cls = classOfCodePoint(String.fromCharCode(code));
    UNIT_CLASS[code] = cls + 1;
  }
  return cls;
}

/**
 * True when the UTF-16 unit at `i` of `s` is a letter or digit, as `/[\p{L}\p{N}]/u.test(s[i] ?? '')`
 * says (a lone surrogate is neither; out of range is false), with a table look-up instead of a RegExp.
 */
export function wordUnitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (unitClass(s.charCodeAt(i)) & 2) !== 0;
}

/**
 * Offsets (ascending) of the capital letters of `text` that start a word, with no letter or digit
 * right before them: the "B" of "Ban" and of "Bộ" in "Ban chỉ đạo của Bộ", not the "H" of "TPHCM".
 * Remembered per sentence: the body and title rules both walk them.
 */
export function wordInitialCapitals(text: string): readonly number[] {
  return cached(CAPITALS_CACHE, text, wordInitialCapitalsUncached, 512);
}

/**
 * One pass over the code points, as `/\p{Lu}(?<![\p{L}\p{N}]\p{Lu})/gu` would find them, with each
 * code unit's class looked up in a table (a pair of surrogates is tested as one code point).
 */
function wordInitialCapitalsUncached(text: string): readonly number[] {
  const out: number[] = [];
  let afterWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    const code = text.charCodeAt(i);
    let cls: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cls = classOfCodePoint(text.slice(i, i + 2));
      i++;
    } else {
      cls = unitClass(code);
    }
    if ((cls & 1) !== 0 && !afterWordChar) out.push(at);
    afterWordChar = (cls & 2) !== 0;
  }
  return out;
}

/**
 * Folds like {@link fold} but keeps every offset: one UTF-16 unit in, one out (no NFC, no
 * whitespace collapsing). Used to match lexicon phrases inside sentences.
 */
export function foldKeepOffsets(text: string): string {
  return cached(OFFSETS_CACHE, text, foldKeepOffsetsUncached, 512);
}

function foldKeepOffsetsUncached(text: string): string {
  const withD = text.replace(/\u00D0/g, 'đ');
  let lower = withD.toLowerCase();
  if (lower.length !== withD.length) {
    // A character whose lower case is longer ("İ") stays as it is, so that offsets hold.
    lower = '';
    for (const ch of withD) {
      const c = ch.toLowerCase();
      lower += c.length === ch.length ? c : ch;
    }
  }
  return newStyleTones(lower);
}

/**
 * Folded phrases grouped by their first two characters, longest first, so that "which phrase
 * starts here?" costs a map lookup and a few comparisons instead of a scan of the lexicon.
 */
export class PhraseIndex {
  private readonly byPrefix = new Map<number, string[]>();

  constructor(phrasesFolded: readonly string[]) {
    for (const p of [...new Set(phrasesFolded)].sort((a, b) => b.length - a.length)) {
      if (!p) continue;
      const k = PhraseIndex.keyAt(p, 0);
      const list = this.byPrefix.get(k);
      if (list) list.push(p); else this.byPrefix.set(k, [p]);
    }
  }

  /**
   * The first two UTF-16 units at `i` as a number (no string is made per look-up); one unit alone
   * when only one is left, as `slice(i, i + 2)` would give it.
   */
  private static keyAt(s: string, i: number): number {
    return i + 1 < s.length ? s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1) : -1 - s.charCodeAt(i);
  }

  private listAt(f: string, i: number): string[] | undefined {
    return i < f.length ? this.byPrefix.get(PhraseIndex.keyAt(f, i)) : undefined;
  }

  /**
   * One-letter phrases ("ở") are keyed by their one unit, which the two-unit key of a longer text
   * never meets: they are looked up on their own, after the longer phrases at `i`.
   */
  private singleAt(f: string, i: number): string[] | undefined {
    return i + 1 < f.length ? this.byPrefix.get(-1 - f.charCodeAt(i)) : undefined;
  }

  /** Phrases (longest first) that start at `i` of the folded text, word boundary at the end checked. */
  *at(f: string, i: number): Generator<string> {
    const list = this.listAt(f, i);
    if (list) for (const p of list) if (f.startsWith(p, i) && !wordUnitAt(f, i + p.length)) yield p;
    const one = this.singleAt(f, i);
    if (one) for (const p of one) if (!wordUnitAt(f, i + 1)) yield p;
  }

  /** The longest phrase starting at `i`, or null. */
  longestAt(f: string, i: number): string | null {
    const list = this.listAt(f, i);
    if (list) for (const p of list) if (f.startsWith(p, i) && !wordUnitAt(f, i + p.length)) return p;
    const one = this.singleAt(f, i);
    return one && !wordUnitAt(f, i + 1) ? one[0]! : null;
  }
}
