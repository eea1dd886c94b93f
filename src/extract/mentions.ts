/**
 * Person mentions in a sentence: a name with the titles written around it, or a title alone
 * ("Thủ tướng yêu cầu …") or a short form ("ông Tuấn") that refers back to a named person.
 */
import { findNames } from './names.js';
import { titlesAfter, titlesBefore, roleAt, titleEnd, splitConcurrentPosts, type TitleSpan } from './titles.js';
import { foldKeepOffsets, fold, wordInitialCapitals, alternation } from './text.js';
import { HONORIFICS, PLACES, SURNAMES } from './lexicon.js';

/** One mention of a person in a sentence (offsets relative to the sentence). */
export interface Mention {
  name: string;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Offsets of the whole mention, ranks, honorifics and titles included. */
  extentStart: number;
  extentEnd: number;
  titles: TitleSpan[];
  /** Why it is taken for a person: an honorific/rank, a title, or a known name. */
  honorific: boolean;
  /** `name` for a full name, `short` for "ông Tuấn", `title` for a title alone. */
  form: 'name' | 'short' | 'title';
}

const HONORIFIC_FORMS = HONORIFICS.flatMap((h) => [h, h.charAt(0).toUpperCase() + h.slice(1)]);
const HONORIFIC_ALTERNATION = alternation(HONORIFIC_FORMS);
// (the honorific first and the look-behind after it, through a back-reference: same matches, found
// several times faster than with the look-behind tried at every position)
const SHORT_SOURCE = `(${HONORIFIC_ALTERNATION})(?<![\\p{L}\\p{N}]\\1) (\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{N}]| \\p{Lu})`;
/** {@link SHORT_SOURCE} tried at one offset only (sticky). */
const SHORT_AT = new RegExp(SHORT_SOURCE, 'uy');
/** The lengths (UTF-16 units) the honorific of a short form can have. */
const HONORIFIC_LENGTHS = [...new Set(HONORIFIC_FORMS.map((h) => h.length))];

/**
 * The matches of the short-form pattern in `s`, left to right and not overlapping, as a global
 * scan would find them. The honorific ends one space before a word-initial capital, so only the
 * offsets that many units before such a capital are tried, instead of every offset.
 */
function shortFormMatches(s: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const c of wordInitialCapitals(s)) {
    if (c < 2 || s.charCodeAt(c - 1) !== 0x20) continue;
    for (const n of HONORIFIC_LENGTHS) if (c - 1 - n >= 0) starts.push(c - 1 - n);
  }
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    SHORT_AT.lastIndex = at;
    const m = SHORT_AT.exec(s);
    if (m === null) continue;
    out.push(m);
    next = at + m[0].length;
  }
  return out;
}
const NOT_PERSON_BEFORE = /(tỉnh|thành phố|tp\.?|huyện|quận|phường|xã|thị xã|thị trấn|đường|phố|cầu|sông|chợ|trường|tàu|vụ án|vụ|bệnh viện|khu|làng|thôn|ấp|bản|núi|đảo|hồ|sân|công ty|tập đoàn|giải|chùa|đền|nhà|lăng|tượng|bác)\s*$/u;

const LOCALITY_BEFORE = /(?:^|\s)(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|ấp|bản)\s$/u;
const LOCALITY_AFTER = /^\s*,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP)(?![\p{L}])/u;

/** "A giữ chức X", "A chính thức nhậm chức X": a post taken up, written after the name. */
const TAKES_POST = /^\s*(?:(?:đã|chính thức|được|sẽ)\s+)*(?:giữ chức(?: vụ)?|nhậm chức|đảm nhận chức(?: vụ)?|đảm nhiệm chức(?: vụ)?)\s+/u;
/** A name only put forward for a post ("giới thiệu ông A giữ chức …", "đề nghị bổ nhiệm A"): the post is not held. */
const PUT_FORWARD_BEFORE = /(?:giới thiệu|đề cử|đề nghị|đề xuất|ứng cử|dự kiến|xem xét|trình|tín nhiệm|để bầu|bầu bổ sung)[^.;:]{0,30}$/u;

/**
 * The post a person takes up, written after the name and its titles ("bầu ông A giữ chức Phó
 * Chủ tịch UBND tỉnh", "ông A chính thức nhậm chức Bí thư"), or null; a post someone is only put
 * forward for, or will take up ("sẽ giữ chức"), is none.
 */
