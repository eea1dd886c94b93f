/**
 * Bodies named in a text: committees, party committees, councils, departments, ministries,
 * steering committees ("Ban Chỉ đạo 35 thành phố", "Sở Tư pháp", "UBND tỉnh Bà Rịa-Vũng Tàu").
 */
import { ABBREVIATIONS, BODY_HEADS, COUNTRIES_IN_VIETNAMESE, PLACES } from './lexicon.js';
import { alternation, fold, foldKeepOffsets, PhraseIndex, wordInitialCapitals } from './text.js';
import { predicateAt, roleAt } from './titles.js';
import { findNames } from './names.js';
import type { OrganizationKind } from '../model/extraction.js';

/** A body found in a sentence (offsets relative to it). */
export interface BodySpan {
  name: string;
  start: number;
  end: number;
  kind: OrganizationKind;
  /** The name with its bracketed abbreviation when the text writes one right after it ("Hiệp hội … (VASEP)"); see name-closed-by-abbreviation. */
  withAbbreviation?: string;
}

const HEADS = [...BODY_HEADS.heads]
  .map((h) => ({ head: h.head, folded: fold(h.head), kind: h.kind as OrganizationKind }))
  .sort((a, b) => b.folded.length - a.folded.length);
const LOWER_CONTINUATIONS = new Set([
  'tỉnh', 'thành phố', 'huyện', 'quận', 'phường', 'xã', 'thị xã', 'thị trấn', 'nhân dân', 'tối cao', 'thường trực',
  'thường vụ', 'chỉ đạo', 'tuyên giáo', 'dân vận', 'nội chính', 'cán sự', 'tổ quốc', 'trung ương', 'nhà nước',
  'khóa', 'khoá', 'cổ phần', 'và',
]);
/**
 * name-closed-by-abbreviation heads: "Tổ chức", "Cơ quan", "Trung tâm" are also common words ("Tổ chức Hội nghị …" opens a
 * sentence); they name a body only when its abbreviation in brackets closes the name ("Tổ chức Y tế Thế giới (WHO)").
 */
const BRACKET_ONLY_HEADS: ReadonlySet<string> = new Set((BODY_HEADS.bracketOnlyHeads ?? []).map((h) => fold(h)));
/** {@link LOWER_CONTINUATIONS} folded once (longest written form first), not at every word a body name is read through. */
const CONTINUATIONS_FOLDED = [...LOWER_CONTINUATIONS].sort((a, b) => b.length - a.length).map((c) => fold(c));
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The body kind for a name that starts with a known head word, or null. */
export function bodyKind(name: string): OrganizationKind | null {
  const f = fold(name);
  for (const h of HEADS) {
    if (!f.startsWith(h.folded) || isWordChar(f[h.folded.length])) continue;
    // a head that is also a common word ("Trung tâm", "Cơ quan") makes a body only with its bracketed abbreviation
    return BRACKET_ONLY_HEADS.has(h.folded) && !/\)$/u.test(name) ? null : h.kind;
  }
  return null;
}

const HEAD_INDEX = new PhraseIndex(HEADS.map((h) => h.folded));
const HEAD_BY_FOLDED = new Map(HEADS.map((h) => [h.folded, h]));
const HEAD_FIRST_WORDS = new Set(HEADS.map((h) => h.folded.split(' ')[0]!));

/**
 * Where a body name that starts at `start` (after its head) ends: it goes on over capitalised
 * words, numbers, roman numerals, the lower-case second syllable of a capitalised compound
 * ("Công an", "Kinh tế"), locality words ("tỉnh", "thành phố") and "của tỉnh"; it stops at a
 * predicate word or at a person's name.
 */
