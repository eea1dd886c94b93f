/**
 * Meeting dates: "Chiều 6/2", "Sáng ngày 5/1", "ngày 27/4/2024", "Ngày 10-2", "Ngày 3.7",
 * "Chiều nay (8/6)", "Sáng ngày 05 tháng 09 năm 2025"; the year from the publication date, else from the text when it is
 * justified ("tháng 2/2017", "triển khai nhiệm vụ năm 2023"), else a partial `--MM-DD`.
 */

import { MEETING_KINDS } from './lexicon.js';
import { alternation } from './text.js';

/**
 * held-on-day: "Hội nghị … được tổ chức tại tỉnh X vào ngày 23/3", "diễn ra vào ngày 5/6" — "vào"
 * after the clause's verb of taking place gives the event's day, not a deadline ("hoàn thành vào …").
 */
const HELD_BEFORE_VAO = /(?<![\p{L}])(?:tổ chức|diễn ra|khai mạc|họp|nhóm họp)(?![\p{L}])[^.;:!?“”"()]{0,50}?(?<![\p{L}])vào\s*$/iu;
/** An earlier meeting the text compares with ("so với hội nghị lần đầu tiên diễn ra vào ngày …"). */
const EARLIER_MEETING = /(?<![\p{L}])(?:so với|lần đầu(?: tiên)?|lần trước|trước đó)(?![\p{L}])/iu;
/**
 * held-at-meeting-on-day: "… ý kiến chỉ đạo của ông A tại Hội nghị sơ kết công tác 6 tháng đầu năm vào ngày 10/7" — "vào"
 * closing the phrase of a meeting something was said "tại" gives that meeting's day, unless a deadline's words
 * ("phải", "hoàn thành", "trình", "gửi" …) stand between ("tại hội nghị, các sở phải báo cáo vào ngày 30/7").
 */
const AT_MEETING_BEFORE_VAO = new RegExp(`(?<![\\p{L}])tại\\s+(?:${alternation(MEETING_KINDS, 'as-written')})(?![\\p{L}])[^.:!?]{0,200}?(?<![\\p{L}])vào\\s*(?:ngày\\s*)?$`, 'iu');
const DEADLINE_WORDS = /(?<![\p{L}])(?:phải|cần|hoàn thành|xong|trình|gửi|nộp|hạn|chậm nhất|kết thúc|sẽ|dự kiến)(?![\p{L}])/iu;
function heldOn(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 80), at);
  if (HELD_BEFORE_VAO.test(lead) && !EARLIER_MEETING.test(lead)) return true;
  const far = text.slice(Math.max(0, at - 260), at);
  const m = AT_MEETING_BEFORE_VAO.exec(far);
  return m !== null && !DEADLINE_WORDS.test(m[0]) && !EARLIER_MEETING.test(m[0]);
}

/** A day-month date found in a sentence. */
export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  timeOfDay: 'morning' | 'noon' | 'afternoon' | 'evening' | null;
  start: number;
  end: number;
  /** True when introduced by "trước/sau/đến/từ/hạn" (a deadline, not an event date). */
  deadline: boolean;
}

const TIME_WORDS: Record<string, DateMention['timeOfDay']> = {
  'sáng': 'morning', 'trưa': 'noon', 'chiều': 'afternoon', 'tối': 'evening', 'đêm': 'evening',
};

/**
 * time-word-glued-to-day: "Sáng7/6", "Chiều17-9" — a time word written without its space still opens the date;
 * dash-with-spaces: "Ngày 17 – 9", "Sáng 5 – 7 – 2017" — an en dash between day and month, as a hyphen is.
 */
const DATE_RE = /(?:(sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay\s*,?\s*)?(?:hôm nay\s*,?\s*)?(?:qua\s*,?\s*)?|(?=\d)))?(?:(ngày|hôm nay|hôm qua|hôm)\s+)?\(?(\d{1,2})\s*([/.\-–])\s*(\d{1,2})(?:\s*\4\s*(\d{4}))?\)?(?![\d/.\-–]*\d)/giu;
/** A unit after "8 – 9" ("sáng 8 – 9 giờ", "tăng 5-7%"): a span of hours or amounts, not a day and month. */
const UNIT_AFTER = /^\s*(?:giờ|h|tiếng|phút|độ|%)(?![\p{L}])/iu;

/** The written-out form "ngày 05 tháng 09 năm 2025", "Sáng 5 tháng 9": after "ngày" or a time word. */
const LONG_DATE_RE = /(?:(sáng|trưa|chiều|tối|đêm)\s+(?:nay\s*)?(?:(ngày)\s+)?|(ngày)\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?![\d/.-]*\d)/giu;

function findLongDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(LONG_DATE_RE)) {
    const day = Number(m[4]);
    const month = Number(m[5]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
    const year = m[6] ? Number(m[6]) : null;
    if (year !== null && year < 1990) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
    const tod = m[1] ? TIME_WORDS[m[1].toLowerCase()] ?? null : null;
    const deadline = /(trước|sau|đến|từ|hạn|tới|cuối|đầu|vào)\s*$/u.test(before) && !m[1] && !heldOn(text, m.index);
    out.push({ day, month, year, timeOfDay: tod, start: m.index, end: m.index + m[0].length, deadline });
  }
  return out;
}

/**
 * multi-day-span-first-day: a meeting over several days is dated by its first — "Trong hai ngày 6 và
 * 7/2", "Trong 2 ngày 6-7/2", "Ngày 6 - 7/2", "từ ngày 6 đến 8/2" (the last only opening the sentence
 * or where the sentence says the meeting takes place: "Hội nghị diễn ra từ ngày 6 đến 8/2").
 */
const SPAN_RE = /(?:(sáng|trưa|chiều|tối)\s+)?(?:(trong\s+(?:hai|ba|2|3)\s+ngày\s+|(?:hai|ba|2|3)\s+ngày\s+|ngày\s+)|(từ\s+(?:ngày\s+)?))(\d{1,2})\s*(?:và|,|-|–|đến|tới)\s*(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\6\s*(\d{4}))?(?![\d/.-]*\d)/giu;

/**
 * span-then-meeting-held: "Thực hiện Chương trình làm việc toàn khóa, từ ngày 5-5 đến 10-5-2017, tại Hà Nội, Hội nghị
 * lần thứ năm … đã họp", "Theo kế hoạch, từ ngày 6 đến 8/2, Hội nghị … diễn ra" — a range opening a clause, the
 * meeting then said to sit in the same sentence, is the meeting's span.
 */
