/**
 * Bytes → a clean JavaScript string: byte-order marks, UTF-16, Windows-1258, the common
 * UTF-8-read-as-Windows-1252 mojibake, NFC, line endings and invisible spaces.
 */
import { ArticleReadError } from './errors.js';
import { convertLegacyWords, decodeLegacyBytes, LEGACY_ENCODING_NAMES, repairLegacyText, SYLLABLE_SHARE_OK, type LegacyEncoding } from './legacy.js';
import { notVietnameseReason } from './language.js';
import { syllableShare } from './syllables.js';

/** Which decoding was applied, for warnings. */
export type DetectedEncoding = 'utf-8' | 'utf-8-damaged' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

/** Below this share of Vietnamese syllables a legacy reading is refused rather than stored garbled. */
const LEGACY_MIN_SHARE = 0.6;
/** A non-UTF-8 text of at least this many non-ASCII words, under this share of syllables in every reading, is garbled. */
const GARBLED_MIN_WORDS = 20;
const GARBLED_SHARE = 0.5;

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes raw file bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised;
 * bytes that are not valid UTF-8 are read as Windows-1258, TCVN3, VNI-Windows or VISCII,
 * whichever gives Vietnamese syllables (`legacy.ts`). Throws `ArticleReadError` for binary data,
 * and (`encoding`) for bytes that look like a legacy encoding but do not decode cleanly, that
 * no encoding reads as Vietnamese (garbled), or that are Western European text in ISO-8859-1 /
 * Windows-1252 (named as such).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8OrFail(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new ArticleReadError('binary', 'binary file (not text)');
  try {
    return { text: UTF8_STRICT.decode(bytes), encoding: 'utf-8' };
  } catch {
    const damaged = damagedUtf8(bytes);
    if (damaged !== null) return { text: damaged, encoding: 'utf-8-damaged' };
    const reading = decodeLegacyBytes(bytes);
    const garbled = reading.encoding === 'windows-1258' && reading.judged >= GARBLED_MIN_WORDS && reading.share < GARBLED_SHARE;
    const badLegacy = reading.encoding !== 'windows-1258' && reading.share < LEGACY_MIN_SHARE;
    // No Vietnamese reading will do (hardly a word of the best one is a syllable, or it is not
    // Vietnamese): the refusal names Latin-1 when that is what the bytes are. A damaged legacy
    // file, a good share of whose words still decode, keeps the refusal naming its encoding.
    if (reading.share < WESTERN_MAX_SYLLABLE_SHARE && (garbled || badLegacy || notVietnameseReason(reading.text) !== null)) {
      const western = westernEuropeanRefusal(bytes);
      if (western !== null) throw new ArticleReadError('encoding', western);
    }
    if (garbled) {
      throw new ArticleReadError(
        'encoding',
        `not valid UTF-8, and no Vietnamese encoding (Windows-1258, TCVN3, VNI-Windows, VISCII) reads it as Vietnamese: refused rather than stored garbled`,
      );
    }
    if (badLegacy && reading.encoding !== 'windows-1258') {
      throw new ArticleReadError(
        'encoding',
        `not valid UTF-8; looks like ${LEGACY_ENCODING_NAMES[reading.encoding]} but only ${Math.round(reading.share * 100)}% of its words decode to Vietnamese: refused rather than stored garbled (convert it to UTF-8 first)`,
      );
    }
    return { text: reading.text, encoding: reading.encoding };
  }
}

/** Windows-1258's combining tone marks (grave, hook above, tilde, acute, dot below): Vietnamese in it is full of them. */
const WINDOWS_1258_TONE_MARKS = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2]);
/** Bytes Windows-1252 leaves undefined: a text holding one is not in it. */
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** A Vietnamese Windows-1258 text has far more tone marks among its non-ASCII bytes than this share. */
const WESTERN_MAX_TONE_MARK_SHARE = 0.1;
/** Above this share of syllables among its words, the best Vietnamese reading is of a damaged Vietnamese file, not of Latin-1. */
const WESTERN_MAX_SYLLABLE_SHARE = 0.25;
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * western-european-encoding: bytes that are not UTF-8 and that no Vietnamese encoding reads well,
 * all defined in Windows-1252 (ISO-8859-1's superset), with few Windows-1258 tone marks among the
 * non-ASCII ones, and not Vietnamese read as Windows-1252 — a French, German or Spanish text saved
 * as Latin-1. The refusal names that encoding; null for anything else (short texts too, which
 * cannot be judged).
 */
function westernEuropeanRefusal(bytes: Uint8Array): string | null {
  let nonAscii = 0;
  let toneMarks = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    if (WINDOWS_1252_UNDEFINED.has(b)) return null;
    nonAscii++;
    if (WINDOWS_1258_TONE_MARKS.has(b)) toneMarks++;
  }
  if (nonAscii === 0 || toneMarks > nonAscii * WESTERN_MAX_TONE_MARK_SHARE) return null;
  const why = notVietnameseReason(WINDOWS_1252.decode(bytes));
  if (why === null) return null;
  return `not valid UTF-8: reads as Western European text in ISO-8859-1 / Windows-1252 (Latin-1), not Vietnamese (${why}): refused (a Vietnamese text is read from UTF-8, UTF-16, Windows-1258, TCVN3, VNI-Windows or VISCII)`;
}