function bodyEnd(s: string, f: string, start: number, allowAnd: boolean, nameStarts: ReadonlySet<number>, numbered = false): number {
  const department = allowAnd;
  let k = start;
  let end = start;
  // head-opens-word: a lower-case syllable right after the head is no complement of a capitalised
  // compound in the name — with a one-syllable head it makes a common word ("Bộ luật", "Sở dĩ", "Ban trị
  // sự", "Bộ binh"), after a longer head it is the sentence's next word ("Ban Tổ Chức chuẩn bị")
  let prevCapital = false;
  // after a capitalised compound ("Cải cách", "Công nghệ"), its lower-case complement ("tư pháp", "cao")
  let afterCompound = false;
  for (;;) {
    let j = k;
    while (s[j] === ' ') j++;
    if (j >= s.length || j === k && k !== start) break;
    if (nameStarts.has(j)) break;
    const rest = s.slice(j);
    if (allowAnd) {
      const m = /^và (\p{Lu}[\p{Ll}\p{M}]+)(?: \p{Ll}+)?(?=[\s,.;:)]|$)/u.exec(rest);
      if (m && !HEAD_FIRST_WORDS.has(fold(m[1]!)) && !/^(Bộ|Sở|Ban|Ủy|Uỷ|UBND|Phó|Chủ|Bí|Trưởng|Giám)/u.test(m[1]!)) {
        k = j + m[0].length; end = k; allowAnd = false;
        // "Kế hoạch và Đầu| tư)": the capital word read last may still take its lower-case complement
        prevCapital = !/ \p{Ll}+$/u.test(m[0]); continue;
      }
    }
    // intergovernmental-commission: "Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào": the
    // lower-case "liên" before "Chính phủ", then its remit up to the two countries, are its name
    if (k === start && /^liên Chính phủ(?![\p{L}])/u.test(rest)) {
      k = j + 'liên Chính phủ'.length; end = k; prevCapital = false;
      const remit = /^ (?:về (?:[\p{Ll}\p{M}]+ ){1,6})?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*\s?[-–]\s?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*(?=[\s,.;]|$)/u.exec(s.slice(k));
      if (remit) { k += remit[0].length; end = k; break; }
      continue;
    }
    // country-pair-after-viet: a friendship or bilateral body named for Việt Nam and another country
    // ("Hội Hữu nghị Việt - Pháp tỉnh", "Hội Hữu nghị Việt Nam - Ấn Độ"): the dash and the country
    // (`countriesInVietnamese`) are its name, then at most its place word; the name ends there
    if (k > start && /(?<![\p{L}])Việt(?: Nam)?$/u.test(s.slice(Math.max(start, k - 8), k)) && /^[-–] /u.test(rest)) {
      const other = j + 2;
      const country = COUNTRIES_IN_VIETNAMESE.find((c) => f.startsWith(c, other) && !isWordChar(f[other + c.length]));
      if (country) {
        k = other + country.length;
        const place = /^ (?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}\p{M}])/u.exec(s.slice(k));
        end = k + (place?.[0].length ?? 0);
        break;
      }
    }
    const local = /^của (tỉnh|thành phố|huyện|quận|Trung ương|Quốc hội|Chính phủ)(?![\p{L}])/u.exec(rest);
    if (local) { k = j + local[0].length; end = k; prevCapital = /^\p{Lu}/u.test(local[1]!); continue; }
    // national-after-head: "Ban Chỉ đạo quốc gia về phòng chống thiên tai", "Văn phòng quốc gia về tìm kiếm và cứu
    // nạn" — "quốc gia" in lower case right after the head, then the name's end or its lower-case remit after
    // "về" read whole (up to punctuation, a capital or a predicate); a remit not read so leaves the head bare
    const nationalHead = k === start ? nationalAfterHead(s, f, j) : 0;
    // without a remit the name may go on in capitals ("Ủy ban quốc gia APEC 2017", "Tập đoàn quốc gia Rostec")
    if (nationalHead > 0) { k = nationalHead; end = k; prevCapital = false; if (s.startsWith(' về ', j + 'quốc gia'.length)) break; continue; }
    const about = /^về (phòng,? chống [\p{Ll} ]+?)(?=[,.;]|$)/u.exec(rest);
    if (about && about[0].length < 40) { k = j + about[0].length; end = k; prevCapital = false; continue; }
    // known-remit: a ministry's or department's remit written in its usual form ("Khoa học và Công
    // nghệ", "Lao động - Thương binh và Xã hội", "Giao thông vận tải", "Sở hữu trí tuệ") is its name
    // department-remit: a ministry's or department's own remit, in either case ("Sở tư pháp", "Cục thuế
    // Quảng Nam", "Bộ Kế hoạch và Đầu tư"), only after such a head and not run on by a hyphen ("Tài chính-Ngân sách")
    if (k === start) {
      const known = KNOWN_REMITS.find((r) => f.startsWith(r, j) && !isWordChar(f[j + r.length])) ??
        (department ? DEPARTMENT_REMITS.find((r) => f.startsWith(r, j) && !isWordChar(f[j + r.length]) && !/^-\p{L}/u.test(s.slice(j + r.length))) : undefined);
      if (known) {
        k = j + known.length; end = k; allowAnd = false;
        // a remit ending in one capitalised word ("Thuế") may still take its lower-case complement ("Thuế quan")
        prevCapital = /(?:^|\s)\p{Lu}[\p{Ll}\p{M}]*$/u.test(s.slice(j, k)); continue;
      }
    }
    const remit = afterCompound || k === start ? remitEnd(s, f, j) : 0;
    if (remit > 0) { k = remit; end = k; prevCapital = false; afterCompound = false; continue; }
    const national = afterCompound ? nationalRemitEnd(s, f, j) : 0;
    if (national > 0) { k = national; end = k; break; }
    if (predicateAt(s, f, j) > 0 || FIGURE_VERB.test(rest)) break;
    if (afterCompound) {
      const phrase = LOWER_NAME_WORDS.find((c) => f.startsWith(c, j) && !isWordChar(f[j + c.length]) && s.slice(j, j + c.length) === s.slice(j, j + c.length).toLowerCase());
      if (phrase) { k = j + phrase.length; end = k; prevCapital = false; continue; }
    }
    afterCompound = false;
    // abbreviation-joined-by-ampersand: "Bộ NN & PTNT", "Sở TN & MT" — two capital abbreviations with a
    // spaced "&" between them are one remit
    const amp = /^&\s*\p{Lu}{2,}(?=[\s,.;:)]|$)/u.exec(rest);
    if (amp && k > start && /(?<![\p{L}])\p{Lu}{2,}$/u.test(s.slice(start, k))) { k = j + amp[0].length; end = k; prevCapital = false; continue; }
    // remit-joined-by-ampersand: "Sở Kế hoạch & Đầu tư", "Bộ Văn hóa, Thể thao & Du lịch" — a spaced "&"
    // between capitalised words stands for "và"; the name goes on with the word after it
    const ampWord = /^&\s+(?=\p{Lu}[\p{Ll}\p{M}])/u.exec(rest);
    if (ampWord && k > start && ampRemitEndsWell(s, f, j + ampWord[0].length) && /(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]+)?$/u.test(s.slice(start, k))) { k = j + ampWord[0].length - 1; prevCapital = false; continue; }
    // dash-joined-remit: two remits joined by a dash ("Sở Quy hoạch - Kiến trúc", "Bộ Tài nguyên - Môi
    // trường", "Vụ Kế hoạch -Tài chính", "Phòng Lao động – TB&XH"): after a remit read as a capitalised
    // compound, a dash and one more compound or abbreviation, then the name's end — not a post, a body or a name
    const dash = k > start && /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*\s[\p{Ll}\p{M}]+$/u.test(s.slice(start, k))
      ? /^[-–]\s?(\p{Lu}[\p{Ll}\p{M}]*\s[\p{Ll}\p{M}]+|\p{Lu}+&\p{Lu}+)(?=[\s,.;:)]|$)/u.exec(rest) : null;
    if (dash) {
      const at = j + dash[0].length - dash[1]!.length;
      if (!HEAD_FIRST_WORDS.has(fold(dash[1]!.split(' ')[0]!)) && roleAt(s, f, at, false) === 0 && !nameStarts.has(at) && tailEndsWell(s, f, j + dash[0].length)) {
        k = j + dash[0].length; end = k; prevCapital = false; continue;
      }
    }
    const w = /^[^\s,;:()[\]"“”!?…]+/u.exec(rest)?.[0] ?? '';
    if (!w) break;
    const dotted = /^(TP|Tp|T\.Ư)\.$/u.test(w);
    const bare = w.endsWith('.') && !dotted ? w.slice(0, -1) : w;
    // count-after-name: a number followed by a lower-case noun counts something ("Chính phủ 6 tháng đầu
    // năm", "UBND tỉnh A 54 chương trình", "Văn phòng Tỉnh ủy 1 chiếc"); it is no part of the name unless a
    // place word, a name word or a predicate follows ("Ban Chỉ đạo 35 thành phố", "Ban Chỉ đạo 389 quốc gia")
    if (/^\d+$/u.test(bare) && bare === w && !numbered && countsSomething(s, f, j + bare.length)) break;
    if (/^\p{Lu}/u.test(bare) || /^\d+$/u.test(bare) || /^[IVXLC]+$/u.test(bare)) {
      k = j + bare.length; end = k;
      prevCapital = /(?:^|-)\p{Lu}[\p{Ll}\p{M}]*$/u.test(bare) && !/^\p{Lu}{2,}/u.test(bare);
      if (bare !== w) break;
      continue;
    }
    // a zone's lower-case kind after "Khu" ("Khu công nghiệp", "Khu Công nghệ cao", "Khu kinh tế")
    const zone = /(?:^|\s)Khu(?: (Công))? $/iu.exec(s.slice(Math.max(0, j - 10), j));
    const zoneKind = zone ? (zone[1] ? /^(?:nghệ cao|nghiệp)(?![\p{L}\p{M}])/u : ZONE_KINDS).exec(rest) : null;
    if (zoneKind) { k = j + zoneKind[0].length; end = k; prevCapital = false; continue; }
    const cont = CONTINUATIONS_FOLDED.find((c) => f.startsWith(c, j) && !isWordChar(f[j + c.length]) && s.slice(j, j + c.length) === s.slice(j, j + c.length).toLowerCase());
    if (cont && cont !== 'và') { k = j + cont.length; end = k; prevCapital = false; continue; }
    // a time of day after the name ('UBND huyện A chiều 16/8 …') is no syllable of it, nor a modal or
    // determiner (modal-after-name)
    if (prevCapital && !TIME_OF_DAY_WORDS.has(bare) && !modalAfterName(s, j, bare) && /^[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]*)?$/u.test(bare) &&
      (COMPOUND_TAILS.has(bare.split('-')[0]!) || (afterProperName(s.slice(start, j)) ? /^\s*[\p{Lu}(]/u.test(s.slice(j + bare.length))
        : FIRST_SYLLABLE_TAILS.has(bare) || FIRST_SYLLABLE_PAIRS.has(`${fold(/(\S+)\s*$/u.exec(s.slice(start, j))?.[1] ?? '')} ${fold(bare)}`) || tailEndsWell(s, f, j + bare.length)))) {
      k = j + bare.length; end = k;
      prevCapital = /-\p{Lu}[\p{Ll}\p{M}]*$/u.test(bare);
      afterCompound = !prevCapital;
      if (bare !== w) break;
      continue;
    }
    break;
  }
  return end;
}

