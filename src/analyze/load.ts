/**
 * Reading the graph an analysis, map or export covers into graphology, from either store: the
 * embedded store's file as it is, or, on Neo4j, the subgraph the filter selects (meetings chosen
 * with the same rules as `selectSubgraph`, then their neighbourhood, then every edge between the
 * chosen nodes). Neo4j Community has no graph-data-science library, so the algorithms run here.
 */
import { existsSync } from 'node:fs';
import graphology from 'graphology';
import type { Driver } from 'neo4j-driver';
import type { Attributes } from 'graphology-types';
import { graphPath, MemoryGraphStore } from '../store/memory/index.js';
import { dateHigh, inDateRange } from '../query/dates.js';
import { NodeLabelSchema } from '../model/graph.js';
import {
  isEmptyFilter,
  organizationMatches,
  personMatches,
  selectSubgraph,
  SubgraphFilterSchema,
  type KnowledgeGraph,
  type SubgraphFilter,
} from './subgraph.js';

const { MultiDirectedGraph } = graphology;

/** Where to read the graph from (the same choice as `meeting-kg ask`). */
export interface LoadGraphOptions {
  /** `memory` or `neo4j`; default: `neo4j` when NEO4J_URI is set, else `memory`. */
  store?: string;
  /** The embedded store's file. */
  graph?: string;
  env?: NodeJS.ProcessEnv;
  filter?: SubgraphFilter;
}

/** Thrown when the graph cannot be read; the message says what to do. */
export class GraphSourceError extends Error {
  override name = 'GraphSourceError';
}

/**
 * Reads the (filtered) graph into graphology. Returns the graph and where it came from.
 * Throws GraphSourceError for a missing graph file or a bad store choice; Neo4j connection
 * errors keep their own one-line message.
 */
export async function loadKnowledgeGraph(options: LoadGraphOptions = {}): Promise<{ graph: KnowledgeGraph; location: string }> {
  const env = options.env ?? process.env;
  const store = options.store ?? (env.NEO4J_URI?.trim() ? 'neo4j' : 'memory');
  if (store !== 'memory' && store !== 'neo4j') throw new GraphSourceError(`--store must be memory or neo4j, not "${store}"`);
  const filter = SubgraphFilterSchema.parse(options.filter ?? {});
  if (store === 'memory') {
    const file = graphPath(options.graph ?? null, env);
    if (!existsSync(file)) throw new GraphSourceError(`no graph at ${file}: run \`meeting-kg ingest <files…>\` first, or pass --graph <file> (or --store neo4j)`);
    return { graph: selectSubgraph(MemoryGraphStore.open(file).graph, filter), location: file };
  }
  // Loaded here: reading the graph file never loads the Neo4j driver.
  const { openDriver, resolveNeo4jConnection } = await import('../server/connection.js');
  const connection = await resolveNeo4jConnection({ env });
  const driver = await openDriver(connection);
  try {
    return { graph: await readNeo4jGraph(driver, filter), location: connection.uri };
  } finally {
    await driver.close();
  }
}

type Row = Record<string, unknown>;

