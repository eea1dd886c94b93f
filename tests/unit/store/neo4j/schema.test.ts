/**
 * The schema file's full-text indexes: eventually consistent (an ingest refreshes them once at its
 * end), and recognised by name so that `applySchema` can replace an older consistent one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypherStatements, fulltextIndexOf, SCHEMA_FILE } from '../../../../src/store/neo4j/schema.js';

describe('schema full-text indexes', () => {
  it('reads the name and consistency of a CREATE FULLTEXT INDEX statement, and nothing of other statements', () => {
    expect(fulltextIndexOf("CREATE FULLTEXT INDEX peopleSearch IF NOT EXISTS FOR (n:Person) ON EACH [n.nameFolded]\n  OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }"))
      .toEqual({ name: 'peopleSearch', eventuallyConsistent: true });
    expect(fulltextIndexOf("CREATE FULLTEXT INDEX bodies FOR (n:Organization) ON EACH [n.aliasesFolded] OPTIONS { indexConfig: { `fulltext.eventually_consistent`: false } }"))
      .toEqual({ name: 'bodies', eventuallyConsistent: false });
    expect(fulltextIndexOf('CREATE FULLTEXT INDEX plain FOR (n:Place) ON EACH [n.name]')).toEqual({ name: 'plain', eventuallyConsistent: false });
    expect(fulltextIndexOf('CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey)')).toBeNull();
    expect(fulltextIndexOf('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE')).toBeNull();
  });

  it('makes both search indexes of cypher/schema.cypher eventually consistent', () => {
    const fulltext = cypherStatements(readFileSync(SCHEMA_FILE, 'utf8')).map(fulltextIndexOf).filter((f) => f !== null);
    expect(fulltext).toEqual([{ name: 'nameSearch', eventuallyConsistent: true }, { name: 'aliasSearch', eventuallyConsistent: true }]);
  });
});
