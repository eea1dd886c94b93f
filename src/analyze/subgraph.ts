/**
 * Choosing the part of the stored graph a map, an export or an analysis covers. The graph is the
 * embedded store's contract (graphology, node key = id, `{label, ...properties}`; edge key = id,
 * `{type, ...properties}`), whichever store it was read from.
 *
 * A filter picks meetings (held within `from`..`to`, organised by a body whose name or alias
 * contains `organization`, attended by `person`); the subgraph is those meetings, every node next
 * to them (people, bodies, articles, tasks), the posts those people held and the bodies of those
 * posts, with every stored edge between the chosen nodes. No filter: the whole graph.
 */
import graphology from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { z } from 'zod';
import { inDateRange } from '../query/dates.js';
import { searchKey } from '../model/keys.js';
import { DateFilterSchema } from '../query/schemas.js';

const { MultiDirectedGraph } = graphology;

/** The graph every analysis and export reads: the embedded store's attribute contract. */
export type KnowledgeGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Which meetings (and what is around them) to keep. */
export const SubgraphFilterSchema = z.object({
  organization: z.string().trim().min(1).optional(),
  person: z.string().trim().min(1).optional(),
  from: DateFilterSchema.optional(),
  to: DateFilterSchema.optional(),
});
export type SubgraphFilter = z.input<typeof SubgraphFilterSchema>;

/** Relationship types that tie a person to a meeting. */
export const PARTICIPATION_TYPES = ['CHAIRED', 'ATTENDED', 'SPOKE_AT'] as const;

/** True when the filter selects nothing in particular (the whole graph). */
export function isEmptyFilter(filter: SubgraphFilter = {}): boolean {
  return !filter.organization && !filter.person && !filter.from && !filter.to;
}

/** Whether a body's name or one of its aliases contains the folded words of `text`. */
export function organizationMatches(attrs: Attributes, text: string): boolean {
  const q = searchKey(text);
  const names = [attrs.name, ...(Array.isArray(attrs.aliases) ? attrs.aliases : [])].filter((n): n is string => typeof n === 'string');
  return names.some((n) => searchKey(n).includes(q));
}

/** Whether a person's name is the given one, with or without diacritics. */
export function personMatches(attrs: Attributes, text: string): boolean {
  return typeof attrs.name === 'string' && searchKey(attrs.name) === searchKey(text);
}

/** Ids of the meetings the filter keeps. */
export function selectMeetings(graph: KnowledgeGraph, filter: SubgraphFilter = {}): string[] {
  const f = SubgraphFilterSchema.parse(filter);
  const out: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.label !== 'Meeting') return;
    if ((f.from || f.to) && !inDateRange(attrs.date as string | null, f.from, f.to)) return;
    if (f.organization) {
      let ok = false;
      graph.forEachOutEdge(id, (_e, ea, _s, t, _sa, ta) => {
        if (ea.type === 'ORGANIZED_BY' && organizationMatches(ta, f.organization!)) ok = true;
      });
      if (!ok) return;
    }
    if (f.person) {
      let ok = false;
      graph.forEachInEdge(id, (_e, ea, _s, _t, sa) => {
        if ((PARTICIPATION_TYPES as readonly string[]).includes(String(ea.type)) && personMatches(sa, f.person!)) ok = true;
      });
      if (!ok) return;
    }
    out.push(id);
  });
  return out;
}

/** The node ids a filter covers (see the module comment), given the chosen meetings. */
export function expandMeetings(graph: KnowledgeGraph, meetings: readonly string[]): Set<string> {
  const keep = new Set<string>(meetings);
  for (const m of meetings) graph.forEachNeighbor(m, (n) => keep.add(n));
  for (const id of [...keep]) {
    if (graph.getNodeAttribute(id, 'label') !== 'Person') continue;
    graph.forEachOutEdge(id, (_e, ea, _s, position) => {
      if (ea.type !== 'HOLDS') return;
      keep.add(position);
      graph.forEachOutEdge(position, (_e2, a2, _s2, org) => { if (a2.type === 'OF') keep.add(org); });
    });
  }
  for (const id of [...keep]) {
    if (graph.getNodeAttribute(id, 'label') !== 'Article') continue;
    graph.forEachInEdge(id, (_e, ea, author) => { if (ea.type === 'WROTE') keep.add(author); });
  }
  return keep;
}

/** A new graph with the given nodes and every edge between them (attributes copied). */
export function inducedSubgraph(graph: KnowledgeGraph, nodes: ReadonlySet<string>): KnowledgeGraph {
  const out = new MultiDirectedGraph<Attributes, Attributes, Attributes>({ allowSelfLoops: false });
  graph.forEachNode((id, attrs) => { if (nodes.has(id)) out.addNode(id, { ...attrs }); });
  graph.forEachEdge((id, attrs, s, t) => { if (nodes.has(s) && nodes.has(t)) out.addDirectedEdgeWithKey(id, s, t, { ...attrs }); });
  return out;
}

/** The part of `graph` the filter covers; the graph itself when the filter is empty. */
export function selectSubgraph(graph: KnowledgeGraph, filter: SubgraphFilter = {}): KnowledgeGraph {
  if (isEmptyFilter(filter)) return graph;
  return inducedSubgraph(graph, expandMeetings(graph, selectMeetings(graph, filter)));
}
