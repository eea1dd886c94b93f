/**
 * The order of rows and lists in every answer, applied by both stores after fetching, so equal
 * graphs give identical answers (the conformance suite compares them deeply).
 */
import { compareDatesAsc, compareDatesDesc } from './dates.js';
import { byNameThenId, compareText } from './names.js';
import type {
  Assignee,
  ChairRow,
  CoAttendanceRow,
  EvidenceRef,
  HolderRow,
  MeetingDetail,
  MeetingRef,
  MeetingRow,
  OrganizationRef,
  Participant,
  PersonRef,
  TaskDetail,
  TaskRow,
  TimelineEntry,
} from './schemas.js';

/** An evidence item with its article id cut into the text before its trailing digits and their value (see {@link compareArticles}). */
interface NumberedEvidence {
  readonly e: EvidenceRef;
  /** The article id without its trailing digits, or null when it does not end in 1 to 15 digits. */
  readonly prefix: string | null;
  readonly value: number;
}

/** Longest trailing digit run read as a number (exact in a double). */
const MAX_ARTICLE_DIGITS = 15;

function byArticleNumber(e: EvidenceRef): NumberedEvidence {
  const a = e.article;
  let i = a.length;
  while (i > 0 && a.charCodeAt(i - 1) >= 48 && a.charCodeAt(i - 1) <= 57) i--;
  if (i === a.length || a.length - i > MAX_ARTICLE_DIGITS) return { e, prefix: null, value: 0 };
  return { e, prefix: a.slice(0, i), value: Number(a.slice(i)) };
}

/**
 * `compareText` of two article ids, read once per item instead of once per comparison: ids that
 * are one prefix followed by digit runs of different values ("rec:baomoi-21455847", most ids)
 * compare as those values, which is what `compareText` gives them (its digit-suffix rule); any
 * other pair (equal values written with other zeros included) is compared by `compareText`.
 */
function compareArticles(a: NumberedEvidence, b: NumberedEvidence): number {
  if (a.prefix !== null && a.value !== b.value && a.prefix === b.prefix) return a.value - b.value;
  return compareText(a.e.article, b.e.article);
}

/** Evidence by article id, then offset, then sentence; duplicates removed. */
export function sortEvidence(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  // Sorted first (stable), then duplicates dropped: items equal in article, start and sentence are
  // adjacent, so a duplicate (same article, offsets and sentence) is looked for only in its run,
  // and the first of each stays: the same list as dropping duplicates first, without a key text
  // and a map entry per item (a post's holder can have thousands of statements).
  const sorted = evidence.map(byArticleNumber).sort(
    (a, b) =>
      compareArticles(a, b) || (a.e.start ?? -1) - (b.e.start ?? -1) || compareText(a.e.sentence, b.e.sentence),
  );
  const out: EvidenceRef[] = [];
  let run = 0;
  for (const { e } of sorted) {
    const first = out[run];
    if (first === undefined || first.article !== e.article || (first.start ?? -1) !== (e.start ?? -1) || first.sentence !== e.sentence) {
      run = out.length;
      out.push(e);
      continue;
    }
    let duplicate = false;
    for (let i = run; i < out.length && !duplicate; i++) {
      const k = out[i] as EvidenceRef;
      duplicate = k.start === e.start && k.end === e.end;
    }
    if (!duplicate) out.push(e);
  }
  return out;
}

/** Distinct by id, sorted by name then id. */
export function sortRefs<T extends { name: string; id: string }>(refs: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of refs) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort(byNameThenId);
}

/** Meetings newest first, then by id. */
export function compareMeetingsDesc(a: MeetingRef, b: MeetingRef): number {
  return compareDatesDesc(a.date, b.date) || compareText(a.id, b.id);
}

/** Chairs rows: newest meeting first, then person name, then meeting id. */
export function sortChairRows(rows: ChairRow[]): ChairRow[] {
  for (const r of rows) {
    r.organizations = sortRefs<OrganizationRef>(r.organizations);
    r.evidence = sortEvidence(r.evidence);
  }
  return rows.sort(
    (a, b) =>
      compareDatesDesc(a.meeting.date, b.meeting.date) ||
      byNameThenId(a.person, b.person) ||
      compareText(a.meeting.id, b.meeting.id),
  );
}

/** Holders: current first, then latest seen first, then person name, then post title. */
export function sortHolderRows(rows: HolderRow[]): HolderRow[] {
  for (const r of rows) r.evidence = sortEvidence(r.evidence);
  return rows.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      compareDatesDesc(a.lastSeen, b.lastSeen) ||
      byNameThenId(a.person, b.person) ||
      compareText(a.position.title, b.position.title) ||
      compareText(a.position.id, b.position.id),
  );
}

