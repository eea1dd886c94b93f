/**
 * The local Neo4j Community server: start (idempotent), status and stop. The server runs as a
 * detached Java process from the cached jars, with its state (conf, data, logs, credentials and a
 * JSON pid file) in one directory. "Running" means: the pid file names a live Neo4j process started
 * with this state's configuration, and Bolt answers.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  boltUrl,
  browserUrl,
  LOCAL_HOST,
  NEO4J_VERSION,
  resolveServerPaths,
  resolveServerPorts,
  type Env,
  type ServerPaths,
  type ServerPorts,
} from './config.js';
import { NEO4J_ADMIN_CLASS, neo4jToolEnv, serverArguments, writeNeo4jConf } from './conf.js';
import { createCredentials, readCredentials, type LocalCredentials } from './credentials.js';
import { Neo4jServerError } from './errors.js';
import { ensureJars, type JarManifest } from './jars.js';
import { acquireLock, sleep } from './lock.js';
import { isOurServerProcess, isProcessAlive, terminate } from './process.js';
import { errorText, findJava } from './tools.js';
import { makePrivateDir, PRIVATE_DIR_MODE, tightenTree, withPrivateUmask } from './private-files.js';

const run = promisify(execFile);

/** The JSON pid file of a running local server. */
export const LocalServerInfoSchema = z.object({
  pid: z.number().int().positive(),
  boltPort: z.number().int(),
  httpPort: z.number().int(),
  version: z.string(),
  startedAt: z.string(),
});
export type LocalServerInfo = z.infer<typeof LocalServerInfoSchema>;

/** How to reach a local server (the password comes from its credentials file). */
export interface LocalServerConnection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

/** Common options: the environment decides paths, ports and tools. */
export interface LocalServerOptions {
  readonly env?: Env;
  readonly cwd?: string;
}

/** Options of {@link startLocalServer}. */
export interface StartOptions extends LocalServerOptions {
  /** How long to wait for Bolt to answer (default 180 s, or MEETING_KG_NEO4J_START_TIMEOUT seconds). */
  readonly timeoutMs?: number;
  readonly onProgress?: (message: string) => void;
}

/** What {@link startLocalServer} did. */
export interface StartResult {
  /** `reused` when a running server was found, `started` when this call started it. */
  readonly outcome: 'started' | 'reused';
  readonly info: LocalServerInfo;
  readonly connection: LocalServerConnection;
  readonly paths: ServerPaths;
  readonly jars?: JarManifest;
  /** Milliseconds spent: resolving jars (0 when cached), until Bolt answered, in all. */
  readonly timings: { readonly jarsMs: number; readonly bootMs: number; readonly totalMs: number };
}

/** What {@link localServerStatus} found. */
export interface LocalServerStatus {
  readonly running: boolean;
  /** Why it is not running, or a problem with the running one, in one line. */
  readonly detail?: string;
  readonly info?: LocalServerInfo;
  readonly paths: ServerPaths;
  readonly boltUrl?: string;
  readonly browserUrl?: string;
}

/** Reads the pid file; undefined when there is none or it is unreadable. */
export function readServerInfo(paths: ServerPaths): LocalServerInfo | undefined {
  try {
    return LocalServerInfoSchema.parse(JSON.parse(readFileSync(paths.pidFile, 'utf8')));
  } catch {
    return undefined;
  }
}

/** The live server process this state directory's pid file names, or undefined (a stale pid file is ignored). */
export function liveServerInfo(paths: ServerPaths): LocalServerInfo | undefined {
  const info = readServerInfo(paths);
  return info && isOurServerProcess(info.pid, paths.confDir) ? info : undefined;
}

/** Checks whether the local server is running and answering on Bolt. */
export async function localServerStatus(options: LocalServerOptions = {}): Promise<LocalServerStatus> {
  const paths = resolveServerPaths(options.env, options.cwd);
  const info = liveServerInfo(paths);
  if (!info) return { running: false, detail: `no server process for ${paths.stateDir}`, paths };
  const urls = { boltUrl: boltUrl(info.boltPort), browserUrl: browserUrl(info.httpPort) };
  const credentials = readCredentials(paths.credentialsFile);
  if (!credentials) {
    return { running: false, detail: `process ${info.pid} runs but its credentials file ${paths.credentialsFile} is missing`, info, paths, ...urls };
  }
  const problem = await boltProblem(urls.boltUrl, credentials, 5_000);
  if (problem) return { running: false, detail: `process ${info.pid} runs but Bolt does not answer: ${problem}`, info, paths, ...urls };
  return { running: true, info, paths, ...urls };
}

