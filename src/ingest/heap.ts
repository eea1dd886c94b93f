/**
 * Keeping a long run's heap near what it holds. V8 lets the old generation grow to a multiple of
 * what was live after its last full collection (often about twice) before it collects again; an
 * ingest into the embedded store holds the whole graph in its heap, so that slack alone can be
 * hundreds of MB of the peak memory, and each worker thread of the pool keeps its own. A
 * compactor asks for a full collection when the old generation has grown by a set factor past
 * what the last one left, and no more often than that.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let fullCollection: (() => void) | null | undefined;

/** V8's `gc()` (a full, compacting collection), or null where it cannot be had. */
function fullCollector(): (() => void) | null {
  if (fullCollection === undefined) {
    try {
      // The flag takes effect for contexts created after it: a fresh one hands out `gc`.
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      fullCollection = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  return fullCollection;
}

/** Bytes in use in the old generation (the space that holds what survives: the graph). */
function oldGenerationBytes(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size;
  return used;
}

/** How a compactor decides. */
export interface HeapCompactorOptions {
  /** Collect when the old generation reaches this multiple of what the last full collection left (default 1.5). */
  growth?: number;
  /** Never collect below this many bytes in the old generation (default 128 MiB). */
  floorBytes?: number;
}

/**
 * A function to call between units of work (a written batch, an extraction task): it runs a full
 * collection when the old generation has grown `growth` times past the last one's result and
 * over `floorBytes`, and returns whether it did. Costs a read of the heap's space statistics
 * otherwise. Does nothing where V8's `gc` cannot be had.
 */
export function heapCompactor(options: HeapCompactorOptions = {}): () => boolean {
  const growth = options.growth ?? 1.5;
  const floor = options.floorBytes ?? 128 * 2 ** 20;
  let live = 0;
  return () => {
    const used = oldGenerationBytes();
    if (used < floor || used < live * growth) return false;
    const gc = fullCollector();
    if (!gc) return false;
    gc();
    live = oldGenerationBytes();
    return true;
  };
}
