/**
 * Files the embedded store replaces whole (the graph file, its index, the index's name files) are
 * written to a temp file beside the target (`<target>.<pid>.<ms>.tmp`, the pattern the lock's
 * clean-up of killed runs knows), flushed to disk, made private (0600), then renamed over the
 * target: a reader sees the old file or the new one, never half of one.
 */
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';

/**
 * Writes `target` atomically: `write` gets the open temp file's descriptor and writes the whole
 * content. Throws what `write`, the flush or the rename threw; the temp file is then removed and
 * `target` keeps what it held.
 */
export function writeFileAtomically(target: string, write: (fd: number) => void): void {
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      write(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, 0o600);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
