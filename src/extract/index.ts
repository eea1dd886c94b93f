/**
 * The `extract` stage: Vietnamese rules that turn a cleaned `Article` into an `Extraction`.
 */
export { extract } from './extract.js';
export { splitSentences, type Sentence } from './sentences.js';
export { findNames } from './names.js';
export { parseTitle, expandAbbreviations } from './positions.js';
export { findDates, yearFromText } from './dates.js';
export { findBodies } from './bodies.js';
