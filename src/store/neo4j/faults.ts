/**
 * Faults of the Neo4j store that no single article causes: the server gone or restarting, the
 * disk full, the login refused. They are retried within a bounded time, told while retrying, and
 * then stop the run with one line naming the cause and the fix (never each article retried alone).
 */
import { StoreUnavailableError } from '../types.js';

/** What a fault is: its cause in words, whether waiting may cure it, and the fix to name. */
export interface StoreFault {
  readonly cause: string;
  readonly retry: boolean;
  readonly fix: string;
}

/** Fixes named for a server that does not answer: the local one, or the one NEO4J_URI names. */
export interface FaultFixes {
  /** e.g. "run `meeting-kg neo4j start`". */
  readonly unreachable: string;
  /** e.g. "check NEO4J_USERNAME / NEO4J_PASSWORD". */
  readonly credentials: string;
}

const DEFAULT_FIXES: FaultFixes = {
  unreachable: 'run `meeting-kg neo4j start` (or check that the server NEO4J_URI names is up)',
  credentials: 'check NEO4J_USERNAME / NEO4J_PASSWORD',
};

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.*)$/m.exec(text)?.[1] ?? text;
  return (cause.split('\n')[0] ?? cause).trim().slice(0, 200);
}

/**
 * The fault a driver error is, or undefined when it is about one statement or article (a
 * constraint, a bad value): those are not retried here and cost only their article.
 */
export function classifyFault(error: unknown, fixes: FaultFixes = DEFAULT_FIXES): StoreFault | undefined {
  const code = String((error as { code?: unknown })?.code ?? '');
  const text = error instanceof Error ? error.message : String(error);
  if (/No space left on device|ENOSPC|disk (is )?full|out of disk/i.test(text)) {
    return { cause: 'the disk where Neo4j keeps its data is full', retry: false, fix: 'free disk space there, then run the same command again' };
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|Connection was closed by server|connection (was )?(closed|lost|refused)/i.test(text)) {
    return { cause: `the server does not answer (${firstLine(error)})`, retry: true, fix: fixes.unreachable };
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return { cause: 'the server refused the login', retry: false, fix: fixes.credentials };
  }
  if (code.startsWith('Neo.TransientError.')) {
    return { cause: `the server is busy or restarting (${code.replace(/^Neo\.TransientError\./, '')}: ${firstLine(error)})`, retry: true, fix: fixes.unreachable };
  }
  if (code.startsWith('Neo.DatabaseError.')) {
    return { cause: `the database failed (${code.replace(/^Neo\.DatabaseError\./, '')}: ${firstLine(error)}); its log says why`, retry: false, fix: 'see the Neo4j log (`meeting-kg neo4j status` shows where), then run the same command again' };
  }
  return undefined;
}

/** Options of {@link withRetries}. */
export interface RetryOptions {
  /** Where the store is, for messages. */
  readonly location: string;
  /** How long faults that waiting may cure are retried (ms). */
  readonly budgetMs: number;
  readonly fixes?: FaultFixes;
  /** Told at each retry: the cause and how long it has been retried. */
  readonly onRetry?: (message: string) => void;
  /**
   * How long one try may wait for the server's answer (ms; 0 or absent: no bound). A frozen server
   * (a stopped JVM, a network that drops packets) keeps its connections open and never answers;
   * the driver has no read timeout, so the try is abandoned after this and counts as the server
   * not answering.
   */
  readonly answerTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A try abandoned because the server did not answer within the bound (classified as the server not answering). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
  readonly code = 'ServiceUnavailable';
  constructor(readonly ms: number) {
    super(`no answer within ${(ms / 1000).toLocaleString('en')} s: the server may be frozen or overloaded`);
  }
}

/** `work()`, or a {@link NoAnswerError} when it has not settled after `ms` (the work is abandoned, not stopped). */
export function withAnswerBound<T>(work: () => Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms || ms <= 0) return work();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerError(ms)), ms);
    work().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Runs `work`; on a store fault that waiting may cure, tells `onRetry` and runs it again, until
 * `budgetMs` has passed; then, or at once for a fault waiting cannot cure, throws a
 * {@link StoreUnavailableError} (one line: where, cause, fix). Other errors pass through unchanged.
 */
export async function withRetries<T>(what: string, work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await withAnswerBound(work, options.answerTimeoutMs);
    } catch (error) {
      const fault = classifyFault(error, options.fixes);
      if (!fault) throw error;
      const elapsed = Date.now() - started;
      if (!fault.retry || elapsed >= options.budgetMs) {
        const tried = fault.retry ? ` (retried for ${(elapsed / 1000).toFixed(1)} s)` : '';
        throw new StoreUnavailableError(`Neo4j at ${options.location}: ${fault.cause} while ${what}${tried}; ${fault.fix}`);
      }
      const pause = Math.min(250 * 2 ** (attempt - 1), 2_000, Math.max(0, options.budgetMs - elapsed));
      options.onRetry?.(`Neo4j at ${options.location}: ${fault.cause} while ${what}; retrying (${(elapsed / 1000).toFixed(1)} s of ${(options.budgetMs / 1000).toFixed(0)} s)`);
      await sleep(pause);
    }
  }
}
