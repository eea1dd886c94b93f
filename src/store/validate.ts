/**
 * Checks an ArticleGraph before any store touches it, so a write never fails half-way for a
 * reason known in advance: labels and types from the allowlist, edges between the batch's own
 * nodes, every edge carrying its article, unique ids.
 */
import { NodeLabelSchema, RelationshipTypeSchema, type ArticleGraph, type NodeLabel } from '../model/graph.js';
import { GraphWriteError } from './types.js';

/** Throws GraphWriteError when `g` cannot be written as is; returns node labels by id. */
export function validateArticleGraph(g: ArticleGraph): Map<string, NodeLabel> {
  const labels = new Map<string, NodeLabel>();
  if (!g.articleId) throw new GraphWriteError('(none)', 'the graph has no article id');
  for (const n of g.nodes) {
    if (!NodeLabelSchema.safeParse(n.label).success) throw new GraphWriteError(g.articleId, `unknown node label ${JSON.stringify(n.label)}`);
    if (typeof n.id !== 'string' || n.id === '') throw new GraphWriteError(g.articleId, 'a node without an id');
    const seen = labels.get(n.id);
    if (seen && seen !== n.label) throw new GraphWriteError(g.articleId, `node ${n.id} is both ${seen} and ${n.label}`);
    labels.set(n.id, n.label);
  }
  if (labels.get(g.articleId) !== 'Article') throw new GraphWriteError(g.articleId, 'the graph lacks its Article node');
  const edgeIds = new Set<string>();
  for (const r of g.relationships) {
    if (!RelationshipTypeSchema.safeParse(r.type).success) throw new GraphWriteError(g.articleId, `unknown relationship type ${JSON.stringify(r.type)}`);
    if (!labels.has(r.from) || !labels.has(r.to)) throw new GraphWriteError(g.articleId, `${r.type} edge ${r.id} points outside the article's nodes`);
    if (r.properties.article !== g.articleId) throw new GraphWriteError(g.articleId, `${r.type} edge ${r.id} does not carry article ${g.articleId}`);
    if (edgeIds.has(r.id)) throw new GraphWriteError(g.articleId, `duplicate edge id ${r.id}`);
    edgeIds.add(r.id);
  }
  return labels;
}

/** Empty per-label / per-type count records. */
export function zeroCounts(): { nodes: Record<NodeLabel, number>; relationships: Record<(typeof RelationshipTypeSchema.options)[number], number> } {
  const nodes = Object.fromEntries(NodeLabelSchema.options.map((l) => [l, 0])) as Record<NodeLabel, number>;
  const relationships = Object.fromEntries(RelationshipTypeSchema.options.map((t) => [t, 0])) as Record<(typeof RelationshipTypeSchema.options)[number], number>;
  return { nodes, relationships };
}
