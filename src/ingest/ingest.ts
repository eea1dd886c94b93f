/**
 * The ingest pipeline: inputs → raw records → articles → extractions → article graphs → a store.
 *
 * - Raw records (JSON Lines lines, files) are streamed; each is hashed before any decoding or
 *   cleaning (with the package, extractor, resolver and locality fingerprints), and a record whose
 *   hash the store already holds is called unchanged without being read further.
 * - The others are read, extracted and resolved (within their article) in chunks, by a pool of
 *   worker threads (`jobs`, default: the cores) or in this thread with one job; the writer gets the
 *   results in input order, so the graph is the same whatever the number of jobs.
 * Every input that cannot be read, extracted or written is reported with its reason and skipped;
 * the run goes on.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { heapCompactor } from './heap.js';
import { loadRecords, recordInput, skippedFilesWarning, type LoadOptions, type RawRecord } from '../article/index.js';
import type { ArticleGraph } from '../model/graph.js';
import { RESOLVER_FINGERPRINT, defaultLocalityMap, loadLocalityMap, type LocalityMap } from '../resolve/index.js';
import { DEFAULT_BATCH_SIZE, StoreUnavailableError, type GraphStore, type WriteStatus } from '../store/types.js';
import { MAX_ARTICLE_BYTES, packageVersionOf } from './article-graph.js';
import { articleHashOf, extractRecords, PROGRESS_SLOTS, reasonOf, type ExtractOutcome, type ExtractTask, type ExtractTaskRecord } from './extract-worker.js';
import { extractorFingerprint } from './extractor-fingerprint.js';
import { BlockRecordCache, blocksOf, resolveBlocks } from './identity.js';

export { articleContentHash, articleGraph } from './article-graph.js';

export interface IngestOptions {
  store: GraphStore;
  localities?: LocalityMap;
  /**
   * The locality file `localities` was extended with (`--localities`), so the worker threads load
   * the same map; when the threads' map would differ from `localities`, extraction stays in this thread.
   */
  localitiesFile?: string | null;
  /** `--locality`: the locality of every article of this run. */
  locality?: string | null;
  /** Articles per store batch (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /** Worker threads reading and extracting (default: the machine's cores; 1 = in this thread). */
  jobs?: number;
  /** Stop after this many records read (benchmarks, samples); default: all. */
  limit?: number;
  load?: LoadOptions;
  /** Called after each article (or failed input). */
  onProgress?: (event: IngestEvent) => void;
  /** Called with each article graph before it is written (e.g. to log its merges). */
  onGraph?: (graph: ArticleGraph, input: string) => void;
  /**
   * Stops the run (Ctrl-C): no further record is read; what was read is written and made durable,
   * and the summary says `interrupted`.
   */
  signal?: AbortSignal;
  /** Called with the run's committed articles each time that number grows (a checkpoint, a batch in Neo4j). */
  onCommitted?: (articles: number) => void;
  /**
   * The per-article time budget (ms; default {@link DEFAULT_ARTICLE_TIMEOUT_MS}, 0 for none): an
   * article whose extraction runs longer is skipped with a reason naming it, and the run goes on.
   * It holds where extraction runs in worker threads (the built package; the thread is stopped and
   * replaced); extraction in this thread (running from sources) has no time budget.
   */
  articleTimeoutMs?: number;
}

/** Default per-article time budget of extraction (ms): the longest real report takes well under a second. */
export const DEFAULT_ARTICLE_TIMEOUT_MS = 5_000;

export type IngestEvent =
  | { kind: 'article'; input: string; articleId: string; status: WriteStatus }
  | { kind: 'skipped'; input: string; reason: string }
  | { kind: 'warning'; input: string; warning: string };

