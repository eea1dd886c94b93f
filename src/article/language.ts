/**
 * Is this Vietnamese? Vietnamese text is dense in letters no other Latin-script language uses
 * (ư, ơ, đ, ă and the stacked tone marks); a text with almost none of them is refused.
 */
import { ArticleReadError } from './errors.js';

const VIETNAMESE_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
/** Letters only Vietnamese uses among Latin-script languages. */
const DISTINCT = /[ơưđƠƯĐảẩẳẻểỉỏổởủửỷạậặẹệịọộợụựỵẫẵẽễĩõỗỡũữỹ]/u;

/** Share of letters that carry Vietnamese diacritics (0–1). */
export function vietnameseLetterShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(VIETNAMESE_LETTER)?.length ?? 0) / letters;
}

/** Throws a `not-vietnamese` error when the text is not Vietnamese. */
export function checkVietnamese(text: string): void {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return;
  const share = vietnameseLetterShare(text);
  if (share < 0.05 || !DISTINCT.test(text)) {
    throw new ArticleReadError(
      'not-vietnamese',
      `text is not Vietnamese (only ${(share * 100).toFixed(1)}% of letters carry Vietnamese diacritics)`,
    );
  }
}
