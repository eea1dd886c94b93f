/**
 * The `article` stage: text, HTML and JSON Lines in; validated `Article`s out.
 */
export { readArticleText, type ReadTextOptions } from './text.js';
export { buildArticle, type Block, type KnownMetadata } from './build.js';
export { decodeBytes, normalizeText, repairMojibake } from './encoding.js';
export { parseDateLine, parseDateValue } from './dates.js';
export { ArticleReadError, type ReadFailureKind } from './errors.js';
export { articleIdFromUrl, hostOf, normaliseUrl } from './urls.js';
export { loadArticles, loadRecords, readRecord, recordInput, skippedFilesWarning, type LoadOptions, type LoadResult, type RawRecord, type RawResult, DEFAULT_MAX_BYTES } from './load.js';
export { readArticleHtml } from './html.js';
export { readJsonRecord } from './records.js';
export { checkVietnamese, vietnameseLetterShare } from './language.js';
