/**
 * Answers as tables (column names and rows of plain text), for the CLI's terminal tables and CSV.
 * The full evidence sentence and its article are kept; the terminal view may shorten them.
 */
import type {
  Candidate,
  ChairsAnswer,
  CoAttendanceAnswer,
  EvidenceRef,
  HoldersAnswer,
  MeetingDetail,
  MeetingRef,
  MeetingsAnswer,
  OrganizationRef,
  PersonRef,
  SearchAnswer,
  TasksAnswer,
  TimelineAnswer,
} from './schemas.js';

/** A table: column names and rows of text cells. */
export interface Table {
  columns: string[];
  rows: string[][];
}

const names = (list: ReadonlyArray<{ name: string }>): string => list.map((x) => x.name).join('; ');
const bodies = (list: readonly OrganizationRef[]): string => names(list);
const meetingLabel = (m: MeetingRef): string => (m.title ? `${m.kind}: ${m.title}` : m.kind);
const who = (p: PersonRef): string => (p.locality ? `${p.name} (${p.locality})` : p.name);

/** The first evidence sentence and how many more there are. */
function evidence(list: readonly EvidenceRef[]): [string, string] {
  const first = list[0];
  if (!first) return ['', ''];
  const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
  return [`${first.sentence}${more}`, first.url ?? first.article];
}

const EVIDENCE = ['Evidence', 'Article'];

/** How many articles the evidence comes from (one meeting reported by several outlets). */
function reportCount(evidence: ReadonlyArray<{ article: string }>): number {
  return new Set(evidence.map((e) => e.article)).size;
}

/** chairs → Date, Chair, Body, Meeting, Evidence, Article, Meeting id. */
export function chairsTable(a: Extract<ChairsAnswer, { status: 'ok' }>): Table {
  return {
    columns: ['Date', 'Chair', 'Body', 'Meeting', ...EVIDENCE, 'Meeting id'],
    rows: a.rows.map((r) => [r.meeting.date ?? '', who(r.person), bodies(r.organizations), reportCount(r.evidence) > 1 ? `${meetingLabel(r.meeting)} (${reportCount(r.evidence)} reports)` : meetingLabel(r.meeting), ...evidence(r.evidence), r.meeting.id]),
  };
}

/** holders → Person, Post, Body, First seen, Last seen, Current, Evidence, Article. */
export function holdersTable(a: Extract<HoldersAnswer, { status: 'ok' }>): Table {
  return {
    columns: ['Person', 'Post', 'Body', 'First seen', 'Last seen', 'Current', ...EVIDENCE],
    rows: a.rows.map((r) => [
      who(r.person),
      r.former ? `${r.position.title} (former)` : r.position.title,
      r.organization?.name ?? '',
      r.firstSeen ?? '',
      r.lastSeen ?? '',
      r.current ? 'yes' : '',
      ...evidence(r.evidence),
    ]),
  };
}

/** personTimeline → Date, What, Role, Body, Evidence, Article. */
export function timelineTable(a: Extract<TimelineAnswer, { status: 'ok' }>): Table {
  const blank = EVIDENCE.map(() => '');
  const resolution = [
    ...(a.resolution?.possiblySame ?? []).map((c) => ['', `possibly the same person as ${c.name} (${c.id})`, `POSSIBLY_SAME, score ${c.score}`, c.reasons.join('; '), ...blank]),
    ...(a.resolution?.mergeReasons ?? []).slice(0, 10).map((r) => ['', r, 'merged across articles', '', ...blank]),
  ];
  return {
    columns: ['Date', 'What', 'Role', 'Body', ...EVIDENCE],
    rows: [...a.rows.map((e) =>
      e.type === 'position'
        ? [
            e.lastSeen && e.lastSeen !== e.date ? `${e.date ?? ''} … ${e.lastSeen}` : (e.date ?? ''),
            e.position.title,
            e.former ? 'held (former)' : 'held post',
            e.organization?.name ?? '',
            ...evidence(e.evidence),
          ]
        : [e.date ?? '', meetingLabel(e.meeting), e.roles.join(', '), bodies(e.organizations), ...evidence(e.evidence)],
    ), ...resolution],
  };
}

/** meetings → Date, Meeting, Bodies, Chairs, Evidence, Article, Id. */
export function meetingsTable(a: Extract<MeetingsAnswer, { status: 'ok' }>): Table {
  return {
    columns: ['Date', 'Meeting', 'Bodies', 'Chairs', ...EVIDENCE, 'Meeting id'],
    rows: a.rows.map((r) => [r.meeting.date ?? '', meetingLabel(r.meeting), bodies(r.organizations), names(r.chairs), ...evidence(r.evidence), r.meeting.id]),
  };
}

/** meeting → one row per participant role and per task: Part, Who / What, Detail, Evidence, Article. */
export function meetingTable(d: MeetingDetail): Table {
  const rows: string[][] = [
    ['Meeting', meetingLabel(d.meeting), [d.meeting.date, d.meeting.timeOfDay].filter(Boolean).join(', '), ...evidence(d.evidence)],
    ['Held by', bodies(d.organizations), '', '', ''],
  ];
  for (const [part, list] of [
    ['Chair', d.chairs],
    ['Speaker', d.speakers],
    ['Attendee', d.attendees],
  ] as const) {
    for (const p of list) rows.push([part, who(p.person), '', ...evidence(p.evidence)]);
  }
  for (const t of d.tasks) {
    const detail = [t.issuedBy.length ? `by ${names(t.issuedBy)}` : '', t.assignedTo.length ? `to ${names(t.assignedTo)}` : '']
      .filter(Boolean)
      .join(', ');
    rows.push(['Task', t.task.text, detail, ...evidence(t.evidence)]);
  }
  return { columns: ['Part', 'Who / what', 'Detail', ...EVIDENCE], rows };
}

/** tasks → Date, Task, Issued by, Assigned to, Meeting, Evidence, Article. */
export function tasksTable(a: Extract<TasksAnswer, { status: 'ok' }>): Table {
  return {
    columns: ['Date', 'Task', 'Issued by', 'Assigned to', 'Meeting', ...EVIDENCE],
    rows: a.rows.map((r) => [
      r.meeting?.date ?? r.task.date ?? '',
      r.task.text,
      names(r.issuedBy),
      names(r.assignedTo),
      r.meeting ? `${meetingLabel(r.meeting)}${r.organizations.length ? ` — ${bodies(r.organizations)}` : ''}` : '',
      ...evidence(r.evidence),
    ]),
  };
}

/** coAttendance → Person, Meetings together, Latest, Evidence, Article. */
export function coAttendanceTable(a: Extract<CoAttendanceAnswer, { status: 'ok' }>): Table {
  return {
    columns: ['Person', 'Meetings together', 'Latest', ...EVIDENCE],
    rows: a.rows.map((r) => [who(r.person), String(r.count), r.meetings[0]?.date ?? '', ...evidence(r.evidence)]),
  };
}

/** search and ambiguous candidates → Kind, Name, Detail, Id. */
export function candidatesTable(rows: readonly Candidate[]): Table {
  return { columns: ['Kind', 'Name', 'Detail', 'Id'], rows: rows.map((c) => [c.label, c.name, c.detail ?? '', c.id]) };
}

/** search → Kind, Name, Detail, Id. */
export function searchTable(a: SearchAnswer): Table {
  return candidatesTable(a.rows);
}

/** A table as CSV (RFC 4180: quoted when needed, CRLF line ends). */
export function toCsv(table: Table): string {
  const cell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