/** True when the name may end at `k`: punctuation, a capital, the text's end or a predicate follows. */
function nameMayEndAt(s: string, f: string, k: number): boolean {
  const m = /^\s*/u.exec(s.slice(k))!;
  const at = k + m[0].length;
  return at >= s.length || /[,.;:()\p{Lu}]/u.test(s[at]!) || m[0].length > 0 && predicateAt(s, f, at) > 0;
}
/** Where "quốc gia" and its remit after a head end at `j` (see national-after-head), or 0. */
function nationalAfterHead(s: string, f: string, j: number): number {
  if (!/^quốc gia(?![\p{L}\p{M}])/u.test(s.slice(j))) return 0;
  let k = j + 'quốc gia'.length;
  if (!s.startsWith(' về ', k)) return nameMayEndAt(s, f, k) ? k : 0;
  k += ' về'.length;
  // "và" joins two items of the remit ("tìm kiếm và cứu nạn"); the remit does not end on it
  let last = '';
  for (let words = 0; words < 8; words++) {
    const w = /^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}])/u.exec(s.slice(k));
    if (!w || w[1] !== 'và' && predicateAt(s, f, k + 1) > 0) return words > 0 && last !== 'và' && nameMayEndAt(s, f, k) ? k : 0;
    k += w[0].length;
    last = w[1]!;
  }
  return last !== 'và' && nameMayEndAt(s, f, k) ? k : 0;
}

/**
 * national-remit-in-lower-case: a national council's or committee's remit written in lower case after its
 * capitalised compound, its items joined by a comma, closed by "quốc gia" — "Hội đồng Tư vấn chính sách
 * tài chính, tiền tệ quốc gia", "Ủy ban Điều phối chính sách an ninh, quốc phòng quốc gia". At most eight
 * lower-case words, one comma, no predicate among them. Returns where "quốc gia" ends, or 0.
 */
