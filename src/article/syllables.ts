/**
 * Does decoded text read as Vietnamese syllables? Written Vietnamese is one syllable per word,
 * each an initial consonant, a vowel nucleus and a final consonant, with at most one tone mark
 * sitting on a vowel. Text decoded with the wrong table (TCVN3 or VNI read as Windows-1258)
 * breaks that shape in most words ("Céng hßa", "Ñoàng chí"), so the share of well-formed
 * syllables tells the right decoding from the wrong ones.
 */
import syllables from './lexicon/syllables.json' with { type: 'json' };

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const alternation = (items: readonly string[]): string => [...items].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(
  `^(?:${alternation(syllables.initials)})?(?:${alternation(syllables.nuclei)})(?:${alternation(syllables.finals)})?$`,
  'u',
);
const VOWEL_BASE = /[aăâeêioôơuưy]/u;
/** Words worth judging: they hold a character beyond ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/u;
/** Punctuation around a word (ASCII and typographic; not Latin-1 signs, which legacy encodings use as letters). */
const WORD_EDGE = /^[\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e“”‘’…–—]+|[\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e“”‘’…–—]+$/gu;
/** Acronyms such as "HĐND", "GD&ĐT": not syllables, not garbage either. */
const ACRONYM = /^[A-ZĐ&]+$/u;
const ASCII_SPLIT = /[\s\-–—.,;:!?()[\]{}"'“”‘’/\\|…]+/u;

/**
 * True when `word` (one written word, any case, any normal form) has the shape of a Vietnamese
 * syllable: at most one tone mark, on a vowel, and initial + nucleus + final from the
 * lexicon (`lexicon/syllables.json`).
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  let tones = 0;
  let previousBase = '';
  for (const ch of nfd) {
    if (/\p{M}/u.test(ch)) {
      if (/[\u0300\u0301\u0303\u0309\u0323]/u.test(ch)) {
        tones++;
        if (!VOWEL_BASE.test(previousBase.normalize('NFC').slice(-1))) return false;
      } else previousBase += ch;
      continue;
    }
    if (!/\p{L}/u.test(ch)) return false;
    previousBase = ch;
  }
  if (tones > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE_MARKS, '').normalize('NFC'));
}

/** How many words beyond ASCII a text holds, and how many of them are Vietnamese syllables. */
export interface SyllableCount {
  judged: number;
  valid: number;
}

/**
 * Counts, in the first `limit` characters of `text`, the words holding a non-ASCII character
 * and those of them that are well-formed Vietnamese syllables.
 */
export function countSyllables(text: string, limit = 20_000): SyllableCount {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let judged = 0;
  let valid = 0;
  for (const raw of sample.split(ASCII_SPLIT)) {
    if (!raw || !NON_ASCII.test(raw)) continue;
    const word = raw.replace(WORD_EDGE, '');
    if (!word || /\d/u.test(word) || ACRONYM.test(word)) continue;
    judged++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { judged, valid };
}

/** Share (0–1) of non-ASCII words that are Vietnamese syllables; 1 when there are none. */
export function syllableShare(text: string, limit?: number): number {
  const { judged, valid } = countSyllables(text, limit);
  return judged === 0 ? 1 : valid / judged;
}