async function read(driver: Driver, cypher: string, params: Record<string, unknown> = {}, database?: string): Promise<Row[]> {
  const { toPlain } = await import('../query/neo4j.js');
  const result = await driver.executeQuery(cypher, params, { routing: 'READ', ...(database ? { database } : {}) });
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

function withoutId(props: unknown): Attributes {
  const { id: _id, ...rest } = (props ?? {}) as Record<string, unknown>;
  return rest;
}

/**
 * Reads the subgraph a filter selects from Neo4j into a graphology graph with the embedded
 * store's attributes (node `{label, ...properties}`, edge `{type, ...properties}`, keys = ids).
 */
export async function readNeo4jGraph(driver: Driver, filter: SubgraphFilter = {}, database?: string): Promise<KnowledgeGraph> {
  const f = SubgraphFilterSchema.parse(filter);
  const graph = new MultiDirectedGraph<Attributes, Attributes, Attributes>({ allowSelfLoops: false });
  if (isEmptyFilter(f)) {
    for (const r of await read(driver, 'MATCH (n) WHERE n.id IS NOT NULL RETURN labels(n) AS labels, properties(n) AS props', {}, database)) {
      const label = (r.labels as string[]).find((l) => NodeLabelSchema.safeParse(l).success) ?? (r.labels as string[])[0];
      const props = r.props as Record<string, unknown>;
      graph.addNode(String(props.id), { label, ...withoutId(props) });
    }
    for (const r of await read(driver, 'MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS props', {}, database)) {
      const props = r.props as Record<string, unknown>;
      if (graph.hasNode(r.s) && graph.hasNode(r.t)) graph.addDirectedEdgeWithKey(String(props.id ?? `${r.type}:${r.s}:${r.t}:${graph.size}`), String(r.s), String(r.t), { type: r.type, ...withoutId(props) });
    }
    return graph;
  }
  // 1. The meetings: dates narrowed by the index, then the same rules as the embedded store.
  const candidates = await read(driver, `
    MATCH (m:Meeting)
    WHERE ($from IS NULL OR m.date >= left($from, 4)) AND ($to IS NULL OR m.date <= $to)
    RETURN m.id AS id, m.date AS date,
      [(m)-[:ORGANIZED_BY]->(o:Organization) | {name: o.name, aliases: coalesce(o.aliases, [])}] AS orgs,
      [(p:Person)-[:CHAIRED|ATTENDED|SPOKE_AT]->(m) | {name: p.name}] AS people`, { from: f.from ?? null, to: f.to ? dateHigh(f.to) : null }, database);
  const meetings = candidates
    .filter((m) => !(f.from || f.to) || inDateRange(m.date as string | null, f.from, f.to))
    .filter((m) => !f.organization || (m.orgs as Attributes[]).some((o) => organizationMatches(o, f.organization!)))
    .filter((m) => !f.person || (m.people as Attributes[]).some((p) => personMatches(p, f.person!)))
    .map((m) => String(m.id));
  // 2. Their neighbourhood, the posts of their people and the bodies of those posts, the authors of their articles.
  const near = await read(driver, `
    UNWIND $ids AS id MATCH (m:Meeting {id: id})
    CALL (m) {
      MATCH (m)--(n) RETURN n
      UNION MATCH (m)--(:Person)-[:HOLDS]->(n:Position) RETURN n
      UNION MATCH (m)--(:Person)-[:HOLDS]->(:Position)-[:OF]->(n:Organization) RETURN n
      UNION MATCH (m)--(:Article)<-[:WROTE]-(n:Author) RETURN n
      UNION RETURN m AS n
    }
    RETURN DISTINCT labels(n) AS labels, properties(n) AS props`, { ids: meetings }, database);
  const byLabel = new Map<string, string[]>();
  for (const r of near) {
    const label = (r.labels as string[]).find((l) => NodeLabelSchema.safeParse(l).success) ?? (r.labels as string[])[0]!;
    const props = r.props as Record<string, unknown>;
    const id = String(props.id);
    if (graph.hasNode(id)) continue;
    graph.addNode(id, { label, ...withoutId(props) });
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  // 3. Every edge between the chosen nodes (sources bound by label and id, an indexed seek).
  const all = graph.nodes();
  for (const [label, ids] of byLabel) {
    if (!NodeLabelSchema.safeParse(label).success) continue;
    const rows = await read(driver, `
      UNWIND $ids AS id MATCH (a:${label} {id: id})-[r]->(b)
      WHERE b.id IN $all
      RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS props`, { ids, all }, database);
    for (const r of rows) {
      const props = r.props as Record<string, unknown>;
      const key = String(props.id ?? `${r.type}:${r.s}:${r.t}:${graph.size}`);
      if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, String(r.s), String(r.t), { type: r.type, ...withoutId(props) });
    }
  }
  return graph;
}
