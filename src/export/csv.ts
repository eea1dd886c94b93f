/**
 * Nodes and relationships as two CSV files (csv-stringify) that a spreadsheet opens and that
 * `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv` reads:
 * headers `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed property columns
 * (`start:long`, `confidence:double`, `former:boolean`, `articles:string[]` with `;` between items).
 */
import { stringify } from 'csv-stringify/sync';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { cellText, columns, type ColumnType } from './attributes.js';

/** The item separator of list properties (neo4j-admin's default `--array-delimiter`). */
export const ARRAY_DELIMITER = ';';

function header(name: string, type: ColumnType): string {
  return type === 'string' ? name : `${name}:${type}`;
}

/** The two files' text: `nodes` (id:ID, :LABEL, properties) and `relationships` (:START_ID, :END_ID, :TYPE, id, properties). */
export function toCsv(graph: KnowledgeGraph): { nodes: string; relationships: string } {
  const nodeRows: Attributes[] = [];
  graph.forEachNode((_k, a) => nodeRows.push(a));
  const nodeCols = [...columns(nodeRows, new Set(['label', 'id']))];
  const nodes = [['id:ID', ':LABEL', ...nodeCols.map(([n, t]) => header(n, t))]];
  graph.forEachNode((id, a) => nodes.push([id, String(a.label ?? ''), ...nodeCols.map(([n, t]) => cellText(a[n], t, ARRAY_DELIMITER))]));

  const edgeRows: Attributes[] = [];
  graph.forEachEdge((_k, a) => edgeRows.push(a));
  const edgeCols = [...columns(edgeRows, new Set(['type', 'id']))];
  const rels = [[':START_ID', ':END_ID', ':TYPE', 'id', ...edgeCols.map(([n, t]) => header(n, t))]];
  graph.forEachEdge((id, a, s, t) => rels.push([s, t, String(a.type ?? ''), id, ...edgeCols.map(([n, ty]) => cellText(a[n], ty, ARRAY_DELIMITER))]));
  return { nodes: stringify(nodes, { record_delimiter: '\r\n' }), relationships: stringify(rels, { record_delimiter: '\r\n' }) };
}
