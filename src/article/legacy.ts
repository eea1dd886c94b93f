/**
 * Vietnamese legacy 8-bit encodings still met in documents from state bodies: TCVN3 (the ABC
 * standard, ".VnTime" fonts) and VNI-Windows (VNI fonts). Both store Vietnamese in the bytes
 * that Windows-1252 shows as Latin-1 letters and signs, so such text arrives either as bytes
 * that are not UTF-8, or as Unicode text made of those Latin-1 characters ("Céng hßa",
 * "Ñoàng chí"). Both are recognised by the shape of the result: decoded with the right table,
 * nearly every word is a Vietnamese syllable (`syllables.ts`); with a wrong one, few are.
 *
 * TCVN3's letters come from iconv-lite's TCVN 5712 table (bytes 0xA1–0xFF; below that TCVN3
 * files hold Windows-1252 punctuation), VISCII's from iconv-lite's VISCII table; VNI's letters
 * and marks are data (`lexicon/vni.json`).
 */
import iconv from 'iconv-lite';
import vni from './lexicon/vni.json' with { type: 'json' };
import { countSyllables, type SyllableCount } from './syllables.js';

/** A legacy Vietnamese encoding this reader recognises. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii';

/** How each legacy encoding is named to users (warnings and refusals). */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC, ".VnTime" fonts)',
  vni: 'VNI-Windows (VNI fonts)',
  viscii: 'VISCII',
};

const byteChar = (b: number, encoding: string): string => iconv.decode(Buffer.from([b]), encoding);

/** TCVN3 byte → character: ASCII, Windows-1252 punctuation in 0x80–0xA0, Vietnamese letters above. */
const TCVN3_TABLE: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b < 0x80 ? String.fromCharCode(b) : byteChar(b, b <= 0xa0 ? 'windows-1252' : 'tcvn'),
);

/** Character → byte for the characters Windows-1252 shows for bytes 0x80–0xFF. */
const CP1252_BYTE: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 128 }, (_, i) => [byteChar(0x80 + i, 'windows-1252'), 0x80 + i] as const).filter(([ch]) => ch !== '\ufffd'),
);

/** VISCII byte → character (iconv-lite's table; it also uses six control bytes for capitals). */
const VISCII_TABLE: readonly string[] = Array.from({ length: 256 }, (_, b) => byteChar(b, 'viscii'));

const VNI_LETTERS: Readonly<Record<string, string>> = vni.letters;
const VNI_MARKS: Readonly<Record<string, string>> = vni.marks;
const VNI_VOWEL = /[aeiouyAEIOUYơưƠƯ]/u;

/** Decodes bytes written in TCVN3 (ABC). */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += TCVN3_TABLE[b]!;
  return out.normalize('NFC');
}

/** Decodes bytes written in VNI-Windows. */
export function decodeVni(bytes: Uint8Array): string {
  return vniCharsToUnicode(iconv.decode(Buffer.from(bytes), 'windows-1252'));
}

/**
 * VNI text as Windows-1252 characters → Unicode (NFC): stand-alone letters (ñ → đ, ô → ơ, ö → ư,
 * the i and y forms) and marks after a vowel (aø → à, aâ → â, aá → ấ, ôù → ớ).
 */
