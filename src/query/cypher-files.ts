/**
 * The Cypher library in `cypher/*.cypher`: one file per common question, shared by the Neo4j
 * query helpers (which run them verbatim, with parameters) and by Cypher users.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The question files the helpers run (file name without `.cypher`). */
export const QUERY_FILES = [
  'chairs',
  'chairs-in-range',
  'chairs-of-organization',
  'chairs-by-person',
  'holders-of-position',
  'holders-in-organization',
  'person-timeline',
  'meetings',
  'meetings-in-range',
  'meetings-of-organization',
  'meeting',
  'tasks',
  'tasks-in-range',
  'tasks-of-organization',
  'tasks-issued-by',
  'co-attendance',
  'search',
  'organizations-by-alias',
] as const;
export type QueryFile = (typeof QUERY_FILES)[number];

let cypherDir: string | undefined;

/** The package's `cypher/` folder (found from this module, in `src/` or in `dist/`). */
export function cypherDirectory(): string {
  if (cypherDir) return cypherDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'chairs.cypher'))) return (cypherDir = candidate);
    dir = dirname(dir);
  }
  throw new Error('the cypher/ folder of meeting-kg was not found next to the package');
}

const cache = new Map<QueryFile, string>();

/** The text of one question file (comments kept: Neo4j ignores them). */
export function cypherQuery(name: QueryFile): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDirectory(), `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