const NATIONAL_REMIT = /^((?:[\p{Ll}\p{M}]+ ){1,7}?)(?:([\p{Ll}\p{M}]+), ((?:[\p{Ll}\p{M}]+ ){1,4}?))?quốc gia(?![\p{L}\p{M}])/u;
function nationalRemitEnd(s: string, f: string, j: number): number {
  const m = NATIONAL_REMIT.exec(s.slice(j));
  if (!m) return 0;
  for (const w of m[0].matchAll(/[\p{Ll}\p{M}]+/gu)) {
    if (w.index === m[0].length - 'quốc gia'.length) break;
    if (predicateAt(s, f, j + w.index) > 0) return 0;
  }
  return j + m[0].length;
}

/**
 * figure-after-name: a verb of change or rank followed by a figure ("Đại học A tăng 74 bậc", "Sở B
 * giảm 12%", "tỉnh C đứng thứ 5") reports a number about the body; it is no syllable of its name.
 */
const FIGURE_VERB = /^(?:tăng|giảm|đạt|tụt|vượt|lên|xuống|đứng thứ|xếp thứ|xếp hạng)(?: (?:thêm|lên|xuống|gần|hơn|khoảng))? \d/u;

/**
 * The remit after a spaced "&" at `at` ("Đầu tư", "Môi trường") is whole: one capitalised word, at most
 * one lower-case syllable, then the text's end, punctuation, a place word, a capitalised word or a
 * predicate — not a remit cut short ("Phát triển nông thôn" goes on in lower case).
 */
function ampRemitEndsWell(s: string, f: string, at: number): boolean {
  const m = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]+)?/u.exec(s.slice(at));
  if (!m) return false;
  let j = at + m[0].length;
  while (s[j] === ' ') j++;
  return j >= s.length || /[\p{Lu}\p{N},.;:()]/u.test(s[j]!) || predicateAt(s, f, j) > 0 ||
    /^(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}])/u.test(s.slice(j));
}

/**
 * modal-after-name: a modal or determiner after a body's name ("UBND quận A phải …", "Bộ B cần …", "các
 * Sở khác") is no syllable of it; "Hậu cần" (logistics) is a compound.
 */
const MODAL_WORDS = new Set(['phải', 'cần', 'nên', 'khác', 'này', 'đó', 'kia', 'cũng', 'đều', 'vẫn', 'luôn', 'chưa']);
function modalAfterName(s: string, j: number, word: string): boolean {
  return MODAL_WORDS.has(word) && !(word === 'cần' && /(?<![\p{L}])Hậu\s$/u.test(s.slice(Math.max(0, j - 5), j)));
}

/** True when a lower-case word that is no place word, name word or predicate follows `at` (count-after-name). */
function countsSomething(s: string, f: string, at: number): boolean {
  const m = /^\s+(?=[\p{Ll}])/u.exec(s.slice(at));
  if (!m) return false;
  const j = at + m[0].length;
  const lowerWord = (c: string): boolean => f.startsWith(c, j) && !isWordChar(f[j + c.length]);
  return predicateAt(s, f, j) === 0 && !CONTINUATIONS_FOLDED.some(lowerWord) && !LOWER_NAME_WORDS.some(lowerWord);
}

/** Times of day and units of time ("Chính phủ Lào năm 2017"), never the lower-case syllable of a compound in a body's name. */
const TIME_OF_DAY_WORDS = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'năm', 'tháng', 'quý', 'tuần']);

/**
 * tail-after-proper-name: the lower-case complement of a capitalised compound follows its first
 * capitalised syllable ("Sở Văn hóa", "Ủy ban Kinh tế"); after two or more capitalised syllables in a
 * row ("Bộ Công Thương", "Công an Hải Phòng", "Hiệp hội Du lịch Đà Nẵng") a lower-case word is the
 * sentence's next one ("ngay", "phát hiện", "về", "mở") unless the name goes on in capitals right after
 * it ("Đài Khí tượng Thủy văn", "Ngân hàng Việt Nam Thương tín (VietBank)").
 */
function afterProperName(read: string): boolean {
  return /(?:^|\s)\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}[\p{Ll}\p{M}]*\s*$/u.test(read);
}

/** Words that end a body's remit: its place ("Ban Chỉ đạo phòng, chống thiên tai tỉnh"). */
const REMIT_STOPS = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'của', 'về', 'và', 'tại'].map((w) => fold(w)));

/**
 * A steering body's remit written right after its head, in lower case: "Ban Chỉ đạo phòng, chống
 * thiên tai tỉnh", "Ban Chỉ đạo phòng, chống dịch tỉnh". The remit is "phòng, chống" (or "phòng chống";
 * after "Chỉ đạo" also "công tác")
 * and one to four lower-case words, ended by a place word, punctuation or a predicate ("tổ chức").
 * Returns where the remit ends, or 0 when `j` opens none.
 */
