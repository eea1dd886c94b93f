/**
 * A Vietnamese sentence splitter with offsets. It breaks at paragraph breaks and at full stops
 * (also when the space after the stop is missing, "quyết toán.Từ đó"), but not after
 * abbreviations and dotted forms ("TP.", "T.Ư", "GS.TS.", "V. Nikishina", "05.01.2023").
 */

import { foldKeepOffsets } from './text.js';
import { roleAt } from './titles.js';

/** A sentence: its text and its offsets into the text it was cut from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or newline separated block) it belongs to. */
  paragraph: number;
}

/**
 * Abbreviations whose own dot is followed by more of the name or title ("TP. Cần Thơ",
 * "GS.TS. Ngô …"). A complete dotted name such as "TP.HCM" is written without a final dot, so
 * a full stop after it ends the sentence ("… tại TP.HCM. Đồng chí …").
 */
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'ls', 'gs.ts', 'pgs.ts', 'ths.bs', 't.ư', 'tư', 'st', 'sn', 'no', 'tr', 'q', 'p', 'h', 'ng', 'đ/c', 'mr', 'mrs', 'ms', 'dr', 'th.s', 'p.v', 'pv', 'tx', 'vs',
]);

/** True when a full stop right after `word` does not end a sentence. */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[("“'‘[]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  if (/^\p{Lu}$/u.test(word.replace(/^[("“'‘[]+/u, ''))) return true; // an initial: "V. Nikishina"
  if (/^(\p{L}\.)+\p{L}?$/u.test(w)) return true; // dotted forms: "T.Ư", "U.S"
  return false;
}

/** Abbreviations of a kind of place ("TP. Cần Thơ", "Q. 1", "TX. Sơn Tây", "H. Củ Chi"), whose name follows the dot. */
const PLACE_ABBREVIATIONS = new Set(['tp', 'tx', 'q', 'p', 'h', 'tt']);

/**
 * place-abbreviation-before-post: "… giảm của Công an TP. Bí thư Thành ủy A …", "… tại TP. Đồng chí B …": a place's
 * name never opens with a post or with a form of address, so after a place abbreviation ("TP.", "Q.") one of
 * them starting at `next` in `para` opens a new sentence and the dot is a full stop.
 */
function postAfterPlaceAbbreviation(word: string, para: string, next: number): boolean {
  if (!PLACE_ABBREVIATIONS.has(word.replace(/^[("“'‘[]+/u, '').toLowerCase())) return false;
  if (/^(?:Đồng chí|Ông|Bà)\s/u.test(para.slice(next, next + 12))) return true;
  const window = para.slice(next, next + 60);
  return roleAt(window, foldKeepOffsets(window), 0, false) > 0;
}

/**
 * True when `word` (with `before`, the text right before it, and whether that text reaches back to
 * the sentence start) is the number of a list item ("Gồm: 1. Ông A …; 2. Bà B …"): one or two
 * digits standing at the start of a sentence or right after a colon or semicolon. Its dot opens
 * the item and ends nothing ("năm 2020." and "ngày 15." still end sentences).
 */
function isListNumber(word: string, before: string, atSentenceStart: boolean): boolean {
  return /^\d{1,2}$/u.test(word) && (atSentenceStart && before.trim() === '' || /[:;]\s*$/u.test(before));
}

/** Splits `text` into sentences, each with start/end offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]+/g;
  let pm: RegExpExecArray | null;
  let lastParaEnd = 0;
  while ((pm = paraRe.exec(text)) !== null) {
    const between = text.slice(lastParaEnd, pm.index);
    if (out.length > 0 && /\n/.test(between)) paragraph++;
    lastParaEnd = pm.index + pm[0].length;
    // A very long paragraph is scanned in pieces (cut at a space), so that the scan stays linear
    // and no "sentence" (the evidence of every fact in it) outgrows MAX_SCAN characters.
    for (const [piece, at] of piecesOf(pm[0], MAX_SCAN)) {
      for (const [part, at2] of gluedOpenings(piece)) splitParagraph(part, pm.index + at + at2, paragraph, out);
    }
  }
  return out;
}

/**
 * glued-headline-or-caption: a headline, photo caption or credit run on into the next sentence with no
 * full stop — "… tại cuộc họp Tại buổi làm việc, ông A …", "Ảnh: Văn Nam Ngày 5.7, Bộ trưởng B …",
 * "… khu du lịch Sơn Trà Sáng 8-2, Phó Chủ tịch C …". A sentence opener that is never written
 * capitalised inside a sentence starts a new one: a dated time phrase ("Ngày 5/7,", "Sáng 8-2",
 * "Chiều nay") after any word; "Tại", "Theo", "Phát biểu", "Trước đó", "Sau đó", "Hôm nay", "Hôm qua"
 * after a word written in lower case, or inside a credit ("Ảnh: …", "Nguồn: …").
 */
const GLUED_OPENER = /\s+(?=(?:(Tại|Theo(?!\s+dõi)|Phát biểu|Trước đó|Sau đó|Hôm nay|Hôm qua)\s)|(?:Sáng|Chiều|Tối|Trưa)\s+(?:\d|nay(?![\p{L}])|qua(?![\p{L}])|hôm(?![\p{L}]))|Ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,)/gu;
/**
 * What the glued opener's spaces must follow: a letter, mark, digit or ")". Tested on the character
 * before each match (in {@link gluedOpenings}) rather than as a look-behind in the pattern, which
 * the engine would try at every position of the text (3% of extraction time).
 */
const BEFORE_GLUED_OPENER = /[\p{L}\p{M}\p{N})]$/u;
/** Words after which a capitalised "Ngày 27/7" names a day being celebrated, not a new sentence. */
const DAY_NAME_BEFORE = /(?<![\p{L}])(?:niệm|năm|dịp|tới|mừng|đón|chào|là|của)$/iu;

/** `text` cut where a headline, caption or credit runs on into the next sentence (glued-headline-or-caption). */
function gluedOpenings(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let at = 0;
  for (const m of text.matchAll(GLUED_OPENER)) {
    // (a match is a whole run of spaces: the scan reaches its first space first)
    if (!BEFORE_GLUED_OPENER.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const before = text.slice(Math.max(at, m.index - 80), m.index);
    const word = /[^\s]*$/u.exec(before)![0];
    if (m[1] !== undefined) {
      const credit = /(?:^|[\s(])(?:Ảnh|Nguồn)(?:\s+minh họa)?\s*:[^.!?:]*$/u.test(before);
      if (!credit && !/^\p{Ll}/u.test(word)) continue;
    } else if (DAY_NAME_BEFORE.test(word)) continue;
    if (m.index <= at) continue;
    out.push([text.slice(at, m.index), at]);
    at = m.index + m[0].length;
  }
  out.push([text.slice(at), at]);
  return out;
}

/** Longest stretch of a paragraph scanned for sentence ends at once (and so longest sentence). */
export const MAX_SCAN = 2_000;

/**
 * `text` cut into pieces of at most `max` characters: after the last full stop, question or
 * exclamation mark followed by a space before the limit (so real sentences stay whole), else at
 * the last space, else at the limit.
 */
function piecesOf(text: string, max: number): Array<[string, number]> {
  if (text.length <= max) return [[text, 0]];
  const out: Array<[string, number]> = [];
  let at = 0;
  while (text.length - at > max) {
    const limit = at + max;
    let cut = Math.max(text.lastIndexOf('. ', limit - 1), text.lastIndexOf('? ', limit - 1), text.lastIndexOf('! ', limit - 1)) + 1;
    if (cut <= at + max / 4) cut = text.lastIndexOf(' ', limit);
    if (cut <= at + max / 4) cut = limit;
    out.push([text.slice(at, cut), at]);
    at = cut;
  }
  out.push([text.slice(at), at]);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s - start]!)) s++;
  while (e > s && /\s/u.test(text[e - start - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s - start, e - start), start: s, end: e, paragraph });
}

/**
 * glued-stop-after-year: a sentence closing on a year, then its full stop glued to the next sentence's
 * capitalised first word ("… nhiệm vụ năm 2017.Bộ Giao thông …", "… trong tháng 2/2017.Các dự án …").
 * The word before the stop ends in four digits standing alone or after "/", "-" or "(" — not the
 * tail of a grouped number ("1.000", "10.000") nor a list number ("20.Chuck"); the next word must
 * be written capital + lower case (checked by the boundary pattern), so "2017.UBND" is left whole.
 */
const GLUED_STOP_AFTER_YEAR = /(?:^|[/\-–(])\d{4}$/u;
/**
 * glued-stop-after-quote: a quotation or bracket closing a sentence, its full stop glued to the next
 * sentence ("… trên đất nước Việt Nam”.Nhân dịp này, …", "… (cười).Như tôi vẫn nói …"). The quoted
 * or bracketed word ends in lower case, so "(TP.HCM).Ông" and "(Than.QN)" are not cut here.
 */
const GLUED_STOP_AFTER_QUOTE = /[\p{Ll}\p{M}]{2}[”"’)]$/u;

function splitParagraph(para: string, offset: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = 0;
  // Candidate boundaries: a run of terminal punctuation, then either spaces + a sentence opener,
  // or directly an upper-case letter followed by a lower-case one (missing space). The run is
  // taken whole, once, from its first character (an atomic group: lookahead + backreference), so
  // a long run of dots costs its length, not its square.
  // (the leading look-ahead lets the scan pass every other character before any look-behind is tried)
  const re = /(?=[.!?…])((?<![.!?…])(?=([.!?…]+))\2|\.\/\.)(["”’)]?)(\s+|(?=\p{Lu}\p{Ll}))(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para)) !== null) {
    const punctEnd = m.index + m[1]!.length + m[3]!.length;
    // The word before, from a bounded window (an abbreviation or a number is short): a long run
    // without spaces is not scanned again at every candidate.
    const before = para.slice(Math.max(sentenceStart, m.index - 64), m.index);
    let w = before.length;
    while (w > 0 && !/\s/u.test(before[w - 1]!)) w--;
    const lastWord = before.slice(w);
    if (m[1] === '.' && isAbbreviation(lastWord) && !postAfterPlaceAbbreviation(lastWord, para, m.index + m[0].length)) continue;
    if (m[1] === '.' && /^\d{1,2}$/u.test(lastWord) && isListNumber(lastWord, para.slice(Math.max(sentenceStart, m.index - lastWord.length - 8), m.index - lastWord.length), m.index - lastWord.length - 8 <= sentenceStart)) continue;
    if (m[4] === '' && !/[\p{Ll}\p{M}]{2}$/u.test(lastWord) && !GLUED_STOP_AFTER_YEAR.test(lastWord) && !GLUED_STOP_AFTER_QUOTE.test(lastWord)) continue; // "TP.HCM", "05.01"
    if (m[1] === '.' && /\d$/u.test(lastWord) && /^\d/u.test(para.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    const sentEnd = punctEnd;
    const sub = para.slice(sentenceStart, sentEnd);
    pushTrimmed(sub, offset + sentenceStart, offset + sentEnd, paragraph, out);
    sentenceStart = m.index + m[0].length;
  }
  pushTrimmed(para.slice(sentenceStart), offset + sentenceStart, offset + para.length, paragraph, out);
}
