/**
 * Opening the query helpers on the store a command names: `--store memory|neo4j`, or by the
 * environment (NEO4J_URI set → Neo4j, else the embedded graph file), like `meeting-kg ingest`.
 */
import { existsSync, rmSync } from 'node:fs';
// The index reader and the file's path only: the store itself (its writer, and the graph schemas
// it validates with) is loaded only when a graph file has no index yet (see open-graph.ts).
import { IndexDamagedError, IndexedGraph } from '../store/memory/graph-index.js';
import { graphPath } from '../store/memory/graph-path.js';
import { MemoryQueries } from './memory.js';
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
 * The helpers of a graph file's index, which checks each of its parts when a question first reads
 * it: a question that meets a damaged part (IndexDamagedError) is asked again after that file is
 * removed — from the graph file (which writes the index again) or, for a name file, from the index
 * (which builds it again) — so that a damaged index never answers, nor stops a question.
 */
function answeringDespiteDamage(file: string, first: MemoryQueries): MeetingQueries {
  let queries = first;
  const removed = new Set<string>();
  const ask = async <T>(question: (q: MeetingQueries) => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await question(queries);
      } catch (error) {
        // The same file damaged again (it could not be removed): say so.
        if (!(error instanceof IndexDamagedError) || removed.has(error.file)) throw error;
        removed.add(error.file);
        await queries.close();
        try {
          rmSync(error.file, { force: true });
        } catch {
          // Not removable: the question meets it again and fails with its error.
        }
        queries = new MemoryQueries((await import('./open-graph.js')).openGraphForQueries(file));
      }
    }
  };
  return {
    chairs: (input) => ask((q) => q.chairs(input)),
    holders: (input) => ask((q) => q.holders(input)),
    personTimeline: (person) => ask((q) => q.personTimeline(person)),
    meetings: (input) => ask((q) => q.meetings(input)),
    meeting: (id) => ask((q) => q.meeting(id)),
    tasks: (input) => ask((q) => q.tasks(input)),
    coAttendance: (person) => ask((q) => q.coAttendance(person)),
    search: (input) => ask((q) => q.search(input)),
    close: () => queries.close(),
  };
}

/** Opens the query helpers on the chosen store; the caller closes them. */
export async function openQueries(options: OpenQueriesOptions = {}): Promise<MeetingQueries & { location: string }> {
  const env = options.env ?? process.env;
  if (queryStoreKind(options) === 'memory') {
    const file = graphPath(options.graph ?? null, env);
    if (!existsSync(file)) {
      throw new QueryStoreError(`no graph at ${file}: run \`meeting-kg ingest <files…>\` first, or pass --graph <file> (or --store neo4j)`);
    }
    const indexed = IndexedGraph.open(file);
    if (indexed instanceof IndexedGraph) return Object.assign(answeringDespiteDamage(file, new MemoryQueries(indexed)), { location: file });
    return Object.assign(new MemoryQueries((await import('./open-graph.js')).openGraphForQueries(file)), { location: file });
  }
  // Loaded here, not at the top: answering from the graph file never loads the Neo4j driver.
  const { openDriver, resolveNeo4jConnection } = await import('../server/connection.js');
  const { Neo4jQueries } = await import('./neo4j.js');
  const connection = await resolveNeo4jConnection({ env });
  const driver = await openDriver(connection);
  return Object.assign(new Neo4jQueries(driver, { ownsDriver: true }), { location: connection.uri });
}
