/**
 * Reading an export back with the formats' own parsers — graphology-gexf, graphology-graphml,
 * graphology's `import`, csv-parse, the Popolo zod schema — to count what it holds. Tests and
 * the export benchmark use it to check that every export keeps every node and relationship.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import graphology from 'graphology';
import { parse as parseCsv } from 'csv-parse/sync';
import { PopoloSchema } from './popolo.js';
import type { ExportFormat } from './export.js';

const require = createRequire(import.meta.url);
const gexf: typeof import('graphology-gexf') = require('graphology-gexf');
const graphml: typeof import('graphology-graphml') = require('graphology-graphml');
const { MultiDirectedGraph } = graphology;

/** What an export holds: nodes and edges (Popolo: its five lists). */
export interface ReadBackCounts {
  nodes: number;
  edges: number;
  popolo?: { persons: number; organizations: number; posts: number; memberships: number; events: number; attendances: number };
}

/** Parses the written export at `path` (csv: the folder) and counts it. Throws when it does not parse. */
export function readBack(format: ExportFormat, path: string): ReadBackCounts {
  switch (format) {
    case 'gexf': {
      const g = gexf.parse(MultiDirectedGraph, readFileSync(path, 'utf8'));
      return { nodes: g.order, edges: g.size };
    }
    case 'graphml': {
      const g = graphml.parse(MultiDirectedGraph, readFileSync(path, 'utf8'));
      return { nodes: g.order, edges: g.size };
    }
    case 'json': {
      const g = new MultiDirectedGraph();
      g.import(JSON.parse(readFileSync(path, 'utf8')));
      return { nodes: g.order, edges: g.size };
    }
    case 'csv': {
      const nodes = parseCsv(readFileSync(join(path, 'nodes.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
      const rels = parseCsv(readFileSync(join(path, 'relationships.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
      const ids = new Set(nodes.map((n) => n['id:ID']));
      const dangling = rels.filter((r) => !ids.has(r[':START_ID']) || !ids.has(r[':END_ID'])).length;
      if (dangling > 0) throw new Error(`${dangling} relationships of ${path} name a node that nodes.csv lacks`);
      return { nodes: nodes.length, edges: rels.length };
    }
    case 'popolo': {
      const p = PopoloSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const popolo = {
        persons: p.persons.length, organizations: p.organizations.length, posts: p.posts.length,
        memberships: p.memberships.length, events: p.events.length, attendances: p.events.reduce((a, e) => a + e.attendees.length, 0),
      };
      return { nodes: popolo.persons + popolo.organizations + popolo.posts + popolo.events, edges: popolo.memberships + popolo.attendances, popolo };
    }
    case 'html': {
      const html = readFileSync(path, 'utf8');
      const m = /<script type="application\/json" id="mkg-data">([\s\S]*?)<\/script>/.exec(html);
      if (!m) throw new Error(`${path} holds no map data`);
      const data = JSON.parse(m[1]!) as { nodes: unknown[]; edges: unknown[] };
      return { nodes: data.nodes.length, edges: data.edges.length };
    }
    default:
      throw new Error(`unknown format ${String(format)}`);
  }
}
