export * from './keys.js';
export * from './article.js';
export * from './extraction.js';
export * from './graph.js';
