/**
 * Graph analytics with graphology's libraries: degree and betweenness centrality on the
 * person–meeting graph and on the co-attendance projection, Louvain communities of the
 * co-attendance graph, and the shortest chain of shared meetings between two people.
 */
import { createRequire } from 'node:module';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { z } from 'zod';
import { bestMatches, sortEntities } from '../query/names.js';
import { namedEntity, str, num } from '../query/refs.js';
import { compareText } from '../query/names.js';
import { CandidateSchema, EvidenceRefSchema, MeetingRefSchema, PersonRefSchema } from '../query/schemas.js';
import { toCandidate } from '../query/names.js';
import { coAttendanceGraph, personMeetingGraph, type Participation, type ProjectedGraph } from './projections.js';
import type { KnowledgeGraph } from './subgraph.js';

// CommonJS modules whose `module.exports` is the function (their typings say `export default`).
const require = createRequire(import.meta.url);
const betweennessCentrality: typeof import('graphology-metrics/centrality/betweenness.js').default = require('graphology-metrics/centrality/betweenness.js');
const louvain: typeof import('graphology-communities-louvain').default = require('graphology-communities-louvain');

/** Betweenness is O(nodes × edges): above this many nodes it is left out unless asked for. */
export const BETWEENNESS_NODE_LIMIT = 20_000;

export const CentralityRowSchema = z.object({
  person: PersonRefSchema,
  /** Meetings the person chaired, attended or spoke at. */
  meetings: z.number().int(),
  /** Distinct people met in those meetings. */
  coAttendees: z.number().int(),
  /** Normalised degree centrality in the person–meeting graph. */
  degree: z.number(),
  /** Normalised betweenness centrality in the person–meeting graph (null when not computed). */
  betweenness: z.number().nullable(),
  /** Normalised degree centrality in the co-attendance graph. */
  coDegree: z.number(),
  /** Normalised betweenness centrality in the co-attendance graph (null when not computed). */
  coBetweenness: z.number().nullable(),
  /** Louvain community of the co-attendance graph (numbered by size, largest 0). */
  community: z.number().int(),
});
export type CentralityRow = z.infer<typeof CentralityRowSchema>;

export const CentralityAnswerSchema = z.object({
  status: z.literal('ok'),
  rows: z.array(CentralityRowSchema),
  people: z.number().int(),
  meetings: z.number().int(),
  communities: z.number().int(),
  modularity: z.number().nullable(),
  betweenness: z.boolean(),
});
export type CentralityAnswer = z.infer<typeof CentralityAnswerSchema>;

export interface CentralityOptions {
  /** Rows to return, most central first (default all). */
  limit?: number;
  /** Compute betweenness (default: when the person–meeting graph has ≤ BETWEENNESS_NODE_LIMIT nodes). */
  betweenness?: boolean;
  /** Seed of Louvain's random order, for reproducible communities (default 1). */
  seed?: number;
}

/** A small deterministic random generator (mulberry32) for Louvain. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Louvain communities of the co-attendance graph, renumbered by size (largest 0), and the modularity. */
export function communities(co: ProjectedGraph, seed = 1): { community: Map<string, number>; count: number; modularity: number | null } {
  if (co.size === 0) {
    const community = new Map<string, number>();
    co.nodes().sort().forEach((n, i) => community.set(n, i));
    return { community, count: community.size, modularity: null };
  }
  const detailed = louvain.detailed(co, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const members = new Map<number, string[]>();
  for (const [node, c] of Object.entries(detailed.communities) as Array<[string, number]>) members.set(c, [...(members.get(c) ?? []), node]);
  const ordered = [...members.values()].map((m) => m.sort()).sort((a, b) => b.length - a.length || compareText(a[0]!, b[0]!));
  const community = new Map<string, number>();
  ordered.forEach((m, i) => m.forEach((n) => community.set(n, i)));
  return { community, count: ordered.length, modularity: detailed.modularity };
}

/**
 * Centrality of every person of the graph, most central first (meetings, then betweenness, then
 * co-attendance degree, then name). Never throws on an empty graph (no rows).
 */
export function centrality(graph: KnowledgeGraph, options: CentralityOptions = {}): CentralityAnswer {
  const pm = personMeetingGraph(graph);
  const co = coAttendanceGraph(pm);
  const withBetweenness = options.betweenness ?? pm.order <= BETWEENNESS_NODE_LIMIT;
  const degree = pm.order > 1 ? degreeCentrality(pm) : {};
  const coDegree = co.order > 1 ? degreeCentrality(co) : {};
  const between = withBetweenness && pm.order > 2 ? betweennessCentrality(pm, { normalized: true, getEdgeWeight: null }) : null;
  // Betweenness counts hops, not how often two people met.
  const coBetween = withBetweenness && co.order > 2 ? betweennessCentrality(co, { normalized: true, getEdgeWeight: null }) : null;
  const { community, count, modularity } = communities(co, options.seed ?? 1);
  const rows: CentralityRow[] = [];
  let meetings = 0;
  pm.forEachNode((id, attrs) => {
    if (attrs.label !== 'Person') { meetings++; return; }
    rows.push({
      person: { id, name: str(attrs, 'name') ?? id, locality: str(attrs, 'locality') },
      meetings: pm.degree(id),
      coAttendees: co.degree(id),
      degree: degree[id] ?? 0,
      betweenness: withBetweenness ? (between?.[id] ?? 0) : null,
      coDegree: coDegree[id] ?? 0,
      coBetweenness: withBetweenness ? (coBetween?.[id] ?? 0) : null,
      community: community.get(id) ?? 0,
    });
  });
  rows.sort((a, b) => b.meetings - a.meetings || (b.betweenness ?? 0) - (a.betweenness ?? 0) || b.coDegree - a.coDegree || compareText(a.person.name, b.person.name) || compareText(a.person.id, b.person.id));
  return {
    status: 'ok',
    rows: options.limit ? rows.slice(0, options.limit) : rows,
    people: rows.length,
    meetings,
    communities: count,
    modularity,
    betweenness: withBetweenness,
  };
}

export const PathHopSchema = z.object({
  from: PersonRefSchema,
  to: PersonRefSchema,
  meeting: MeetingRefSchema,
  /** How each of the two took part (CHAIRED, ATTENDED, SPOKE_AT) and the sentence that says so. */
  fromRoles: z.array(z.string()),
  toRoles: z.array(z.string()),
  evidence: z.array(EvidenceRefSchema),
});
export type PathHop = z.infer<typeof PathHopSchema>;

export const PathAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), from: PersonRefSchema, to: PersonRefSchema, hops: z.array(PathHopSchema) }),
  z.object({ status: z.literal('no-path'), from: PersonRefSchema, to: PersonRefSchema, hops: z.array(PathHopSchema) }),
  z.object({ status: z.literal('ambiguous'), argument: z.string(), input: z.string(), candidates: z.array(CandidateSchema) }),
  z.object({ status: z.literal('not-found'), argument: z.string(), input: z.string() }),
]);
export type PathAnswer = z.infer<typeof PathAnswerSchema>;

