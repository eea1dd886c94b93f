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

function counts(text: string): { letters: number; vietnamese: number } {
  let letters = 0;
  let vietnamese = 0;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const ch of sample) {
    if (ch < 'A') continue;
    if (VIETNAMESE_SET.has(ch)) {
      vietnamese++;
      letters++;
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\u007f' && LETTER.test(ch))) {
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

/** Throws a `not-vietnamese` error when the text is not Vietnamese. */
export function checkVietnamese(text: string): void {
  const { letters, vietnamese } = counts(text);
  if (letters < 20) return;
  const share = vietnamese / letters;
  if (share < 0.05 || !DISTINCT.test(text)) {
    throw new ArticleReadError(
      'not-vietnamese',
      `text is not Vietnamese (only ${(share * 100).toFixed(1)}% of letters carry Vietnamese diacritics)`,
    );
  }
}
