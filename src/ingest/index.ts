/** The pipeline: read → extract → resolve → write into a GraphStore, skipping unchanged articles. */
export * from './ingest.js';
export * from './extractor-fingerprint.js';