function resolvePerson(graph: KnowledgeGraph, input: string, argument: string): { id: string } | Extract<PathAnswer, { status: 'ambiguous' | 'not-found' }> {
  const people: ReturnType<typeof namedEntity>[] = [];
  graph.forEachNode((id, attrs) => { if (attrs.label === 'Person') people.push(namedEntity('Person', id, attrs)); });
  const found = bestMatches(people, input);
  if (found.length === 0) return { status: 'not-found', argument, input };
  if (found.length > 1) return { status: 'ambiguous', argument, input, candidates: sortEntities(found).map(toCandidate) };
  return { id: found[0]!.id };
}

function evidenceOf(graph: KnowledgeGraph, edge: string) {
  const attrs = graph.getEdgeAttributes(edge);
  const article = str(attrs, 'article');
  if (article === null) return null;
  const url = graph.hasNode(article) ? str(graph.getNodeAttributes(article), 'url') : null;
  return { article, url, sentence: str(attrs, 'sentence') ?? '', start: num(attrs, 'start'), end: num(attrs, 'end') };
}

/**
 * The shortest chain of shared meetings from person `a` to person `b` (names with or without
 * diacritics, or ids): each hop is a meeting both sat in, with its date and the sentences that
 * put each of them there. `no-path` when they are not connected; `ambiguous`/`not-found` for names.
 */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string): PathAnswer {
  const from = resolvePerson(graph, a, 'from');
  if (!('id' in from)) return from;
  const to = resolvePerson(graph, b, 'to');
  if (!('id' in to)) return to;
  const person = (id: string) => ({ id, name: str(graph.getNodeAttributes(id), 'name') ?? id, locality: str(graph.getNodeAttributes(id), 'locality') });
  const pm = personMeetingGraph(graph);
  const ends = { from: person(from.id), to: person(to.id) };
  if (from.id === to.id) return { status: 'ok', ...ends, hops: [] };
  const path = pm.hasNode(from.id) && pm.hasNode(to.id) ? bidirectional(pm, from.id, to.id) : null;
  if (!path) return { status: 'no-path', ...ends, hops: [] };
  const hops: PathHop[] = [];
  for (let i = 0; i + 2 < path.length; i += 2) {
    const [p, m, q] = [path[i]!, path[i + 1]!, path[i + 2]!];
    const pp = pm.getEdgeAttribute(pm.edge(p, m)!, 'participations') as Participation[];
    const qq = pm.getEdgeAttribute(pm.edge(q, m)!, 'participations') as Participation[];
    const ma = graph.getNodeAttributes(m);
    hops.push({
      from: person(p),
      to: person(q),
      meeting: { id: m, kind: str(ma, 'kind') ?? 'Meeting', title: str(ma, 'title'), date: str(ma, 'date'), timeOfDay: str(ma, 'timeOfDay') },
      fromRoles: [...new Set(pp.map((x) => x.role))],
      toRoles: [...new Set(qq.map((x) => x.role))],
      evidence: [pp[0]!, qq[0]!].map((x) => evidenceOf(graph, x.edge)).filter((e): e is NonNullable<typeof e> => e !== null),
    });
  }
  return { status: 'ok', ...ends, hops };
}
