/** The GraphStore interface and its two implementations: the embedded graphology store and Neo4j. */
export * from './types.js';
export * from './open.js';
export * from './memory/index.js';
export * from './neo4j/index.js';
