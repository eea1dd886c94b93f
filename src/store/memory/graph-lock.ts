/**
 * The writer's lock on an embedded graph file, so that two ingests never load the same file and
 * save over each other's work. The lock is proper-lockfile's (a `<file>.lock` folder whose mtime
 * the holder refreshes); inside it the holder leaves a note (`holder.json`: pid, host, command,
 * since) that a second writer names while it waits and when it gives up. A lock left by a killed
 * writer on this host (its pid gone) is taken over at once, under a second short lock so that
 * two waiters never both take it; a lock without a note (its holder died while taking it) goes
 * stale after proper-lockfile's `stale` time. Readers take no lock: saves are atomic renames.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type lockfileModule from 'proper-lockfile';

/** proper-lockfile, loaded by the first lock (a question on the graph file takes none, so never loads it). */
async function lockfile(): Promise<typeof lockfileModule> {
  return (await import('proper-lockfile')).default;
}

/** Who holds a graph file's lock, from its note. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** The command line (program name and arguments, at most 120 characters). */
  readonly command: string;
  /** When the lock was taken (ISO 8601). */
  readonly since: string;
}

/** The graph file is locked by another writer and stayed so for as long as we could wait. */
export class GraphLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(message);
    this.name = 'GraphLockedError';
  }
}

/** A held lock. */
export interface GraphLock {
  /** Releases the lock (idempotent). */
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another writer before giving up (default 0: give up at once). */
  readonly waitMs?: number;
  /** Told once when the lock is held by another writer and we wait. */
  readonly onWait?: (message: string) => void;
  /** Told when the lock went away under us (its folder removed): the file is no longer protected. */
  readonly onCompromised?: (message: string) => void;
}

/** Staleness of a lock folder without a note (ms): its holder died between taking it and writing the note. */
const STALE_MS = 20_000;
const NOTE = 'holder.json';

function lockDir(file: string): string {
  return `${file}.lock`;
}

/** The note of the holder of `file`'s lock, or undefined (no lock, or one without a note yet). */
export function lockHolder(file: string): LockHolder | undefined {
  try {
    const note = JSON.parse(readFileSync(join(lockDir(file), NOTE), 'utf8')) as Partial<LockHolder>;
    if (typeof note.pid !== 'number' || typeof note.host !== 'string') return undefined;
    return { pid: note.pid, host: note.host, command: String(note.command ?? '?'), since: String(note.since ?? '?') };
  } catch {
    return undefined;
  }
}

/** "pid 123 (meeting-kg ingest a.jsonl) since 2026-11-30 17:40:02 UTC" (and the host when another). */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'another process (just taking it)';
  const since = holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const host = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${host} (${holder.command}) since ${since}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(): string {
  const args = process.argv.slice(2).map((a) => (/\s/.test(a) ? JSON.stringify(a) : a));
  const text = ['meeting-kg', ...args].join(' ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes over the lock of `file` when its note names a process of this host that is gone; true
 * when it did. Under a short second lock, so that two waiters never both take one lock.
 */
async function takeOverDead(file: string): Promise<boolean> {
  const holder = lockHolder(file);
  if (!holder || holder.host !== hostname() || holder.pid === process.pid || alive(holder.pid)) return false;
  let release: (() => Promise<void>) | undefined;
  try {
    release = await (await lockfile()).lock(file, { realpath: false, lockfilePath: `${file}.takeover`, stale: 5_000, retries: { retries: 10, minTimeout: 50, maxTimeout: 200 } });
  } catch {
    return false;
  }
  try {
    // Read again under the takeover lock: only the note of the dead holder lets us move its folder.
    const again = lockHolder(file);
    if (!again || again.pid !== holder.pid || again.since !== holder.since) return false;
    const dead = `${lockDir(file)}.dead-${process.pid}`;
    renameSync(lockDir(file), dead);
    rmSync(dead, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Takes the writer's lock of the graph file `file` (its folder is created, 0700). Waits up to
 * `waitMs` for another writer (telling `onWait` once whom it waits for), then throws a
 * {@link GraphLockedError} naming the holder (pid, command, since when).
 */
export async function lockGraphFile(file: string, options: LockOptions = {}): Promise<GraphLock> {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + Math.max(0, options.waitMs ?? 0);
  let told = false;
  for (;;) {
    try {
      const release = await (await lockfile()).lock(file, {
        realpath: false,
        lockfilePath: lockDir(file),
        stale: STALE_MS,
        // Late mtime updates (a busy or starved event loop) are harmless while our note is in the
        // folder: nobody takes a lock whose note names a live process. Only a lost folder is told.
        onCompromised: (error) => {
          if (lockHolder(file)?.pid !== process.pid) options.onCompromised?.(`the lock on ${file} was lost (${error.message}); another writer may have taken the file`);
        },
      });
      chmodSync(lockDir(file), 0o700);
      const holder: LockHolder = { pid: process.pid, host: hostname(), command: commandLine(), since: new Date().toISOString() };
      writeFileSync(join(lockDir(file), NOTE), JSON.stringify(holder), { mode: 0o600 });
      // A process that exits without releasing (an uncaught error, process.exit) leaves no lock behind.
      const onExit = () => {
        rmSync(join(lockDir(file), NOTE), { force: true });
        rmSync(lockDir(file), { recursive: true, force: true });
      };
      process.once('exit', onExit);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          process.removeListener('exit', onExit);
          // The folder must be empty for proper-lockfile to remove it.
          rmSync(join(lockDir(file), NOTE), { force: true });
          await release().catch(() => {
            // Compromised (see above): proper-lockfile no longer removes the folder; an empty one is ours.
            try {
              rmdirSync(lockDir(file));
            } catch {
              // gone, or already another writer's (with its note)
            }
          });
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ELOCKED: held; ENOTEMPTY: a stale folder that still has a note (its holder is judged by pid).
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw error;
    }
    if (await takeOverDead(file)) continue;
    const holder = lockHolder(file);
    const message = `the graph file ${file} is being written by ${describeHolder(holder)}`;
    if (Date.now() >= deadline) {
      throw new GraphLockedError(`${message}; wait for it to finish, or pass --wait <seconds> to wait for it`, holder);
    }
    if (!told) {
      told = true;
      options.onWait?.(`${message}; waiting up to ${Math.ceil((deadline - Date.now()) / 1000)} s for it`);
    }
    await sleep(Math.min(250, Math.max(10, deadline - Date.now())));
  }
}

/**
 * Removes the temporary files that saves of `file` killed midway left beside it
 * (`<name>.<pid>.<time>.tmp`, and `<name>.index.<pid>.<time>.tmp` of its index; any pid but ours); call with the lock held. Returns their names.
 */
export function removeStaleTemps(file: string): string[] {
  const dir = dirname(file);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(file)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = name.startsWith(prefix) ? /^(?:index(?:\.[a-z]+-names)?\.)?(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!m || Number(m[1]) === process.pid) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