function remitEnd(s: string, f: string, j: number): number {
  // steering-remit-cong-tac: a steering body's remit may open with "công tác" too ("Ban Chỉ đạo công tác
  // đối ngoại tỉnh", "Ban Chỉ đạo công tác thi đua huyện") — only after "Chỉ đạo", as "Đoàn công tác" is a delegation
  const opening = /^phòng,? chống(?= \p{Ll})/u.exec(s.slice(j)) ?? (/Chỉ đạo\s*$/u.test(s.slice(Math.max(0, j - 10), j)) ? /^công tác(?= \p{Ll})/u.exec(s.slice(j)) : null);
  if (!opening) return 0;
  let k = j + opening[0].length;
  let words = 0;
  for (;;) {
    const w = /^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])/u.exec(s.slice(k));
    if (!w || words === 4) break;
    const at = k + 1;
    if (REMIT_STOPS.has(fold(w[1]!)) || REMIT_STOPS.has(fold(s.slice(at, at + 'thành phố'.length))) || predicateAt(s, f, at) > 0) break;
    k = at + w[1]!.length;
    words++;
  }
  return words > 0 ? k : 0;
}

/** Remits written after a head in their usual form ("Khoa học và Công nghệ"), folded, longest first. */
const KNOWN_REMITS = [...(BODY_HEADS.remits ?? [])].map((w) => fold(w)).sort((a, b) => b.length - a.length);
/** Remits of ministries and departments, read after such a head only, in either case (department-remit), folded, longest first. */
const DEPARTMENT_REMITS = [...(BODY_HEADS.departmentRemits ?? [])].map((w) => fold(w)).sort((a, b) => b.length - a.length);

/** Lower-case words that complete a capitalised compound in a body name ("Cải cách tư pháp", "Công nghệ cao"), folded, longest first. */
const LOWER_NAME_WORDS = [...(BODY_HEADS.lowerNameWords ?? [])].map((w) => fold(w)).sort((a, b) => b.length - a.length);
/** The kinds of economic zone written in lower case after "Khu". */
const ZONE_KINDS = /^(?:công nghệ cao|công nghiệp|kinh tế|chế xuất)(?![\p{L}\p{M}])/u;

/** Second syllables of the compounds body names are made of ("Chỉ đạo", "Công an", "Kinh tế" …). */
const COMPOUND_TAILS = new Set([
  ...(BODY_HEADS.compoundTails ?? []),
  'đạo', 'an', 'trị', 'phủ', 'hội', 'ương', 'vụ', 'giáo', 'vận', 'chính', 'sát', 'phòng', 'tế', 'tịch', 'dục', 'thông',
  'nghiệp', 'trường', 'dựng', 'pháp', 'tra', 'toán', 'sản', 'lực', 'hóa', 'hoá', 'lịch', 'ninh', 'binh', 'thuật', 'thương',
  'nguyên', 'sách', 'tư', 'hành', 'luận', 'dân', 'quốc', 'đình', 'thôn', 'tộc', 'giáo', 'lợi', 'sự', 'tác', 'kế',
  // party-committee-in-name: "Ban Chỉ đạo 35 Tỉnh ủy", "Ban Tuyên giáo Huyện ủy" — a local party committee ends the name
  'ủy', 'uỷ',
]);

/**
 * Second syllables that complete a compound only right after its first capitalised syllable, whatever
 * follows ("Cục Đăng ký quốc gia …", "Ngân hàng Thế giới", "Ban Chỉ huy quân sự"); after a proper
 * name they are the next word ("… Hà Nam giới thiệu"), see tail-after-proper-name.
 */
const FIRST_SYLLABLE_TAILS: ReadonlySet<string> = new Set((BODY_HEADS.firstSyllableTails ?? []).filter((w) => !w.includes(' ')));
/** Such second syllables written with their first one ("Tư vấn", not "Các vấn đề"), folded: a tail only after that syllable. */
const FIRST_SYLLABLE_PAIRS: ReadonlySet<string> = new Set((BODY_HEADS.firstSyllableTails ?? []).filter((w) => w.includes(' ')).map((w) => fold(w)));

