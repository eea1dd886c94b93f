/**
 * Choosing a store: `--store memory|neo4j`, else Neo4j when NEO4J_URI is set, else the embedded
 * graphology file (`--graph`, MEETING_KG_GRAPH, `.meeting-kg/graph.json`).
 */
import { graphPath, MemoryGraphStore } from './memory/index.js';
import { Neo4jGraphStore } from './neo4j/neo4j-store.js';
import type { DEFAULT_BATCH_SIZE, GraphStore, StoreKind } from './types.js';

export interface OpenStoreOptions {
  /** `memory` or `neo4j`; default by the environment. */
  store?: string | null;
  /** The embedded store's file. */
  graph?: string | null;
  env?: NodeJS.ProcessEnv;
  /** Embedded store: how long to wait for another writer of the file (ms; default 0). */
  waitMs?: number;
  /** Embedded store: told once when another writer holds the file. */
  onWait?: (message: string) => void;
  /** Told about temp files of killed runs removed, a lock lost (embedded store), retries of a server gone (Neo4j). */
  onWarning?: (message: string) => void;
  /** Embedded store: least time between two checkpoints of a long run (ms). */
  checkpointMs?: number;
  /** Neo4j: most articles per write transaction (default the store's {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
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

/**
 * Opens the chosen store to write it (Neo4j: connected and verified; memory: the file's writer lock
 * taken, then the file loaded; throws GraphLockedError naming the other writer). The caller closes it.
 */
export async function openGraphStore(options: OpenStoreOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  if (storeKind(options) === 'memory') {
    return MemoryGraphStore.openForWriting(graphPath(options.graph ?? null, env), {
      ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}),
      ...(options.onWait ? { onWait: options.onWait } : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
      ...(options.checkpointMs !== undefined ? { checkpointMs: options.checkpointMs } : {}),
    });
  }
  return Neo4jGraphStore.connect({ env, ...(options.onWarning ? { onRetry: options.onWarning } : {}), ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}) });
}
