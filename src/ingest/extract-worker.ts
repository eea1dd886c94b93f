/**
 * The pipeline's CPU work for a chunk of raw records: read (decode, clean) → extract → resolve
 * within the article. Runs in a worker thread of the ingest's pool (`--jobs N`) or, with one job,
 * in the ingesting thread itself; either way the results come back in the records' order.
 */
import { readFileSync } from 'node:fs';
import { readRecord, recordInput, type RawRecord } from '../article/index.js';
import type { ArticleGraph } from '../model/graph.js';
import { stableId } from '../model/keys.js';
import { loadLocalityMap, type LocalityMap } from '../resolve/index.js';
import { articleContentHash, articleGraph, overBudget } from './article-graph.js';
import { heapCompactor } from './heap.js';

/** One record to read and extract, with the hash of its raw content (the article's content hash). */
export interface ExtractTaskRecord {
  record: RawRecord;
  hash: string;
  /**
   * Articles of this record (their index in it) whose extraction already ran past the per-article
   * time budget in an earlier try of this task: skipped at once with that reason.
   */
  overTime?: readonly number[];
}

export interface ExtractTask {
  records: readonly ExtractTaskRecord[];
  locality: string | null;
  /** The locality file the pool's threads load (over the shipped map); null for the shipped map alone. */
  localitiesFile: string | null;
  /**
   * Where the thread tells which article it is extracting (a Float64Array over it: record index,
   * article index, start in ms since the epoch, 0 between articles), so that the ingesting thread
   * can stop a task whose article runs past the time budget.
   */
  progress?: SharedArrayBuffer;
  /** The per-article time budget (ms), for the reason of an article skipped for it. */
  timeBudgetMs?: number;
}

/** Where an extraction task tells its progress: record index, article index, start (ms; 0 between articles). */
export const PROGRESS_SLOTS = 3;

/** The reason an article is skipped when its extraction ran past the per-article time budget. */
export function overTimeReason(budgetMs: number): string {
  return `its extraction ran past the per-article time budget of ${(budgetMs / 1000).toLocaleString('en')} s (--article-timeout)`;
}

/**
 * Test hook (documented in README, "Reliability"): an article whose text contains the value of
 * MEETING_KG_TEST_SLOW_ARTICLE spins for up to a minute before it is extracted, as an extraction
 * that never ends would. Unset (always, outside the reliability suite) it costs nothing.
 */
const SLOW_MARKER = process.env.MEETING_KG_TEST_SLOW_ARTICLE || null;
function spinWhenMarked(text: string): void {
  if (!SLOW_MARKER || !text.includes(SLOW_MARKER)) return;
  for (const until = Date.now() + 60_000; Date.now() < until; );
}

/** What became of one article (or input) of a record. */
export type ExtractOutcome =
  /**
   * `articleHash`: {@link articleContentHash} of the article read (its text and metadata under this
   * run's extractor, resolver and localities), whatever raw form it came in.
   */
  | { kind: 'graph'; input: string; graph: ArticleGraph; articleHash: string; warnings?: readonly string[] }
  | { kind: 'unreadable'; input: string; reason: string }
  | { kind: 'failed'; input: string; articleId: string; reason: string };

/** The content hash of the `index`-th article of a record whose raw content hashes to `hash`. */
export function articleHashOf(hash: string, index: number): string {
  return index === 0 ? hash : stableId('content', hash, index);
}

/** An error's message as one line (a reason never spans lines). */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/**
 * Reads, extracts and resolves each record of a task, with this locality map; outcomes in order.
 * With `watch`, the article under way is told in `watch.progress` (see {@link ExtractTask.progress})
 * and the articles a record lists in `overTime` are skipped with the reason of `watch.budgetMs`.
 * `warmUp` marks a thread's own untimed warm-up extraction (see {@link warmUp}): the test hook
 * MEETING_KG_TEST_SLOW_ARTICLE does not apply to it, as nothing could stop it there.
 */
export function extractRecords(
  records: readonly ExtractTaskRecord[],
  locality: string | null,
  localities: LocalityMap,
  watch?: { progress: Float64Array; budgetMs: number },
  warmUp = false,
): ExtractOutcome[][] {
  return records.map(({ record, hash, overTime }, at) => {
    const out: ExtractOutcome[] = [];
    let index = 0;
    for (const result of readRecord(record)) {
      if (!result.ok) {
        out.push({ kind: 'unreadable', input: result.input, reason: result.reason });
        continue;
      }
      const articleIndex = index++;
      const contentHash = articleHashOf(hash, articleIndex);
      const over = overBudget(result.article);
      if (over) {
        out.push({ kind: 'unreadable', input: result.input, reason: over });
        continue;
      }
      if (overTime?.includes(articleIndex)) {
        out.push({ kind: 'failed', input: result.input ?? recordInput(record), articleId: result.article.id, reason: overTimeReason(watch?.budgetMs ?? 0) });
        continue;
      }
      if (watch) {
        watch.progress[0] = at;
        watch.progress[1] = articleIndex;
        watch.progress[2] = Date.now();
      }
      try {
        if (!warmUp) spinWhenMarked(result.article.text);
        const graph = articleGraph(result.article, { localities, locality, contentHash });
        const articleHash = articleContentHash(result.article, locality, localities);
        out.push(result.article.warnings.length ? { kind: 'graph', input: result.input, graph, articleHash, warnings: result.article.warnings } : { kind: 'graph', input: result.input, graph, articleHash });
      } catch (error) {
        out.push({ kind: 'failed', input: result.input ?? recordInput(record), articleId: result.article.id, reason: reasonOf(error) });
      } finally {
        if (watch) watch.progress[2] = 0;
      }
    }
    return out;
  });
}

const maps = new Map<string, LocalityMap>();

/** A thread's heap holds little between tasks (lexicons, bounded caches): kept near that. */
const compactHeap = heapCompactor({ floorBytes: 48 * 2 ** 20 });

/** A seed article of the package, extracted untimed when a thread starts. */
const WARM_UP_FILE = new URL('../../seeds/haiphong-bcd35-2023-02-06.txt', import.meta.url);

/**
 * Extracts a seed article once, untimed: a thread's first extraction compiles the lexicons and
 * the rules' patterns (close to a second on a busy machine), which no article's time budget should pay.
 * The watchdog cannot see it (no progress is told), so the test hook's spin is left out here: with
 * the hook's text in the seed article, every thread (the first, and each one replacing a thread
 * stopped for the budget) would otherwise spin its full minute before its first task.
 */
function warmUp(localities: LocalityMap): void {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(WARM_UP_FILE);
  } catch {
    return; // not shipped: the first article pays
  }
  const record: RawRecord = { kind: 'bytes', input: 'warm-up.txt', format: 'text', bytes, maxBytes: bytes.length + 1 };
  extractRecords([{ record, hash: 'content:warm-up' }], null, localities, undefined, true);
}

/** The worker's entry point (piscina calls the default export with each task). */
export default function run(task: ExtractTask): ExtractOutcome[][] {
  const key = task.localitiesFile ?? '';
  let map = maps.get(key);
  if (!map) {
    maps.set(key, (map = loadLocalityMap(task.localitiesFile, {})));
    if (task.progress) warmUp(map);
  }
  const watch = task.progress ? { progress: new Float64Array(task.progress), budgetMs: task.timeBudgetMs ?? 0 } : undefined;
  const outcomes = extractRecords(task.records, task.locality, map, watch);
  compactHeap();
  return outcomes;
}
