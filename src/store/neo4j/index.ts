/** The Neo4j store: schema and batched, whole-or-nothing article writes. */
export * from './neo4j-store.js';
export * from './schema.js';
