/**
 * The Neo4j schema (`cypher/schema.cypher`): constraints and indexes, applied idempotently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';

/** `cypher/schema.cypher` of this package (works from `src/` and from `dist/`). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../cypher/schema.cypher', import.meta.url));

/** The statements of a Cypher script: split at `;` ending a line, `//` comment lines dropped. */
export function cypherStatements(script: string): string[] {
  const lines = script.split(/\r?\n/).filter((l) => !/^\s*\/\//.test(l));
  return lines
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Creates every constraint and index of the schema (IF NOT EXISTS) and waits until they are online. */
export async function applySchema(driver: Driver, options: { database?: string; file?: string } = {}): Promise<number> {
  const statements = cypherStatements(readFileSync(options.file ?? SCHEMA_FILE, 'utf8'));
  const session = driver.session({ ...(options.database ? { database: options.database } : {}) });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
