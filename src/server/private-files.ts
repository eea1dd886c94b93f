/**
 * Files only their owner can read: meeting-kg's state (`.meeting-kg/`: the graph file, the local
 * Neo4j's data, logs and credentials) holds the articles and a password, so folders are 0700 and
 * files 0600 whatever the user's umask, and processes meeting-kg starts write with umask 077.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of meeting-kg's folders. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of meeting-kg's files. */
export const PRIVATE_FILE_MODE = 0o600;
/** The umask of processes meeting-kg starts (the Neo4j server, neo4j-admin). */
export const PRIVATE_UMASK = 0o077;

/** Creates `dir` (and missing parents) as 0700; an existing one is left as it is. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Takes group and other permissions away from `root` and everything under it (folders keep
 * their owner's access, files become at most 0600, executables 0700). Symbolic links are not
 * followed. Errors on single entries (a file vanishing) are ignored.
 */
export function tightenTree(root: string): void {
  const stack = [root];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) continue;
    try {
      if (st.isDirectory()) {
        if ((st.mode & 0o077) !== 0) chmodSync(path, PRIVATE_DIR_MODE);
        for (const name of readdirSync(path)) stack.push(join(path, name));
      } else if ((st.mode & 0o077) !== 0) {
        chmodSync(path, st.mode & 0o100 ? 0o700 : PRIVATE_FILE_MODE);
      }
    } catch {
      // Gone meanwhile, or not ours: nothing to tighten.
    }
  }
}

/** Runs `work` with the process umask at 077 (children spawned meanwhile inherit it), then restores it. */
export function withPrivateUmask<T>(work: () => T): T {
  const previous = process.umask(PRIVATE_UMASK);
  try {
    return work();
  } finally {
    process.umask(previous);
  }
}
