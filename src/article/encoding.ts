/**
 * Bytes → a clean JavaScript string: byte-order marks, UTF-16, Windows-1258, the common
 * UTF-8-read-as-Windows-1252 mojibake, NFC, line endings and invisible spaces.
 */
import iconv from 'iconv-lite';
import { ArticleReadError } from './errors.js';

/** Which decoding was applied, for warnings. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes raw file bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised;
 * bytes that are not valid UTF-8 are read as Windows-1258. Binary data is rejected.
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
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1258'), encoding: 'windows-1258' };
  }
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

/** Zero-width and other invisible format characters (kept: none of them carry text). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Space-like characters read as a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/**
 * Normalises decoded text: repairs mojibake, NFC, `\r\n`/`\r` → `\n`, non-breaking and
 * other spaces → space, zero-width characters removed, trailing spaces trimmed per line.
 */
export function normalizeText(text: string): { text: string; mojibakeRepaired: number } {
  const { text: repairedText, repaired } = repairMojibake(text);
  const t = repairedText
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ +$/gm, '');
  return { text: t, mojibakeRepaired: repaired };
}
