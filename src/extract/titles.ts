/**
 * Titles (positions) around a name: "A, Ủy viên Ban Thường vụ Thành ủy, Giám đốc Công an
 * thành phố …", "Phó Chủ tịch UBND tỉnh A", "ông A - Chủ tịch UBND huyện", "A (Chủ tịch …)".
 * Titles are split at the commas between them but not inside one ("phòng, chống").
 */
import { ROLES, RANKS, HONORIFICS, PREDICATE_WORDS, FORMER_MARKERS, PLACES, PREDICATE_COMPOUNDS, PREDICATE_LEADING_COMPOUNDS, LOWER_CASE_ROLES, SENTENCE_OPENERS, CLAUSE_OPENERS, NOUN_HEADS_BEFORE_INFORMATION, NOUNS_AFTER_INFORMATION, PARENT_BODY_HEADS, STEERING_REMIT_VERBS, COUNTRIES_IN_VIETNAMESE, FOREIGN_COUNTRIES, MISSION_SEATS } from './lexicon.js';
import { alternation, fold, foldKeepOffsets, PhraseIndex } from './text.js';

/** A title as written, with offsets relative to the sentence. */
export interface TitleSpan {
  text: string;
  start: number;
  end: number;
  former: boolean;
  /** The former-post marker as written before the title ("nguyên", "Cựu"), when there is one. */
  marker?: string;
  /** Set when one title heads a list of names ("các Phó Thủ tướng: A, B"). */
  shared?: boolean;
}

const ROLE_INDEX = new PhraseIndex(ROLES.map((r) => fold(r)));
const PREDICATE_INDEX = new PhraseIndex(PREDICATE_WORDS.map((p) => fold(p)));
const PREFIX_INDEX = new PhraseIndex([...RANKS, ...HONORIFICS].map((p) => fold(p)));
const PREFIXES_FOLDED = [...RANKS, ...HONORIFICS].map((p) => fold(p)).sort((a, b) => b.length - a.length);
const FORMER_FOLDED = [...new Set(FORMER_MARKERS.map((m) => fold(m)))];
const COMMA_COMPOUNDS: ReadonlyArray<readonly [string, string]> = [['phòng', 'chống'], ['phòng', 'chữa'], ['thương binh', 'xã hội']];

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Length of the longest role phrase starting at `i` on a word boundary, or 0. */
export function roleAt(s: string, f: string, i: number, allowLower: boolean): number {
  if (isWordChar(s[i - 1])) return 0;
  const first = s[i];
  if (first === undefined) return 0;
  // (pattern lower-case-deputy: "Theo đại biểu Quốc hội A, …" names the deputy as "Đại biểu Quốc hội A" does;
  // "trưởng Đoàn đại biểu Quốc hội" names the delegation)
  if (!allowLower && !/\p{Lu}/u.test(first) && !(LOWER_CASE_ROLES.some((r) => s.startsWith(r, i) && !isWordChar(s[i + r.length])) && !/đoàn\s$/iu.test(s.slice(Math.max(0, i - 6), i)))) return 0;
  return ROLE_INDEX.longestAt(f, i)?.length ?? 0;
}


/** Length of a predicate/function word written in lower case at `i`, or 0. */
export function predicateAt(s: string, f: string, i: number): number {
  if (isWordChar(s[i - 1])) return 0;
  // "Bộ Ngoại giao": the second syllable of a capitalised name is no verb
  for (const c of PREDICATE_COMPOUNDS) {
    const head = c.slice(0, c.indexOf(' ') + 1);
    if (f.startsWith(c.slice(head.length), i) && f.slice(Math.max(0, i - head.length), i) === head && /\p{Lu}/u.test(s[i - head.length] ?? '') && !isWordChar(s[i - head.length - 1])) return 0;
  }
  for (const p of PREDICATE_INDEX.at(f, i)) {
    const written = s.slice(i, i + p.length);
    if (written === written.toLowerCase()) return inPredicateCompound(f, i) ? 0 : p.length;
  }
  return informationVerbAt(s, f, i);
}

/**
 * information-as-verb: "Ông A, Giám đốc Sở Công Thương thông tin về tình hình …", "Bà B, Phó Chủ tịch UBND huyện
 * Tân Kỳ thông tin, …" — "thông tin" (to inform) in lower case right after the capitalised last word of a body's
 * or a place's name (or an abbreviation) is the verb of the sentence, and ends the post. After a body's head
 * ("Sở thông tin", "Cổng thông tin"), after a lower-case word ("công nghệ thông tin", "An toàn thông tin") or
 * before a word that makes it a noun ("thông tin và truyền thông", "thông tin đối ngoại") it stays a noun.
 * Returns the length of "thông tin" at `i` when it is the verb, or 0.
 */
