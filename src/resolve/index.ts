/** The `resolve` stage: extractions → graph batches with global ids and explained merges. */
export * from './resolve.js';
export * from './localities.js';
export * from './organizations.js';
export { canonicalCase } from './text.js';
export * from './identity.js';
