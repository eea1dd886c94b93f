// The first records of a JSON Lines file (gzipped), streamed: the benchmarks' way of taking a slice
// of the bulk corpus without holding or copying it.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** The first `n` non-blank lines of the gzipped JSON Lines file `file`. */
export async function firstLines(file, n) {
  const lines = [];
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  return lines;
}
