/**
 * Where the embedded store's file is. A module of its own so that a question can find the file
 * without loading the store's writer (and the graph schemas it validates with).
 */
import { resolve } from 'node:path';

/** Default file of the embedded store, relative to the working directory. */
export const DEFAULT_GRAPH_PATH = '.meeting-kg/graph.json';
/** Environment variable overriding the embedded store's file. */
export const GRAPH_ENV = 'MEETING_KG_GRAPH';

/** The file the embedded store uses: `--graph`, else MEETING_KG_GRAPH, else `.meeting-kg/graph.json`. */
export function graphPath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(explicit || env[GRAPH_ENV] || DEFAULT_GRAPH_PATH);
}
