/** The heap compactor: a full collection only once the old generation has grown past its factor. */
import { describe, expect, it } from 'vitest';
import { heapCompactor } from '../../../src/ingest/heap.js';

/** Objects that survive (kept in `keep`) until the array is emptied: they end in the old generation. */
function retain(keep: unknown[], megabytes: number): void {
  for (let i = 0; i < megabytes * 16; i++) keep.push(Array.from({ length: 8192 }, (_, k) => ({ k })));
}

describe('heapCompactor', () => {
  it('collects at the first call over its floor, then not again until the old generation has grown by its factor', () => {
    const compact = heapCompactor({ growth: 2, floorBytes: 1 });
    const keep: unknown[] = [];
    retain(keep, 8);
    expect(compact()).toBe(true);
    expect(compact()).toBe(false); // nothing grew since
    retain(keep, 64); // several times what the last collection left
    expect(compact()).toBe(true);
    keep.length = 0;
  });

  it('never collects below its floor', () => {
    const compact = heapCompactor({ floorBytes: 2 ** 40 });
    expect(compact()).toBe(false);
  });
});
