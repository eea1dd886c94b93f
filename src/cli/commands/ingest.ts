/**
 * `meeting-kg ingest <inputs…>`: read, extract, resolve and store articles, with a progress bar on
 * a terminal and a summary at the end (`--json` for scripts). Bad inputs are reported and skipped.
 */
import { createReadStream, createWriteStream, readdirSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ArticleGraph } from '../../model/graph.js';
import { LOCALITIES_ENV, loadLocalityMap, type LocalityMap } from '../../resolve/index.js';
import { Neo4jConnectionError } from '../../server/connection.js';
import { resolveServerPaths } from '../../server/config.js';
import { isLocalServerUri, registerServerWriter } from '../../server/writers.js';
import { DEFAULT_ARTICLE_TIMEOUT_MS, ingest, type IngestEvent, type IngestSummary } from '../../ingest/ingest.js';
import { openGraphStore, StoreChoiceError, type OpenStoreOptions } from '../../store/open.js';
import { GraphLockedError } from '../../store/memory/index.js';
import { DEFAULT_BATCH_SIZE, StoreUnavailableError } from '../../store/types.js';
import type { GraphStore } from '../../store/types.js';
import { EXIT_STORE_FAILED, UserError } from '../errors.js';

export interface IngestCommandOptions {
  store?: string;
  graph?: string;
  locality?: string;
  localities?: string;
  batchSize?: number;
  limit?: number;
  jobs?: number;
  quiet?: boolean;
  json?: boolean;
  explain?: string;
  /** Seconds to wait for another writer of the embedded graph file. */
  wait?: number;
  /** Least seconds between two checkpoints of the embedded graph file. */
  checkpoint?: number;
  /** Per-article time budget of extraction in seconds (0: none). */
  articleTimeout?: number;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a number of seconds`);
  return n;
}

export { EXIT_STORE_FAILED };

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

/** Exit code of an ingest that stored what it could but skipped some inputs or lines (listed in the summary). */
export const EXIT_SOME_SKIPPED = 2;

/** Registers `meeting-kg ingest`. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('read articles (files, folders, JSON Lines, - for stdin), extract their facts and write them to the graph; exits 2 when some inputs were skipped, 1 when none could be read, 4 when the store failed (server gone, disk full), 130 on Ctrl-C')
    .argument('<inputs...>', 'files, folders, .jsonl(.gz) files, or - for standard input')
    .option('--store <kind>', 'memory (a graphology file) or neo4j; default: neo4j when NEO4J_URI is set, else memory')
    .option('--graph <file>', 'the embedded store file (default: $MEETING_KG_GRAPH or .meeting-kg/graph.json)')
    .option('--locality <province>', 'the province every article of this run is from (over the source host and the text)')
    .option('--localities <file>', 'a JSON file of more host → province pairs and multi-province sources: {"hosts": {"example.vn": "Hải Phòng"}, "multiProvinceSources": ["news.example.vn"]} (or $MEETING_KG_LOCALITIES)')
    .option('--batch-size <n>', 'articles per write transaction', parsePositive, DEFAULT_BATCH_SIZE)
    .option('--jobs <n>', 'threads reading and extracting articles (default: the cores)', parsePositive)
    .option('--limit <n>', 'read only the first n records (samples, benchmarks)', parsePositive)
    .option('--explain <file>', 'write why each mention became the node it is, as JSON Lines {article, input, merges}')
    .option('--wait <seconds>', 'embedded store: wait this long for another ingest writing the same graph file (default 0: stop, naming it)', parseSeconds)
    .option('--checkpoint <seconds>', 'embedded store: save the graph file at least this often during a long run (default 10; a kill loses at most this much)', parseSeconds)
    .option('--article-timeout <seconds>', `skip (with a reason naming it) an article whose extraction runs longer than this (default ${DEFAULT_ARTICLE_TIMEOUT_MS / 1000}; 0: no limit)`, parseSeconds)
    .option('--quiet', 'no progress bar')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      // Ctrl-C: stop reading, write and save what was read, say what was saved, exit 130. A second Ctrl-C stops at once.
      const stop = new AbortController();
      let committedSoFar = 0;
      const onSigint = () => {
        if (stop.signal.aborted) {
          process.stderr.write(`meeting-kg: interrupted again; stopping now (${committedSoFar} article(s) of this run were committed at the last checkpoint)\n`);
          process.exit(EXIT_INTERRUPTED);
        }
        process.stderr.write('meeting-kg: interrupted; writing what was read (Ctrl-C again to stop at once)…\n');
        stop.abort();
      };
      // Kept until the process ends: a Ctrl-C while the summary is printed still means "interrupted".
      process.on('SIGINT', onSigint);
      const summary = await runIngest(inputs, { ...options, signal: stop.signal, onCommitted: (count) => (committedSoFar = count) }).catch((error: unknown) => {
        // Before the first article (schema, stored hashes): nothing of this run is in.
        if (error instanceof StoreUnavailableError) throw new UserError(`stopped: ${error.message}; nothing of this run was committed`, EXIT_STORE_FAILED);
        throw error;
      });
      if (summary.stopped) {
        // The store failed for a reason no article causes: one line, what is in, how to go on.
        if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        throw new UserError(`stopped: ${summary.stopped}; ${summary.committed} article(s) of this run were committed before it (rerun the same command to go on)`, EXIT_STORE_FAILED);
      }
      // A Ctrl-C after the last record was read still ends the run as interrupted (exit 130): say so on stdout too.
      if (stop.signal.aborted) summary.interrupted = true;
      if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(formatSummary(summary));
      if (summary.interrupted) {
        process.stderr.write(`meeting-kg: interrupted: ${summary.committed} article(s) of this run committed to ${summary.store.location}; run the same command again to go on\n`);
        // Standard input may still be open (a pipe that never ended): nothing else is waited for.
        process.exit(EXIT_INTERRUPTED);
      }
      // A script must see that not everything went in: 1 when nothing could be read, 2 when some was skipped.
      if (summary.read === 0 && summary.skipped.length > 0) process.exitCode = 1;
      else if (summary.skipped.length > 0) process.exitCode = EXIT_SOME_SKIPPED;
    });
}

/** Checks options, opens the store, ingests with progress; errors the user can fix become UserError. */
export async function runIngest(
  inputs: readonly string[],
  options: IngestCommandOptions & { signal?: AbortSignal; onCommitted?: (articles: number) => void },
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<IngestSummary> {
  let localities: LocalityMap;
  try {
    localities = loadLocalityMap(options.localities ?? null);
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  let locality: string | null = null;
  if (options.locality !== undefined) {
    const province = localities.province(options.locality);
    if (!province) throw new UserError(`--locality "${options.locality}" is not a province or centrally-run city (e.g. "Hải Phòng", "Thai Binh")`);
    locality = province.name;
  }
  const store = await openStore({
    ...options,
    waitMs: (options.wait ?? 0) * 1000,
    ...(options.checkpoint !== undefined ? { checkpointMs: options.checkpoint * 1000 } : {}),
    onWait: (m) => log(`meeting-kg: ${m}`),
    onWarning: (m) => log(`meeting-kg: warning: ${m}`),
  });
  // Writing to the local server: noted for `meeting-kg neo4j stop`, which warns before stopping it under this run.
  const serverPaths = resolveServerPaths();
  const releaseWriter = store.kind === 'neo4j' && isLocalServerUri(serverPaths, store.location) ? registerServerWriter(serverPaths, store.location) : () => undefined;
  try {
    await store.applySchema();
    const showBar = !options.quiet && !options.json && process.stderr.isTTY === true;
    const progress = showBar ? await progressBar(inputs, options.limit) : null;
    const pending: string[] = [];
    const onProgress = (e: IngestEvent) => {
      if (e.kind === 'skipped') {
        const line = `skipped ${e.input}: ${e.reason}`;
        if (progress) pending.push(line);
        else if (!options.quiet && !options.json) log(line);
      }
      progress?.tick(e);
    };
    const onCommitted = options.onCommitted;
    let explain: WriteStream | null = null;
    if (options.explain) {
      explain = createWriteStream(options.explain);
      await new Promise<void>((resolve, reject) => {
        explain?.once('open', () => resolve());
        explain?.once('error', (error) => reject(new UserError(`cannot write ${options.explain}: ${writeFailure(error)}`)));
      });
    }
    // A write that fails later (a full disk) is kept and reported at the end, never lost silently.
    let explainError: Error | null = null;
    explain?.on('error', (error) => {
      explainError ??= error;
    });
    const onGraph = explain
      ? (g: ArticleGraph, input: string) => {
          explain?.write(`${JSON.stringify({ article: g.articleId, input, merges: g.merges })}\n`);
        }
      : undefined;
    let summary: IngestSummary;
    try {
      summary = await ingest(inputs, { store, localities, locality, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, ...(options.limit ? { limit: options.limit } : {}), ...(options.jobs ? { jobs: options.jobs } : {}), localitiesFile: options.localities ?? process.env[LOCALITIES_ENV] ?? null, onProgress, ...(onGraph ? { onGraph } : {}), ...(options.signal ? { signal: options.signal } : {}), ...(onCommitted ? { onCommitted } : {}), ...(options.articleTimeout !== undefined ? { articleTimeoutMs: options.articleTimeout * 1000 } : {}) });
    } finally {
      progress?.stop();
      for (const line of pending) log(line);
      if (explain && !explainError) {
        await new Promise<void>((resolve) =>
          explain?.end((error?: Error | null) => {
            if (error) explainError ??= error;
            resolve();
          }),
        );
      }
      explain?.destroy();
    }
    if (explainError) throw new UserError(`cannot write ${options.explain}: ${writeFailure(explainError)}; the graph itself was written`);
    return summary;
  } finally {
    releaseWriter();
    await store.close();
  }
}

/** Why a write failed, in words: a full disk named as such. */
export function writeFailure(error: Error): string {
  return (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'the disk is full; free some space and run the same command again' : error.message;
}

/** Opens the store the options choose to write it, turning connection problems and a locked graph file into one clear line. */
export async function openStore(options: { store?: string; graph?: string } & Pick<OpenStoreOptions, 'waitMs' | 'onWait' | 'onWarning' | 'checkpointMs' | 'batchSize'>): Promise<GraphStore> {
  try {
    const { store, graph, ...rest } = options;
    return await openGraphStore({ store: store ?? null, graph: graph ?? null, ...rest });
  } catch (error) {
    if (error instanceof StoreChoiceError || error instanceof Neo4jConnectionError || error instanceof GraphLockedError) throw new UserError(error.message);
    if (error instanceof StoreUnavailableError) throw new UserError(error.message, EXIT_STORE_FAILED);
    if (error instanceof Error && /graph file/.test(error.message)) throw new UserError(error.message);
    throw error;
  }
}

/** Below this many articles a run's time is mostly start-up (loading, a server's first queries), so no rate is printed. */
const RATE_MIN_ARTICLES = 100;

/**
 * The run's summary for people. An interrupted run (Ctrl-C) says so in its first line, with what of
 * it was committed, never the "Ingested …" of a run that read all its inputs; so does a run that
 * could read none of them ("Nothing ingested …").
 */
export function formatSummary(s: IngestSummary): string {
  const head = s.interrupted
    ? `Interrupted: ingest into ${s.store.kind} (${s.store.location}) stopped after ${s.seconds.toFixed(1)} s; ${s.committed} article(s) of this run committed (run the same command again to go on)`
    : s.read === 0 && s.skipped.length > 0
      ? `Nothing ingested into ${s.store.kind} (${s.store.location}): no input could be read (${s.skipped.length} skipped)`
      : `Ingested into ${s.store.kind} (${s.store.location}) in ${s.seconds.toFixed(1)} s${s.read >= RATE_MIN_ARTICLES ? ` (${s.articlesPerSecond.toFixed(1)} articles/s)` : ''}`;
  const lines = [
    head,
    `  read ${s.read} article(s): ${s.articles.new} new, ${s.articles.updated} updated, ${s.articles.unchanged} unchanged; ${s.skipped.length} skipped`,
    ...s.skipped.slice(0, 20).map((k) => `    skipped ${k.input}: ${k.reason}`),
    ...(s.skipped.length > 20 ? [`    … and ${s.skipped.length - 20} more (see --json)`] : []),
    ...(s.warnings.length ? [`  ${s.warnings.length} warning(s):`] : []),
    ...s.warnings.slice(0, 20).map((w) => `    warning ${w.input}: ${w.warning}`),
    ...(s.warnings.length > 20 ? [`    … and ${s.warnings.length - 20} more (see --json)`] : []),
    `  the graph now holds ${s.graph.persons} person(s), ${s.graph.organizations} organization(s), ${s.graph.positions} post(s), ${s.graph.meetings} meeting(s), ${s.graph.tasks} task(s) from ${s.graph.articles} article(s)`,
    `  (${s.graph.nodes} nodes, ${s.graph.relationships} relationships)`,
  ];
  return `${lines.join('\n')}\n`;
}

interface Progress {
  tick(e: IngestEvent): void;
  stop(): void;
}

async function progressBar(inputs: readonly string[], limit: number | undefined): Promise<Progress> {
  const estimate = await estimateArticles(inputs);
  // `--limit n` reads at most n records: the bar's end is n, not the whole file.
  const total = estimate && limit ? Math.min(estimate, limit) : estimate;
  const format = total
    ? 'ingest |{bar}| {value}/{total} articles | {speed}/s | ETA {eta_formatted} | {skipped} skipped'
    : 'ingest {value} articles | {speed}/s | {skipped} skipped';
  const bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 200, fps: 5 }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  let done = 0;
  let skipped = 0;
  bar.start(total ?? 0, 0, { speed: '0.0', skipped: 0 });
  return {
    tick(e) {
      if (e.kind === 'skipped') skipped += 1;
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      if (total && done > total) bar.setTotal(done);
      bar.update(done, { speed: (done / Math.max(seconds, 0.001)).toFixed(1), skipped });
    },
    stop() {
      bar.stop();
    },
  };
}

/** About how many articles the inputs hold (files; lines of JSON Lines), or null when unknowable (stdin). */
export async function estimateArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  const visit = async (path: string): Promise<boolean> => {
    let st;
    try {
      st = statSync(path);
    } catch {
      total += 1; // reported as a failure later: still one tick
      return true;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) await visit(join(path, name));
      return true;
    }
    if (/\.(jsonl|ndjson)(\.gz)?$/i.test(path)) {
      total += await countLines(path);
      return true;
    }
    total += 1;
    return true;
  };
  for (const input of inputs) {
    if (input === '-') return null;
    await visit(input);
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let stream: Readable = createReadStream(path);
  if (/\.gz$/i.test(path)) stream = stream.pipe(createGunzip());
  let n = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line.trim()) n += 1;
  } catch {
    // Unreadable: the loader reports it.
  }
  return n;
}
