/** One article through extract and resolve: its graph, and the hash that calls it unchanged. */
import { readFileSync } from 'node:fs';
import { extract } from '../extract/index.js';
import type { Article } from '../model/article.js';
import type { ArticleGraph } from '../model/graph.js';
import { stableId } from '../model/keys.js';
import { RESOLVER_FINGERPRINT, defaultLocalityMap, resolveExtraction, type LocalityMap } from '../resolve/index.js';
import { extractorFingerprint } from './extractor-fingerprint.js';

let shared: LocalityMap | null = null;
function sharedLocalities(): LocalityMap {
  return (shared ??= defaultLocalityMap());
}

let packageVersion: string | undefined;
/** The package's version (part of every content hash). */
export function packageVersionOf(): string {
  if (packageVersion === undefined) {
    try {
      packageVersion = String((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version ?? '0');
    } catch {
      packageVersion = '0';
    }
  }
  return packageVersion;
}

/**
 * The content hash of an article under these options: what decides "unchanged". It covers the
 * text and metadata, the package version, the extractor (its version constant and lexicons), the
 * resolver and its lexicons, the locality map and `--locality`: change any and the article is
 * extracted and resolved again. (The ingest pipeline hashes raw records instead: `recordHash`.)
 */
export function articleContentHash(article: Article, locality: string | null | undefined, localities?: LocalityMap, extractor: string = extractorFingerprint()): string {
  return stableId(
    'content', packageVersionOf(), extractor, RESOLVER_FINGERPRINT, (localities ?? sharedLocalities()).fingerprint(), article.text, article.url, article.title, article.published, article.source,
    article.authors.join('\u241E'), locality ?? '',
  );
}

/** The per-article budget: longer texts are skipped with a reason (the longest real report holds under 50,000). */
export const MAX_ARTICLE_CHARS = 60_000;

/** The per-input budget in bytes (a file, or a JSON line): larger ones are refused before they are decoded. */
export const MAX_ARTICLE_BYTES = 3 * 1024 * 1024;

/** Why an article is over the per-article budget, or null when it is within it. */
export function overBudget(article: Article): string | null {
  if (article.text.length <= MAX_ARTICLE_CHARS) return null;
  return `article ${article.id} holds ${article.text.length.toLocaleString('en')} characters of text, over the per-article budget of ${MAX_ARTICLE_CHARS.toLocaleString('en')}`;
}

/** Extracts and resolves one article into its graph (content hash: `contentHash`, else `articleContentHash`). */
export function articleGraph(article: Article, options: { localities?: LocalityMap; locality?: string | null; contentHash?: string } = {}): ArticleGraph {
  const extraction = extract(article);
  return resolveExtraction(extraction, {
    ...(options.localities ? { localities: options.localities } : {}),
    locality: options.locality ?? null,
    text: article.text,
    sourceId: article.sourceId ?? null,
    contentHash: options.contentHash ?? articleContentHash(article, options.locality, options.localities),
  });
}
