/**
 * `meeting-kg export --format …`: the knowledge graph (or the part a filter selects) written as
 * html (the interactive map), graphml, gexf, json (graphology's serialisation, the embedded
 * store's attributes), csv (nodes + relationships files for spreadsheets and neo4j-admin) or popolo.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toMapHtml } from './html.js';
import { toPopolo } from './popolo.js';

export const EXPORT_FORMATS = ['html', 'graphml', 'gexf', 'json', 'csv', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The default output of each format (csv: a folder holding nodes.csv and relationships.csv). */
export const DEFAULT_OUTPUT: Record<ExportFormat, string> = {
  html: 'meeting-kg-map.html',
  graphml: 'meeting-kg.graphml',
  gexf: 'meeting-kg.gexf',
  json: 'meeting-kg.json',
  csv: 'meeting-kg-csv',
  popolo: 'meeting-kg-popolo.json',
};

/** graphology's own serialisation of the graph (`graph.export()`), as JSON text. */
export function toGraphJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

export interface ExportResult {
  format: ExportFormat;
  files: Array<{ path: string; bytes: number }>;
  nodes: number;
  edges: number;
  /** What the files hold when that is not the graph's nodes and edges (Popolo: its record counts). */
  contents?: string;
}

/** Writes the graph in one format to `out` (a file; for csv a folder). Throws on an unwritable path. */
export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, out: string = DEFAULT_OUTPUT[format], options: { title?: string } = {}): ExportResult {
  const target = resolve(out);
  const files: Array<{ path: string; bytes: number }> = [];
  let contents: string | undefined;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files.push({ path, bytes: statSync(path).size });
  };
  switch (format) {
    case 'html': write(target, toMapHtml(graph, options.title ? { title: options.title } : {})); break;
    case 'graphml': write(target, toGraphml(graph)); break;
    case 'gexf': write(target, toGexf(graph)); break;
    case 'json': write(target, toGraphJson(graph)); break;
    case 'popolo': {
      const popolo = toPopolo(graph);
      write(target, `${JSON.stringify(popolo, null, 1)}\n`);
      const count = (n: number, what: string) => `${n} ${what}`;
      contents = [count(popolo.persons.length, 'persons'), count(popolo.organizations.length, 'organizations'), count(popolo.posts.length, 'posts'), count(popolo.memberships.length, 'memberships'), count(popolo.events.length, 'events')].join(', ');
      break;
    }
    case 'csv': {
      const { nodes, relationships } = toCsv(graph);
      write(join(target, 'nodes.csv'), nodes);
      write(join(target, 'relationships.csv'), relationships);
      break;
    }
    default: throw new Error(`unknown export format ${String(format)}`);
  }
  return { format, files, nodes: graph.order, edges: graph.size, ...(contents ? { contents } : {}) };
}
