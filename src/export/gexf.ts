/**
 * GEXF (Gephi's format) with graphology-gexf: each node's label is its readable name, its kind is
 * the `kind` attribute (Person, Meeting, …) and its colour the kind's; every other attribute is
 * kept (string lists as GEXF `liststring`).
 */
import { createRequire } from 'node:module';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { displayName, KIND_COLORS } from './names.js';

const require = createRequire(import.meta.url);
const gexf: typeof import('graphology-gexf') = require('graphology-gexf');

function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

const defined = (a: Attributes): Attributes => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== undefined));

/**
 * graphology-gexf 0.13 declares the viz namespace as `http:///www.gexf.net/1.1draft/viz` (a
 * malformed URI, and the 1.1 draft in a 1.2 document); strict XML tools then miss the colours.
 */
const WRITTEN_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const GEXF_12_VIZ_NAMESPACE = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/** The graph as a GEXF 1.2 document (UTF-8 XML text). */
export function toGexf(graph: KnowledgeGraph): string {
  return writeGexf(graph).replace(WRITTEN_VIZ_NAMESPACE, GEXF_12_VIZ_NAMESPACE);
}

function writeGexf(graph: KnowledgeGraph): string {
  return gexf.write(graph, {
    formatNode: (key: string, attrs: Attributes) => {
      const { label, ...rest } = attrs;
      return { label: displayName(key, attrs), attributes: defined({ kind: label, ...rest }), viz: { color: hexToRgb(KIND_COLORS[String(label)] ?? '#999999') } };
    },
    formatEdge: (_key: string, attrs: Attributes) => ({ label: String(attrs.type ?? ''), attributes: defined(attrs) }),
  } as never);
}