function postTakenUp(s: string, f: string, at: number, nameStarts: ReadonlySet<number>, lead: string): TitleSpan | null {
  const m = TAKES_POST.exec(f.slice(at));
  if (!m || /sẽ/u.test(m[0]) || PUT_FORWARD_BEFORE.test(lead)) return null;
  const j = at + m[0].length;
  const len = roleAt(s, f, j, true);
  if (len === 0) return null;
  const e = titleEnd(s, f, j + len, nameStarts);
  return { text: s.slice(j, e), start: j, end: e, former: false };
}

/** A bracketed birth date, birth year or age right after a name: "(sinh năm 1955)", "(SN 1960)", "(27/2/1955)", "(45 tuổi)". */
const PERSONAL_ASIDE = /^\s*\((?:sinh(?:\s+năm|\s+ngày)?|SN|\d{1,3}\s+tuổi|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?=\)))[^()]{0,24}\)(?=\s*,)/u;

/** A list header that names what follows as people: "các đồng chí trong Ban Thường vụ Tỉnh ủy:", "gồm các ông:". */
const LISTED_PEOPLE_HEADER = /(?:đồng chí|các ông|các bà|các vị)[^.;:!?]{0,60}:\s*$/iu;

/** Finds full-name mentions with their titles in a sentence. */
export function findNameMentions(s: string): Mention[] {
  const f = foldKeepOffsets(s);
  // "Chủ tịch UBND xã Lạc Tấn, huyện Tân Trụ": a commune named like a person, placed in its district
  const names = findNames(s).filter((n) => !(LOCALITY_BEFORE.test(f.slice(Math.max(0, n.start - 14), n.start)) && LOCALITY_AFTER.test(s.slice(n.end, n.end + 24))));
  const nameStarts = new Set(names.map((n) => n.start));
  const out: Mention[] = [];
  for (const n of names) {
    const before = titlesBefore(s, f, n.start, n.end);
    // a title written after one person ("A - Chủ tịch UBND huyện, Phó Chủ tịch B") is not also the next one's
    const claimed = out.flatMap((o) => o.titles.filter((t) => t.start >= o.end));
    const unclaimed = before.titles.filter((t) => !claimed.some((c) => t.start < c.end && c.start < t.end));
    if (unclaimed.length < before.titles.length) { before.titles = unclaimed; before.start = unclaimed[0]?.start ?? n.start; }
    // a title never holds another person's name ("Chủ tịch nước A, Chủ tịch Quốc hội B")
    const lastOtherEnd = Math.max(-1, ...names.filter((o) => o.end <= n.start).map((o) => o.end));
    before.titles = before.titles.filter((t) => t.start >= lastOtherEnd);
    if (before.titles.length) before.start = Math.min(before.start, before.titles[0]!.start);
    else if (lastOtherEnd > before.start) before.start = Math.max(before.start, lastOtherEnd);
    // personal-aside-before-post: "ông A (sinh năm 1955), nguyên Chủ tịch UBND tỉnh B", "bà C (45 tuổi),
    // Giám đốc Sở D": the post follows the bracketed birth date or age
    const aside = PERSONAL_ASIDE.exec(s.slice(n.end));
    const afterFrom = aside ? n.end + aside[0].length : n.end;
    const after = titlesAfter(s, f, afterFrom, nameStarts);
    if (aside && after.titles.length === 0) after.end = n.end;
    const taken = postTakenUp(s, f, Math.max(after.end, n.end), nameStarts, f.slice(Math.max(0, before.start - 60), before.start));
    if (taken) after.titles.push(taken);
    const lead = f.slice(Math.max(0, n.start - 14), n.start);
    if (before.titles.length === 0 && !before.honorific && NOT_PERSON_BEFORE.test(lead)) continue;
    out.push({
      name: n.name,
      start: n.start,
      end: n.end,
      extentStart: before.start,
      extentEnd: Math.max(after.end, n.end),
      titles: [...before.titles, ...after.titles].flatMap((t) => splitConcurrentPosts(s, f, t)),
      honorific: before.honorific,
      form: 'name',
    });
  }
  // "các đồng chí trong Ban Thường vụ: A, B và C": names listed after a header that calls them
  // "đồng chí" are people, each of them
  let listed = false;
  for (let i = 0; i < out.length; i++) {
    const cur = out[i]!;
    const prev = out[i - 1];
    if (prev && listed && /^\s*(,|và)\s*$/u.test(s.slice(prev.extentEnd, cur.extentStart))) { cur.honorific = true; continue; }
    listed = LISTED_PEOPLE_HEADER.test(s.slice(Math.max(0, cur.extentStart - 100), cur.extentStart));
    if (listed) cur.honorific = true;
  }
  // a title heading a list is shared by the names that follow it: "các Phó Thủ tướng: A, B và C";
  // items that carry their own titles are ";"-separated ("các đồng chí Ủy viên Trung ương Đảng: A,
  // Bộ trưởng …; B, Chủ nhiệm …"), and the header's title is shared by each of them too
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    const shared = prev.titles.find((t) => t.shared);
    if (!shared || cur.titles.some((t) => t.shared)) continue;
    const gap = s.slice(prev.extentEnd, cur.extentStart);
    // (an item that opens with its own "đồng chí" or title is outside the header's list)
    // shared-title-after-titled-item: "các đồng chí Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C" —
    // after an item with its own title, the untitled names of the next ";" item are listed under the header too
    const afterTitledItem = /^\s*;\s*(?:và\s+)?$/u.test(gap) && prev.titles.length > 1 && cur.extentStart === cur.start;
    const sameList = afterTitledItem || cur.titles.length === 0 && /^\s*(,|và)\s*$/u.test(gap);
    if (sameList) {
      cur.titles.push({ ...shared });
      cur.honorific = true;
    }
  }
  return out;
}

