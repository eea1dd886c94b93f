/** The `query` stage: typed answers to the questions users ask, on either store. */
export * from './schemas.js';
export * from './dates.js';
export * from './names.js';
export * from './memory.js';
export * from './neo4j.js';
export * from './cypher-files.js';
export * from './tabulate.js';
export * from './open.js';
export * from './open-graph.js';