/** The connection to the running local server, or undefined when none runs (Bolt is not probed). */
export function localServerConnection(options: LocalServerOptions = {}): LocalServerConnection | undefined {
  const paths = resolveServerPaths(options.env, options.cwd);
  const info = liveServerInfo(paths);
  if (!info) return undefined;
  const credentials = readCredentials(paths.credentialsFile);
  if (!credentials) return undefined;
  return { uri: boltUrl(info.boltPort), username: credentials.username, password: credentials.password };
}

/**
 * Starts the local server, or reuses the one already running for this state directory.
 * Resolves once Bolt answers; throws a {@link Neo4jServerError} with one clear line otherwise.
 */
export async function startLocalServer(options: StartOptions = {}): Promise<StartResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const paths = resolveServerPaths(env, options.cwd);
  const timeoutMs = options.timeoutMs ?? startTimeoutFromEnv(env);
  const release = await acquireLock(paths.lockFile, timeoutMs + 30_000, 'starting the local Neo4j');
  try {
    const existing = liveServerInfo(paths);
    if (existing) {
      const credentials = readCredentials(paths.credentialsFile);
      if (!credentials) {
        throw new Neo4jServerError('credentials', `a local Neo4j (pid ${existing.pid}) runs but its credentials file ${paths.credentialsFile} is missing; run \`meeting-kg neo4j stop\`, then delete ${paths.dataDir} to start afresh`);
      }
      const connection = { uri: boltUrl(existing.boltPort), ...credentials };
      await waitForBolt(connection, existing.pid, timeoutMs, paths);
      return { outcome: 'reused', info: existing, connection, paths, timings: { jarsMs: 0, bootMs: 0, totalMs: Date.now() - started } };
    }
    rmSync(paths.pidFile, { force: true });
    assertDiskSpace(paths.stateDir, env);
    const ports = resolveServerPorts(env);
    await assertPortFree(ports.bolt, 'Bolt', 'MEETING_KG_NEO4J_BOLT_PORT');
    await assertPortFree(ports.http, 'HTTP', 'MEETING_KG_NEO4J_HTTP_PORT');
    const java = await findJava(env);
    const jarsStarted = Date.now();
    const jars = await ensureJars(paths, { env, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const jarsMs = Date.now() - jarsStarted;
    // Private to the user: the state folder, what older versions left readable, and all the server writes.
    makePrivateDir(paths.stateDir);
    chmodSync(dirname(paths.stateDir), PRIVATE_DIR_MODE);
    tightenTree(paths.stateDir);
    writeNeo4jConf(paths, ports);
    const credentials = await ensureInitialPassword(paths, java.executable, env);
    const bootStarted = Date.now();
    options.onProgress?.(`Starting Neo4j ${NEO4J_VERSION} on ${boltUrl(ports.bolt)} (log: ${paths.consoleLog})…`);
    const info = spawnServer(paths, ports, java.executable, env);
    const connection = { uri: boltUrl(ports.bolt), ...credentials };
    try {
      await waitForBolt(connection, info.pid, timeoutMs, paths);
      // Browser is served by the same server a moment later: `start` returns when both answer.
      await waitForBrowser(browserUrl(ports.http), info.pid, Math.max(5_000, timeoutMs - (Date.now() - bootStarted)), paths);
    } catch (error) {
      if (isProcessAlive(info.pid)) await terminate(info.pid, 10_000);
      rmSync(paths.pidFile, { force: true });
      throw error;
    }
    const now = Date.now();
    return { outcome: 'started', info, connection, paths, jars, timings: { jarsMs, bootMs: now - bootStarted, totalMs: now - started } };
  } finally {
    release();
  }
}

/** What {@link stopLocalServer} did. */
export interface StopResult {
  readonly wasRunning: boolean;
  readonly pid?: number;
  /** True when the server ignored SIGTERM for `graceMs` and was killed. */
  readonly forced: boolean;
  readonly ms: number;
  readonly paths: ServerPaths;
}

/** Stops the local server (SIGTERM, then SIGKILL after `graceMs`), keeping its data directory. */
export async function stopLocalServer(options: LocalServerOptions & { readonly graceMs?: number } = {}): Promise<StopResult> {
  const env = options.env ?? process.env;
  const paths = resolveServerPaths(env, options.cwd);
  const release = await acquireLock(paths.lockFile, startTimeoutFromEnv(env) + 30_000, 'starting or stopping the local Neo4j');
  try {
    const info = liveServerInfo(paths);
    if (!info) {
      rmSync(paths.pidFile, { force: true });
      return { wasRunning: false, forced: false, ms: 0, paths };
    }
    const outcome = await terminate(info.pid, options.graceMs ?? 60_000);
    if (!outcome.stopped) {
      throw new Neo4jServerError('stop-failed', `the local Neo4j (pid ${info.pid}) did not exit even after SIGKILL`);
    }
    rmSync(paths.pidFile, { force: true });
    return { wasRunning: true, pid: info.pid, forced: outcome.forced, ms: outcome.ms, paths };
  } finally {
    release();
  }
}

function startTimeoutFromEnv(env: Env): number {
  const seconds = Number(env.MEETING_KG_NEO4J_START_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 180_000;
}

/** Fails with one line when something already listens on 127.0.0.1:`port`. */
async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ port, host: LOCAL_HOST, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
  if (!error) return;
  if (error.code === 'EADDRINUSE') {
    throw new Neo4jServerError(
      'port-in-use',
      `port ${port} on ${LOCAL_HOST} (Neo4j ${what}) is already in use by another program, not this project's Neo4j; stop that program or choose another port with ${variable}`,
    );
  }
  throw new Neo4jServerError('port-in-use', `cannot use port ${port} on ${LOCAL_HOST} for Neo4j ${what}: ${error.message}`);
}

/**
 * Makes sure the server has a password: before the first start, a generated one is set with
 * `neo4j-admin dbms set-initial-password`; afterwards the credentials file must exist.
 */
async function ensureInitialPassword(paths: ServerPaths, java: string, env: Env): Promise<LocalCredentials> {
  const initialised = existsSync(join(paths.dataDir, 'databases', 'system'));
  const existing = readCredentials(paths.credentialsFile);
  if (initialised) {
    if (!existing) {
      throw new Neo4jServerError('credentials', `the database in ${paths.dataDir} was created with a password that is no longer in ${paths.credentialsFile}; delete ${paths.dataDir} to start afresh (its data is lost)`);
    }
    return existing;
  }
  // A password from an older meeting-kg that an option parser would misread (a leading '-') is replaced.
  const credentials = existing && !existing.password.startsWith('-') ? existing : createCredentials(paths.credentialsFile);
  // The password never goes on a command line (any user can read /proc/<pid>/cmdline): it is in a
  // 0600 argument file that neo4j-admin (picocli) expands, `--` first so it is never read as an option.
  const argFile = join(paths.stateDir, `.set-initial-password.${process.pid}.args`);
  writeFileSync(argFile, `-- "${credentials.password}"\n`, { mode: 0o600 });
  try {
    await withPrivateUmask(() =>
      run(java, ['-cp', join(paths.libDir, '*'), NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', `@${argFile}`], {
        env: neo4jToolEnv(paths, env),
        timeout: 120_000,
      }),
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0];
    throw new Neo4jServerError('start-failed', `could not set the initial Neo4j password: ${stderr || errorText(error)}`);
  } finally {
    rmSync(argFile, { force: true });
  }
  return credentials;
}

/** Spawns the server as a detached process logging to console.log, and writes the pid file. */
function spawnServer(paths: ServerPaths, ports: ServerPorts, java: string, env: Env): LocalServerInfo {
  const log = openSync(paths.consoleLog, 'a', 0o600);
  writeSync(log, `\n=== meeting-kg: starting Neo4j ${NEO4J_VERSION} at ${new Date().toISOString()} ===\n`);
  try {
    const child = withPrivateUmask(() =>
      spawn(java, serverArguments(paths), {
        cwd: paths.stateDir,
        detached: true,
        stdio: ['ignore', log, log],
        env: { ...env } as NodeJS.ProcessEnv,
      }),
    );
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Neo4jServerError('start-failed', `could not start ${java}; see ${paths.consoleLog}`);
    const info: LocalServerInfo = {
      pid: child.pid,
      boltPort: ports.bolt,
      httpPort: ports.http,
      version: NEO4J_VERSION,
      startedAt: new Date().toISOString(),
    };
    writeFileSync(paths.pidFile, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
    return info;
  } finally {
    closeSync(log);
  }
}

/**
 * Free space Neo4j needs where its state lives before it starts (MB): its store files, two
 * transaction log files (not preallocated: `db.tx_log.preallocate=false`), checkpoints and logs.
 * MEETING_KG_NEO4J_MIN_FREE_MB overrides it.
 */
export const MIN_FREE_MB = 300;

/** Throws a Neo4jServerError naming disk space when the disk of `dir` has less free than Neo4j needs. */
export function assertDiskSpace(dir: string, env: NodeJS.ProcessEnv = process.env): void {
  const need = Number(env.MEETING_KG_NEO4J_MIN_FREE_MB ?? MIN_FREE_MB);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  let freeMb: number;
  try {
    const st = statfsSync(dir);
    freeMb = (st.bavail * st.bsize) / (1024 * 1024);
  } catch {
    return; // unknown: let Neo4j try
  }
  if (freeMb < need) {
    throw new Neo4jServerError('disk-space', `not enough disk space for Neo4j: ${Math.floor(freeMb)} MB free on the disk of ${dir}, it needs at least ${need} MB (store, transaction logs); free some space or set MEETING_KG_HOME to a larger disk`);
  }
}

/** Waits until Neo4j Browser answers at `url` (HTTP 200), failing early when the process exits. */
async function waitForBrowser(url: string, pid: number, timeoutMs: number, paths: ServerPaths): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) throw new Neo4jServerError('start-failed', `Neo4j exited during start-up (${lastLogLine(paths.consoleLog)}); see ${paths.consoleLog}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Neo4jServerError('start-timeout', `Neo4j Browser did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s (${last}); see ${paths.consoleLog}`);
}

/** Waits until Bolt answers with these credentials, failing early when the process exits. */
async function waitForBolt(connection: LocalServerConnection, pid: number, timeoutMs: number, paths: ServerPaths): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) {
      throw new Neo4jServerError('start-failed', `Neo4j exited during start-up (${lastLogLine(paths.consoleLog)}); see ${paths.consoleLog}`);
    }
    const problem = await boltProblem(connection.uri, connection, 3_000);
    if (problem === undefined) return;
    if (problem.startsWith('auth:')) {
      throw new Neo4jServerError('credentials', `the local Neo4j rejects the password in ${paths.credentialsFile}; stop it and delete ${paths.dataDir} to start afresh`);
    }
    last = problem;
    await sleep(300);
  }
  throw new Neo4jServerError(
    'start-timeout',
    `Neo4j did not answer on ${connection.uri} within ${Math.round(timeoutMs / 1000)} s (${last}); see ${paths.consoleLog} and ${join(paths.logsDir, 'debug.log')}`,
  );
}

/** Undefined when Bolt answers with these credentials; otherwise why not (`auth:` prefix for a rejected login). */
async function boltProblem(uri: string, credentials: LocalCredentials, timeoutMs: number): Promise<string | undefined> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout: timeoutMs,
  });
  try {
    await driver.verifyConnectivity();
    return undefined;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security.')) return `auth: ${errorText(error)}`;
    return errorText(error);
  } finally {
    await driver.close();
  }
}

function lastLogLine(file: string): string {
  try {
    const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('==='));
    const interesting = [...lines].reverse().find((line) => /ERROR|Exception|Error:/.test(line)) ?? lines.at(-1);
    return interesting ? interesting.slice(0, 300) : 'no output';
  } catch {
    return 'no output';
  }
}
