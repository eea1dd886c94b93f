/**
 * The layout shared by the embedded store's index files (`graph.json.index`, its name files): binary
 * tables, then a JSON header, then a 12-byte trailer — the header's length in bytes (UInt32 LE) and
 * an 8-character magic naming the kind of file. A reader finds the header from the end of the file.
 */
import { fstatSync, readSync } from 'node:fs';

/** Bytes of the trailer: header length (4) + magic (8). */
export const TRAILER_BYTES = 12;

/** The trailer closing a file whose JSON header is `headerLength` bytes long. */
export function trailer(headerLength: number, magic: string): Buffer {
  const t = Buffer.alloc(TRAILER_BYTES);
  t.writeUInt32LE(headerLength, 0);
  t.write(magic, 4, 'latin1');
  return t;
}

/**
 * Reads the JSON header of an open file in this layout, and where it starts (`headerStart`, the end
 * of the tables). Throws an Error naming what is wrong (too short, another magic, a header length
 * past the file, a header that is not JSON); the caller decides what a bad file means.
 */
export function readHeader(fd: number, magic: string): { header: unknown; headerStart: number } {
  const size = fstatSync(fd).size;
  if (size < TRAILER_BYTES) throw new Error('too short');
  const t = Buffer.alloc(TRAILER_BYTES);
  readSync(fd, t, 0, TRAILER_BYTES, size - TRAILER_BYTES);
  if (t.toString('latin1', 4) !== magic) throw new Error('no trailer');
  const headerLength = t.readUInt32LE(0);
  if (headerLength > size - TRAILER_BYTES) throw new Error('bad header length');
  const headerBytes = Buffer.alloc(headerLength);
  const headerStart = size - TRAILER_BYTES - headerLength;
  readSync(fd, headerBytes, 0, headerLength, headerStart);
  return { header: JSON.parse(headerBytes.toString('utf8')), headerStart };
}