/** True when what follows a compound's lower-case syllable still reads as a body name or its end. */
function tailEndsWell(s: string, f: string, k: number): boolean {
  let j = k;
  while (s[j] === ' ') j++;
  if (j >= s.length || /[\p{Lu}\p{N},.;:()"“”!?\-–]/u.test(s[j]!)) return true;
  if (predicateAt(s, f, j) > 0) return true;
  return CONTINUATIONS_FOLDED.some((c) => f.startsWith(c, j) && !isWordChar(f[j + c.length]));
}

/**
 * place-hides-head: places whose later word is a body head ("Tây Ban Nha": "Ban"), folded, with the
 * offset of that word — a head there is part of the place's name, not a body ("Đại sứ quán Tây Ban Nha").
 */
const PLACES_WITH_HEAD = [...PLACES].flatMap((p) => {
  const words = p.split(' ');
  return words.slice(1).some((w) => HEAD_FIRST_WORDS.has(w)) ? [{ place: p, inner: words.slice(1).findIndex((w) => HEAD_FIRST_WORDS.has(w)) + 1 }] : [];
}).map(({ place, inner }) => ({ place, offset: place.split(' ').slice(0, inner).join(' ').length + 1 }));

/** True when the head at `i` of folded text `f` lies inside a place's name ("Tây Ban Nha"). */
function insidePlace(f: string, i: number): boolean {
  return PLACES_WITH_HEAD.some(({ place, offset }) => i >= offset && f.startsWith(place, i - offset) && !isWordChar(f[i - offset - 1]) && !isWordChar(f[i - offset + place.length]));
}

/** Heads that make a body only with a capitalised name after them ("Phòng Tư pháp", never a "Phòng họp"). */
const NAMED_ONLY_HEADS = new Set(['hội', 'phòng', 'viện', 'học viện', 'hiệp hội', 'đại học', 'trường đại học', 'đại sứ quán', ...(BODY_HEADS.namedOnlyHeads ?? [])].map((h) => fold(h)));
/** An abbreviation in brackets: capitals ("VASEP", "NC-NTTS", "TN&MT") or one Latin-letter word ("Vinalines", "PanNature"). */
const BRACKETED_ABBREVIATION = /^\s?\(((?:\p{Lu}[\p{Lu}\p{N}&-]+)|(?:[A-Z][A-Za-z]{4,}))\)/u;

/**
 * name-closed-by-abbreviation: a body's name written with its abbreviation in brackets right after it — "Tổng công ty
 * Hàng hải Việt Nam (Vinalines)", or with a lower-case remit the bracket closes: "Hiệp hội chế biến và xuất khẩu thủy sản
 * (VASEP)", "Cục Khảo thí và Kiểm định chất lượng giáo dục (KTKĐCLGD)". Up to ten words between `at` (where the name
 * read so far ends) and the bracket, none a predicate, another body's head or a person's name. Returns where the
 * bracket closes, or 0.
 */
function closedByAbbreviation(s: string, f: string, at: number, nameStarts: ReadonlySet<number>): number {
  let k = at;
  for (let words = 0; ; words++) {
    const b = BRACKETED_ABBREVIATION.exec(s.slice(k));
    // a country or place in brackets ("Đại học Laurentian (Canada)") tells where the body is, not its abbreviation
    if (b && (words > 0 || s[k] === ' ')) return COUNTRIES_IN_VIETNAMESE.includes(fold(b[1]!)) || PLACES.has(fold(b[1]!)) ? 0 : k + b[0].length;
    if (words === 10) return 0;
    const w = /^ ([\p{L}\p{M}]+|[-–])(?=[\s(])/u.exec(s.slice(k));
    if (!w) return 0;
    const j = k + 1;
    if (nameStarts.has(j) || w[1] !== 'và' && predicateAt(s, f, j) > 0 || /^\p{Lu}/u.test(w[1]!) && HEAD_INDEX.longestAt(f, j)) return 0;
    k = j + w[1]!.length;
  }
}

/**
 * complete-head: an abbreviation that is a whole body's name by itself ("UBTVQH"),
 * at most with its term ("khóa XIV") after it — what follows ("UBTVQH 3 Nghị quyết …" in a caption run
 * into the next sentence) is no part of it.
 */
const COMPLETE_HEADS = new Set(['UBTVQH'].map((h) => fold(h)));

/** Generic heads (folded) that name no body when written bare ("Ban", "Bộ", "Đoàn"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['bộ', 'sở', 'ban', 'đoàn', 'vụ', 'cục', 'ủy ban', 'uỷ ban', 'văn phòng', 'hội đồng', 'công ty', 'ngân hàng', 'thanh tra', 'vp', 'bql', 'tiểu ban', 'liên minh', 'công an', 'thường vụ', 'btv', 'tổng cục', 'tập đoàn', 'tổng công ty']);

/** Heads (folded) that, written alone, name no one body in a committee list ("Ban Chỉ đạo", "HĐND", "Thường vụ"). */
const NEVER_BARE: ReadonlySet<string> = new Set((BODY_HEADS.neverBareBodies ?? []).map((h) => fold(h)));

/**
 * steering-review-remit: a steering body set up to review a document's implementation, its remit
 * written after its head in either case — "Ban Chỉ đạo Sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW
 * của tỉnh", "Ban Chỉ đạo tổng kết 10 năm thực hiện Chỉ thị 40-CT/TW huyện": "sơ kết/tổng kết", the
 * years, "thực hiện/triển khai", the document and its number, then at most its issuer and the place.
 */
const STEERING_REVIEW_REMIT = new RegExp(String.raw`^ (?:[Ss]ơ kết|[Tt]ổng kết)(?: \d+ năm)? (?:thực hiện|triển khai) (?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Luật|Đề án|Chương trình)(?: số)? \d[\p{L}\p{N}/.-]*?(?=[\s,;:)]|\.?$|\.\s)` +
  String.raw`(?: (?:của )?(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Trung ương|Chính phủ|Quốc hội))?` +
  String.raw`(?: (?:của )?(?:tỉnh|thành phố|huyện|thị xã|quận)(?: \p{Lu}[\p{Ll}\p{M}]*)*)?(?![\p{L}\p{N}])`, 'u');

/** What follows "Bộ" in the name of a set of rules (code-of-rules). */
const CODE_OF_RULES = /^\s+(?:[Ll]uật|[Qq]uy tắc|[Tt]iêu chí|[Qq]uy chuẩn|[Qq]uy chế)(?![\p{L}\p{M}])/u;
/** Words before a head that make it a class of bodies ("các", "những", a count), see plural-determiner-before-head. */
const PLURAL_BEFORE_HEAD = /(?:(?:^|[\s(])(?:các|những|mọi|từng|nhiều)|(?:^|(?<!(?:năm|tháng|ngày|số|khóa|khoá|lần|thứ))\s)(?<=(?:^|[\p{Ll}\p{M}]\s))\d{1,2})\s+$/iu;
/** "các cấp" or "các" and a place word of many places after a body's name, see plural-after-name. */
const PLURAL_AFTER_NAME = /^\s+các\s+(?:cấp|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|địa phương)(?![\p{L}\p{M}])/u;
/**
 * company-legal-form: a firm's legal form after its head ("Công ty TNHH Một thành viên A", "Cty trách nhiệm hữu hạn B",
 * "Công ty cổ phần C") is read whole before its name, though written in lower case or split by case.
 */
const COMPANY_FORM = /^(?:\s+(?:TNHH|CP|MTV|TMCP|[Cc]ổ phần|[Tt]rách nhiệm hữu hạn|[Mm]ột thành viên)(?![\p{L}\p{M}]))+/u;
/** A firm's kind with no name after it ("Công ty CP", "Công ty TNHH MTV", "Công ty cổ phần"), see company-type-only. */
const COMPANY_TYPE_ONLY = /^(?:\s+(?:CP|TNHH|MTV|TMCP|[Cc]ổ phần|[Mm]ột thành viên|[Tt]rách nhiệm hữu hạn))+$/u;

/** Every body named in a sentence, longest head first, without overlaps. */
export function findBodies(s: string): BodySpan[] {
  const f = foldKeepOffsets(s);
  const nameStarts = new Set(findNames(s).map((n) => n.start));
  const out: BodySpan[] = [];
  let next = 0;
  for (const i of wordInitialCapitals(s)) {
    if (i < next) continue;
    const hf = HEAD_INDEX.longestAt(f, i);
    const h = hf ? HEAD_BY_FOLDED.get(hf) : undefined;
    // capitalised-name-after-generic-head: "Hội", "Viện", "Học viện" name a body only when a capitalised
    // name follows ("Hội Nhà báo Việt Nam", "Viện Toán học"), never "Hội nghị", "Hội trường", "Viện phí" (nor a headline in capitals, "HỘI NGHỊ …")
    // after a one-syllable head a lower-case word makes a common word ("Hội nghị", "Phòng thủ"), whatever bracket follows
    const commonWord = h && !h.folded.includes(' ') && /^\s+\p{Ll}/u.test(s.slice(i + h.folded.length));
    const closedAfterHead = h && !commonWord && (NAMED_ONLY_HEADS.has(h.folded) || BRACKET_ONLY_HEADS.has(h.folded)) ? closedByAbbreviation(s, f, i + h.folded.length, nameStarts) : 0;
    // a firm's legal form comes before its name (company-legal-form)
    const form = h?.kind === 'enterprise' ? COMPANY_FORM.exec(s.slice(i + h.folded.length))?.[0].length ?? 0 : 0;
    if (h && NAMED_ONLY_HEADS.has(h.folded) && !closedAfterHead && (!/^\s+\p{Lu}/u.test(s.slice(i + h.folded.length + form)) || !/\p{Ll}/u.test(s.slice(i, i + h.folded.length)))) continue;
    if (h && BRACKET_ONLY_HEADS.has(h.folded) && !closedAfterHead) continue;
    if (!h || roleAt(s, f, i, false) > 0 || insidePlace(f, i)) continue;
    // plural-determiner-before-head: "các Sở", "những Hội", "5 BQL dự án" name a class of bodies, not one;
    // document-number-code: "33/QĐ-UBND", "422/UBND-GDĐT" are a document's number, not its issuer
    // code-of-rules: "Bộ luật", "Bộ Luật Hình sự", "Bộ Quy tắc ứng xử", "Bộ tiêu chí" are a set of rules, not a ministry
    if (PLURAL_BEFORE_HEAD.test(s.slice(Math.max(0, i - 12), i)) || h.folded === 'bộ' && CODE_OF_RULES.test(s.slice(i + h.folded.length)) || /[\p{L}\p{N}][/-]$/u.test(s.slice(Math.max(0, i - 2), i)) ||
      /^-\p{Lu}/u.test(s.slice(i + h.folded.length))) { next = i + h.folded.length; continue; }
    const end = COMPLETE_HEADS.has(h.folded)
      ? i + h.folded.length + (/^\s+(?:khóa|khoá)\s+[IVXLC]+(?![\p{L}])/u.exec(s.slice(i + h.folded.length))?.[0].length ?? 0)
      : bodyEnd(s, f, i + h.folded.length + form, h.kind === 'department' || h.kind === 'ministry', nameStarts, h.kind === 'enterprise');
    const review = h.kind === 'steering-committee' ? STEERING_REVIEW_REMIT.exec(s.slice(i + h.folded.length)) : null;
    let name = (review ? s.slice(i, i + h.folded.length + review[0].length) : s.slice(i, end)).replace(/[\s.]+$/u, '');
    if (fold(name) === h.folded && h.kind === 'steering-committee') name = s.slice(i, purposeEnd(s, f, end));
    if (/\s+và$/u.test(name)) name = name.replace(/\s+và$/u, '');
    // name-closed-by-abbreviation: the bracketed abbreviation (and a lower-case remit before it) is the name's end
    // a generic head with its own abbreviation ("Ban quản lý (BQL)") still names no one body: it stays bare
    const closedAt = closedAfterHead || closedByAbbreviation(s, f, i + name.length, nameStarts);
    const closed = closedAt && !(fold(name) === h.folded && (GENERIC_HEADS.has(h.folded) || NEVER_BARE.has(h.folded) || BRACKET_ONLY_HEADS.has(h.folded))) ? closedAt : 0;
    if (BRACKET_ONLY_HEADS.has(h.folded) && !closed) { next = i + h.folded.length; continue; }
    // the span is the name without the bracket (a meeting's holder is written so); the list takes it with the bracket
    let withAbbreviation: string | undefined;
    if (closed > i + name.length) { withAbbreviation = s.slice(i, closed); name = withAbbreviation.replace(/\s*\([^()]+\)$/u, ''); }
    // a bare generic head ("Ban", "Bộ", "Đoàn") is not a body
    const bare = fold(name) === h.folded;
    // a named-only head cut inside its name's compound ("Viện Sức| khỏe …", "Đại học Sư| phạm") is no body
    const cut = NAMED_ONLY_HEADS.has(h.folded) && /^\s+\S+$/u.test(name.slice(h.folded.length)) && /^\s+[\p{Ll}\p{M}]/u.test(s.slice(i + name.length));
    // company-type-only: "Công ty CP", "Công ty TNHH MTV" say what kind of firm, not which
    const typeOnly = h.kind === 'enterprise' && COMPANY_TYPE_ONLY.test(name.slice(h.folded.length));
    // plural-after-name: "HĐND các cấp", "UBND các tỉnh …", "Ban Dân vận các huyện" are bodies of a kind at many places
    const plural = PLURAL_AFTER_NAME.test(s.slice(i + name.length));
    if (!(bare && (GENERIC_HEADS.has(h.folded) || NAMED_ONLY_HEADS.has(h.folded))) && !cut && !typeOnly && !plural && !PLACES.has(fold(name))) {
      out.push({ name, start: i, end: i + name.length, kind: h.kind, ...(withAbbreviation ? { withAbbreviation } : {}) });
    }
    next = Math.max(i + 1, i + (withAbbreviation ?? name).length);
  }
  return out;
}

/** The locality a body belongs to, read from its name ("UBND tỉnh Hà Tĩnh" → "Hà Tĩnh"). */
export function localityOf(name: string): string | null {
  const m = /(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|phường|xã)\s*((?:\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}[\p{Ll}\p{M}]*)(?:[ -]+(?:\p{Lu}[\p{Ll}\p{M}]*|\d+))*|\d+)/u.exec(name);
  if (!m) return null;
  const place = m[1]!.trim();
  // an abbreviated place ("TP.HCM") is named in full
  return /^\p{Lu}{2,}$/u.test(place) ? (ABBREVIATIONS[place] ?? place) : place;
}

/**
 * Where a bare steering committee's lower-case purpose ends ("Ban chỉ đạo khắc phục sự cố môi
 * trường 4 tỉnh miền Trung"): a short run of lower-case words closed by a capitalised place, with no
 * predicate inside; `end` itself when there is none.
 */
function purposeEnd(s: string, f: string, end: number): number {
  const m = /^ ((?:[\p{Ll}\p{M}]+|\d+)(?: (?:[\p{Ll}\p{M}]+|\d+)){1,9}(?: \p{Lu}[\p{Ll}\p{M}]+)+)(?=[\s,.;:]|$)/u.exec(s.slice(end));
  if (!m) return end;
  for (const w of m[1]!.matchAll(/\S+/gu)) if (predicateAt(s, f, end + 1 + w.index) > 0) return end;
  return end + m[0].length;
}

/** Bodies known by a short name or abbreviation alone ("VCCI", "PVN", "EuroCham"), as written, longest first. */
const KNOWN_BODIES = [...(BODY_HEADS.knownBodies ?? [])].sort((a, b) => b.length - a.length);
const KNOWN_BODY_RE = KNOWN_BODIES.length
  ? new RegExp(String.raw`(?<![\p{L}\p{N}&.-])(?:${alternation(KNOWN_BODIES, 'as-written')})(?![\p{L}\p{N}&-])`, 'gu')
  : null;

/**
 * The bodies a sentence names as such, for the article's list of bodies: {@link findBodies} without the
 * heads that name no one body alone (bare-generic-head: "Ban Chỉ đạo", "HĐND", "Ban Thường vụ" written with
 * no name or place), plus bodies known by a short name alone (known-body-abbreviation: "VCCI", "PVN",
 * "EuroCham") outside the bodies found. In: the sentence. Out: spans in text order. Throws nothing.
 */
export function findNamedBodies(s: string): BodySpan[] {
  const all = findBodies(s).map((b) => (b.withAbbreviation ? { ...b, name: b.withAbbreviation, end: b.start + b.withAbbreviation.length } : b));
  const found = all.filter((b) => !NEVER_BARE.has(fold(b.name)));
  if (KNOWN_BODY_RE) {
    for (const m of s.matchAll(KNOWN_BODY_RE)) {
      const start = m.index, end = start + m[0].length;
      if (all.some((b) => start < b.end && end > b.start)) continue;
      found.push({ name: m[0], start, end, kind: 'other' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A term after a body's name ("Quốc hội khóa XIV", "Ban Bí thư khóa XII", "HĐND tỉnh Khóa X"). */
const TERM_SUFFIX = /\s+(?:khóa|khoá|Khóa|Khoá)\s+(?:[IVXLC]+|\d+)$/u;

/**
 * How the article's list writes each body (term-outside-meeting, one-body-two-spellings): a body named with
 * its term ("Quốc hội khóa XIV") is the body itself ("Quốc hội") unless it holds a meeting the article
 * reports (`holders`: that sitting's term is its name); a body written with its abbreviation in brackets
 * ("Bộ Giao thông vận tải (GTVT)") is the one written by that abbreviation ("Bộ GTVT", "GTVT") or without it. In: the
 * names in the order found, the holders' names. Out: for each name, the name it is listed under (itself
 * when unchanged). Throws nothing.
 */
export function listedBodyNames(names: readonly string[], holders: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const n of names) {
    const m = /^(.*?)\s*\(([^()\s]+)\)$/u.exec(n);
    if (!m) continue;
    const head = HEAD_INDEX.longestAt(fold(m[1]!), 0);
    // the holder of a meeting is written without its bracket: the bracketed spelling is listed under it
    const to = holders.has(m[1]!) ? m[1]! : n;
    if (to !== n) out.set(n, to);
    aliases.set(fold(m[2]!), to);
    aliases.set(fold(m[1]!), to);
    if (head) aliases.set(`${head} ${fold(m[2]!)}`, to);
  }
  for (const n of names) {
    if (out.has(n)) continue;
    let to = n;
    if (!holders.has(n) && TERM_SUFFIX.test(n)) to = n.replace(TERM_SUFFIX, '');
    to = aliases.get(fold(to)) ?? to;
    out.set(n, to);
  }
  return out;
}
