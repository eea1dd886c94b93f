/** The `export` stage: the knowledge graph as an HTML map and as files other tools load. */
export * from './export.js';
export * from './graphml.js';
export * from './gexf.js';
export * from './csv.js';
export * from './popolo.js';
export * from './html.js';
export * from './map-data.js';
export * from './names.js';
export * from './read-back.js';
export * from './expected.js';
