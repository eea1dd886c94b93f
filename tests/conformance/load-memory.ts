/**
 * Loads `ArticleGraph`s into a graphology graph the way the embedded store keeps them: node key =
 * id, attributes `{label, ...properties}`; edge key = id, attributes `{type, ...properties}`.
 * Nodes stated by several articles keep the union of their `articles`.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ArticleGraph } from '../../src/model/index.js';
import type { MemoryGraph } from '../../src/query/memory.js';

/** A fresh multi-directed graphology graph holding the given article graphs. */
export function memoryGraphFrom(graphs: readonly ArticleGraph[]): MemoryGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const g of graphs) {
    for (const n of g.nodes) {
      const prev = graph.hasNode(n.id) ? (graph.getNodeAttribute(n.id, 'articles') as string[] | undefined) : undefined;
      const articles = [...new Set([...(prev ?? []), ...((n.properties.articles as string[] | undefined) ?? [])])];
      graph.mergeNode(n.id, { label: n.label, ...n.properties, articles });
    }
    for (const r of g.relationships) {
      if (!graph.hasEdge(r.id)) graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { type: r.type, ...r.properties });
    }
  }
  return graph;
}