function informationVerbAt(s: string, f: string, i: number): number {
  if (!f.startsWith('thông tin', i) || s.slice(i, i + 9) !== 'thông tin' || isWordChar(s[i + 9])) return 0;
  const before = /(\S+)\s+$/u.exec(s.slice(Math.max(0, i - 30), i))?.[1];
  if (!before || !/^\p{Lu}/u.test(before) || NOUN_HEADS_BEFORE_INFORMATION.has(fold(before))) return 0;
  const after = f.slice(i + 10, i + 40);
  if (NOUNS_AFTER_INFORMATION.some((w) => after.startsWith(w) && !isWordChar(after[w.length]))) return 0;
  return 9;
}

/**
 * True when the predicate word at `i` opens a noun (pattern: predicate-compound): "Ủy ban An toàn giao
 * thông", "Ban Quản lý dự án", "Hội người cao tuổi".
 */
function inPredicateCompound(f: string, i: number): boolean {
  return PREDICATE_LEADING_COMPOUNDS.some((c) => f.startsWith(c, i) && !isWordChar(f[i + c.length]));
}

/** Length of a rank or honorific written at `i` ("Đại tướng", "đồng chí", "ông"), or 0. */
export function prefixAt(f: string, i: number): number {
  if (isWordChar(f[i - 1])) return 0;
  return PREFIX_INDEX.longestAt(f, i)?.length ?? 0;
}

function formerAt(f: string, i: number): number {
  for (const m of FORMER_FOLDED) if (f.startsWith(m + ' ', i) && !isWordChar(f[i - 1])) return m.length + 1;
  return 0;
}

/** True when the comma at `k` sits inside a compound such as "phòng, chống". */
function isCompoundComma(f: string, k: number): boolean {
  for (const [a, b] of COMMA_COMPOUNDS) {
    if (f.slice(0, k).endsWith(a) && f.startsWith(` ${b}`, k + 1)) return true;
  }
  return false;
}

/**
 * national-remit-in-lower-case (in a post): "Chủ tịch Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia" —
 * a comma between two lower-case items of a national body's remit, the second closed by "quốc gia", is
 * inside the body's name: a lower-case word before it, one to four lower-case words and "quốc gia" after it.
 */
const NATIONAL_REMIT_AFTER_COMMA = /^, (?:[\p{Ll}\p{M}]+ ){1,4}?quốc gia(?![\p{L}\p{M}])/u;
function nationalRemitComma(s: string, k: number): boolean {
  return /(?<![\p{L}\p{M}])[\p{Ll}\p{M}]+$/u.test(s.slice(Math.max(0, k - 12), k)) && NATIONAL_REMIT_AFTER_COMMA.test(s.slice(k, k + 60));
}

/**
 * Where a title that starts at `start` ends: before a comma, semicolon, bracket, dash between
 * spaces, a predicate word ("chủ trì", "phát biểu", "và" …) or the start of another name.
 */
