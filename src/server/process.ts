/**
 * Process helpers: is a pid alive, is it our Neo4j, and stopping it (SIGTERM, wait, SIGKILL).
 */
import { readFileSync } from 'node:fs';

/** True when a process with this pid exists and is not a zombie. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: a zombie (exited, not yet reaped) still answers kill(0).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/**
 * The command line of a process as its arguments, or undefined where it cannot be read
 * (not Linux, or the process is gone).
 */
export function processArguments(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((part) => part !== '');
  } catch {
    return undefined;
  }
}

/**
 * True when `pid` is a Neo4j server started with configuration directory `confDir`.
 * Where /proc is not available, a live pid is trusted.
 */
export function isOurServerProcess(pid: number, confDir: string): boolean {
  if (!isProcessAlive(pid)) return false;
  const args = processArguments(pid);
  if (args === undefined) return process.platform !== 'linux';
  return args.some((arg) => arg.includes('org.neo4j.server.')) && args.includes(`--config-dir=${confDir}`);
}

/** Waits until the process is gone or `timeoutMs` passes; resolves to whether it is gone. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

/** Result of stopping a process. */
export interface StopOutcome {
  readonly stopped: boolean;
  /** True when SIGTERM was not enough and SIGKILL was sent. */
  readonly forced: boolean;
  readonly ms: number;
}

/** Sends SIGTERM, waits up to `graceMs`, then SIGKILL and waits a little more. */
export async function terminate(pid: number, graceMs: number): Promise<StopOutcome> {
  const started = Date.now();
  if (!signal(pid, 'SIGTERM')) return { stopped: true, forced: false, ms: 0 };
  if (await waitForExit(pid, graceMs)) return { stopped: true, forced: false, ms: Date.now() - started };
  signal(pid, 'SIGKILL');
  const gone = await waitForExit(pid, 10_000);
  return { stopped: gone, forced: true, ms: Date.now() - started };
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}