export interface IngestSummary {
  store: { kind: string; location: string };
  /** Articles read from the inputs. */
  read: number;
  /** Inputs (or articles) skipped, with the reason. */
  skipped: Array<{ input: string; reason: string }>;
  /**
   * What the reader noticed about articles it still read, e.g. an old encoding converted ("not
   * valid UTF-8: read as TCVN3 …"), one entry per article and warning. Their facts are written.
   * Also one entry per input directory holding files of other kinds (.pdf, .docx …), which are not read.
   */
  warnings: Array<{ input: string; warning: string }>;
  /**
   * Articles by what the run did: `new`, `updated` (text, metadata or extractor changed) or
   * `unchanged` (the same raw record, or the same article from another raw form: not written).
   */
  articles: Record<WriteStatus, number>;
  /**
   * Articles of this run that are durable in the store (written, and for the embedded file saved by
   * a checkpoint): what a kill at this moment would keep. Equal to the articles written at the end.
   */
  committed: number;
  /** True when the run was stopped (`signal`) before all inputs were read. */
  interrupted: boolean;
  /**
   * Why the run stopped before the end when the store failed for a reason no article causes (the
   * server gone past its retries, the disk full): one line naming the cause and the fix; else null.
   * `committed` then says what is in the store; `graph` is not counted.
   */
  stopped: string | null;
  /** Totals in the store after the run. */
  graph: { articles: number; persons: number; organizations: number; positions: number; meetings: number; tasks: number; authors: number; nodes: number; relationships: number };
  seconds: number;
  articlesPerSecond: number;
}

/**
 * The hash of a raw record under this run's options: what decides "unchanged" before the record
 * is even decoded. It covers the raw content (and, for a whole file, its name), the package version, the
 * extractor (version and lexicons), the resolver, the locality map and `--locality`.
 */
export function recordHash(record: RawRecord, localities: LocalityMap, locality: string | null | undefined, extractor: string = extractorFingerprint()): string {
  const hash = createHash('sha256');
  // A file's name decides how it is read (its format, its identity); a JSON line is its own record
  // wherever it sits, so the same line re-sent in another crawl file is unchanged. The file counts
  // by its absolute path: "seeds/", "seeds" and "$PWD/seeds" name the same records.
  const input = recordInput(record);
  const where = record.kind === 'line' ? '' : input === '-' ? input : resolvePath(input);
  hash.update([packageVersionOf(), extractor, RESOLVER_FINGERPRINT, localities.fingerprint(), locality ?? '', where].join('\u241F'));
  hash.update('\u241F');
  hash.update(record.kind === 'line' ? record.text : record.bytes);
  return `content:${hash.digest('hex').slice(0, 16)}`;
}

/** Records per task sent to a worker: enough to make messaging cheap, few enough to keep the writer fed. */
const CHUNK = 16;

const WORKER_FILE = new URL('./extract-worker.js', import.meta.url);