export function titleEnd(s: string, f: string, start: number, nameStarts: ReadonlySet<number>): number {
  let k = start;
  while (k < s.length) {
    const ch = s[k]!;
    if (ch === ',' && (isCompoundComma(f, k) || nationalRemitComma(s, k))) { k++; continue; }
    // "Mặt trận Tổ quốc (MTTQ) Việt Nam": an abbreviation in brackets inside the body name
    if (ch === '(') {
      const abbr = /^\(\p{Lu}[\p{Lu}&.]{1,9}\)\s+(?=\p{Lu})/u.exec(s.slice(k));
      if (abbr) { k += abbr[0].length; continue; }
    }
    if (/[,;:()[\]"“”!?…]/u.test(ch)) break;
    if (ch === '.' && (k + 1 >= s.length || s.slice(k + 1).trim() === '')) break;
    if (ch === '.' && s[k + 1] === ' ' && /\p{Lu}/u.test(s[k + 2] ?? '') && !/(?:^|\s)(?:TP|Tp|T\.Ư|\p{Lu})$/u.test(s.slice(start, k))) break;
    if ((ch === '-' || ch === '–' || ch === '—') && s[k - 1] === ' ' && s[k + 1] === ' ') {
      // a dash inside a body name ("Hội đồng Thi đua - Khen thưởng"), not before a title
      const next = k + 2;
      if (/\p{Lu}/u.test(s[next] ?? '') && roleAt(s, f, next, false) === 0 && !nameStarts.has(next) && /\p{L}$/u.test(s.slice(start, k - 1))) { k = next; continue; }
      break;
    }
    if (k > start && s[k - 1] === ' ') {
      // "Ban chỉ đạo", "của Chính phủ", "và Phát triển doanh nghiệp" belong to the title
      if (f.startsWith('chỉ đạo', k) && /ban\s$/u.test(f.slice(Math.max(0, k - 4), k))) { k += 7; continue; }
      const remit = steeringRemitAt(f, k);
      if (remit > 0) { k += remit; continue; }
      const link = /^(?:của|và) (?=\p{Lu}|tỉnh|thành phố|huyện|quận)/u.exec(s.slice(k));
      if (link && roleAt(s, f, k + link[0].length, false) === 0 && !nameStarts.has(k + link[0].length) && !/^(?:của|và) (?:Ông|Bà|Đồng)/u.test(s.slice(k))) { k += link[0].length; continue; }
      // "Ủy ban tổ chức lễ nghi quốc gia": an organising committee's name, not the verb
      const organisingCommittee = f.startsWith('tổ chức ', k) && /(?:^|\s)(?:Ủy|Uỷ) ban\s$/u.test(s.slice(Math.max(0, k - 8), k));
      // "Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh", "Đại sứ … tại Việt Nam": a mission's seat is part of the post
      const seat = placeAfterTai(s, k);
      if (seat > 0) { k += seat; continue; }
      // "Ban Quản lý các KCN", "Vụ Tài chính các Ngân hàng": "các" before a capitalised word is inside the body's name
      const pluralInName = /^các \p{Lu}/u.test(s.slice(k, k + 6)) && roleAt(s, f, k + 4, false) === 0 && !nameStarts.has(k + 4);
      if (!organisingCommittee && !pluralInName && predicateAt(s, f, k) > 0 && !insideRole(s, f, k)) break;
      if (nameStarts.has(k)) break;
      // glued-clause-opener: a capitalised word that opens a new clause ("Những", "Theo", "Hiện nay") after
      // a post whose sentence lost its full stop ("Trưởng ban Kinh tế Trung ương Những ý kiến …") ends the post
      if (clauseOpenerAt(s, k)) break;
      // a count ("4 chức danh") ends a title; a number in a body ("Ban Chỉ đạo 35 thành phố", "Quân khu 3") does not
      const count = /^\d+\s+(?=\p{Ll})/u.exec(s.slice(k));
      if (count && predicateAt(s, f, k + count[0].length) === 0 &&
        !/^\d+\s+(?:thành phố|tỉnh|huyện|quận|của|khóa|khoá|về|quốc gia)(?![\p{L}])/u.test(s.slice(k))) break;
    }
    k++;
  }
  while (k > start && /\s/u.test(s[k - 1]!)) k--;
  // the full stop, or a run of dots closing the sentence ("… của Chính phủ..")
  while (s[k - 1] === '.' && k - 1 > start) k--;
  return placeNameEnd(s, start, k);
}

/**
 * steering-committee-remit: "Trưởng Ban chỉ đạo điều hành giá A", "Phó Thủ tướng B, Trưởng Ban Chỉ đạo điều hành
 * giá đã chủ trì …", "Trưởng Ban Chỉ đạo 389 quốc gia" — right after "Ban Chỉ đạo" ("BCĐ") the committee's remit
 * may open with a verb ({@link STEERING_REMIT_VERBS}) or its number: they go on naming the committee, and the
 * post runs on to the next verb or the name. Returns the length of that verb or number (with its space) at `k`
 * (folded text), or 0.
 */
function steeringRemitAt(f: string, k: number): number {
  if (!/(?:^|\s)(?:ban chỉ đạo|bcđ)\s$/u.test(f.slice(Math.max(0, k - 13), k))) return 0;
  const verb = STEERING_REMIT_VERBS.find((v) => f.startsWith(v, k) && !isWordChar(f[k + v.length]));
  if (verb) return verb.length;
  return /^\d+(?=\s+\p{Ll})/u.exec(f.slice(k, k + 8))?.[0].length ?? 0;
}

/** True when the predicate-looking word at `i` (folded text) names a steering committee: "chỉ đạo" after "Ban", or its remit verb. */
function inSteeringName(f: string, i: number): boolean {
  return (f.startsWith('chỉ đạo', i) && /(?:^|\s)ban\s$/u.test(f.slice(Math.max(0, i - 4), i))) || steeringRemitAt(f, i) > 0;
}

const CLAUSE_OPENERS_RE = new RegExp(`^(?:${[...CLAUSE_OPENERS].join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** True when a capitalised word or phrase that opens a new clause ("Những", "Hiện nay") is written at `k`. */
function clauseOpenerAt(s: string, k: number): boolean {
  const w = /^\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])/u.exec(s.slice(k, k + 20))?.[0];
  if (!w) return false;
  // a one-word opener must be followed by a lower-case word ("Những ý kiến", "Theo báo cáo"): "huyện Tuy An" is a place
  if (SENTENCE_OPENERS.has(fold(w)) && /^\s+[\p{Ll}]/u.test(s.slice(k + w.length))) return true;
  return CLAUSE_OPENERS_RE.test(s.slice(k, k + 20));
}

/** Lower-case words that may follow a locality's name inside a post ("… tỉnh A khóa XIV", "… xã A huyện B"). */
const AFTER_PLACE = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|khóa|khoá|nhiệm kỳ|và|của|thuộc)(?![\p{L}\p{M}])/u;
const PLACE_IN_POST = /(?:^|\s)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?)\s*\p{Lu}[\p{Ll}\p{M}]*(?:[\s-]+\p{Lu}[\p{Ll}\p{M}]*)*/gu;

/**
 * place-name-ends-post: a locality's name is its capitalised words ("tỉnh Bình Định", "huyện Tân Kỳ"); a
 * lower-case word written after it ("… tỉnh Bình Định mức án …", "… huyện A điều khiển xe máy", "… tỉnh A ủng hộ
 * …") ends the post, unless it goes on naming the post ("huyện", "khóa", "nhiệm kỳ", "của", "và").
 * Returns where the post that runs from `start` to `end` really ends.
 */
function placeNameEnd(s: string, start: number, end: number): number {
  const t = s.slice(start, end);
  for (const m of t.matchAll(PLACE_IN_POST)) {
    const after = m.index + m[0].length;
    const next = /^\s+([\p{Ll}\p{M}].*)$/su.exec(t.slice(after));
    if (next && !AFTER_PLACE.test(next[1]!)) return start + after;
  }
  return end;
}

const SEAT_RE = /^tại (?:(?:TP\.|TP|Tp\.|thành phố|Thành phố)\s*)?((?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})/u;

const SEAT_COUNTRIES: ReadonlySet<string> = new Set([...COUNTRIES_IN_VIETNAMESE, ...FOREIGN_COUNTRIES]);
const MISSION_SEAT_RE = new RegExp(`^tại (?:${alternation(MISSION_SEATS, 'as-written')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Length of "tại <known place>" at `k` (the seat of a mission or office), or 0. mission-seat-abroad: a
 * foreign country ("Đại sứ Triều Tiên tại Nga"), an international organisation or a foreign capital
 * ("Đại sứ Mỹ tại Liên Hợp Quốc", "Đại sứ Nga tại Washington") is a seat as well.
 */
function placeAfterTai(s: string, k: number): number {
  const m = SEAT_RE.exec(s.slice(k, k + 60));
  if (m) {
    const words = m[1]!.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const place = fold(words.slice(0, n).join(' '));
      if (PLACES.has(place) || SEAT_COUNTRIES.has(place)) return m[0].length - m[1]!.length + words.slice(0, n).join(' ').length;
    }
  }
  return MISSION_SEAT_RE.exec(s.slice(k, k + 40))?.[0].length ?? 0;
}

/**
 * event-seat-before-comma-name: "Trưởng đoàn Thể thao Việt Nam tại SEA Games 29, ông A cho biết", "Giám đốc
 * Trung tâm Báo chí tại Hội nghị B, bà C …" — a post that opens its clause, "tại" and up to eight words (the
 * first capitalised, none a predicate) up to the comma before the honorific and the name: the occasion or
 * seat is part of the post. Returns the length from the "tại" at `b` (of `s`, folded `f`) to `p` (the comma), or 0.
 */
function eventSeatBeforeComma(s: string, f: string, b: number, p: number): number {
  if (s[p] !== ',' || !/^tại \p{Lu}[\p{L}\p{M}\p{N}.&-]*(?:\s+[\p{L}\p{M}\p{N}.&-]+){0,7}$/u.test(s.slice(b, p))) return 0;
  // (the words after the first may be lower case, "Hội nghị", "châu Á", but none is a predicate)
  for (let k = s.indexOf(' ', b + 4); k !== -1 && k < p; k = s.indexOf(' ', k + 1)) if (predicateAt(s, f, k + 1) > 0) return 0;
  return p - b;
}

/**
 * seat-in-post-before-name: "Đại sứ Nhật Bản tại Việt Nam A", "Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh B" — a
 * mission's seat ("tại" and a known place) written inside a post that stands before the name does not end the
 * post, as it does not when the post follows the name ({@link placeAfterTai}). True when the "tại" at `b`
 * (folded `f`) opens such a seat that runs on to `p`, where the text before the name ends, and a role precedes it.
 */
function seatInPostBeforeName(s: string, f: string, b: number, p: number): boolean {
  if (!f.startsWith('tại ', b)) return false;
  const seat = placeAfterTai(s, b) || eventSeatBeforeComma(s, f, b, p);
  if (seat === 0 || s.slice(b + seat, p).trim() !== '') return false;
  // a role a few words before "tại" ("Đại sứ Đặc mệnh toàn quyền Việt Nam tại …")
  return wordsBefore(s, b, 8).some(([wb]) => roleAt(s, f, wb, false) > 0);
}

/** Titles written after a name ending at `pos`; also returns where the last one ends. */
export function titlesAfter(
  s: string, f: string, pos: number, nameStarts: ReadonlySet<number>,
): { titles: TitleSpan[]; end: number } {
  const titles: TitleSpan[] = [];
  let i = pos;
  let end = pos;
  let firstTitle = true;
  for (;;) {
    const sep = /^(\s*(?:,|-|–|—|\(|:)\s*|\s+)/u.exec(s.slice(i));
    if (!sep) break;
    const spaceOnly = sep[0].trim() === '';
    // titles go on after a comma, or a spaced dash ("Phó Chủ tịch – Tổng Thư ký …")
    if (!firstTitle && sep[0].trim() !== ',' && !(/^[–—-]$/u.test(sep[0].trim()) && /^\s/u.test(sep[0]))) break;
    let j = i + sep[0].length;
    const formerLen = formerAt(f, j);
    const former = formerLen > 0;
    j += formerLen;
    // "Quyền Tổng Thư ký …": an acting holder's title keeps "Quyền"
    const acting = /^[Qq]uyền\s+/u.exec(s.slice(j))?.[0].length ?? 0;
    const roleLen = roleAt(s, f, j + acting, !spaceOnly);
    if (roleLen === 0) break;
    const e = titleEnd(s, f, j + acting + roleLen, nameStarts);
    let n = e;
    while (s[n] === ' ') n++;
    if (nameStarts.has(n)) break; // "A, Chủ tịch Quốc hội B": the title is B's
    titles.push({ text: s.slice(j, e), start: j, end: e, former, ...(former ? { marker: s.slice(j - formerLen, j).trim() } : {}) });
    end = e;
    if (s[e] === ')') end = e + 1;
    i = e;
    firstTitle = false;
  }
  return { titles, end };
}

/** Tokens of `s` before `p`, right to left, as [start, end] pairs. */
function wordsBefore(s: string, p: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = p;
  while (out.length < max) {
    while (k > 0 && /\s/u.test(s[k - 1]!)) k--;
    if (k === 0) break;
    let b = k;
    while (b > 0 && !/\s/u.test(s[b - 1]!)) b--;
    out.push([b, k]);
    k = b;
  }
  return out;
}

/** True when the word at `b` lies inside a role phrase that starts one or two words before it. */
function insideRole(s: string, f: string, b: number): boolean {
  for (const [wb] of wordsBefore(s, b, 2)) {
    if (roleAt(s, f, wb, false) > b - wb) return true;
  }
  return false;
}

/**
 * Bracketed-abbreviation-inside-post: "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam
 * A", "Phó Chủ tịch Phòng Thương mại và Công nghiệp (VCCI) Việt Nam B": an upper-case abbreviation in
 * brackets, inside a body's name and followed by the rest of it, does not end the post.
 */
const BRACKETED_ABBREVIATION = /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)$/u;

/** A post's text without the bracketed abbreviation inside it ("… Mặt trận Tổ quốc (MTTQ) Việt Nam" → "… Mặt trận Tổ quốc Việt Nam"). */
function withoutInnerAbbreviation(text: string): string {
  return text.includes('(') ? text.replace(/ \(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)(?= \p{Lu})/gu, '') : text;
}

/**
 * The chunk of a title that ends at `p`: back to the previous comma, semicolon, colon, bracket
 * or predicate word; the title starts at the first role word inside it.
 */
function titleChunkBefore(s: string, f: string, p: number, requireRoleAtStart: boolean): TitleSpan | null {
  const words = wordsBefore(s, p, 18);
  let chunkStart = p;
  for (const [b, e] of words) {
    const w = s.slice(b, e);
    if (BRACKETED_ABBREVIATION.test(w) && /^\s+\p{Lu}/u.test(s.slice(e)) && chunkStart < p) { chunkStart = b; continue; }
    if (/[,;:()[\]"“”!?]$/u.test(w) || /^[(["“]/u.test(w)) {
      if (/^[(["“]/u.test(w) && !/[,;:)\]"”]$/u.test(w)) chunkStart = b + 1;
      break;
    }
    if (w === '-' || w === '–' || w === '—') break;
    if (/[.]$/u.test(w) && !/^(TP|Tp|T\.Ư)\.$/u.test(w) && !/^\p{Lu}+\.$/u.test(w)) break;
    // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội A", "Bộ trưởng Tài nguyên và Môi trường A": a
    // linking word followed by a capitalised word stays inside the title
    const linking = (/^(?:của|và)$/u.test(w) && /^\s+\p{Lu}/u.test(s.slice(e)) && roleAt(s, f, e + 1, false) === 0) ||
      seatInPostBeforeName(s, f, b, p);
    // "Giám đốc điều hành Disney": a predicate inside a role phrase ("điều hành") does not end the chunk
    if (!linking && predicateAt(s, f, b) > 0 && predicateAt(s, f, b) >= e - b && !insideRole(s, f, b) && !inSteeringName(f, b)) break;
    chunkStart = b;
  }
  if (chunkStart >= p) return null;
  // skip two-word predicates that were split ("chủ trì" counted word by word above)
  for (let i = chunkStart; i < p; i++) {
    if (s[i - 1] !== undefined && s[i - 1] !== ' ' && i !== chunkStart) continue;
    if (/^(?:của|và)\s+\p{Lu}/u.test(s.slice(i, p)) && roleAt(s, f, s.indexOf(' ', i) + 1, false) === 0) continue;
    const pl = predicateAt(s, f, i);
    if (pl > 0 && !insideRole(s, f, i) && !inSteeringName(f, i) && !seatInPostBeforeName(s, f, i, p)) chunkStart = i + pl;
  }
  let i = chunkStart;
  while (i < p && /\s/u.test(s[i]!)) i++;
  const start = i;
  for (; i < p; i++) {
    if (i !== start && s[i - 1] !== ' ') continue;
    const formerLen = formerAt(f, i);
    // "phó Tổng thống Mỹ A" (pattern: lower-case-deputy-prefix): a deputy's "phó" written in lower
    // case before a capitalised post is part of the post, not left out of it
    const deputy = /^phó \p{Lu}/u.test(s.slice(i + formerLen, i + formerLen + 5));
    // acting-post-before-name: "Quyền Chánh Văn phòng UBND tỉnh A", "Quyền Tổng thống Hàn Quốc B" — the acting
    // holder's post keeps "Quyền", as it does after the name; without it the post would read as held in full
    // (written in lower case "quyền" is a right or a power: "chính quyền Tổng thống C" is an administration)
    const acting = /^Quyền\s+(?=\p{Lu})/u.exec(s.slice(i + formerLen, i + formerLen + 8))?.[0].length ?? 0;
    const roleLen = acting > 0 && roleAt(s, f, i + formerLen + acting, false) > 0 ? acting : roleAt(s, f, i + formerLen, deputy);
    if (roleLen > 0) {
      let e = p;
      while (e > i && /\s/u.test(s[e - 1]!)) e--;
      if (requireRoleAtStart && i !== start) {
        // only ranks, honorifics, "các"/"đồng chí" may precede a chained title
        const lead = f.slice(start, i).trim();
        if (lead && prefixAt(f, start) === 0) return null;
      }
      return { text: withoutInnerAbbreviation(s.slice(i + formerLen, e)), start: i + formerLen, end: e, former: formerLen > 0, ...(formerLen > 0 ? { marker: s.slice(i, i + formerLen).trim() } : {}) };
    }
    if (requireRoleAtStart && i > start + 40) return null;
  }
  return null;
}

const HONORIFICS_FOLDED = new Set(HONORIFICS.map((h) => fold(h)));

/**
 * True when a post ends at `e`: a role phrase starts within the six words before it, and the words after the
 * role up to `e` hold no punctuation and no predicate word ("Thủ tướng", "Bộ trưởng Quốc phòng").
 */
function roleEndsAt(s: string, e: number): boolean {
  const f = foldKeepOffsets(s);
  const words = wordsBefore(s, e, 6);
  for (let j = 0; j < words.length; j++) {
    const [wb] = words[j]!;
    if (/[,.;:()"“”]/u.test(s.slice(wb, e))) return false;
    if (roleAt(s, f, wb, false) > 0) return words.slice(0, j).every(([b]) => predicateAt(s, f, b) === 0);
  }
  return false;
}

/**
 * True when the honorific `w` written at `b` ends a place name instead ("Vương quốc Anh Dominic
 * Raab"): it is written with a capital and, with the one or two words before it, names a place.
 */
function inCapitalisedName(s: string, b: number, w: string): boolean {
  if (!HONORIFICS_FOLDED.has(w) || !/\p{Lu}/u.test(s[b] ?? '')) return false;
  const before = /(?:(\p{L}+)\s)?(\p{L}+)\s$/u.exec(s.slice(Math.max(0, b - 30), b));
  if (!before) return false;
  const own = s.slice(b, b + w.length);
  // country-after-post: "Thủ tướng Anh Theresa May", "Ngoại trưởng Anh Boris Johnson" — a capitalised
  // honorific that spells a country, right after a post, is the post's country
  if (SEAT_COUNTRIES.has(fold(own)) && roleEndsAt(s, b - 1)) return true;
  return PLACES.has(fold(`${before[2]} ${own}`)) || (before[1] !== undefined && PLACES.has(fold(`${before[1]} ${before[2]} ${own}`)));
}

/** " kiêm " (or " kiêm nhiệm ") between two posts of one person. */
const CONCURRENT_POST = /\s+kiêm(?:\s+nhiệm)?\s+/gu;

/**
 * concurrent-posts: "Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh", "Chủ tịch HĐQT kiêm Tổng giám đốc
 * Công ty A" — two posts held together, joined by "kiêm" ("kiêm nhiệm"): one title each, the former
 * marker of the first kept on both. A "kiêm" not followed by a post ("Phó ban kiêm nhiệm") stays inside.
 * Offsets of the parts are those of the sentence `s` (`f` its folded form).
 */
export function splitConcurrentPosts(s: string, f: string, t: TitleSpan): TitleSpan[] {
  // (an overlong title, its end not found, is left whole for the caller to drop)
  if (!t.text.includes('kiêm') || t.text.split(/\s+/u).length > 16) return [t];
  // (matched in the sentence, not in `t.text`, which may have lost a bracketed abbreviation: offsets stay the sentence's)
  const written = s.slice(t.start, t.end);
  const out: TitleSpan[] = [];
  let from = t.start;
  for (const m of written.matchAll(CONCURRENT_POST)) {
    const at = t.start + m.index;
    const next = at + m[0].length;
    if (roleAt(s, f, next, true) === 0) continue;
    out.push({ ...t, text: withoutInnerAbbreviation(s.slice(from, at)), start: from, end: at });
    from = next;
  }
  if (out.length === 0) return [t];
  out.push({ ...t, text: withoutInnerAbbreviation(s.slice(from, t.end)), start: from, end: t.end });
  return out;
}

/**
 * Post-comma-bare-subject-name: "Bí thư Thành ủy TP.HCM, Nguyễn Văn A đã có buổi làm việc với …",
 * "Sáng 5/6, Chủ tịch UBND tỉnh, Trần Văn B chủ trì hội nghị". The post opens the sentence (or
 * follows its time phrase) and the name after the comma is the subject: a lower-case word that is
 * no list word ("và", "cùng") follows it, not a comma of a list.
 */
const SENTENCE_OPENING_LEAD = /^\s*(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Đêm)(?: nay| qua)?[^,;:.]{0,24},\s*)?$/u;
/** The lower-case predicate right after a bare subject name (not a list continued by "và", "cùng", "với"). */
const BARE_SUBJECT_AFTER_NAME = /^ (?!và\s|cùng\s|với\s|và$)\p{Ll}/u;

/** "các đồng chí ", "các ", "đồng chí " right before a list header's title (folded text). */
const LIST_HEADER_LEAD = /(?<![\p{L}])(?:(?:các|những)\s+(?:(?:đồng chí|vị|ông|bà)\s+)?|(?:đồng chí|vị)\s+)$/u;

/**
 * Titles written before a name starting at `nameStart`, nearest last in reading order, and
 * the extent start (ranks/honorifics included). `honorific` is true when a rank or honorific
 * ("đồng chí", "ông", "Đại tướng") stands right before the name. `nameEnd` (where the name ends)
 * lets a post that opens the sentence, a comma and a bare subject name be read as his post.
 */
export function titlesBefore(s: string, f: string, nameStart: number, nameEnd = nameStart): { titles: TitleSpan[]; start: number; honorific: boolean } {
  let p = nameStart;
  while (p > 0 && s[p - 1] === ' ') p--;
  let honorific = false;
  let start = nameStart;
  // ranks and honorifics right before the name
  for (let guard = 0; guard < 3; guard++) {
    let found = false;
    for (const w of PREFIXES_FOLDED) {
      const b = p - w.length;
      if (b >= 0 && f.startsWith(w, b) && !isWordChar(f[b - 1]) && !inCapitalisedName(s, b, w)) {
        p = b; start = b; honorific = true; found = true;
        while (p > 0 && s[p - 1] === ' ') p--;
        break;
      }
    }
    if (!found) break;
  }
  const titles: TitleSpan[] = [];
  // "các Phó Thủ tướng Chính phủ: A, B"
  if (s[p - 1] === ':') {
    const t = titleChunkBefore(s, f, p - 1, false);
    if (t) {
      t.shared = true;
      // list-header-lead: "…; các đồng chí Phó Chủ tịch UBND tỉnh: A, B" — the plural and the honorific
      // that open the header belong to the first item's mention, so the item continues the list before it
      const lead = LIST_HEADER_LEAD.exec(f.slice(Math.max(0, t.start - (t.marker ? t.marker.length + 1 : 0) - 24), t.start - (t.marker ? t.marker.length + 1 : 0)));
      return { titles: [t], start: t.start - (t.marker ? t.marker.length + 1 : 0) - (lead ? lead[0].length : 0), honorific: true };
    }
    if (/đồng chí\s*$/u.test(f.slice(0, p - 1))) honorific = true;
    return { titles, start, honorific };
  }
  // title-comma-honorific-name: "Bộ trưởng Bộ Công an, Thượng tướng A", "Bí thư Huyện ủy, đồng chí B" — a post
  // that opens its clause, a comma, then a rank or an honorific and the name
  if (honorific && s[p - 1] === ',') {
    const t = titleChunkBefore(s, f, p - 1, true);
    // "Trưởng Ban Tổ chức Trung ương tin tưởng trên cương vị mới, đồng chí A": a post that trails off into
    // three or more lower-case words is a clause about someone, not the post of the name after it
    if (t && /(?:^|[,;:.(]\s*)$/u.test(s.slice(0, t.start)) && !/(?:\s\p{Ll}\S*){3,}$/u.test(t.text)) return chainedTitles(s, f, [t], t.start, honorific);
  }
  if (!honorific && s[p - 1] === ',' && nameEnd > nameStart && BARE_SUBJECT_AFTER_NAME.test(s.slice(nameEnd, nameEnd + 12))) {
    const t = titleChunkBefore(s, f, p - 1, true);
    if (t && SENTENCE_OPENING_LEAD.test(s.slice(0, t.start)) && !/(?:\s\p{Ll}\S*){3,}$/u.test(t.text)) return { titles: [t], start: t.start, honorific };
  }
  if (/[,;:(]/u.test(s[p - 1] ?? '')) return { titles, start, honorific };
  // "Phó Chủ tịch HĐND thị xã - Trần Văn Hải": a post, a spaced dash, then the name
  // ("Chủ tịch UBND tỉnh Nghệ An - ông A": an honorific may stand between the dash and the name)
  if (/[-–—]/u.test(s[p - 1] ?? '') && s[p - 2] === ' ') {
    let q = p - 2;
    while (q > 0 && s[q - 1] === ' ') q--;
    const t = titleChunkBefore(s, f, q, true);
    if (t && /(?:^|[,;:.(]\s*|\s)$/u.test(s.slice(0, t.start))) return { titles: [t], start: t.start, honorific };
    return { titles, start, honorific };
  }
  // "Phó Tổng cục trưởng Tổng cục Du lịch (Bộ …) A": an aside between the title and the name
  let titleEndAt = p;
  if (s[p - 1] === ')') {
    const open = s.lastIndexOf('(', p - 1);
    if (open > 0 && p - open <= 80) { titleEndAt = open; while (titleEndAt > 0 && s[titleEndAt - 1] === ' ') titleEndAt--; }
  }
  const first = titleChunkBefore(s, f, titleEndAt, false);
  if (!first) {
    const t = postBeforeParentBody(s, f, titleEndAt);
    return t ? { titles: [t], start: t.start, honorific } : { titles, start, honorific };
  }
  return chainedTitles(s, f, [first], first.start, honorific);
}

const PARENT_BODY = new RegExp(`^ (?:${alternation(PARENT_BODY_HEADS, 'as-written')}) [^,;:()"“”]{1,60}$`, 'u');

/**
 * post-comma-parent-body-name: "Cục trưởng Cục Quản lý giá, Bộ Tài chính A cho biết", "Phó Vụ trưởng Vụ Hợp
 * tác quốc tế, Bộ Giáo dục và Đào tạo B" — a post in a department, a comma, the body the department belongs to,
 * then the name: the post (without the parent body, as it reads when written after the name) is the name's.
 * The parent body names a body ({@link PARENT_BODY_HEADS}) and holds no post of its own ("…, Bộ trưởng C" is
 * another person's), and the post opens its clause. `p` is where the text before the name ends.
 */
function postBeforeParentBody(s: string, f: string, p: number): TitleSpan | null {
  const comma = s.lastIndexOf(',', p - 1);
  if (comma < 0 || p - comma > 70) return null;
  const parent = s.slice(comma + 1, p);
  if (!PARENT_BODY.test(parent)) return null;
  for (const m of parent.matchAll(/(?<=\s)\S/gu)) {
    const at = comma + 1 + m.index;
    // ("Bộ Giáo dục và Đào tạo": "và" before a capital joins the body's name)
    if (roleAt(s, f, at, true) > 0 || (predicateAt(s, f, at) > 0 && !/^và \p{Lu}/u.test(s.slice(at, at + 5)))) return null;
  }
  const t = titleChunkBefore(s, f, comma, true);
  // (a remit may run to a few lower-case words, "Vụ Hợp tác quốc tế"; five or more read as a clause)
  if (!t || !/(?:^|[,;:.(]\s*)$/u.test(s.slice(0, t.start)) || /(?:\s\p{Ll}\S*){5,}$/u.test(t.text)) return null;
  return t;
}

/**
 * The titles chained before `titles[0]` ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội A"), put in
 * front of them, and the rank or honorific before the first, if any: the result of titlesBefore.
 */
function chainedTitles(s: string, f: string, titles: TitleSpan[], from: number, honorific: boolean): { titles: TitleSpan[]; start: number; honorific: boolean } {
  let start = from;
  // chained titles: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội A"
  let q = from;
  for (let guard = 0; guard < 6; guard++) {
    let c = q;
    while (c > 0 && s[c - 1] === ' ') c--;
    // dash-chained-posts: "Ủy viên Bộ Chính trị - Phó Thủ tướng A", "Bộ trưởng Bộ Công an – Thượng tướng B": posts
    // joined by a spaced dash, as by a comma (a dash inside a body's name leaves no post after it: "Sở Lao động -
    // Thương binh và Xã hội" gives no title to chain from)
    const dashed = /[-–—]/u.test(s[c - 1] ?? '') && s[c - 2] === ' ' && q > c;
    if (s[c - 1] !== ',' && !dashed) break;
    let e = c - 1;
    if (dashed) while (e > 0 && s[e - 1] === ' ') e--;
    const t = titleChunkBefore(s, f, e, true);
    if (!t) break;
    if (dashed && !/(?:^|[,;:.(]\s*)$/u.test(s.slice(0, t.start))) break;
    // a chained title must not follow a number or a plural ("4 đồng chí Phó Chủ tịch …, Chủ tịch …")
    const lead = f.slice(Math.max(0, t.start - 20), t.start);
    if (/(?:\d|(?:^|\s)(?:các|những))\s*(?:đồng chí\s*)?$/u.test(lead)) break;
    titles.unshift(t);
    start = t.start;
    q = t.start;
  }
  // former-marker-in-mention: "…, nguyên Bộ trưởng Bộ Y tế A và B dự" — the marker opens the mention, so
  // the list before it reads on through it
  const marker = titles[0]!.marker;
  if (marker && start === titles[0]!.start && f.slice(start - marker.length - 1, start) === `${fold(marker)} `) start -= marker.length + 1;
  // rank/honorific before the titles
  let r = start;
  while (r > 0 && s[r - 1] === ' ') r--;
  for (const w of PREFIXES_FOLDED) {
    const b = r - w.length;
    if (b >= 0 && f.startsWith(w, b) && !isWordChar(f[b - 1])) { start = b; break; }
  }
  return { titles, start, honorific };
}
