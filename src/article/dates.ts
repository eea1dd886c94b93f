/**
 * Publication dates as Vietnamese sites write them: "Thứ 5, 05/01/2023 | 14:50:59",
 * "05/01/2023 14:50", "ngày 5-1-2023", "5 tháng 1 năm 2023", ISO 8601 and HTML meta values.
 */
import { alternation } from '../model/keys.js';
import metadata from './lexicon/metadata.json' with { type: 'json' };
import furniture from './lexicon/furniture.json' with { type: 'json' };

/** A date read from text: ISO date, optional time, and whether it looked like a site clock. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` or `HH:MM:SS`, when the line gives one. */
  time: string | null;
  /** True when the line carries a time-zone clock marker such as "[GMT+7]" (a page header). */
  clock: boolean;
}

const DMY = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/u;
const WORDY = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+)năm\s+(\d{4})(?!\d)/iu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/u;
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?:\s*(?::|phút)\s*([0-5]\d))?(?:\s*(?:phút|giây))?(?!\d)/iu;

const WEEKDAYS = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(metadata.weekdays)})(?![\\p{L}\\d])`, 'giu');
const PREFIXES = new RegExp(`^(?:${alternation(metadata.publishedLinePrefixes)})\\s*:?`, 'iu');
const CLOCK = new RegExp(alternation(metadata.pageClockMarkers), 'iu');
/**
 * dateline-with-counter: a page's dateline often carries the page's counters beside the date and
 * time — "28/10/2020 09:57 Số lượt xem: 42", "Thứ hai, 5/1/2023 | 1.234 lượt đọc", "Lượt xem (42)".
 * The counter (a word of `viewCounterWords`, with its number before or after) is page furniture, not
 * words of the line: the line is still a dateline.
 */
const DATELINE_COUNTER = new RegExp(
  String.raw`(?:(?<![\p{L}\d])(?:số\s+)?(?:${alternation(furniture.viewCounterWords)})\s*[:(]?\s*\d[\d.,]*\s*\)?|(?<![\p{L}\d])\d[\d.,]*\s*[kKmM]?\s*(?:${alternation(furniture.viewCounterWords)}))(?![\p{L}\d])`,
  'giu',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

interface Match {
  date: string;
  time: string | null;
  index: number;
  length: number;
}

function findDate(text: string): Match | null {
  const iso = ISO.exec(text);
  if (iso) {
    let date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    let time = iso[4] ? `${iso[4]}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''}` : null;
    if (date && time && iso[7]) ({ date, time } = toVietnamTime(date, time, iso[7]));
    if (date) return { date, time, index: iso.index, length: iso[0].length };
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const date = validDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
    if (date) return { date, time: null, index: dmy.index, length: dmy[0].length };
  }
  const wordy = WORDY.exec(text);
  if (wordy) {
    const date = validDate(Number(wordy[3]), Number(wordy[2]), Number(wordy[1]));
    if (date) return { date, time: null, index: wordy.index, length: wordy[0].length };
  }
  return null;
}

/** Shifts an ISO date-time with an offset to Vietnam's wall-clock time (UTC+7), without offset. */
function toVietnamTime(date: string, time: string, offset: string): { date: string; time: string } {
  const ms = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(ms)) return { date, time };
  const local = new Date(ms + 7 * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: time.length === 5 ? local.slice(11, 16) : local.slice(11, 19) };
}

/**
 * Reads a line that is nothing but a date (with weekday, time, "Cập nhật:"-like prefix, clock
 * marker and separators). Returns null when the line says anything else: body sentences that
 * mention a date are not datelines.
 */
export function parseDateLine(line: string): FoundDate | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return null;
  const found = findDate(trimmed);
  if (!found) return null;
  let rest = trimmed.slice(0, found.index) + ' ' + trimmed.slice(found.index + found.length);
  let time = found.time;
  const t = TIME.exec(rest);
  if (t) {
    time ??= `${pad(Number(t[1]))}:${t[2]}${t[3] ? `:${t[3]}` : ''}`;
    rest = rest.slice(0, t.index) + ' ' + rest.slice(t.index + t[0].length);
  }
  const clock = CLOCK.test(rest);
  rest = rest
    .replace(DATELINE_COUNTER, ' ')
    .replace(CLOCK, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(/\b(?:ngày|lúc|sáng|chiều|tối|AM|PM|SA|CH)\b/giu, ' ')
    .trim()
    .replace(PREFIXES, ' ')
    .replace(/[\s,|/\-–—:()[\]]+/gu, '');
  if (rest.length > 0) return null;
  return { date: found.date, time, clock };
}

/** Reads the first date in a metadata value (header line, JSON field, HTML meta). */
export function parseDateValue(value: string): string | null {
  const found = findDate(value.trim());
  if (!found) return null;
  let time = found.time;
  if (!time) {
    const t = TIME.exec(value.slice(found.index + found.length));
    if (t) time = `${pad(Number(t[1]))}:${t[2]}${t[3] ? `:${t[3]}` : ''}`;
  }
  return time ? `${found.date}T${time}` : found.date;
}

/** Formats a found date as ISO: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`. */
export function formatFoundDate(found: FoundDate): string {
  return found.time ? `${found.date}T${found.time}` : found.date;
}
