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

/** A full-text index a schema statement creates: its name and whether it is eventually consistent. */
export function fulltextIndexOf(statement: string): { name: string; eventuallyConsistent: boolean } | null {
  const m = /^CREATE\s+FULLTEXT\s+INDEX\s+(\w+)/i.exec(statement);
  if (!m?.[1]) return null;
  return { name: m[1], eventuallyConsistent: /`fulltext\.eventually_consistent`\s*:\s*true/i.test(statement) };
}

/**
 * Creates every constraint and index of the schema (IF NOT EXISTS) and waits until they are online.
 * A full-text index that exists with another consistency than the schema's (a database made before
 * the schema's indexes became eventually consistent) is dropped first and built again from the
 * stored nodes: `IF NOT EXISTS` alone would keep the old one. Resolves to the number of statements.
 */
export async function applySchema(driver: Driver, options: { database?: string; file?: string } = {}): Promise<number> {
  const statements = cypherStatements(readFileSync(options.file ?? SCHEMA_FILE, 'utf8'));
  const session = driver.session({ ...(options.database ? { database: options.database } : {}) });
  try {
    const existing = await session.run('SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options');
    const consistency = new Map(existing.records.map((r) => {
      const config = (r.get('options') as { indexConfig?: Record<string, unknown> } | null)?.indexConfig ?? {};
      return [String(r.get('name')), config['fulltext.eventually_consistent'] === true] as const;
    }));
    for (const statement of statements) {
      const fulltext = fulltextIndexOf(statement);
      if (fulltext && consistency.has(fulltext.name) && consistency.get(fulltext.name) !== fulltext.eventuallyConsistent) {
        // The name comes from our own schema file (\w+ only).
        await session.run(`DROP INDEX ${fulltext.name} IF EXISTS`);
      }
      await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