/** Marks the holders seen last in each post as current (not when the statements say former). */
export function markCurrent(rows: HolderRow[]): HolderRow[] {
  const lastByPosition = new Map<string, string | null>();
  for (const r of rows) {
    if (r.former || r.lastSeen === null) continue;
    const best = lastByPosition.get(r.position.id);
    if (best === undefined || compareDatesDesc(r.lastSeen, best ?? null) < 0) lastByPosition.set(r.position.id, r.lastSeen);
  }
  for (const r of rows) {
    r.current = !r.former && r.lastSeen !== null && lastByPosition.get(r.position.id) === r.lastSeen;
  }
  return rows;
}

const ROLE_ORDER = { chaired: 0, spoke: 1, attended: 2 } as const;

/** Timeline: oldest first (undatable last); posts before meetings on the same date. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  for (const e of entries) {
    e.evidence = sortEvidence(e.evidence);
    if (e.type === 'meeting') {
      e.organizations = sortRefs(e.organizations);
      e.roles = [...new Set(e.roles)].sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
    }
  }
  const idOf = (e: TimelineEntry): string => (e.type === 'position' ? e.position.id : e.meeting.id);
  const titleOf = (e: TimelineEntry): string => (e.type === 'position' ? e.position.title : e.meeting.kind);
  return entries.sort(
    (a, b) =>
      compareDatesAsc(a.date, b.date) ||
      (a.type === b.type ? 0 : a.type === 'position' ? -1 : 1) ||
      compareText(titleOf(a), titleOf(b)) ||
      compareText(idOf(a), idOf(b)),
  );
}

/** Meetings rows newest first. */
export function sortMeetingRows(rows: MeetingRow[]): MeetingRow[] {
  for (const r of rows) {
    r.organizations = sortRefs(r.organizations);
    r.chairs = sortRefs<PersonRef>(r.chairs);
    r.evidence = sortEvidence(r.evidence);
  }
  return rows.sort((a, b) => compareMeetingsDesc(a.meeting, b.meeting));
}

/**
 * One meeting's detail in the order both stores answer it: its bodies distinct and by name (a meeting
 * reported by many articles has an ORGANIZED_BY relationship from each), its reports' evidence sorted.
 */
export function normalizeMeetingDetail(detail: MeetingDetail): MeetingDetail {
  detail.organizations = sortRefs(detail.organizations);
  detail.evidence = sortEvidence(detail.evidence);
  return detail;
}

/** Participants by name, evidence sorted. */
export function sortParticipants(list: Participant[]): Participant[] {
  for (const p of list) p.evidence = sortEvidence(p.evidence);
  return list.sort((a, b) => byNameThenId(a.person, b.person));
}

function sortAssignees(list: readonly Assignee[]): Assignee[] {
  const byId = new Map<string, Assignee>();
  for (const a of list) byId.set(a.id, a);
  return [...byId.values()].sort(byNameThenId);
}

/** A task's lists sorted. */
export function normalizeTask<T extends TaskDetail>(t: T): T {
  t.issuedBy = sortRefs(t.issuedBy);
  t.assignedTo = sortAssignees(t.assignedTo);
  t.evidence = sortEvidence(t.evidence);
  return t;
}

/** Tasks of one meeting: by the first evidence offset, then text. */
export function sortTaskDetails(list: TaskDetail[]): TaskDetail[] {
  for (const t of list) normalizeTask(t);
  return list.sort(
    (a, b) =>
      (a.evidence[0]?.start ?? -1) - (b.evidence[0]?.start ?? -1) ||
      compareText(a.task.text, b.task.text) ||
      compareText(a.task.id, b.task.id),
  );
}

/** Task rows: newest (meeting date, else task date) first, then text. */
export function sortTaskRows(rows: TaskRow[]): TaskRow[] {
  for (const r of rows) {
    normalizeTask(r);
    r.organizations = sortRefs(r.organizations);
  }
  const dateOf = (r: TaskRow): string | null => r.meeting?.date ?? r.task.date;
  return rows.sort(
    (a, b) =>
      compareDatesDesc(dateOf(a), dateOf(b)) ||
      compareText(a.meeting?.id ?? '', b.meeting?.id ?? '') ||
      (a.evidence[0]?.start ?? -1) - (b.evidence[0]?.start ?? -1) ||
      compareText(a.task.text, b.task.text) ||
      compareText(a.task.id, b.task.id),
  );
}

/** Co-attendance: most shared meetings first, then name. */
export function sortCoAttendance(rows: CoAttendanceRow[]): CoAttendanceRow[] {
  for (const r of rows) {
    const byId = new Map(r.meetings.map((m) => [m.id, m] as const));
    r.meetings = [...byId.values()].sort(compareMeetingsDesc);
    r.count = r.meetings.length;
    r.evidence = sortEvidence(r.evidence);
  }
  return rows.sort((a, b) => b.count - a.count || byNameThenId(a.person, b.person));
}
