/** The embedded graph store: graphology in a JSON file, no server needed. */
export * from './memory-store.js';
export * from './graph-lock.js';
export * from './graph-index.js';
