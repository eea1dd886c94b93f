/**
 * Dates in the graph are full or partial ISO 8601 strings: `2023-02-06`, `2023-02`, `2023`,
 * `--02-06` (day and month, year unknown) or null. The rule every query follows, on both stores:
 *
 * - A date WITH a year stands for an interval: `2023` is 2023-01-01..2023-12-31, `2023-02` is
 *   2023-02-01..2023-02-31 (string bounds; no calendar arithmetic is needed to compare).
 * - Range filters (`from`, `to`) keep a date whose interval overlaps the range: `2023-02` passes
 *   `from 2023-02-15`. A date without a year (`--02-06`) or no date at all never passes a range
 *   filter, because it cannot be placed; without filters every row is kept.
 * - Ordering compares the strings themselves: newest first puts `2023-02-06` before `2023-02`
 *   before `2023` (the more precise first within a period), then, after every dated row, the
 *   year-less ones (`--12-01` before `--02-06`), then the undated ones. Oldest first reverses the
 *   dated rows (`2023` … `2023-02` … `2023-02-06`) and still keeps year-less then undated rows
 *   at the end.
 * - "As of" a date `at` keeps facts dated on or before it (interval start ≤ end of `at`).
 *
 * The same rule is written in Cypher in `cypher/*.cypher` (see `cypherDateLow`/`cypherDateHigh`).
 */

/** True when the string is a date with a year (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function hasYear(date: string | null | undefined): date is string {
  // /^\d{4}(-\d{2}(-\d{2})?)?$/ by character codes: sorting calls it twice per comparison.
  if (typeof date !== 'string') return false;
  const n = date.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = date.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a day or month the calendar has. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year!, month, 0)).getUTCDate();
}

/** The first day a date can be (`2023-02` → `2023-02-01`), or null for year-less and undated. */
export function dateLow(date: string | null | undefined): string | null {
  if (!hasYear(date)) return null;
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a date can be (`2023-02` → `2023-02-31`, a string bound), or null. */
export function dateHigh(date: string | null | undefined): string | null {
  if (!hasYear(date)) return null;
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Whether a (partial) date passes the `from`/`to` filter under the overlap rule above. */
export function inDateRange(date: string | null | undefined, from?: string | null, to?: string | null): boolean {
  if (!from && !to) return true;
  const low = dateLow(date);
  const high = dateHigh(date);
  if (low === null || high === null) return false;
  if (from && high < (dateLow(from) ?? from)) return false;
  if (to && low > (dateHigh(to) ?? to)) return false;
  return true;
}

/** Whether a (partial) date is on or before `at` (its interval starts by the end of `at`). */
export function onOrBefore(date: string | null | undefined, at: string): boolean {
  const low = dateLow(date);
  return low !== null && low <= (dateHigh(at) ?? at);
}

/** Rank of a date's kind for ordering: 2 dated, 1 year-less, 0 undated. */
function dateRank(date: string | null | undefined): number {
  if (typeof date !== 'string' || date.length === 0) return 0;
  return hasYear(date) ? 2 : 1;
}

/** True for a date without a year (`--02-06`): a range filter cannot place it, so never keeps it. */
export function isYearLess(date: string | null | undefined): boolean {
  return dateRank(date) === 1;
}

/** Comparator, newest first: dated (descending), then year-less (descending), then undated. */
export function compareDatesDesc(a: string | null | undefined, b: string | null | undefined): number {
  const ra = dateRank(a);
  const rb = dateRank(b);
  if (ra !== rb) return rb - ra;
  const sa = a ?? '';
  const sb = b ?? '';
  return sa < sb ? 1 : sa > sb ? -1 : 0;
}

/** Comparator, oldest first among dated rows (ascending); year-less then undated rows still last. */
export function compareDatesAsc(a: string | null | undefined, b: string | null | undefined): number {
  const ra = dateRank(a);
  const rb = dateRank(b);
  if (ra !== rb) return rb - ra;
  const sa = a ?? '';
  const sb = b ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Earliest of some dates by the rule above (dated ones only), or null. */
export function earliest(dates: ReadonlyArray<string | null | undefined>): string | null {
  const dated = dates.filter(hasYear).sort(compareDatesAsc);
  return dated[0] ?? null;
}

/** Latest of some dates (dated ones only), or null. */
export function latest(dates: ReadonlyArray<string | null | undefined>): string | null {
  const dated = dates.filter(hasYear).sort(compareDatesDesc);
  return dated[0] ?? null;
}
