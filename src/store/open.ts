/**
 * Choosing a store: `--store memory|neo4j`, else Neo4j when NEO4J_URI is set, else the embedded
 * graphology file (`--graph`, MEETING_KG_GRAPH, `.meeting-kg/graph.json`).
 */
import { graphPath, MemoryGraphStore } from './memory/index.js';
import { Neo4jGraphStore } from './neo4j/neo4j-store.js';
import type { GraphStore, StoreKind } from './types.js';

export interface OpenStoreOptions {
  /** `memory` or `neo4j`; default by the environment. */
  store?: string | null;
  /** The embedded store's file. */
  graph?: string | null;
  env?: NodeJS.ProcessEnv;
}

/** Thrown for a store choice that cannot work; the message says what to do. */
export class StoreChoiceError extends Error {
  override name = 'StoreChoiceError';
}

/** The store kind the options and environment choose. */
export function storeKind(options: OpenStoreOptions = {}): StoreKind {
  const env = options.env ?? process.env;
  const kind = options.store ?? (env.NEO4J_URI?.trim() ? 'neo4j' : 'memory');
  if (kind !== 'memory' && kind !== 'neo4j') throw new StoreChoiceError(`--store must be memory or neo4j, not "${kind}"`);
  return kind;
}

/** Opens the chosen store (Neo4j: connected and verified; memory: file loaded). The caller closes it. */
export async function openGraphStore(options: OpenStoreOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  if (storeKind(options) === 'memory') return MemoryGraphStore.open(graphPath(options.graph ?? null, env));
  return Neo4jGraphStore.connect({ env });
}
