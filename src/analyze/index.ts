/** The `analyze` stage: subgraphs, projections and graph analytics over graphology. */
export * from './subgraph.js';
export * from './load.js';
export * from './projections.js';
export * from './analytics.js';
export * from './tables.js';