export function vniCharsToUnicode(text: string): string {
  let out = '';
  let afterVowel = 0; // marks still allowed after the last vowel
  for (const ch of text) {
    const mark = VNI_MARKS[ch];
    if (mark !== undefined && afterVowel > 0) {
      out += mark;
      afterVowel--;
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    out += letter;
    afterVowel = VNI_VOWEL.test(letter) ? 2 : 0;
  }
  return out.normalize('NFC');
}

/** Unicode text holding TCVN3 bytes as Windows-1252 characters → Unicode; other characters kept. */
export function tcvn3CharsToUnicode(text: string): string {
  let out = '';
  for (const ch of text) {
    const b = ch.charCodeAt(0) < 0x80 ? -1 : CP1252_BYTE.get(ch);
    out += b === undefined || b < 0 ? ch : TCVN3_TABLE[b]!;
  }
  return out.normalize('NFC');
}

/** Unicode text holding VISCII bytes as Windows-1252 characters → Unicode; other characters kept. */
export function visciiCharsToUnicode(text: string): string {
  let out = '';
  for (const ch of text) {
    const b = ch.charCodeAt(0) < 0x80 ? -1 : CP1252_BYTE.get(ch);
    out += b === undefined || b < 0 ? ch : VISCII_TABLE[b]!;
  }
  return out.normalize('NFC');
}

const CONVERT: Readonly<Record<LegacyEncoding, (word: string) => string>> = {
  tcvn3: tcvn3CharsToUnicode,
  vni: vniCharsToUnicode,
  viscii: visciiCharsToUnicode,
};

/** A word that could be legacy bytes shown as Windows-1252: only such characters, one beyond ASCII. */
const LEGACY_WORD = new RegExp(`^[\\u0000-\\u007f${[...CP1252_BYTE.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]*$`, 'u');
/** Latin-1 letters and signs (U+00A1–U+00FF). */
const isHighLatin = (c: number): boolean => c >= 0xa1 && c <= 0xff;
/** Letters only Unicode Vietnamese has: ă đ ĩ ũ ơ ư (either case) and U+1EA0–U+1EF9. */
const VIETNAMESE_ONLY_UNITS = new Set([0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0]);
const isVietnameseOnly = (c: number): boolean => (c >= 0x1ea0 && c <= 0x1ef9) || VIETNAMESE_ONLY_UNITS.has(c);
/** Vietnamese-only letters per Latin-1 letter at which text is taken as Unicode Vietnamese without scoring it. */
const UNICODE_VIETNAMESE_RATIO = 1.2;

/** Converts the words of `text` made only of Windows-1252 characters from a legacy encoding. */
export function convertLegacyWords(text: string, encoding: LegacyEncoding): string {
  return text.replace(/\S+/gu, (word) => (/[^\u0000-\u007f]/u.test(word) && LEGACY_WORD.test(word) ? CONVERT[encoding](word) : word));
}

const share = (c: SyllableCount): number => (c.judged === 0 ? 1 : c.valid / c.judged);

/** Genuine Vietnamese text: at least this share of its non-ASCII words are syllables (the corpus: ≥ 0.92). */
export const SYLLABLE_SHARE_OK = 0.8;

/** The outcome of looking for legacy-encoded Vietnamese in Unicode text. */
export interface LegacyRepair {
  /** The text, converted when a legacy encoding was recognised. */
  text: string;
  /** The encoding converted from, or null. */
  converted: LegacyEncoding | null;
  /** A legacy encoding the text looks like but does not convert from cleanly (refuse it), or null. */
  suspect: LegacyEncoding | null;
}

/**
 * Recognises Unicode text whose Vietnamese is TCVN3 or VNI shown as Windows-1252 characters
 * ("Céng hßa X· héi", "Coäng hoøa") and converts those words. Text that already reads as
 * Vietnamese is returned unchanged. Never throws.
 */
export function repairLegacyText(text: string): LegacyRepair {
  const unchanged: LegacyRepair = { text, converted: null, suspect: null };
  // both counted over the first 20,000 UTF-16 units in one pass, no array of matches built (none of
  // the characters is a surrogate, so units and code points count alike)
  const sampleEnd = Math.min(text.length, 20_000);
  let highLatin = 0;
  let vietnameseOnly = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1) continue;
    if (isHighLatin(c)) highLatin++;
    else if (isVietnameseOnly(c)) vietnameseOnly++;
  }
  if (highLatin < 8) return unchanged;
  // Letters only Unicode Vietnamese has (ă đ ơ ư, the precomposed vowels of U+1EA0–U+1EF9): genuine
  // text holds ≥ 1.46 of them per Latin-1 letter (the shared corpus), legacy bytes shown as
  // Windows-1252 none. Plainly Unicode text is not scored syllable by syllable (the hot path).
  if (vietnameseOnly >= highLatin * UNICODE_VIETNAMESE_RATIO) return unchanged;
  const base = countSyllables(text);
  if (share(base) >= SYLLABLE_SHARE_OK) return unchanged;
  let best: { encoding: LegacyEncoding; text: string; count: SyllableCount } | null = null;
  for (const encoding of ['tcvn3', 'vni', 'viscii'] as const) {
    const candidate = convertLegacyWords(text, encoding);
    const count = countSyllables(candidate);
    if (!best || count.valid > best.count.valid) best = { encoding, text: candidate, count };
  }
  if (!best || best.count.valid < base.valid + 3) return unchanged;
  if (share(best.count) >= SYLLABLE_SHARE_OK) return { text: best.text, converted: best.encoding, suspect: null };
  return share(best.count) > share(base) + 0.25 ? { ...unchanged, suspect: best.encoding } : unchanged;
}

/** The reading of non-UTF-8 bytes chosen by {@link decodeLegacyBytes}. */
export interface LegacyDecoding {
  text: string;
  encoding: 'windows-1258' | LegacyEncoding;
  /** Share of non-ASCII words that are Vietnamese syllables in that reading. */
  share: number;
  /** How many non-ASCII words were judged. */
  judged: number;
}

/**
 * Reads bytes that are not UTF-8 as whichever of Windows-1258, TCVN3, VNI-Windows and VISCII
 * gives the most Vietnamese syllables (Windows-1258 on a tie).
 */
export function decodeLegacyBytes(bytes: Uint8Array): LegacyDecoding {
  const readings: Array<{ encoding: LegacyDecoding['encoding']; text: string }> = [
    { encoding: 'windows-1258', text: iconv.decode(Buffer.from(bytes), 'windows-1258') },
    { encoding: 'tcvn3', text: decodeTcvn3(bytes) },
    { encoding: 'vni', text: decodeVni(bytes) },
    { encoding: 'viscii', text: iconv.decode(Buffer.from(bytes), 'viscii').normalize('NFC') },
  ];
  let best: LegacyDecoding | null = null;
  let bestValid = -1;
  for (const r of readings) {
    const count = countSyllables(r.text.normalize('NFC'));
    if (count.valid > bestValid) {
      best = { ...r, share: share(count), judged: count.judged };
      bestValid = count.valid;
    }
  }
  return best!;
}