const MEETING_HELD_AFTER = new RegExp(`^[^.;!?]{0,120}?(?<![\\p{L}])(?:${alternation(MEETING_KINDS, 'as-written')})(?![\\p{L}])[^.;!?]{0,120}?(?<![\\p{L}])(?:đã họp|họp|diễn ra|được tổ chức|khai mạc)(?![\\p{L}])`, 'iu');

/**
 * True when a range whose "từ" stands at `at` opens the sentence or follows "diễn ra", "tổ chức", "họp", "khai mạc",
 * or opens a clause of a sentence that then says the meeting sits (span-then-meeting-held).
 */
function spanOfMeeting(text: string, at: number): boolean {
  const lead = text.slice(0, at);
  if (lead.trim() === '' || /(?<![\p{L}])(?:diễn ra|tổ chức|họp|khai mạc)\s*(?:\p{L}+\s+){0,3}$/iu.test(lead.slice(-40))) return true;
  return /,\s*$/u.test(lead) && MEETING_HELD_AFTER.test(text.slice(at, at + 260));
}

function findSpans(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(SPAN_RE)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
    const first = Number(m[4]);
    const last = Number(m[5]);
    const month = Number(m[7]);
    if (first < 1 || last > 31 || first >= last || month < 1 || month > 12) continue;
    // a dash or dot between day and month reads as a date after "ngày" ("ngày 6-7/2", "từ ngày 27 đến ngày 30-6-2017")
    if (m[6] !== '/' && !m[2] && !/ngày/iu.test(m[3] ?? '')) continue;
    // "từ ngày 6 đến 8/2" is the meeting's own span only when the sentence says it takes place then
    if (m[3] && !spanOfMeeting(text, m.index)) continue;
    const year = m[8] ? Number(m[8]) : null;
    const tod = m[1] ? TIME_WORDS[m[1].toLowerCase()] ?? null : null;
    out.push({ day: first, month, year, timeOfDay: tod, start: m.index, end: m.index + m[0].length, deadline: false });
  }
  return out;
}

/** What precedes "ngày" in a document's reference: its number ("số 12/2017/NĐ-CP", "2551/QĐ-TTg") or its signing ("ký", "ban hành"). */
const DOCUMENT_BEFORE = /(?:(?<![\p{L}])số\s+\d[\p{L}\d/.-]*|\d+\/[\p{Lu}Đ][\p{L}\d/.-]*|(?<![\p{L}])(?:ký|ban hành|có hiệu lực từ))\s*,?\s*$/u;

/**
 * document-date: "Quyết định số 2551/QĐ-TTg ngày 30/12/2016", "Chỉ thị 24 vừa ban hành ngày 2/6" — the
 * date a paper was numbered or signed is not the day of a meeting. True for such a mention of `text`.
 */
export function isDocumentDate(text: string, d: DateMention): boolean {
  return /^ngày\s/iu.test(text.slice(d.start, d.end)) && DOCUMENT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start));
}

/**
 * A day of the week ending the text before a date ("thứ hai" … "thứ bảy", "chủ nhật"), lower-cased, an
 * optional comma after it; after a time word, "ngày", "hôm", "vào" or a clause's start ("lần thứ hai" is
 * an ordinal).
 */
