/** The analytics' answers as tables (for the CLI's terminal tables and CSV). */
import type { Table } from '../query/tabulate.js';
import type { CentralityAnswer, PathAnswer } from './analytics.js';

const ROLE: Record<string, string> = { CHAIRED: 'chaired', ATTENDED: 'attended', SPOKE_AT: 'spoke' };
const roles = (list: readonly string[]): string => list.map((r) => ROLE[r] ?? r).join(', ');
const fixed = (n: number | null): string => (n === null ? '' : n.toFixed(4));

/** One row per person, most central first. */
export function centralityTable(answer: CentralityAnswer): Table {
  return {
    columns: ['Person', 'Locality', 'Meetings', 'Met', 'Degree', 'Betweenness', 'Co-degree', 'Co-betweenness', 'Community'],
    rows: answer.rows.map((r) => [r.person.name, r.person.locality ?? '', String(r.meetings), String(r.coAttendees), fixed(r.degree), fixed(r.betweenness), fixed(r.coDegree), fixed(r.coBetweenness), String(r.community)]),
  };
}

/** One row per hop of the chain: who met whom, at which meeting, when, and the evidence. */
export function pathTable(answer: Extract<PathAnswer, { status: 'ok' | 'no-path' }>): Table {
  return {
    columns: ['Hop', 'From', 'To', 'Meeting', 'Date', 'Roles', 'Evidence', 'Article'],
    rows: answer.hops.map((h, i) => [
      String(i + 1),
      h.from.name,
      h.to.name,
      h.meeting.title ? `${h.meeting.kind}: ${h.meeting.title}` : h.meeting.kind,
      h.meeting.date ?? '',
      `${roles(h.fromRoles)} / ${roles(h.toRoles)}`,
      [...new Set(h.evidence.map((e) => e.sentence))].join(' | '),
      [...new Set(h.evidence.map((e) => e.url ?? e.article))].join(' '),
    ]),
  };
}
