/**
 * The ingest pipeline: inputs → articles → extractions → article graphs → a store, in batches.
 * An article whose content is already stored is not even extracted again. Every input that cannot
 * be read, extracted or written is reported with its reason and skipped; the run goes on.
 */
import { readFileSync } from 'node:fs';
import { loadArticles, type LoadOptions } from '../article/index.js';
import { extract } from '../extract/index.js';
import type { Article } from '../model/article.js';
import type { ArticleGraph } from '../model/graph.js';
import { stableId } from '../model/keys.js';
import { RESOLVER_FINGERPRINT, defaultLocalityMap, resolveExtraction, type LocalityMap } from '../resolve/index.js';

let shared: LocalityMap | null = null;
function sharedLocalities(): LocalityMap {
  return (shared ??= defaultLocalityMap());
}
import type { GraphStore, WriteStatus } from '../store/types.js';
import { extractorFingerprint } from './extractor-fingerprint.js';
import { blocksOf, resolveBlocks } from './identity.js';

export interface IngestOptions {
  store: GraphStore;
  localities?: LocalityMap;
  /** `--locality`: the locality of every article of this run. */
  locality?: string | null;
  /** Articles per store batch (default 50). */
  batchSize?: number;
  /** Stop after this many records read (benchmarks, samples); default: all. */
  limit?: number;
  load?: LoadOptions;
  /** Called after each article (or failed input). */
  onProgress?: (event: IngestEvent) => void;
  /** Called with each article graph before it is written (e.g. to log its merges). */
  onGraph?: (graph: ArticleGraph, input: string) => void;
}

export type IngestEvent =
  | { kind: 'article'; input: string; articleId: string; status: WriteStatus }
  | { kind: 'skipped'; input: string; reason: string };

export interface IngestSummary {
  store: { kind: string; location: string };
  /** Articles read from the inputs. */
  read: number;
  /** Inputs (or articles) skipped, with the reason. */
  skipped: Array<{ input: string; reason: string }>;
  articles: Record<WriteStatus, number>;
  /** Totals in the store after the run. */
  graph: { articles: number; persons: number; organizations: number; positions: number; meetings: number; tasks: number; authors: number; nodes: number; relationships: number };
  seconds: number;
  articlesPerSecond: number;
}

let packageVersion: string | undefined;
function version(): string {
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
 * extracted and resolved again.
 */
export function articleContentHash(article: Article, locality: string | null | undefined, localities?: LocalityMap, extractor: string = extractorFingerprint()): string {
  return stableId(
    'content', version(), extractor, RESOLVER_FINGERPRINT, (localities ?? sharedLocalities()).fingerprint(), article.text, article.url, article.title, article.published, article.source,
    article.authors.join('\u241E'), locality ?? '',
  );
}

/** Extracts and resolves one article into its graph. */
export function articleGraph(article: Article, options: { localities?: LocalityMap; locality?: string | null } = {}): ArticleGraph {
  const extraction = extract(article);
  return resolveExtraction(extraction, {
    ...(options.localities ? { localities: options.localities } : {}),
    locality: options.locality ?? null,
    text: article.text,
    sourceId: article.sourceId ?? null,
    contentHash: articleContentHash(article, options.locality, options.localities),
  });
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

/** An error's message as one line (a reason never spans lines). */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Ingests every input into the store; resolves to the run's summary. Never throws for one bad input. */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const localities = options.localities ?? defaultLocalityMap();
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const summary: IngestSummary = {
    store: { kind: store.kind, location: store.location },
    read: 0,
    skipped: [],
    articles: { new: 0, updated: 0, unchanged: 0 },
    graph: { articles: 0, persons: 0, organizations: 0, positions: 0, meetings: 0, tasks: 0, authors: 0, nodes: 0, relationships: 0 },
    seconds: 0,
    articlesPerSecond: 0,
  };
  const skip = (input: string, why: string) => {
    const reason = why.replace(/\s*\r?\n\s*/g, ' ').trim();
    summary.skipped.push({ input, reason });
    options.onProgress?.({ kind: 'skipped', input, reason });
  };
  const done = (input: string, articleId: string, status: WriteStatus) => {
    summary.articles[status] += 1;
    options.onProgress?.({ kind: 'article', input, articleId, status });
  };

  let batch: Array<{ input: string; article: Article }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const stored = await store.storedHashes(current.map((c) => c.article.id));
    const graphs: Array<{ input: string; graph: ArticleGraph }> = [];
    for (const { input, article } of current) {
      const hash = articleContentHash(article, options.locality, localities);
      if (stored.get(article.id) === hash) {
        done(input, article.id, 'unchanged');
        continue;
      }
      const over = overBudget(article);
      if (over) {
        skip(input, over);
        continue;
      }
      try {
        const graph = articleGraph(article, { localities, locality: options.locality ?? null });
        options.onGraph?.(graph, input);
        graphs.push({ input, graph });
      } catch (error) {
        skip(input, `cannot extract ${article.id}: ${reasonOf(error)}`);
      }
    }
    if (graphs.length === 0) return;
    // Blocks the updated articles stated before: their merges may have to be undone.
    const updated = graphs.filter((g) => stored.has(g.graph.articleId)).map((g) => g.graph.articleId);
    const before = { persons: await store.blocksOfArticles('MENTIONS', updated), meetings: await store.blocksOfArticles('REPORTS', updated) };
    const results = await store.writeArticles(graphs.map((g) => g.graph));
    const touched = blocksOf(graphs.map((g) => g.graph));
    await resolveBlocks(store, [...touched.persons, ...before.persons], [...touched.meetings, ...before.meetings]);
    results.forEach((r, i) => {
      const input = graphs[i]?.input ?? '?';
      if ('error' in r) skip(input, `cannot store ${r.articleId}: ${reasonOf(r.error)}`);
      else done(input, r.articleId, r.status);
    });
  };

  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for await (const result of loadArticles(inputs, { maxBytes: MAX_ARTICLE_BYTES, ...options.load })) {
    if (summary.read + summary.skipped.length >= limit) break;
    if (!result.ok) {
      skip(result.input, result.reason);
      continue;
    }
    summary.read += 1;
    batch.push({ input: result.input, article: result.article });
    if (batch.length >= batchSize) await flush();
  }
  await flush();

  const counts = await store.counts();
  summary.graph = {
    articles: counts.nodes.Article, persons: counts.nodes.Person, organizations: counts.nodes.Organization,
    positions: counts.nodes.Position, meetings: counts.nodes.Meeting, tasks: counts.nodes.Task, authors: counts.nodes.Author,
    nodes: counts.totalNodes, relationships: counts.totalRelationships,
  };
  summary.seconds = (performance.now() - started) / 1000;
  summary.articlesPerSecond = summary.seconds > 0 ? summary.read / summary.seconds : 0;
  return summary;
}
