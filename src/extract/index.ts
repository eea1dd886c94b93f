/**
 * The `extract` stage: Vietnamese rules that turn a cleaned `Article` into an `Extraction`.
 */
export { extract } from './extract.js';
export { splitSentences, type Sentence } from './sentences.js';
export { findNames } from './names.js';
export { parseTitle, expandAbbreviations } from './positions.js';
export { findDates, yearFromText } from './dates.js';
export { findBodies } from './bodies.js';

/**
 * The version of what an article becomes in the graph, beyond the lexicons (whose contents are
 * fingerprinted themselves): part of every article's content hash, so the next ingest after a
 * change re-reads each article instead of calling it unchanged. Bump it when code changes the
 * nodes or relationships an article gives (2026-12-01: `nameFolded` and `aliasesFolded` hold whole
 * words, the text the full-text indexes are searched by; 2026-12-01-meetings: receptions, glued
 * headlines and previews change which meetings an article gives; 2026-12-02-background-and-tasks:
 * background meetings deep in a body, bare talks, organiser/attendee/date/task rules of session 11;
 * 2026-12-02-unseen-kinds-s12: body-name boundaries, meetings referred back, posts and tasks of session 12).
 */
export const EXTRACTOR_VERSION = '2026-12-02-tied-years-bodies-s14';
