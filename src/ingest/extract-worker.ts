/**
 * The pipeline's CPU work for a chunk of raw records: read (decode, clean) → extract → resolve
 * within the article. Runs in a worker thread of the ingest's pool (`--jobs N`) or, with one job,
 * in the ingesting thread itself; either way the results come back in the records' order.
 */
import { readRecord, recordInput, type RawRecord } from '../article/index.js';
import type { ArticleGraph } from '../model/graph.js';
import { stableId } from '../model/keys.js';
import { loadLocalityMap, type LocalityMap } from '../resolve/index.js';
import { articleGraph, overBudget } from './article-graph.js';

/** One record to read and extract, with the hash of its raw content (the article's content hash). */
export interface ExtractTaskRecord {
  record: RawRecord;
  hash: string;
}

export interface ExtractTask {
  records: readonly ExtractTaskRecord[];
  locality: string | null;
  /** The locality file the pool's threads load (over the shipped map); null for the shipped map alone. */
  localitiesFile: string | null;
}

/** What became of one article (or input) of a record. */
export type ExtractOutcome =
  | { kind: 'graph'; input: string; graph: ArticleGraph }
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

/** Reads, extracts and resolves each record of a task, with this locality map; outcomes in order. */
export function extractRecords(records: readonly ExtractTaskRecord[], locality: string | null, localities: LocalityMap): ExtractOutcome[][] {
  return records.map(({ record, hash }) => {
    const out: ExtractOutcome[] = [];
    let index = 0;
    for (const result of readRecord(record)) {
      if (!result.ok) {
        out.push({ kind: 'unreadable', input: result.input, reason: result.reason });
        continue;
      }
      const contentHash = articleHashOf(hash, index++);
      const over = overBudget(result.article);
      if (over) {
        out.push({ kind: 'unreadable', input: result.input, reason: over });
        continue;
      }
      try {
        out.push({ kind: 'graph', input: result.input, graph: articleGraph(result.article, { localities, locality, contentHash }) });
      } catch (error) {
        out.push({ kind: 'failed', input: result.input ?? recordInput(record), articleId: result.article.id, reason: reasonOf(error) });
      }
    }
    return out;
  });
}

const maps = new Map<string, LocalityMap>();

/** The worker's entry point (piscina calls the default export with each task). */
export default function run(task: ExtractTask): ExtractOutcome[][] {
  const key = task.localitiesFile ?? '';
  let map = maps.get(key);
  if (!map) maps.set(key, (map = loadLocalityMap(task.localitiesFile, {})));
  return extractRecords(task.records, task.locality, map);
}
