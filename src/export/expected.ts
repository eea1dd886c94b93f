/** The counts an export of a graph must read back to (see `readBack`). */
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import type { ExportFormat } from './export.js';
import { mapData } from './map-data.js';
import type { ReadBackCounts } from './read-back.js';

/** Expected read-back counts of `format` for `graph` (the map's are computed from its payload rules). */
export function expectedCounts(graph: KnowledgeGraph, format: ExportFormat): ReadBackCounts {
  if (format === 'popolo') {
    const count = (label: string) => graph.filterNodes((_n, a) => a.label === label).length;
    const memberships = new Set<string>();
    const attendances = new Set<string>();
    graph.forEachEdge((_e, a, s, t, sa, ta) => {
      if (a.type === 'HOLDS' && sa.label === 'Person' && ta.label === 'Position') memberships.add(`${s}|${t}`);
      if ((a.type === 'CHAIRED' || a.type === 'ATTENDED' || a.type === 'SPOKE_AT') && sa.label === 'Person' && ta.label === 'Meeting') attendances.add(`${s}|${t}`);
    });
    const popolo = { persons: count('Person'), organizations: count('Organization'), posts: count('Position'), memberships: memberships.size, events: count('Meeting'), attendances: attendances.size };
    return { nodes: popolo.persons + popolo.organizations + popolo.posts + popolo.events, edges: popolo.memberships + popolo.attendances, popolo };
  }
  if (format === 'html') {
    const d = mapData(graph, { iterations: 1 });
    return { nodes: d.nodes.length, edges: d.edges.length };
  }
  return { nodes: graph.order, edges: graph.size };
}
