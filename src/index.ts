/**
 * meeting-kg, the library. Each stage is importable on its own; data flows one way:
 * text → article → extraction → resolved graph → store → queries.
 */
export * from './model/index.js';
export * from './article/index.js';
export * from './extract/index.js';
export * from './resolve/index.js';
export * from './ingest/index.js';
export * from './store/index.js';
export * from './server/index.js';
export * from './query/index.js';
