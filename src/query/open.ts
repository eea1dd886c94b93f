/**
 * Opening the query helpers on the store a command names: `--store memory|neo4j`, or by the
 * environment (NEO4J_URI set → Neo4j, else the embedded graph file), like `meeting-kg ingest`.
 */
import { existsSync } from 'node:fs';
import { graphFingerprint, graphPath, IndexedGraph, MemoryGraphStore, writeGraphIndex } from '../store/memory/index.js';
import { MemoryQueries, type MemoryGraph } from './memory.js';
import type { MeetingQueries } from './schemas.js';

export interface OpenQueriesOptions {
  /** `memory` or `neo4j`; default: `neo4j` when NEO4J_URI is set, else `memory`. */
  store?: string;
  /** The embedded store's file (default MEETING_KG_GRAPH, else `.meeting-kg/graph.json`). */
  graph?: string;
  env?: NodeJS.ProcessEnv;
}

/** Thrown when the store cannot be opened; the message says what to do. */
export class QueryStoreError extends Error {
  override name = 'QueryStoreError';
}

/** The store kind a command will read. */
export function queryStoreKind(options: OpenQueriesOptions = {}): 'memory' | 'neo4j' {
  const env = options.env ?? process.env;
  const store = options.store ?? (env.NEO4J_URI?.trim() ? 'neo4j' : 'memory');
  if (store !== 'memory' && store !== 'neo4j') throw new QueryStoreError(`--store must be memory or neo4j, not "${store}"`);
  return store;
}

/**
 * The graph of a graph file to answer from: its index when that is there and up to date (read
 * lazily: a question reads only what it needs); else the whole file, and then its index is
 * written for the next time (when that fails, e.g. a read-only folder, nothing is lost). Throws a
 * clear Error on an unreadable graph file.
 */
export function openGraphForQueries(file: string): IndexedGraph | MemoryGraph {
  const indexed = IndexedGraph.open(file);
  if (indexed instanceof IndexedGraph) return indexed;
  let print: ReturnType<typeof graphFingerprint> | null = null;
  try {
    print = graphFingerprint(file);
  } catch {
    // The open below says what is wrong with the file.
  }
  const graph = MemoryGraphStore.open(file).graph;
  if (print) {
    try {
      writeGraphIndex(graph, file, print);
    } catch {
      // Only a faster next question is lost.
    }
  }
  return graph;
}

/** Opens the query helpers on the chosen store; the caller closes them. */
export async function openQueries(options: OpenQueriesOptions = {}): Promise<MeetingQueries & { location: string }> {
  const env = options.env ?? process.env;
  if (queryStoreKind(options) === 'memory') {
    const file = graphPath(options.graph ?? null, env);
    if (!existsSync(file)) {
      throw new QueryStoreError(`no graph at ${file}: run \`meeting-kg ingest <files…>\` first, or pass --graph <file> (or --store neo4j)`);
    }
    return Object.assign(new MemoryQueries(openGraphForQueries(file)), { location: file });
  }
  // Loaded here, not at the top: answering from the graph file never loads the Neo4j driver.
  const { openDriver, resolveNeo4jConnection } = await import('../server/connection.js');
  const { Neo4jQueries } = await import('./neo4j.js');
  const connection = await resolveNeo4jConnection({ env });
  const driver = await openDriver(connection);
  return Object.assign(new Neo4jQueries(driver, { ownsDriver: true }), { location: connection.uri });
}
