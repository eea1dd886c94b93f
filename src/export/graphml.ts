/**
 * A GraphML writer (graphology-graphml only parses). Every node and edge attribute becomes a
 * `<key>` with its type (`boolean`, `long`, `double`, `string`); string lists are written as JSON
 * text. The node's `label` (Person, Meeting, …) is an attribute like the others.
 */
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { columns, type ColumnType } from './attributes.js';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even as references.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const GRAPHML_TYPE: Record<ColumnType, string> = { boolean: 'boolean', long: 'long', double: 'double', string: 'string', 'string[]': 'string' };

function text(v: unknown, type: ColumnType): string {
  if (Array.isArray(v)) return JSON.stringify(v);
  if (type === 'string' && typeof v !== 'string') return String(v);
  return String(v);
}

/** The graph as a GraphML document (directed; edge ids kept). */
export function toGraphml(graph: KnowledgeGraph): string {
  const nodeRows: Array<Record<string, unknown>> = [];
  graph.forEachNode((_id, a) => nodeRows.push(a));
  const edgeRows: Array<Record<string, unknown>> = [];
  graph.forEachEdge((_id, a) => edgeRows.push(a));
  const nodeCols = columns(nodeRows);
  const edgeCols = columns(edgeRows);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const nodeKey = new Map<string, string>();
  const edgeKey = new Map<string, string>();
  [...nodeCols].forEach(([name, type], i) => {
    nodeKey.set(name, `n${i}`);
    out.push(`  <key id="n${i}" for="node" attr.name="${escape(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`);
  });
  [...edgeCols].forEach(([name, type], i) => {
    edgeKey.set(name, `e${i}`);
    out.push(`  <key id="e${i}" for="edge" attr.name="${escape(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`);
  });
  out.push('  <graph id="meeting-kg" edgedefault="directed">');
  graph.forEachNode((id, attrs) => {
    out.push(`    <node id="${escape(id)}">`);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || !nodeKey.has(k)) continue;
      out.push(`      <data key="${nodeKey.get(k)}">${escape(text(v, nodeCols.get(k)!))}</data>`);
    }
    out.push('    </node>');
  });
  graph.forEachEdge((id, attrs, source, target) => {
    out.push(`    <edge id="${escape(id)}" source="${escape(source)}" target="${escape(target)}">`);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || !edgeKey.has(k)) continue;
      out.push(`      <data key="${edgeKey.get(k)}">${escape(text(v, edgeCols.get(k)!))}</data>`);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
