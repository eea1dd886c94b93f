/**
 * The graph in the Popolo data specification (https://www.popoloproject.com/specs/): persons,
 * organizations, posts, memberships and events, the shapes civic-tech tools read.
 *
 * - A membership is a person holding a post (one per person and post); `start_date`/`end_date`
 *   are the first and last dates the articles saw them hold it (not terms of office).
 * - An event is a meeting: `organization_id` is the body that held it, `attendees` the people who
 *   chaired, attended or spoke (Popolo Person objects, with `role` — chair, attendee, speaker —
 *   as our extension).
 * - `sources` give the articles' addresses; `PopoloSchema` (zod) checks the whole document.
 */
import { z } from 'zod';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { compareDatesAsc, earliest, hasYear, latest } from '../query/dates.js';

const PopoloDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a Popolo date: YYYY, YYYY-MM or YYYY-MM-DD');
const Source = z.object({ url: z.string(), note: z.string().optional() }).strict();
const OtherName = z.object({ name: z.string() }).strict();

export const PopoloPersonSchema = z.object({ id: z.string(), name: z.string(), area_id: z.string().optional(), sources: z.array(Source).optional() }).strict();
export const PopoloOrganizationSchema = z.object({
  id: z.string(), name: z.string(), classification: z.string().optional(), other_names: z.array(OtherName).optional(),
  parent_id: z.string().optional(), area_id: z.string().optional(), sources: z.array(Source).optional(),
}).strict();
export const PopoloPostSchema = z.object({ id: z.string(), label: z.string(), role: z.string().optional(), organization_id: z.string().optional() }).strict();
export const PopoloMembershipSchema = z.object({
  id: z.string(), person_id: z.string(), organization_id: z.string().optional(), post_id: z.string(), role: z.string().optional(), label: z.string().optional(),
  start_date: PopoloDate.optional(), end_date: PopoloDate.optional(), sources: z.array(Source).optional(),
}).strict();
export const PopoloAttendeeSchema = z.object({ id: z.string(), name: z.string(), role: z.array(z.enum(['chair', 'attendee', 'speaker'])) }).strict();
export const PopoloEventSchema = z.object({
  id: z.string(), name: z.string(), classification: z.string().optional(), start_date: PopoloDate.optional(),
  organization_id: z.string().optional(), attendees: z.array(PopoloAttendeeSchema), sources: z.array(Source).optional(),
}).strict();
export const PopoloSchema = z.object({
  persons: z.array(PopoloPersonSchema),
  organizations: z.array(PopoloOrganizationSchema),
  posts: z.array(PopoloPostSchema),
  memberships: z.array(PopoloMembershipSchema),
  events: z.array(PopoloEventSchema),
}).strict();
export type Popolo = z.infer<typeof PopoloSchema>;

const ROLE = { CHAIRED: 'chair', ATTENDED: 'attendee', SPOKE_AT: 'speaker' } as const;

/** The graph as a Popolo document, checked by `PopoloSchema` (throws a ZodError if it would not be). */
export function toPopolo(graph: KnowledgeGraph): Popolo {
  const s = (a: Attributes, k: string): string | undefined => (typeof a[k] === 'string' && a[k] !== '' ? (a[k] as string) : undefined);
  const urlOf = (article: unknown): string | undefined => (typeof article === 'string' && graph.hasNode(article) ? s(graph.getNodeAttributes(article), 'url') : undefined);
  const sources = (a: Attributes): Array<z.infer<typeof Source>> | undefined => {
    const urls = [...new Set((Array.isArray(a.articles) ? a.articles : []).map(urlOf).filter((u): u is string => !!u))];
    return urls.length ? urls.map((url) => ({ url })) : undefined;
  };
  const outTarget = (id: string, type: string): string | undefined => {
    let t: string | undefined;
    graph.forEachOutEdge(id, (_e, a, _s, target) => { if (t === undefined && a.type === type) t = target; });
    return t;
  };
  const date = (d: unknown): string | undefined => (hasYear(d as string) ? (d as string) : undefined);
  const doc: Popolo = { persons: [], organizations: [], posts: [], memberships: [], events: [] };
  const memberships = new Map<string, { person: string; post: string; dates: string[]; evidence: Array<z.infer<typeof Source>> }>();
  graph.forEachNode((id, a) => {
    switch (a.label) {
      case 'Person':
        doc.persons.push(strip({ id, name: s(a, 'name') ?? id, area_id: s(a, 'locality'), sources: sources(a) }));
        graph.forEachOutEdge(id, (_e, ea, _s, post) => {
          if (ea.type !== 'HOLDS') return;
          const key = `${id}|${post}`;
          const m = memberships.get(key) ?? { person: id, post, dates: [], evidence: [] };
          if (date(ea.date)) m.dates.push(ea.date as string);
          const url = urlOf(ea.article);
          if (url && !m.evidence.some((x) => x.url === url)) m.evidence.push(strip({ url, note: s(ea, 'sentence') }));
          memberships.set(key, m);
        });
        break;
      case 'Organization':
        doc.organizations.push(strip({
          id, name: s(a, 'name') ?? id, classification: s(a, 'kind'),
          other_names: Array.isArray(a.aliases) && a.aliases.length ? (a.aliases as string[]).map((name) => ({ name })) : undefined,
          parent_id: outTarget(id, 'PART_OF'), area_id: s(a, 'locality'), sources: sources(a),
        }));
        break;
      case 'Position':
        doc.posts.push(strip({ id, label: s(a, 'title') ?? id, role: s(a, 'role'), organization_id: outTarget(id, 'OF') }));
        break;
      case 'Meeting': {
        const attendees = new Map<string, z.infer<typeof PopoloAttendeeSchema>>();
        graph.forEachInEdge(id, (_e, ea, person, _t, pa) => {
          const role = ROLE[ea.type as keyof typeof ROLE];
          if (!role || pa.label !== 'Person') return;
          const x = attendees.get(person) ?? { id: person, name: s(pa, 'name') ?? person, role: [] };
          if (!x.role.includes(role)) x.role.push(role);
          attendees.set(person, x);
        });
        const reported: string[] = [];
        graph.forEachInEdge(id, (_e, ea, article) => { if (ea.type === 'REPORTS') { const u = urlOf(article); if (u) reported.push(u); } });
        doc.events.push(strip({
          id, name: s(a, 'title') ?? s(a, 'kind') ?? id, classification: s(a, 'kind'), start_date: date(a.date),
          organization_id: outTarget(id, 'ORGANIZED_BY'), attendees: [...attendees.values()].sort((p, q) => p.id.localeCompare(q.id)),
          sources: reported.length ? [...new Set(reported)].map((url) => ({ url })) : undefined,
        }));
        break;
      }
      default:
    }
  });
  for (const [key, m] of memberships) {
    const post = graph.getNodeAttributes(m.post);
    const dates = [...m.dates].sort(compareDatesAsc);
    doc.memberships.push(strip({
      id: `membership:${key}`, person_id: m.person, post_id: m.post, organization_id: outTarget(m.post, 'OF'),
      role: s(post, 'role'), label: s(post, 'title'), start_date: earliest(dates) ?? undefined, end_date: latest(dates) ?? undefined,
      sources: m.evidence.length ? m.evidence : undefined,
    }));
  }
  return PopoloSchema.parse(doc);
}

/** Drops undefined fields (so the strict schemas and JSON agree). */
function strip<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
