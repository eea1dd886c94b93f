/**
 * Puts hand-built `ArticleGraph`s into a real Neo4j for the conformance suite: wipes the
 * database, applies the schema (`cypher/schema.cypher` when the ingest stage has written it, else
 * the few constraints and indexes the queries rely on), then writes nodes and relationships with
 * parameterised UNWIND batches (labels and types from the model's allowlist).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { NodeLabelSchema, RelationshipTypeSchema, type ArticleGraph } from '../../src/model/index.js';

const schemaFile = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));

/** The constraints and indexes the query helpers need, used when there is no schema.cypher yet. */
const FALLBACK_SCHEMA = [
  ...NodeLabelSchema.options.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  ...['Person', 'Organization', 'Position'].map((l) => `CREATE INDEX ${l.toLowerCase()}_name_key IF NOT EXISTS FOR (n:${l}) ON (n.nameKey)`),
  `CREATE FULLTEXT INDEX nameSearch IF NOT EXISTS FOR (n:Person|Organization|Position) ON EACH [n.nameFolded]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
];

/** The statements of a .cypher file: `;`-separated, `//` comment lines dropped. */
export function cypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The schema statements in force: schema.cypher when present, else the fallback. */
export function schemaStatements(): string[] {
  return existsSync(schemaFile) ? cypherStatements(readFileSync(schemaFile, 'utf8')) : FALLBACK_SCHEMA;
}

/** Deletes everything, applies the schema, writes the graphs; waits for indexes to be online and current. */
export async function loadNeo4j(driver: Driver, graphs: readonly ArticleGraph[]): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    for (const g of graphs) {
      await session.executeWrite(async (tx) => {
        for (const label of NodeLabelSchema.options) {
          const rows = g.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, props: n.properties }));
          if (rows.length === 0) continue;
          await tx.run(
            `UNWIND $rows AS row
             MERGE (n:${label} {id: row.id})
             SET n += row.props`,
            { rows },
          );
          // `articles` is the union over the articles that state the node.
          await tx.run(
            `UNWIND $rows AS row MATCH (n:${label} {id: row.id})
             SET n.articles = [a IN coalesce(n.articles, []) WHERE NOT a IN row.articles] + row.articles`,
            { rows: rows.map((r) => ({ id: r.id, articles: [g.articleId] })) },
          );
        }
        for (const type of RelationshipTypeSchema.options) {
          const rows = g.relationships
            .filter((r) => r.type === type)
            .map((r) => ({
              id: r.id,
              from: r.from,
              to: r.to,
              fromLabel: g.nodes.find((n) => n.id === r.from)?.label,
              toLabel: g.nodes.find((n) => n.id === r.to)?.label,
              props: r.properties,
            }));
          for (const fromLabel of NodeLabelSchema.options) {
            for (const toLabel of NodeLabelSchema.options) {
              const batch = rows.filter((r) => r.fromLabel === fromLabel && r.toLabel === toLabel);
              if (batch.length === 0) continue;
              await tx.run(
                `UNWIND $rows AS row
                 MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to})
                 MERGE (a)-[r:${type} {id: row.id}]->(b)
                 SET r += row.props`,
                { rows: batch },
              );
            }
          }
        }
      });
    }
    // The schema's full-text indexes are eventually consistent: searches must see what was written.
    await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await session.close();
  }
}