/** Ingests every input into the store; resolves to the run's summary. Never throws for one bad input. */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const localities = options.localities ?? defaultLocalityMap();
  const locality = options.locality ?? null;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const summary: IngestSummary = {
    store: { kind: store.kind, location: store.location },
    read: 0,
    skipped: [],
    warnings: [],
    articles: { new: 0, updated: 0, unchanged: 0 },
    committed: 0,
    interrupted: false,
    stopped: null,
    graph: { articles: 0, persons: 0, organizations: 0, positions: 0, meetings: 0, tasks: 0, authors: 0, nodes: 0, relationships: 0 },
    seconds: 0,
    articlesPerSecond: 0,
  };
  const skip = (input: string, reason: string) => {
    summary.skipped.push({ input, reason });
    options.onProgress?.({ kind: 'skipped', input, reason });
  };
  // Articles written since the store last made its writes durable (a checkpoint); an unchanged one is not written.
  let uncommitted = 0;
  const done = (input: string, articleId: string, status: WriteStatus) => {
    summary.articles[status] += 1;
    if (status !== 'unchanged') uncommitted += 1;
    options.onProgress?.({ kind: 'article', input, articleId, status });
  };

  // Threads when the built worker is there (not when running from sources) and loads the same locality map.
  const localitiesFile = options.localitiesFile ?? null;
  let jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const threads = existsSync(fileURLToPath(WORKER_FILE)) && loadLocalityMap(localitiesFile, {}).fingerprint() === localities.fingerprint();
  if (!threads) jobs = 1;
  const timeBudgetMs = Math.max(0, options.articleTimeoutMs ?? DEFAULT_ARTICLE_TIMEOUT_MS);
  // With a time budget, extraction runs in threads from the first chunk (even with one job: a
  // thread can be stopped, this one cannot). Without, they start with the third chunk: a few files
  // are read faster than threads load the extractor.
  let pool: Piscina<ExtractTask, ExtractOutcome[][]> | null = null;
  let chunks = 0;
  // The tasks under way, each with where its thread is: the watchdog stops one whose article is over the budget.
  const watched = new Set<{ progress: Float64Array; abort: AbortController; over: { record: number; article: number } | null }>();
  const watchdog = timeBudgetMs > 0 && threads
    ? setInterval(() => {
        for (const w of watched) {
          const started = w.progress[2] ?? 0;
          const record = w.progress[0] ?? 0;
          const article = w.progress[1] ?? 0;
          // Read twice: the thread may have moved on to the next article meanwhile.
          if (started > 0 && started === w.progress[2] && Date.now() - started > timeBudgetMs && !w.over) {
            w.over = { record, article };
            w.abort.abort();
          }
        }
      }, Math.min(250, Math.max(20, timeBudgetMs / 4)))
    : null;
  watchdog?.unref();
  /** Runs a chunk in the pool; an article over the time budget stops the task, which runs again skipping it. */
  const runInPool = async (p: Piscina<ExtractTask, ExtractOutcome[][]>, records: ExtractTaskRecord[]): Promise<ExtractOutcome[][]> => {
    if (timeBudgetMs === 0) return p.run({ records, locality, localitiesFile });
    for (;;) {
      const progress = new SharedArrayBuffer(PROGRESS_SLOTS * Float64Array.BYTES_PER_ELEMENT);
      const w = { progress: new Float64Array(progress), abort: new AbortController(), over: null as { record: number; article: number } | null };
      watched.add(w);
      try {
        return await p.run({ records, locality, localitiesFile, progress, timeBudgetMs }, { signal: w.abort.signal });
      } catch (error) {
        const over = w.over;
        if (!over) throw error;
        records = records.map((r, i) => (i === over.record ? { ...r, overTime: [...(r.overTime ?? []), over.article] } : r));
      } finally {
        watched.delete(w);
      }
    }
  };
  const extractChunk = (records: ExtractTaskRecord[]): Promise<ExtractOutcome[][]> => {
    if (threads && !pool && (timeBudgetMs > 0 || (jobs > 1 && ++chunks > 2))) pool = new Piscina<ExtractTask, ExtractOutcome[][]>({ filename: WORKER_FILE.href, minThreads: jobs, maxThreads: jobs });
    return pool ? runInPool(pool, records) : Promise.resolve(extractRecords(records, locality, localities));
  };

  // What the store holds: raw-record hash → article id. Articles written from several records of
  // one run keep every record's hash (`sourceHashes`), so an unchanged run writes nothing.
  const known = await store.knownHashes();
  // The mention records of the blocks resolved so far in this run (read once, then kept up to date).
  // The embedded store is locked for the run; a Neo4j database may be written by another process
  // meanwhile, so there the copy is kept only while the store can tell that every commit since its
  // last look was its own (`writtenByOthers`), and is read again from the store otherwise.
  const blockRecords = store.kind === 'memory' || store.writtenByOthers ? new BlockRecordCache() : undefined;
  const storedIds = new Set(known.values());
  const hashesThisRun = new Map<string, string[]>();
  const noteHash = (articleId: string, hash: string) => {
    const list = hashesThisRun.get(articleId);
    if (!list) hashesThisRun.set(articleId, [hash]);
    else if (!list.includes(hash)) list.push(hash);
  };

  // The writer: graphs in input order, in store batches, one batch at a time. A batch is written
  // while the next is gathered (reading and extraction go on meanwhile); the one after waits.
  let batch: Array<{ input: string; graph: ArticleGraph }> = [];
  const compactHeap = heapCompactor();
  let writing: Promise<void> | null = null;
  /** Waits for the batch being written (its failure, e.g. the store gone, is thrown here). */
  const settle = async () => {
    const w = writing;
    writing = null;
    if (w) await w;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await settle();
    writing = writeBatch(current);
    // Awaited by the next flush or at the end; marked handled so that a failure waits for that.
    writing.catch(() => undefined);
  };
  const writeBatch = async (current: Array<{ input: string; graph: ArticleGraph }>) => {
    // Blocks the updated articles stated before: their merges may have to be undone.
    const updated = current.filter((g) => storedIds.has(g.graph.articleId)).map((g) => g.graph.articleId);
    const before = updated.length
      ? { persons: await store.blocksOfArticles('MENTIONS', updated), meetings: await store.blocksOfArticles('REPORTS', updated) }
      : { persons: [], meetings: [] };
    let results: Awaited<ReturnType<GraphStore['writeArticles']>>;
    try {
      results = await store.writeArticles(current.map((g) => g.graph));
      // The run's copy of the stored mention records follows what was written.
      blockRecords?.written(current.filter((_g, i) => { const r = results[i]; return r !== undefined && !('error' in r) && r.status !== 'unchanged'; }).map((g) => g.graph));
      for (const g of current) storedIds.add(g.graph.articleId);
      // Resolution across articles: the blocks (names, days) this batch touched, from the stored records.
      const touched = blocksOf(current.map((g) => g.graph));
      if (blockRecords && (await store.writtenByOthers?.())) blockRecords.clear();
      await resolveBlocks(store, [...touched.persons, ...before.persons], [...touched.meetings, ...before.meetings], blockRecords);
    } catch (error) {
      // What the store holds is no longer known here: read it again next time.
      blockRecords?.clear();
      throw error;
    }
    results.forEach((r, i) => {
      const input = current[i]?.input ?? '?';
      if ('error' in r) skip(input, `cannot store ${r.articleId}: ${reasonOf(r.error)}`);
      else done(input, r.articleId, r.status);
    });
    await commit(false);
    compactHeap();
  };
  // A checkpoint of the store (when it has them); what was written is then counted as committed.
  const commit = async (force: boolean) => {
    if (!store.checkpoint || (await store.checkpoint(force))) {
      summary.committed += uncommitted;
      uncommitted = 0;
      options.onCommitted?.(summary.committed);
    }
  };
  // Article id → the article hash (text and metadata, see articleContentHash) this run last wrote it with.
  const writtenThisRun = new Map<string, string>();
  const write = async (input: string, graph: ArticleGraph, articleHash: string) => {
    summary.read += 1;
    noteHash(graph.articleId, graph.contentHash);
    // The same article from another raw form (the story as .txt after its JSON Lines record): the
    // store holds it already, with the same text and metadata, so it is unchanged, not written again.
    const last = writtenThisRun.get(graph.articleId);
    if (last !== undefined ? last === articleHash : known.get(articleHash) === graph.articleId) {
      done(input, graph.articleId, 'unchanged');
      return;
    }
    writtenThisRun.set(graph.articleId, articleHash);
    graph = withSourceHashes(graph, [...(hashesThisRun.get(graph.articleId) ?? []), articleHash]);
    options.onGraph?.(graph, input);
    // One article twice in a batch: the first must be written before the second replaces it.
    if (batch.some((b) => b.graph.articleId === graph.articleId)) await flush();
    batch.push({ input, graph });
    if (batch.length >= batchSize) await flush();
  };

  // A slot per record, in input order: settled at once (unchanged, unreadable) or by a chunk's extraction.
  type Slot = { kind: 'now'; run: () => void } | { kind: 'chunk'; at: number; record: RawRecord };
  let slots: Slot[] = [];
  let toExtract: ExtractTaskRecord[] = [];
  const inFlight: Array<{ slots: Slot[]; outcomes: Promise<ExtractOutcome[][]> }> = [];
  const maxInFlight = jobs * 3;
  const dispatch = () => {
    if (slots.length === 0) return;
    inFlight.push({ slots, outcomes: toExtract.length ? extractChunk(toExtract) : Promise.resolve([]) });
    slots = [];
    toExtract = [];
  };
  const drainOne = async () => {
    const head = inFlight.shift();
    if (!head) return;
    const outcomes = await head.outcomes;
    // Stopped: what is extracted but not yet written is left for the next run.
    if (options.signal?.aborted) return;
    for (const slot of head.slots) {
      if (slot.kind === 'now') {
        slot.run();
        continue;
      }
      for (const o of outcomes[slot.at] ?? []) {
        if (o.kind === 'graph') {
          for (const warning of o.warnings ?? []) {
            summary.warnings.push({ input: o.input, warning });
            options.onProgress?.({ kind: 'warning', input: o.input, warning });
          }
          await write(o.input, o.graph, o.articleHash);
        }
        else if (o.kind === 'unreadable') skip(o.input, o.reason);
        else {
          summary.read += 1;
          skip(o.input, `cannot extract ${o.articleId}: ${o.reason}`);
        }
      }
    }
  };

  try {
    let records = 0;
    // Files of other kinds in a directory (.pdf, .docx …) are not read: the summary says so.
    const onSkippedFiles = (dir: string, files: readonly string[]): void => {
      options.load?.onSkippedFiles?.(dir, files);
      const warning = skippedFilesWarning(files);
      summary.warnings.push({ input: dir, warning });
      options.onProgress?.({ kind: 'warning', input: dir, warning });
    };
    for await (const r of untilAborted(loadRecords(inputs, { maxBytes: MAX_ARTICLE_BYTES, ...options.load, onSkippedFiles }), options.signal)) {
      if (records >= limit) break;
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      records += 1;
      if (!r.ok) {
        const { input, reason } = r;
        slots.push({ kind: 'now', run: () => skip(input, reason) });
      } else {
        const hash = recordHash(r.record, localities, locality);
        const articleId = known.get(hash);
        if (articleId !== undefined) {
          const input = recordInput(r.record);
          slots.push({
            kind: 'now',
            run: () => {
              // Every article of the record is unchanged (a file of several: their derived hashes).
              for (let i = 0, h = hash, id: string | undefined = articleId; id !== undefined; i++, h = articleHashOf(hash, i), id = known.get(h)) {
                summary.read += 1;
                noteHash(id, h);
                done(input, id, 'unchanged');
              }
            },
          });
        } else {
          slots.push({ kind: 'chunk', at: toExtract.length, record: r.record });
          toExtract.push({ record: r.record, hash });
        }
      }
      if (slots.length >= CHUNK) dispatch();
      while (inFlight.length >= maxInFlight) await drainOne();
    }
    dispatch();
    while (inFlight.length > 0) await drainOne();
    // Every article is extracted: the worker threads (a heap each) go before the last write and
    // save, which is when the run holds the most memory.
    await (pool as Piscina<ExtractTask, ExtractOutcome[][]> | null)?.destroy();
    pool = null;
    await flush();
    await settle();
    // Full-text search sees the whole run (the store's search indexes may lag its commits).
    await store.refreshSearch?.();
    await commit(true);
    if (options.signal?.aborted) summary.interrupted = true;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    summary.stopped = error.message;
  } finally {
    // Settle what is still in flight (after an error) before the threads go.
    await Promise.allSettled([...inFlight.map((f) => f.outcomes), ...(writing ? [writing] : [])]);
    if (watchdog) clearInterval(watchdog);
    await (pool as Piscina<ExtractTask, ExtractOutcome[][]> | null)?.destroy();
  }

  summary.seconds = (performance.now() - started) / 1000;
  if (summary.stopped) return summary;
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

/**
 * The items of `source` until `signal` aborts: a stop is seen at once, even while the source waits
 * for its next item (a pipe on standard input that stays open).
 */
async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (!signal) {
    yield* source;
    return;
  }
  const iterator = source[Symbol.asyncIterator]();
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  let finished = false;
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === 'aborted') return;
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Not awaited: a source blocked on its next item answers only when that comes.
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

/**
 * The graph with its Article node listing every record hash of this run that stated it, and the
 * article's own hash (its text and metadata): either, met again, tells an unchanged article.
 */
function withSourceHashes(graph: ArticleGraph, hashes: readonly string[]): ArticleGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === graph.articleId && n.label === 'Article' ? { ...n, properties: { ...n.properties, sourceHashes: [...hashes] } } : n)),
  };
}

