/**
 * Helpers of the reliability suite: the throwaway Neo4j, running the built CLI with a deadline,
 * and a counter the files print their figures with.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/** The suite's throwaway Neo4j (tests/reliability/setup.ts). */
export interface ReliabilityNeo4j {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** Its MEETING_KG_HOME. */
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  /** Scans of every process's command line while the server was first set up, and how many showed its password. */
  readonly argvScans: number;
  readonly argvLeaks: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityNeo4j: ReliabilityNeo4j | { skipped: string };
  }
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The throwaway Neo4j, or undefined when the run has none. */
export function reliabilityNeo4j(): ReliabilityNeo4j | undefined {
  const provided = inject('reliabilityNeo4j');
  return 'skipped' in provided ? undefined : provided;
}

/** A driver to the throwaway Neo4j as its admin user; the caller closes it. */
export function adminDriver(info: ReliabilityNeo4j): Driver {
  return neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password), { connectionTimeout: 10_000 });
}

/** The environment of a CLI run: nothing inherited that points at another Neo4j or graph. */
export function cliEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'MEETING_KG_HOME', 'MEETING_KG_GRAPH', 'MEETING_KG_NEO4J_BOLT_PORT', 'MEETING_KG_NEO4J_HTTP_PORT']) delete env[name];
  return { ...env, ...extra };
}

/** The environment pointing the CLI at the throwaway Neo4j through NEO4J_URI. */
export function neo4jEnv(info: ReliabilityNeo4j, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return cliEnv({ NEO4J_URI: info.uri, NEO4J_USERNAME: info.username, NEO4J_PASSWORD: info.password, ...extra });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
}

/** A CLI run under way: its process, and its outcome once it ends. */
export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliRun>;
  /** What it printed on stderr so far. */
  err(): string;
}

/** Starts the built CLI; killed (SIGKILL) after `timeoutMs`. */
export function startCli(args: readonly string[], options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string | Buffer; openStdin?: boolean } = {}): CliProcess {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: (options.env ?? cliEnv()) as NodeJS.ProcessEnv,
    stdio: [options.input === undefined && !options.openStdin ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  // openStdin: the input is written and standard input left open (the test ends it).
  if (options.input !== undefined) {
    if (options.openStdin) child.stdin?.write(options.input);
    else child.stdin?.end(options.input);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, ms: Date.now() - started });
    });
  });
  return { child, done, err: () => err };
}

/** Runs the built CLI; killed (SIGKILL) after `timeoutMs`. */
export function runCli(args: readonly string[], options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string | Buffer } = {}): Promise<CliRun> {
  return startCli(args, options).done;
}

/** Resolves once `condition` holds (checked every 25 ms); rejects after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Prints a figure of the suite (collected in the CI log). */
export function figure(name: string, value: string | number): void {
  process.stderr.write(`[reliability] ${name}: ${value}\n`);
}