/** At most this share of a UTF-8 text's characters may be invalid bytes for it to be read as UTF-8 with a warning. */
const DAMAGED_UTF8_MAX_SHARE = 0.001;
/**
 * … or at most this many invalid bytes per valid non-ASCII character: Vietnamese in UTF-8 has hundreds of
 * valid multi-byte characters per page, while a legacy 8-bit encoding read as UTF-8 has almost none and an
 * invalid byte for nearly every accented letter.
 */
const DAMAGED_UTF8_MAX_PER_VALID = 0.05;

/**
 * UTF-8 text with a few invalid bytes (a truncated character, stray bytes): read as UTF-8 with
 * the bad bytes as U+FFFD, when they are rare beside its valid accented characters and the rest
 * reads as Vietnamese; else null.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let validNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) validNonAscii++;
  }
  const allowed = Math.max(3, text.length * DAMAGED_UTF8_MAX_SHARE, validNonAscii * DAMAGED_UTF8_MAX_PER_VALID);
  if (replaced === 0 || replaced > allowed) return null;
  return syllableShare(text.normalize('NFC')) >= SYLLABLE_SHARE_OK ? text : null;
}

/** The user-facing name of a decoding (for warnings). */
export function encodingName(encoding: DetectedEncoding): string {
  if (encoding === 'tcvn3' || encoding === 'vni' || encoding === 'viscii') return LEGACY_ENCODING_NAMES[encoding];
  if (encoding === 'utf-8-damaged') return 'UTF-8 with invalid bytes replaced by U+FFFD';
  return encoding === 'windows-1258' ? 'Windows-1258' : encoding.toUpperCase();
}

function decodeUtf8OrFail(bytes: Uint8Array): string {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    throw new ArticleReadError('encoding', 'has a UTF-8 byte-order mark but is not valid UTF-8');
  }
}

/** True when the bytes hold NULs or many control characters: not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Windows-1252 characters in 0x80–0x9F, by code point → byte. */
const CP1252_HIGH: ReadonlyMap<number, number> = new Map(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
  ]
    .map((cp, i) => [cp, 0x80 + i] as const)
    .filter(([cp]) => cp !== 0),
);

/** The byte a character had before UTF-8 was misread as Windows-1252/Latin-1, or -1. */
function mojibakeByte(cp: number): number {
  if (cp < 0x100) return cp;
  return CP1252_HIGH.get(cp) ?? -1;
}

/** Characters Windows-1252 gives for bytes 0x80–0x9F. */
const CP1252_SPECIALS = String.raw`\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122`;
/**
 * Words (runs without ASCII white space) made only of characters that could be single
 * misread bytes, holding at least one non-ASCII. Repairing word by word keeps correct
 * Vietnamese next to a damaged word ("Sáng" stays) from spoiling the repair.
 */
const MOJIBAKE_WORD = new RegExp(
  String.raw`[\u0021-\u00ff${CP1252_SPECIALS}]*[\u0080-\u00ff${CP1252_SPECIALS}][\u0021-\u00ff${CP1252_SPECIALS}]*`,
  'gu',
);

/** Typical lead characters of misread UTF-8 sequences in Vietnamese text. */
const MOJIBAKE_HINT = /Ã|Ä|Æ|á»|áº|â€/;
/** Signatures that make a word certainly mojibake (then lost bytes may be restored). */
const MOJIBAKE_SURE = /á»|áº|Ä‘|Æ°|Ã[¡-¿]|Ä[ƒ©¨]/u;

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * Restores bytes that tools typically lose in mojibake: 0x90 after 0xC4 ("Đ", undefined in
 * Windows-1252) and 0xA0 after 0xC3/0xC6 at a word's end ("à", "Ơ": the NBSP became a space).
 */
function restoreLostBytes(bytes: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out.push(b);
    const next = bytes[i + 1];
    if (b === 0xc4 && !isContinuation(next)) out.push(0x90);
    else if ((b === 0xc3 || b === 0xc6) && next === undefined) out.push(0xa0);
  }
  return out;
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ("Äá»“ng chÃ­" → "Đồng chí").
 * Each suspicious word is re-encoded to bytes and decoded as UTF-8; a word is only replaced
 * when it forms valid UTF-8, so genuine Latin-1 text ("café") is left alone.
 * Returns the text and how many words were repaired.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!MOJIBAKE_HINT.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const out = text.replace(MOJIBAKE_WORD, (word) => {
    const bytes: number[] = [];
    for (const ch of word) {
      const b = mojibakeByte(ch.codePointAt(0)!);
      if (b < 0) return word;
      bytes.push(b);
    }
    const attempts = MOJIBAKE_SURE.test(word) ? [bytes, restoreLostBytes(bytes)] : [bytes];
    for (const attempt of attempts) {
      try {
        const fixed = UTF8_STRICT.decode(Uint8Array.from(attempt));
        if (fixed !== word) repaired++;
        return fixed;
      } catch {
        // try the next reading
      }
    }
    return word;
  });
  return { text: out, repaired };
}