/** "ông Tuấn", "Bà Nikishina": an honorific followed by one capitalised word. */
export function findShortMentions(s: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of shortFormMatches(s)) {
    const word = m[2]!;
    const start = m.index + m[1]!.length + 1;
    if (taken.some((t) => start >= t.extentStart && start < t.extentEnd)) continue;
    if (SURNAMES.has(fold(word)) || PLACES.has(fold(word))) continue;
    out.push({
      name: word, start, end: start + word.length, extentStart: m.index, extentEnd: start + word.length,
      titles: [], honorific: true, form: 'short',
    });
  }
  return out;
}

/** "Ban " right before a post (folded text): the post names a board ("Ban Bí thư", "Ban Giám đốc"). */
const BOARD_BEFORE_POST = /(?:^|[\s("“])ban\s+$/u;

/** A title with no name ("Thủ tướng", "Chủ tịch UBND TP") used to refer to its holder. */
export function findTitleMentions(s: string, taken: readonly Mention[]): Mention[] {
  const f = foldKeepOffsets(s);
  const out: Mention[] = [];
  let next = 0;
  for (const i of wordInitialCapitals(s)) {
    if (i < next) continue;
    if (taken.some((t) => i >= t.extentStart && i < t.extentEnd)) continue;
    const len = roleAt(s, f, i, false);
    if (len === 0) continue;
    const e = titleEnd(s, f, i + len, new Set());
    const lead = f.slice(Math.max(0, i - 12), i);
    // office-named-for-its-head: "Văn phòng Chủ tịch nước chủ trì tổ chức …" names the office, not the President
    if (/(\d|các|những|của|với|cho|văn phòng)\s*$/u.test(lead)) { next = e; continue; }
    // board-named-for-its-members: "Ban Bí thư Trung ương Đoàn mong muốn …", "Ban Giám đốc Bệnh viện cho biết …" —
    // "Ban" before a post names the collective board (the Secretariat, the board of directors), not one holder,
    // when the board is the subject of what follows (in a list of those present, "… còn có Ban Giám đốc Công an
    // tỉnh, …", it still stands for the holders, who were there)
    if (BOARD_BEFORE_POST.test(lead) && /^\s+\p{Ll}/u.test(s.slice(e, e + 3))) { next = e; continue; }
    out.push({
      name: '', start: i, end: e, extentStart: i, extentEnd: e,
      titles: [{ text: s.slice(i, e), start: i, end: e, former: false }], honorific: false, form: 'title',
    });
    next = e;
  }
  return out;
}
