/**
 * The two graphs the analytics run on, projected from the knowledge graph:
 *
 * - the person–meeting graph: undirected, a person joined to each meeting they chaired, attended
 *   or spoke at (one edge per pair, with the roles and the first evidence of each);
 * - the co-attendance graph: people only, two people joined when they sat in the same meeting,
 *   `weight` = the number of meetings they shared, `meetings` = their ids.
 */
import graphology from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { PARTICIPATION_TYPES, type KnowledgeGraph } from './subgraph.js';

const { UndirectedGraph } = graphology;

export type ProjectedGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A role a person had at a meeting, with the evidence edge it came from. */
export interface Participation {
  role: (typeof PARTICIPATION_TYPES)[number];
  edge: string;
}

/** Builds the person–meeting graph (node attributes copied; edge attribute `participations`). */
export function personMeetingGraph(graph: KnowledgeGraph): ProjectedGraph {
  const out = new UndirectedGraph<Attributes, Attributes, Attributes>();
  graph.forEachEdge((edge, attrs, source, target, sa, ta) => {
    if (!(PARTICIPATION_TYPES as readonly string[]).includes(String(attrs.type))) return;
    if (sa.label !== 'Person' || ta.label !== 'Meeting') return;
    out.mergeNode(source, { ...sa });
    out.mergeNode(target, { ...ta });
    const key = `${source}|${target}`;
    const participation: Participation = { role: attrs.type as Participation['role'], edge };
    if (out.hasEdge(key)) out.updateEdgeAttribute(key, 'participations', (p: Participation[] | undefined) => [...(p ?? []), participation]);
    else out.addEdgeWithKey(key, source, target, { participations: [participation] });
  });
  return out;
}

/** Builds the person–person co-attendance graph from a person–meeting graph. */
export function coAttendanceGraph(personMeeting: ProjectedGraph): ProjectedGraph {
  const out = new UndirectedGraph<Attributes, Attributes, Attributes>();
  personMeeting.forEachNode((id, attrs) => { if (attrs.label === 'Person') out.addNode(id, { ...attrs }); });
  personMeeting.forEachNode((meeting, attrs) => {
    if (attrs.label !== 'Meeting') return;
    const people = personMeeting.neighbors(meeting).sort();
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i]!;
        const b = people[j]!;
        const key = `${a}|${b}`;
        if (out.hasEdge(key)) {
          out.updateEdgeAttributes(key, (e) => ({ ...e, weight: (e.weight as number) + 1, meetings: [...(e.meetings as string[]), meeting] }));
        } else out.addEdgeWithKey(key, a, b, { weight: 1, meetings: [meeting] });
      }
    }
  });
  return out;
}
