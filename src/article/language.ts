/**
 * Is this Vietnamese? Vietnamese text is dense in letters no other Latin-script language uses
 * (ư, ơ, đ, ă and the stacked tone marks); a text with almost none of them is refused.
 */
import { ArticleReadError } from './errors.js';

const VIETNAMESE_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
/** Letters only Vietnamese uses among Latin-script languages. */
const DISTINCT = /[ơưđƠƯĐảẩẳẻểỉỏổởủửỷạậặẹệịọộợụựỵẫẵẽễĩõỗỡũữỹ]/u;

const VIETNAMESE_SET = new Set(VIETNAMESE_LETTER.source.slice(1, -1));
const LETTER = /\p{L}/u;
/** Enough text to judge the language by. */
const SAMPLE = 20_000;

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 Vietnamese letter, 2 other letter, 3 no letter. */
const UNIT_CLASS = new Uint8Array(0x10000);
for (const ch of VIETNAMESE_SET) UNIT_CLASS[ch.charCodeAt(0)] = 1;

function classOf(code: number): number {
  let c = UNIT_CLASS[code]!;
  if (c === 0) {
    c = LETTER.test(String.fromCharCode(code)) ? 2 : 3;
    UNIT_CLASS[code] = c;
  }
  return c;
}

function counts(text: string): { letters: number; vietnamese: number } {
  let letters = 0;
  let vietnamese = 0;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // one code point at a time, classes looked up in a table (a character outside the BMP is tested once)
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x41) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (LETTER.test(sample.slice(i, i + 2))) letters++;
        i++;
        continue;
      }
    }
    const c = classOf(code);
    if (c === 1) {
      vietnamese++;
      letters++;
    } else if (c === 2) {
      letters++;
    }
  }
  return { letters, vietnamese };
}

/** Share of letters that carry Vietnamese diacritics (0–1), judged on the first 20,000 characters. */
export function vietnameseLetterShare(text: string): number {
  const { letters, vietnamese } = counts(text);
  return letters === 0 ? 0 : vietnamese / letters;
}

/**
 * Why the text is not Vietnamese ("only 6.4% of letters carry Vietnamese diacritics"), or null
 * when it is, or is too short (under 20 letters) to tell.
 */
export function notVietnameseReason(text: string): string | null {
  const { letters, vietnamese } = counts(text);
  if (letters < 20) return null;
  const share = vietnamese / letters;
  if (share >= 0.05 && DISTINCT.test(text)) return null;
  return `only ${(share * 100).toFixed(1)}% of letters carry Vietnamese diacritics`;
}

/** Throws a `not-vietnamese` error when the text is not Vietnamese ({@link notVietnameseReason}). */
export function checkVietnamese(text: string): void {
  const why = notVietnameseReason(text);
  if (why !== null) throw new ArticleReadError('not-vietnamese', `text is not Vietnamese (${why})`);
}
