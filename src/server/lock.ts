/**
 * A small cross-process lock file (O_EXCL create), so that two commands or two test runs
 * never resolve jars or start the same server at the same time. A lock whose owner died is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isProcessAlive } from './process.js';
import { Neo4jServerError } from './errors.js';

/** Takes the lock at `path`, waiting up to `timeoutMs`; resolves to a release function. */
export async function acquireLock(path: string, timeoutMs: number, what: string): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(path);
    if (owner !== undefined && owner !== process.pid && !isProcessAlive(owner)) {
      rmSync(path, { force: true });
      continue;
    }
    if (owner === undefined) {
      // Being written right now, or garbage: give the writer a moment, then take it over.
      await sleep(200);
      if (readOwner(path) === undefined) rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jServerError('busy', `another process (pid ${owner}) is still busy with ${what}; try again, or remove ${path} if that process is gone`);
    }
    await sleep(250);
  }
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
