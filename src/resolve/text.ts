/**
 * Word-level helpers for reading names of bodies: names are compared syllable by syllable with
 * `matchKey`, so case and old/new tone-mark placement never matter, while display text keeps
 * the spelling the lexicon (or the article) gives.
 */
import { matchKey } from '../model/keys.js';
import bodies from './lexicon/bodies.json' with { type: 'json' };

const keyCache = new Map<string, string>();
/** `matchKey`, memoised (names and phrases repeat a lot across articles). */
export function key(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    if (keyCache.size > 100_000) keyCache.clear();
    k = matchKey(text);
    keyCache.set(text, k);
  }
  return k;
}

const wordsCache = new Map<string, readonly string[]>();
/** Splits a name into syllables (NFC, single spaces). A new array each call (callers may change it). */
export function words(text: string): string[] {
  // Names and phrases are short and come back again and again: their syllables are remembered.
  if (text.length > 96) return wordsUncached(text);
  let w = wordsCache.get(text);
  if (w === undefined) {
    if (wordsCache.size >= 20_000) wordsCache.clear();
    w = wordsUncached(text);
    wordsCache.set(text, w);
  }
  return w.slice();
}

function wordsUncached(text: string): string[] {
  const t = text.normalize('NFC').trim();
  return t === '' ? [] : t.split(/\s+/u);
}

/** True when `tokens` ends with the syllables of `phrase` (matchKey comparison). */
export function endsWithWords(tokens: readonly string[], phrase: string): boolean {
  const p = words(phrase);
  if (p.length === 0 || p.length > tokens.length) return false;
  return key(tokens.slice(tokens.length - p.length).join(' ')) === key(p.join(' '));
}

/** True when `tokens` starts with the syllables of `phrase` (matchKey comparison). */
export function startsWithWords(tokens: readonly string[], phrase: string): boolean {
  const p = words(phrase);
  if (p.length === 0 || p.length > tokens.length) return false;
  return key(tokens.slice(0, p.length).join(' ')) === key(p.join(' '));
}

/** Index of the first occurrence of `phrase`'s syllables in `tokens`, or -1. */
export function indexOfWords(tokens: readonly string[], phrase: string, from = 0): number {
  const p = words(phrase);
  if (p.length === 0) return -1;
  const k = key(p.join(' '));
  for (let i = from; i + p.length <= tokens.length; i++) {
    if (key(tokens.slice(i, i + p.length).join(' ')) === k) return i;
  }
  return -1;
}

/** True when `prefix` (a string, possibly ending with a space) begins `text` (matchKey comparison). */
export function startsWithText(text: string, prefix: string): boolean {
  const trailingSpace = /\s$/u.test(prefix);
  const t = words(text);
  if (!startsWithWords(t, prefix)) return false;
  return !trailingSpace || t.length > words(prefix).length;
}

const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = (bodies.abbreviations as [string, string][])
  .map(([a, b]) => [a, b] as const);

/** Expands the usual abbreviations of bodies ("BCĐ" → "Ban Chỉ đạo", "TP" → "thành phố"). */
export function expandAbbreviations(name: string): string {
  // "TP.Hải Phòng", "TP.HCM": a dot glued to the next word.
  const spaced = name
    .normalize('NFC')
    .replace(/(^|\s)([Tt]hành phố)\.\s*(?=\p{Lu})/gu, '$1$2 ')
    .replace(/(^|\s)(TP|Tp)\.(?=\S)/gu, '$1$2. ');
  const out: string[] = [];
  for (const token of words(spaced)) {
    const hit = ABBREVIATIONS.find(([abbr]) => abbr === token);
    out.push(hit ? hit[1] : token);
  }
  return out.join(' ');
}

const PHRASES = [...(bodies.canonicalPhrases as string[])].sort((a, b) => words(b).length - words(a).length);

/**
 * The phrases by syllable count, longest first, each count with a map from a phrase's key to the
 * first phrase (in `PHRASES` order) of that key: one look-up per count and position instead of a
 * scan of every phrase.
 */
const PHRASES_BY_LENGTH: ReadonlyArray<{ length: number; byKey: ReadonlyMap<string, readonly string[]> }> = (() => {
  const groups = new Map<number, Map<string, readonly string[]>>();
  for (const phrase of PHRASES) {
    const p = words(phrase);
    let byKey = groups.get(p.length);
    if (!byKey) groups.set(p.length, (byKey = new Map()));
    const k = key(phrase);
    if (!byKey.has(k)) byKey.set(k, p);
  }
  return [...groups].sort((a, b) => b[0] - a[0]).map(([length, byKey]) => ({ length, byKey }));
})();

const caseCache = new Map<string, string>();

/** Rewrites known phrases in their canonical spelling ("ban chỉ đạo" → "Ban Chỉ đạo", "Uỷ" → "Ủy"). */
export function canonicalCase(name: string): string {
  let cased = caseCache.get(name);
  if (cased === undefined) {
    if (caseCache.size > 50_000) caseCache.clear();
    cased = canonicalCaseUncached(name);
    caseCache.set(name, cased);
  }
  return cased;
}

function canonicalCaseUncached(name: string): string {
  const tokens = words(name);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (const { length, byKey } of PHRASES_BY_LENGTH) {
      // One-syllable phrases ("Sở", "Bộ") are only recased at the start of a name.
      if (length === 0 || i + length > tokens.length || (length === 1 && i > 0)) continue;
      const p = byKey.get(key(tokens.slice(i, i + length).join(' ')));
      if (!p) continue;
      out.push(...p);
      i += length;
      matched = true;
      break;
    }
    if (!matched) {
      out.push(tokens[i] as string);
      i += 1;
    }
  }
  const joined = out.join(' ');
  return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
}