const WEEKDAY_BEFORE = /(?:^|[,;:(]\s*|(?<![\p{L}])(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|vào)\s+)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*$/u;

/** A digit: what every date pattern ({@link DATE_RE}, {@link LONG_DATE_RE}, {@link SPAN_RE}) needs for its day. */
const HAS_DIGIT = /\d/;

/** Every day-month date in `text` that reads as a calendar date ("6/2", "ngày 5 tháng 9 năm 2025"). */
export function findDates(text: string): DateMention[] {
  // every form holds a day number: a sentence without a digit is not scanned
  if (!HAS_DIGIT.test(text)) return [];
  const spans = findSpans(text);
  const out: DateMention[] = [...findLongDates(text), ...spans];
  const inSpan = (at: number): boolean => spans.some((x) => at >= x.start && at < x.end);
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text)) !== null) {
    const day = Number(m[3]);
    const month = Number(m[5]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (inSpan(m.index + m[0].indexOf(m[3]!))) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
    if (/[\p{L}\p{N}/]$/u.test(before) && !/\s$/u.test(before)) continue;
    // a number right before ("từ 2 7/2") is a count, unless a time word opens the date: "tại Q.2 sáng 7.2"
    if (/(số|nghị định|quyết định|thông tư|tỷ lệ)\s*$/u.test(before) || (!m[1] && /\d\s*$/u.test(before))) continue;
    const sep = m[4];
    // "3.7" or "5-1" must be introduced by a time word or "ngày" to be a date
    // weekday-before-date: a day of the week introduces it too ("Chiều Chủ nhật 28-5", "tối thứ Bảy 3.6")
    if (sep !== '/' && !m[1] && !m[2] && !/\(\s*$/u.test(before) && !WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index).toLowerCase())) continue;
    // (an en dash after a bracket alone, "(5 – 7 tỷ)", is an amount range: it needs a time word or "ngày")
    if (sep === '–' && !m[1] && !m[2] && !WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index).toLowerCase())) continue;
    if (sep !== '/' && UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const year = m[6] ? Number(m[6]) : null;
    // an anniversary in brackets ("(21/6/1925 - 21/6/2017)") or a historical date is not an event date
    if (year !== null && year < 1990) continue;
    if (/^\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u.test(text.slice(m.index + m[0].length))) continue;
    // … and its closing date ("(27/2/1955 – 27/2/2022)": the anniversary, not the event's day)
    if (/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[-–]\s*\(?$/u.test(before)) continue;
    const tod = m[1] ? TIME_WORDS[m[1].toLowerCase()] ?? null : null;
    // range-of-dates-first-day: "Từ ngày 5-5 đến 10-5-2017, …", "Hội nghị diễn ra từ ngày 6/2 đến ngày
    // 8/2": the first date of a range that opens the sentence or says when the meeting takes place is the
    // meeting's first day, no deadline
    const from = /(?<![\p{L}])từ\s*$/u.exec(before);
    const rangeStart = from !== null && /^\s*(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/u.test(text.slice(m.index + m[0].length)) &&
      spanOfMeeting(text, m.index - before.length + from.index);
    const deadline = /(trước|sau|đến|từ|hạn|tới|cuối|đầu|vào)\s*$/u.test(before) && !m[1] && !rangeStart && !heldOn(text, m.index);
    out.push({ day, month, year, timeOfDay: tod, start: m.index, end: m.index + m[0].length, deadline });
  }
  return out.sort((a, b) => a.start - b.start);
}

const NAMED_YEAR_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(MEETING_KINDS, 'as-written')})(?![\\p{L}])[^.;:\\n"“”]{0,60}?(?<![\\p{L}])năm\\s+((?:19|20)\\d{2})(?!\\d)(?!\\s*[-–]\\s*\\d)`, 'giu');

/** A meeting word, then its name up to the text's end in the same clause ("Đại hội Đảng lần thứ XII "). */
const MEETING_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(MEETING_KINDS, 'as-written')})(?![\\p{L}])[^.;:,\\n"“”]{0,60}$`, 'iu');

const NAMED_MONTH_RE = new RegExp(`(?<![\\p{L}])(?:phiên họp|phiên|cuộc họp|họp|giao ban)\\s+(?:chính phủ\\s+|ubnd\\s+|thành viên\\s+)?(?:thường kỳ|thường lệ|định kỳ)\\s+tháng\\s+(\\d{1,2})\\s*[/-]\\s*((?:19|20)\\d{2})(?!\\d)`, 'giu');

/** `YYYY-MM-DD`, or `--MM-DD` without a year. */
export function formatDate(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

/** The year of a meeting on `month`, from an ISO publication date: the latest year not after it. */
export function yearFromPublished(published: string, month: number, day: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const pm = Number(m[2]);
  const pd = Number(m[3]);
  if (month < pm || (month === pm && day <= pd)) return y;
  // a meeting dated later in the year than publication: the previous year, unless it is
  // only days ahead (announced meetings) — then the same year
  if (month - pm <= 1 && month >= pm) return y;
  return y - 1;
}

/** A clause, up to its end, that tells a past step of a career ("đã trúng cử", "được bổ nhiệm", "nhậm chức"). */
const PAST_CAREER_CLAUSE = /(?<![\p{L}])(?:đã|từng|được)(?:\s+[\p{L}]+){0,3}?\s+(?:ứng cử|trúng cử|bầu|bổ nhiệm|nhậm chức|đảm nhiệm|nghỉ hưu|điều động|luân chuyển)(?![\p{L}])[^.;:!?]*$/iu;

/** A full date with a 4-digit year ("6/2/2017", "6-2-2017", "6.2.2017"); groups: day, separator, month, year. */
const FULL_DATE_WITH_YEAR = /(?=\d)(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)/gu;
/** The same, not the start of a range ("6/2/2017 - …"). */
const FULL_DATE_WITH_YEAR_NOT_RANGE = /(?=\d)(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/gu;

/**
 * A year the text justifies for a meeting on `month`: a full date or "tháng M/YYYY" in the
 * same or a neighbouring month, or a plan for the year ("nhiệm vụ … năm 2023", "6 tháng đầu
 * năm 2017", "đến hết năm 2017"). Null when nothing tells.
 */
export function yearFromText(text: string, month: number, day?: number): number | null {
  // (asked again for the same text, month after month, by the meeting's date rules: remembered for the
  // last text; the text is rebuilt for each ask, so it is compared by value)
  if (text !== yearsText) { yearsText = text; yearsByMonth.clear(); }
  const key = `${month}/${day ?? ''}`;
  const hit = yearsByMonth.get(key);
  if (hit !== undefined) return hit;
  const year = yearFromTextUncached(text, month, day);
  yearsByMonth.set(key, year);
  return year;
}
let yearsText: string | null = null;
const yearsByMonth = new Map<string, number | null>();

/**
 * later-day-same-month: "Ngày 18/6/2007, Bộ Quốc phòng đã ra quyết định …" in the report of a meeting of 12/6 —
 * a full date later in the meeting's month lies ahead of it in its year, so unless the text looks ahead to
 * it ("sẽ", "dự kiến", "trước", "đến", "hạn") it is a date of another year.
 */
const LOOKS_AHEAD = /(?<![\p{L}])(?:sẽ|dự kiến|trước|đến|tới|hạn|chậm nhất|kế hoạch|vào)(?![\p{L}])[^.;!?]{0,40}$/iu;
/** A law or paper passed, signed or issued on the date ("được Quốc hội thông qua ngày 9/6/2015"): its own day, not the meeting's. */
const ENACTED_ON = /(?<![\p{L}])(?:thông qua|ký|ban hành)\s*(?:vào\s+)?(?:ngày\s*)?$/iu;
/** A count as of a date ("đến hết ngày 31/12/2016, có 147 khuyến nghị …", "Đến cuối năm 2016, có 108 xã đạt …"): a past tally, no deadline. */
const TALLY_AFTER = /^\s*,?\s*(?:(?:toàn|cả)\s+[^,.;]{1,40}?\s+)?(?:có|đã|đạt|mới có)\s/iu;
/** A past act or result told before "trong năm Y" ("những việc đã làm tốt trong năm 2016", "đạt 1,8 tỷ USD trong năm 2016"). */
const PAST_ACT_BEFORE = /(?<![\p{L}])(?:đã|được|chưa|ghi nhận|đóng góp|đạt|kết quả|thành tích)(?![\p{L}])[^.;:!?\n]{0,50}$/iu;

/** Verbs of saying: what follows one is what was said. */
const SAYING = 'nhấn mạnh|khẳng định|cho rằng|nói|nêu';
/** A verb of saying. */
const STATEMENT_VERB = new RegExp(`(?<![\\p{L}])(?:${SAYING})(?![\\p{L}])`, 'u');
/** A verb of saying ending the text, then optionally a comma. */
const STATEMENT_VERB_ENDING = new RegExp(`(?<![\\p{L}])(?:${SAYING})\\s*,?\\s*$`, 'u');
/** A task or aim in the clause that follows ("…, Sở A phải xây dựng", "sẽ có", "cần"): what was said sets work for the year. */
const TASK_AFTER = /^[^.;!?\n]*?(?<![\p{L}])(?:phải|cần|sẽ|phấn đấu)(?![\p{L}])/iu;
/** What a review tells of, ending within 50 characters before a period ("tình hình …", "dự toán …", "kết quả …", "tổng kết …"). */
const REVIEWED_BEFORE = /(?<![\p{L}])(?:tình hình|dự toán|kết quả|tổng kết)(?![\p{L}])[^.;:!?\n]{0,50}$/iu;

/** "6 tháng đầu năm 2017", "sáu tháng đầu năm 2017", "9 tháng năm 2017": the first N months of a year; groups: N, year. */
const MONTHS_TO_DATE_RE = /(?<![\p{L}\d])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\s+(?:đầu\s+)?năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu;
const MONTH_COUNT_WORDS: Record<string, number> = { 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10 };

/**
 * A figure given for a period ("…, kim ngạch hai chiều … đạt 5,26 tỷ USD", "số nợ có giảm khoảng 7.500 tỷ"): a
 * verb of amount and a number after the period's phrase; a target ("phấn đấu đạt", "phải đạt") is none.
 */
const YEAR_FIGURE_AFTER = /^\s*,?\s*(?:(?:(?!phấn đấu|mục tiêu|phải|cần|sẽ)[^.;:\n]){0,60}?\s)?(?:là|đạt|chiếm|tăng|giảm)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d/u;
/** Words of aim before a period ("phấn đấu", "mục tiêu", "dự kiến", "sẽ", "phải"): what follows is a target, not a tally. */
const TARGET_BEFORE = /(?<![\p{L}])(?:phấn đấu|mục tiêu|dự kiến|kế hoạch|sẽ|phải|cần|yêu cầu|đề nghị)(?![\p{L}])[^.;\n]{0,30}$/iu;
/** not-until-quarter: "mãi đến quý 4/2016 mới về", "vốn đến quý 3/2014 mới được giải ngân" tell of a past delay, not a plan: true for such a period at [start, end) of `text`. */
function notUntil(text: string, start: number, end: number): boolean {
  return /(?<![\p{L}])mãi\s+(?:đến|tới)\s*$/iu.test(text.slice(Math.max(0, start - 12), start)) || /^\s*(?:mới|thì mới)(?![\p{L}])/iu.test(text.slice(end, end + 10));
}
/** A span of days with month and year ("08-11/7/2017", "5 đến 8/6/2018", "ngày 6 – 7.7.2017"); groups: first day, last day, separator, month, year. */
const DAY_SPAN_WITH_YEAR = /(?<![\d/.-])(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\3\s*((?:19|20)\d{2})(?!\d)/gu;
/** A paper numbered with its year ("Nghị quyết số 78/2014/QH13", "Quyết định 2551/QĐ-TTg"), then up to 80 characters of its clause. */
const DOCUMENT_NUMBER_BEFORE = /(?<![\p{L}])(?:Nghị quyết|Quyết định|Nghị định|Thông tư|Chỉ thị|Luật)\s+(?:số\s+)?\d+\/(?:(?:19|20)\d{2}\/)?[\p{Lu}Đ][^\s,;]*[^.;\n]{0,80}$/u;
/** A verb of completing a work ending the text ("phải hoàn thành", "đưa vào sử dụng", "khởi công"). */
const COMPLETION_BEFORE = /(?<![\p{L}])(?:hoàn thành|hoàn tất|xong|khởi công|thông xe|đưa vào (?:sử dụng|hoạt động|vận hành|khai thác))\s*$/iu;

/** A meeting preparing something ("chuẩn bị (cho)", "phương án tổ chức") ending the text. */
const PREPARES_BEFORE = /(?<![\p{L}])(?:chuẩn bị|phương án|kế hoạch)(?![\p{L}])[^.;:\n]{0,40}$/iu;
/** Words of an agenda for what is ahead: preparing, budgeting, planning, enrolling ("chuẩn bị", "dự toán", "kế hoạch", "tuyển sinh"). */
const AGENDA_FOR_COMING = /(?<![\p{L}])(?:chuẩn bị|dự toán|kế hoạch|tuyển sinh|phương án)(?![\p{L}])/iu;
/**
 * plan-for-coming-year: "Hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018" held on 28/12, "bàn
 * phương hướng, nhiệm vụ năm 2018" on 20/11 — a year's plan laid out ("triển khai", "phương hướng", "kế hoạch",
 * "dự toán", "chương trình công tác") at a meeting of the last quarter is the coming year's: the meeting is in the
 * year before. Groups: the year.
 */
const PLAN_LAID_OUT_RE = /(?<![\p{L}])(?:triển khai|phương hướng|kế hoạch|dự toán|chương trình công tác)(?![\p{L}])[^.;:\n\d]{0,40}?năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu;
/** Words of a plan laid out in a clause naming a year (see {@link PLAN_LAID_OUT_RE}). */
const PLAN_WORD = /(?<![\p{L}])(?:triển khai|phương hướng|kế hoạch|dự toán|chương trình công tác)(?![\p{L}])/iu;
/** A plan to finish, not to lay out: "hoàn thành (thắng lợi) kế hoạch năm 2017" at a meeting of November is this year's. */
const FINISH_BEFORE = /(?<![\p{L}])(?:hoàn thành|thắng lợi|về đích|vượt)(?![\p{L}])[^.;:\n]{0,20}$/iu;
/**
 * year-review-meeting: "Hội nghị tổng kết công tác năm 2017" held in November or December is in that year (one held
 * early in the next year is not dated by it: the text does not say which year the review falls in). Groups: the year.
 */
const YEAR_REVIEW_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(MEETING_KINDS, 'as-written')})\\s+tổng kết(?:\\s+(?:công tác|hoạt động|phong trào|nhiệm vụ|chương trình))?[^.;:\\n\\d]{0,30}?năm\\s+((?:19|20)\\d{2})(?!\\d)(?!\\s*[-–]\\s*\\d)`, 'giu');

function yearFromTextUncached(text: string, month: number, day?: number): number | null {
  const votes = new Map<number, number>();
  const vote = (y: number, w: number): void => { if (y >= 1990) votes.set(y, (votes.get(y) ?? 0) + w); };
  // plan-for-coming-year (see PLAN_LAID_OUT_RE): the plan's years, whose own votes below are skipped
  const comingPlan = new Set<number>();
  if (month >= 10) {
    for (const m of text.matchAll(PLAN_LAID_OUT_RE)) {
      if (FINISH_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      comingPlan.add(Number(m[1]));
    }
    for (const y of comingPlan) vote(y - 1, 2);
  }
  // year-review-meeting (see YEAR_REVIEW_RE)
  if (month >= 11) for (const m of text.matchAll(YEAR_REVIEW_RE)) vote(Number(m[1]), 2);
  for (const m of text.matchAll(FULL_DATE_WITH_YEAR)) {
    const mm = Number(m[3]);
    // anniversary-range: "kỷ niệm 10 năm (6/7/2007 - 6/7/2017)" — the start is history; the end, this
    // year's anniversary the meeting is held for, dates it
    const range = /^\s*[-–]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/u.exec(text.slice(m.index + m[0].length));
    if (range) {
      if (Number(range[2]) === month && /kỷ niệm[^.;\n]{0,120}$/iu.test(text.slice(Math.max(0, m.index - 120), m.index))) vote(Number(range[3]), 2);
      continue;
    }
    if (/(?:19|20)\d{2}\s*[-–]\s*$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "Luật có hiệu lực từ ngày 1/7/2018": a start in force, which may be a year off
    if (/(?:(?<![\p{L}])từ|hiệu lực(?:\s+thi hành)?)\s*(?:ngày\s*)?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // career-event-month: "được bổ nhiệm làm Giám đốc Sở từ ngày 2/6/2015" dates a career, not the meeting
    if (PAST_CAREER_CLAUSE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    if (ENACTED_ON.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (mm === month && day !== undefined && Number(m[1]) > day && !LOOKS_AHEAD.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (mm === month) vote(Number(m[4]), 2);
  }
  // span-covers-day: "thăm chính thức Hà Lan từ ngày 08-11/7/2017", "diễn ra từ ngày 5 đến 8/6/2018" — a span of days
  // written with its year that holds the meeting's day gives that year
  if (day !== undefined) {
    for (const m of text.matchAll(DAY_SPAN_WITH_YEAR)) {
      if (Number(m[4]) === month && Number(m[1]) <= day && day <= Number(m[2]) && Number(m[1]) < Number(m[2])) vote(Number(m[5]), 2);
    }
  }
  // coming-day-written-in-full: "vào 0h ngày 11/2 tới" at the meeting, "từ 11/2/2017" elsewhere — the
  // coming day the meeting prepares for, written once with its year, is in the meeting's year or the next
  // month of it
  const coming = new Set([...text.matchAll(/(?<![\p{L}])ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s+tới(?![\p{L}])/giu)]
    .filter((m) => Number(m[2]) - month >= 0 && Number(m[2]) - month <= 1).map((m) => `${Number(m[1])}/${Number(m[2])}`));
  if (coming.size) {
    for (const m of text.matchAll(FULL_DATE_WITH_YEAR)) {
      if (coming.has(`${Number(m[1])}/${Number(m[3])}`)) vote(Number(m[4]), 2);
    }
  }
  // exam-of-the-year: "điểm thi THPT quốc gia 2017", "kỳ thi THPT quốc gia năm 2017" — the national
  // exam of year Y sits in June Y, and the meetings preparing it or its results fall in Y up to August
  // (after June, a meeting preparing an exam — "chuẩn bị cho kỳ thi THPT quốc gia năm 2018" in July — prepares next year's)
  if (month <= 8) {
    for (const m of text.matchAll(/(?<![\p{L}])thi\s+(?:THPT|trung học phổ thông)(?:\s+[Qq]uốc gia)?(?:\s+năm)?\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/gu)) {
      if (month >= 7 && PREPARES_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      vote(Number(m[1]), 1);
    }
  }
  // a deadline or a coming event a few months after the meeting ("đến 31/10/2017", "trước ngày
  // 15/7/2017", "dự kiến tổ chức vào ngày 25/6/2017") is in the meeting's year
  for (const m of text.matchAll(FULL_DATE_WITH_YEAR_NOT_RANGE)) {
    // deadline-across-new-year: "trước ngày 15/1/2018" set at a meeting of 20/12 lies in the next year — the meeting
    // is in the year before
    const wraps = Number(m[3]) < month;
    const ahead = Number(m[3]) - month + (wraps ? 12 : 0);
    if (ahead < 1 || ahead > 6) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    // "tính đến 30/11/2016" is a past tally (as of), not a deadline
    if (/tính\s+(?:đến|tới)\s*(?:hết\s+)?(?:ngày\s*)?$/u.test(lead)) continue;
    if (TALLY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    if (/(?:đến|trước|hạn|chậm nhất|xong|hoàn thành|dự kiến|sẽ)[^.;]{0,30}$/u.test(lead)) vote(Number(m[4]) - (wraps ? 1 : 0), 1);
  }
  // periods of the meeting's own year: "6 tháng cuối năm 2017" (from mid-year), "những tháng còn
  // lại của năm 2017", "quý 3/2017" (this or a later quarter)
  for (const m of text.matchAll(/(?:6|sáu)\s+tháng\s+cuối\s+năm\s+((?:19|20)\d{2})(?!\d)/giu)) {
    if (month >= 5) vote(Number(m[1]), 1);
  }
  for (const m of text.matchAll(/tháng\s+(?:còn lại|cuối)\s+(?:của\s+)?năm\s+((?:19|20)\d{2})(?!\d)/giu)) vote(Number(m[1]), 1);
  for (const m of text.matchAll(/quý\s+(\d|I{1,3}|IV)\s*(?:\/|năm)\s*((?:19|20)\d{2})(?!\d)/giu)) {
    const q = /^\d$/u.test(m[1]!) ? Number(m[1]) : ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[m[1]!.toUpperCase()] ?? 0;
    const ahead0 = q - Math.ceil(month / 3);
    // planned-start-quarter: "Bộ đề xuất sẽ chuyển giao … từ quý I/2017" at a meeting of February — a
    // proposal or plan that starts in the meeting's quarter or the next is on its agenda, so in its year
    if (/(?<![\p{L}])từ\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)) && ahead0 >= 0 && ahead0 <= 1
      && !/^[^.;\n]{0,12}?(?:đến|tới)(?![\p{L}])/u.test(text.slice(m.index + m[0].length))
      && /(?<![\p{L}])(?:sẽ|đề xuất|dự kiến|kế hoạch|lộ trình)(?![\p{L}])[^.;\n]{0,200}$/iu.test(text.slice(Math.max(0, m.index - 200), m.index))) {
      vote(Number(m[2]), 1);
      continue;
    }
    // "từ quý I/2017" is a starting point, like "từ tháng 5/2013": it does not date the meeting
    if (/(?:từ|trước|sau)\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // a quarter counts as the meeting's plan only when the text plans in it ("trong quý 3/2019",
    // "đến hết quý III/2017"); "Khảo sát … Quý IV/2016" is a past figure
    if (!/(?:trong|hết|đến|ngay)\s*$/iu.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (notUntil(text, m.index, m.index + m[0].length)) continue;
    const ahead = q - Math.ceil(month / 3);
    if (ahead >= 0 && ahead <= 2) vote(Number(m[2]), 1);
  }
  for (const m of text.matchAll(/tháng\s+(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})(?!\d)/giu)) {
    const mm = Number(m[1]);
    // a past or bounding reference ("từ tháng 5/2013", "trước thời điểm tháng 7/2011") does not date the meeting
    const lead = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
    if (/(?:từ|trước|sau|là|đến|cuối|đầu|thời điểm|hồi|vào|năm)\s*$/u.test(lead)) continue;
    // career-event-month: "ông đã ứng cử và trúng cử đại biểu Quốc hội trong tháng 5/2016", "được bầu
    // làm Chủ tịch tháng 4/2016" — a post taken, a past step of someone's career, dates no meeting
    if (PAST_CAREER_CLAUSE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    if (mm === month || mm === month + 1) vote(Number(m[2]), 2);
  }
  // aim-and-year-in-other-clauses: "Thực hiện mục tiêu ASXH, năm 2016, NHCSXH đã giải ngân …" — no comma between the plan
  // word and the year: a year after a comma opens a clause of its own (a past result), it is not the plan's
  for (const m of text.matchAll(/(nhiệm vụ|trọng tâm|kế hoạch|phương hướng|phương án|giải pháp|mục tiêu|đầu năm|tháng đầu năm|đến hết năm|đến cuối năm|trong năm|chương trình công tác)[^.;,\n]{0,40}?năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu)) {
    const clause = m[0].toLowerCase();
    if (comingPlan.has(Number(m[2])) && PLAN_WORD.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
    // "so với kế hoạch năm 2016": a benchmark the figures are compared with, not the meeting's year
    if (/so\s+với\s*$/u.test(text.slice(Math.max(0, m.index - 10), m.index).toLowerCase())) continue;
    // compared-period: "kể từ đầu năm đã giảm 25% so với cùng kỳ năm 2016" — the year is the benchmark's
    if (/(?<![\p{L}])(?:so với|cùng kỳ)\s*$/u.test(clause.slice(0, clause.lastIndexOf('năm')))) continue;
    // document-content-year: "Nghị quyết số 78/2014/QH13 về quyết định nhiệm vụ thu, chi ngân sách năm 2015" — the
    // year a numbered paper of an earlier year plans for is that paper's business, not the meeting's
    if (DOCUMENT_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "đến hết năm 2020, từ năm 2021 …": the year belongs to the phrase it follows, not a later one
    if (/(?:19|20)\d{2}/u.test(clause.slice(m[1]!.length, clause.lastIndexOf('năm')))) continue;
    // plans ("kế hoạch", "phương án") made later in the year are for the next year: only an
    // early-year meeting plans its own year
    if (/^(kế hoạch|phương hướng|phương án)/u.test(clause) && month > 3) continue;
    if (/(nhiệm kỳ|giai đoạn)\s*$/u.test(clause.slice(0, clause.lastIndexOf('năm')))) continue;
    if (/(tổng kết|kết quả|đã|qua)\s/u.test(clause.slice(0, clause.indexOf('năm')))) continue;
    // year-task-review: "tình hình thực hiện nhiệm vụ năm 2016", "biểu dương … trong thực hiện nhiệm vụ năm 2016"
    // at a meeting of the first half-year reviews the whole past year (a plan is "triển khai (thực hiện) nhiệm vụ …")
    if (month <= 6 && /^nhiệm vụ\s+năm/u.test(clause) && /(?<![\p{L}])(?:tình hình|kết quả|trong|quá trình)\s+thực hiện\s*$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // targets "đến năm 2020" and anniversaries do not date the meeting
    // (and "trước năm 2025", "đạt 2 tỷ USD vào năm 2021", "ở năm 2025": a horizon the target is set at)
    // target-by-year-end: "phải đạt mục tiêu hết năm 2018 xử lý căn bản …" — a goal for the end of a year is a horizon too
    if (/(?:đến|tới|trước|vào|ở|sau)\s*$/u.test(clause.slice(0, clause.lastIndexOf('năm'))) || /kỷ niệm/u.test(clause)) continue;
    if (/^mục tiêu(?![\p{L}])/u.test(clause) && /(?<![\p{L}])(?:hết|cuối)\s*$/u.test(clause.slice(0, clause.lastIndexOf('năm')))) continue;
    vote(Number(m[2]), 1);
  }
  // months-to-date-tally: "6 tháng đầu năm 2017" reported at a meeting of June to August — the first months of
  // the year just ended or ending are the meeting's year ("sơ kết 6 tháng đầu năm", "trong 6 tháng đầu năm 2017,
  // sản lượng đạt …"); one compared with ("so với 6 tháng đầu năm 2016", "cùng kỳ") is a past year's
  const toDate = new Set<number>();
  for (const m of text.matchAll(MONTHS_TO_DATE_RE)) {
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : MONTH_COUNT_WORDS[m[1]!.toLowerCase()] ?? 0;
    if (month < n || month > n + 2) continue;
    if (/(?<![\p{L}])(?:so với|cùng kỳ|bằng|như)(?:\s+(?:cùng kỳ|với))?\s*(?:của\s+)?$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    toDate.add(m.index + m[0].indexOf('tháng'));
    vote(Number(m[2]), 2);
  }
  // the end of a period ("giai đoạn 2016 - 2020") is a horizon: "đến hết năm 2020" then targets it
  const rangeEnds = new Set([...text.matchAll(/(?<![\d/])(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])));
  for (const m of text.matchAll(/(?:đến hết|đến cuối|tháng đầu|trong|từ đầu|đầu)\s+năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu)) {
    if (/^đến/iu.test(m[0]) && rangeEnds.has(Number(m[1]))) continue;
    if (toDate.has(m.index)) continue;
    // compared-period: "tăng 12% so với 6 tháng đầu năm 2016", "so với cùng kỳ năm 2016" — the benchmark is a past period
    if (/(?<![\p{L}])(?:so với|cùng kỳ)(?:\s+(?:cùng kỳ|\d{1,2}|hai|ba|sáu|chín))?\s*$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // year-end-tally: "Đến cuối năm 2016, có 108/127 xã … đạt chuẩn", "Tính đến hết năm 2016, toàn vùng có 908 HTX"
    if (/^đến/iu.test(m[0]) && (/(?<![\p{L}])tính\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)) || TALLY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
    // past-act-in-year: "những việc đã làm tốt trong năm 2016", "ghi nhận sự đóng góp của báo chí trong năm 2016"
    if (/^trong\s/iu.test(m[0]) && PAST_ACT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // year-reviewed-early-in-year: "làm việc … về tình hình kinh tế - xã hội trong năm 2016", "tổng dự toán thu ngân sách
    // trong năm 2016" at a meeting of January to March — the situation or accounts of a year told early in the next are
    // of the year just ended, not the meeting's (an aim, "sẽ cải thiện tình hình an toàn trong năm 2017", is no review)
    // (also one told right after a verb of saying, "Bộ trưởng nhấn mạnh trong năm 2016 làng báo có nhiều niềm vui", unless
    // a task is set for it: "cho rằng trong năm 2017 các sở phải …")
    if (month <= 3 && /^trong\s/iu.test(m[0]) && !TARGET_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
      (REVIEWED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) ||
        (STATEMENT_VERB_ENDING.test(text.slice(Math.max(0, m.index - 20), m.index)) && !TASK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))))) continue;
    // decades-past: "từ những năm 1990 và đầu năm 2000" is history
    if (/(?<![\p{L}])những năm\s+(?:19|20)\d{2}[^.;\n]{0,20}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // target-horizon: "dự kiến sẽ xong vào đầu năm 2019" — the start of a year set as a target lies ahead
    if (/(?<![\p{L}])(?:vào|dự kiến|sẽ|xong|hoàn thành|đưa vào)(?![\p{L}])[^.;\n]{0,30}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^đầu/iu.test(m[0])) continue;
    // extended-deadline: "cho phép kéo dài thời gian giao vốn đến hết năm 2018" — an extension runs past the meeting's year
    if (/^đến/iu.test(m[0]) && /(?<![\p{L}])(?:kéo dài|gia hạn|lùi|giãn)(?![\p{L}])[^.;\n]{0,80}$/iu.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // year-figure: "lợi nhuận mang lại trong năm 2016 là 68 triệu USD" — a figure the year gave is a past tally
    // (a whole year's: "5 tháng đầu năm 2017 đạt …" is a tally to date, of the meeting's year)
    // ("trong năm 2016, kim ngạch hai chiều … đạt 5,26 tỷ USD": the figure's subject may stand between; a target,
    // "phấn đấu đạt", "phải đạt", is no tally)
    if (/^trong\s/iu.test(m[0]) && YEAR_FIGURE_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // year-end-figure: "Đến cuối năm 2016 số nợ BHXH có giảm khoảng 7.500 tỷ đồng" — a figure as of a year's end,
    // not one aimed at ("phấn đấu đến cuối năm 2017 đạt 90%", "dự kiến đến hết năm 2017 …"), is a past tally
    if (/^đến/iu.test(m[0]) && YEAR_FIGURE_AFTER.test(text.slice(m.index + m[0].length)) && !TARGET_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // statistic-in-year: "Thống kê trong năm 2016, sản lượng hành khách …", "Tính trong năm 2016, …" — a count of a year
    if (/^trong\s/iu.test(m[0]) && /(?<![\p{L}])(?:thống kê|tính|tính riêng)\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // completion-within-year: "đường Vành đai 2 phải hoàn thành trong năm 2018", "đưa vào sử dụng trong năm 2018" —
    // the year a work is to be done by is a horizon, which may lie past the meeting's year
    if (/^trong\s/iu.test(m[0]) && COMPLETION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // start-of-year-point: "từ đầu năm 2016, TP đề xuất thay đổi quy hoạch" is a point that may lie years back;
    // only "từ đầu năm 2017 đến nay" counts the meeting's own year to date
    // meeting-held-early-in-year: "Đại hội Đảng lần thứ XII đầu năm 2016, …" — a meeting placed in a year's start is a past one
    if (/^đầu/iu.test(m[0]) && MEETING_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    if (/^từ đầu/iu.test(m[0]) && !/^[^.;\n]{0,80}?(?<![\p{L}])(?:đến|tới)\s+(?:nay|hiện nay|thời điểm này|giờ)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) continue;
    // "Trong năm 2021, tỉnh đã hoàn thành …": a past result, not the meeting's year
    if (/^[^.;\n]{0,60}?(?<![\p{L}])(?:đã|được)(?![\p{L}])/u.test(text.slice(m.index + m[0].length))) continue;
    // "trong năm 2016, số vụ tăng 2 lần so với cùng kỳ": a tally against the same period, a past figure
    if (/^[^.;\n]{0,100}?so với cùng kỳ/u.test(text.slice(m.index + m[0].length))) continue;
    // anniversary-year: "tổ chức kỷ niệm 45 năm quan hệ ngoại giao … trong năm 2018" is the year of a
    // celebration planned, not the meeting's
    if (/kỷ niệm[^.;\n]{0,120}$/iu.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    vote(Number(m[1]), 1);
  }
  // school-year-of-meeting: "năm học 2017 - 2018" runs from September to May — a meeting from September
  // on is in its first year, one before June in its second; in the summer between, a review of the year
  // ("tổng kết năm học 2016 - 2017") is in its second year and anything else (fees, enrolment) plans the coming one
  // this-and-coming-school-year: "sơ kết học kỳ 1 năm học 2016-2017" beside "tuyển sinh lớp 10 cho năm học 2017 - 2018" —
  // two school years in a row named together are the current one and the next (or the last and the current):
  // the meeting falls in the year they share
  const schoolYears = new Set([...text.matchAll(/(?<![\p{L}])năm học\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?!\d)/giu)].map((m) => Number(m[1])));
  const shared = [...schoolYears].filter((y) => schoolYears.has(y + 1));
  for (const y of shared) vote(y + 1, 2);
  for (const m of text.matchAll(/(?<![\p{L}])năm học\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/giu)) {
    const first = Number(m[1]);
    if (Number(m[2]) !== first + 1 || shared.length === 1) continue;
    const review = /(?<![\p{L}])(?:tổng kết|kết thúc|kết quả|qua|sơ kết)(?![\p{L}])[^.;\n]{0,30}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (month >= 9) vote(first, 1);
    else if (month <= 5) vote(first + 1, 1);
    else vote(review ? first + 1 : first, 1);
  }
  // next-year-plan: "xây dựng kế hoạch thanh tra năm 2018" at a meeting of the second half of 2017 — a plan
  // or budget drawn up late in a year is for the next one
  if (month >= 7) {
    for (const m of text.matchAll(/(?<![\p{L}])(?:xây dựng|lập|chuẩn bị|hoàn thiện|giao)\s+(?:kế hoạch|dự toán|chương trình công tác)[^.;:\n\d]{0,40}?năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu)) {
      vote(Number(m[1]) - 1, 1);
    }
  }
  // "sau 7 tháng FTA đi vào hoạt động" with "có hiệu lực từ ngày 5/10/2016": that date plus N months
  const after = [...text.matchAll(/sau\s+(\d{1,2})\s+tháng/giu)].map((m) => Number(m[1]));
  if (after.length) {
    for (const m of text.matchAll(FULL_DATE_WITH_YEAR)) {
      for (const n of after) {
        const target = Number(m[4]) * 12 + Number(m[3]) - 1 + n;
        const tm = (target % 12) + 1;
        const diff = Math.min(Math.abs(tm - month), 12 - Math.abs(tm - month));
        if (diff <= 1) {
          const y = Math.floor(target / 12) + (tm - month > 6 ? 1 : month - tm > 6 ? -1 : 0);
          vote(y, 1);
        }
      }
    }
  }
  // the meeting's own name carries the year: "Hội nghị Thủ tướng với doanh nghiệp lần thứ hai năm
  // 2017", "Kỳ họp thứ 4 năm 2023" (not a review of a past year: "hội nghị tổng kết công tác năm 2016")
  // named-month-session: "phiên họp thường kỳ tháng 1/2017 diễn ra hôm 3/2" — a session named for its month
  // is held in that month or early in the next
  for (const m of text.matchAll(NAMED_MONTH_RE)) {
    const named = Number(m[1]);
    if (named === month) vote(Number(m[2]), 2);
    else if (named % 12 === month - 1) vote(Number(m[2]) + (named === 12 ? 1 : 0), 2);
  }
  for (const m of text.matchAll(NAMED_YEAR_RE)) {
    const phrase = m[0].toLowerCase();
    if (comingPlan.has(Number(m[1])) && PLAN_WORD.test(phrase)) continue;
    // agenda-for-coming-year: "cuộc họp về dự toán ngân sách năm 2018", "cuộc họp chuẩn bị cho kỳ thi THPT quốc gia năm
    // 2018" in July — from mid-year, a year the meeting prepares or budgets for names what is ahead, not the meeting
    if (month >= 6 && AGENDA_FOR_COMING.test(phrase)) continue;
    // earlier-meeting-referred: "triển khai chỉ đạo của các nhà Lãnh đạo tại Hội nghị cấp cao năm 2016",
    // "Tiếp theo thành công của Hội nghị năm 2016" — a meeting whose directions or success are built on is past
    if (/(?<![\p{L}])(?:chỉ đạo|kết luận|cam kết|nghị quyết|tuyên bố|thỏa thuận|thoả thuận|thành công|kết quả)(?![\p{L}])[^.;:\n]{0,50}?(?<![\p{L}])(?:tại|của)\s+$/iu.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    // settled-accounts-year: "thảo luận báo cáo quyết toán ngân sách năm 2015" reviews a past year's accounts
    if (/(?:tổng kết|sơ kết|kết quả|đánh giá|kiểm điểm|thực hiện|quyết toán|so với|cùng kỳ|giai đoạn|nhiệm kỳ|đến|tới|từ|kỷ niệm|tình hình|vào)(?![\p{L}])/u.test(phrase)) continue;
    // meeting-held-early-in-year: "Đại hội Đảng lần thứ XII đầu năm 2016, ông A tái đắc cử …" — a meeting placed at
    // the start, middle or end of a year ("hồi", "đầu năm", "cuối năm") is told as a past one
    if (/(?<![\p{L}])(?:đầu|cuối|giữa|hồi)\s+năm\s+\d{4}$/u.test(phrase)) continue;
    // reported-figure-year: "Số liệu tại hội thảo cho thấy năm 2012, nợ xấu lên đến 17,4%" — a year the
    // meeting's figures are about follows a verb of showing or telling, it does not name the meeting
    if (/(?<![\p{L}])(?:cho thấy|cho biết|chỉ ra)(?![\p{L}])/u.test(phrase)) continue;
    // statement-year-after-meeting-word: "Tại buổi gặp mặt, Bộ trưởng A nhấn mạnh trong năm 2016 làng báo có nhiều niềm vui" —
    // a year in what someone says at the meeting (after "nhấn mạnh", "khẳng định", "cho rằng", "nói", "nêu") is the year told
    // of, not the meeting's name; only a task set for it ("cho rằng, trong năm 2017, Sở A phải xây dựng …") ties it
    if (STATEMENT_VERB.test(phrase) && !TASK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // next-edition-named: "bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018", "Hội nghị Thượng đỉnh … năm
    // 2018 sẽ diễn ra tại Australia" — a later edition of the meeting, hosted or held to come, is not this one
    if (/(?<![\p{L}])(?:chủ nhà|đăng cai)(?:\s+của)?\s*$/iu.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
      /^\s*(?:sẽ|dự kiến|sắp)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    vote(Number(m[1]), 2);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, v] of votes) if (v > bestVotes || (v === bestVotes && best !== null && y > best)) { best = y; bestVotes = v; }
  return best ?? yearFromFrame(text, month);
}

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * current-year-frame: the year a report is written in, when nothing ties one to the meeting itself —
 * the text's current or previous month ("từ giữa tháng 5-2017" in a report of 2/6, "tháng 1-2017" in one of 6/2),
 * the quarter the meeting falls in or the next one ("hoàn thành quý I/2017" at a meeting of 6/2), or
 * the year's own plans stated as such ("Năm 2017, Tổng công ty đặt mục tiêu …"). Only one such year
 * may be found; with two, or none, null.
 */
export function yearFromFrame(text: string, month: number): number | null {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\p{L}])tháng\s+(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/giu)) {
    const back = month - Number(m[1]);
    // "trước tháng 5/2017", "đến tháng 5/2017": a bound, not the time of writing
    if (/(?:trước|đến|tới|hạn|sau)\s*(?:giữa\s+|cuối\s+|đầu\s+)?$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "từ tháng 6-2019 đến tháng 7-2020": the start of a period that ends elsewhere
    if (/^[^.;\n]{0,12}?(?:đến|tới)\s/u.test(text.slice(m.index + m[0].length))) continue;
    // "từ tháng 5/2013" in a report of May: a start that may lie years back; a start in the
    // months just before the meeting ("từ giữa tháng 5-2017" on 2/6) is this year's
    const since = /(?<![\p{L}])từ\s+(?:giữa\s+|cuối\s+|đầu\s+)?$/iu.test(text.slice(Math.max(0, m.index - 12), m.index));
    // a past event a few months back ("tổ chức tại Hà Nội, tháng 3/2015") is background of any year:
    // only this month or the one before frames the report
    if (/(?:hồi|vào|năm)\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // career-event-month: "đã trúng cử đại biểu Quốc hội trong tháng 5/2016" is someone's past, not the time of writing
    if (PAST_CAREER_CLAUSE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    if (back >= (since ? 1 : 0) && back <= 1) years.add(Number(m[2]));
  }
  for (const m of text.matchAll(/(?<![\p{L}])quý\s+(\d|I{1,3}|IV)\s*(?:\/|năm)\s*((?:19|20)\d{2})(?!\d)/giu)) {
    const q = /^\d$/u.test(m[1]!) ? Number(m[1]) : ROMAN_QUARTER[m[1]!.toUpperCase()] ?? 0;
    if (notUntil(text, m.index, m.index + m[0].length)) continue;
    // "từ quý I/2024": a starting point, which may lie in any year
    if (/(?<![\p{L}])từ\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const ahead = q - Math.ceil(month / 3);
    if (ahead >= 0 && ahead <= 1) years.add(Number(m[2]));
  }
  for (const m of text.matchAll(/(?:^|[.!?]\s+|\n)(?:Trong\s+)?[Nn]ăm\s+((?:19|20)\d{2})\s*,\s*([^.;\n]{0,80})/gu)) {
    if (/(?<![\p{L}])(?:mục tiêu|phấn đấu|sẽ|dự kiến|kế hoạch)(?![\p{L}])/u.test(m[2]!) && !/(?<![\p{L}])(?:đã|được)(?![\p{L}])/u.test(m[2]!)) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0]! : null;
}