/**
 * A zero-width space or word joiner between two letters or digits separates words
 * ("Nguyễn\u200bVăn\u200bAn"): it becomes a space. Elsewhere, and the other invisible format
 * characters anywhere, carry no text and are removed.
 */
const ZERO_WIDTH_BETWEEN_WORDS = /(?<=[\p{L}\p{M}\p{N}])[\u200b\u2060\ufeff]+(?=[\p{L}\p{N}])/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Any of the characters {@link ZERO_WIDTH_BETWEEN_WORDS} looks for (a cheap test before its costlier look-around). */
const ZERO_WIDTH_ANY = /[\u200b\u2060\ufeff]/;
/** Space-like characters read as a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/** Normalised text and what was repaired on the way. */
export interface NormalizedText {
  text: string;
  /** Words repaired from UTF-8-read-as-Windows-1252 mojibake. */
  mojibakeRepaired: number;
  /** Legacy encoding (TCVN3, VNI) the text's Vietnamese was converted from, or null. */
  legacyConverted: LegacyEncoding | null;
  /** Legacy encoding the text looks like but does not convert from cleanly, or null: refuse it. */
  legacySuspect: LegacyEncoding | null;
}

/** A run of four or more combining marks: cut to its first three by {@link normalizeText}. */
const COMBINING_STORM = /(\p{M}{3})\p{M}+/gu;

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a combining mark, 2 not one. */
const MARK_CLASS = new Uint8Array(0x10000);
const MARK = /^\p{M}$/u;

function isMarkUnit(code: number): boolean {
  let c = MARK_CLASS[code]!;
  if (c === 0) {
    c = MARK.test(String.fromCharCode(code)) ? 1 : 2;
    MARK_CLASS[code] = c;
  }
  return c === 1;
}

/**
 * True when `text` holds four combining marks in a row (code points), what {@link COMBINING_STORM}
 * cuts: a scan with the marks looked up in a table, several times cheaper than the pattern's
 * property test at every character of every (nearly always storm-free) text.
 */
function hasCombiningStorm(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mark: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      mark = MARK.test(text.slice(i, i + 2));
      i++;
    } else {
      mark = isMarkUnit(code);
    }
    run = mark ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

/**
 * `text` (whose only line break is "\n") with the spaces at the end of each line removed; most texts
 * have none, and a look for " \n" spares them the multi-line scan.
 */
function withoutTrailingSpaces(text: string): string {
  return text.includes(' \n') || text.endsWith(' ') ? text.replace(/ +$/gm, '') : text;
}

/**
 * Normalises decoded text: repairs mojibake, converts TCVN3/VNI shown as Windows-1252
 * characters, NFC, `\r\n`/`\r` → `\n`, non-breaking and other spaces → space, a zero-width
 * space between words → space, other zero-width characters removed, trailing spaces trimmed
 * per line. Never throws.
 */
export function normalizeText(text: string): NormalizedText {
  // A storm of combining marks (no letter carries more than a few) is cut to 3 per letter first:
  // NFC's canonical reordering and every later stage would spend quadratic time on it.
  const { text: repairedText, repaired } = repairMojibake(hasCombiningStorm(text) ? text.replace(COMBINING_STORM, '$1') : text);
  const legacy = repairLegacyText(repairedText);
  const lines = legacy.text
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  const t = (ZERO_WIDTH_ANY.test(lines) ? lines.replace(ZERO_WIDTH_BETWEEN_WORDS, ' ') : lines)
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
  return { text: withoutTrailingSpaces(t), mojibakeRepaired: repaired, legacyConverted: legacy.converted, legacySuspect: legacy.suspect };
}

/**
 * Normalises one input's text for a reader ({@link normalizeText}) and reports what was done
 * as warnings. A title given beside the text (a JSON record's field) is converted from the
 * same legacy encoding as the text. Throws `ArticleReadError` (`encoding`) for text that looks
 * TCVN3/VNI-encoded but does not convert cleanly: it is refused, never stored garbled.
 */
export function normalizeInput(
  text: string,
  title: string | null | undefined,
  warnings: readonly string[] = [],
): { text: string; title: string | null; warnings: string[] } {
  const n = normalizeText(text);
  if (n.legacySuspect) {
    throw new ArticleReadError(
      'encoding',
      `text looks like ${LEGACY_ENCODING_NAMES[n.legacySuspect]} shown as Windows-1252 characters and does not convert cleanly: refused rather than stored garbled (convert it to Unicode first)`,
    );
  }
  const out = [...warnings];
  if (n.mojibakeRepaired > 0) out.push(`repaired mojibake (UTF-8 read as Windows-1252) in ${n.mojibakeRepaired} places`);
  let convertedTitle = title ?? null;
  if (n.legacyConverted) {
    out.push(`converted from ${LEGACY_ENCODING_NAMES[n.legacyConverted]} to Unicode`);
    if (convertedTitle) convertedTitle = convertLegacyWords(convertedTitle, n.legacyConverted);
  }
  return { text: n.text, title: convertedTitle, warnings: out };
}
