/**
 * Resolution decided before a batch is written (the Neo4j pipeline's way, resolveBeforeWrite): the
 * graph must end exactly as when the batch is written and then resolved — the same nodes with the
 * same properties and lists of articles in the same order, the same edges with the same ids.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/ingest.js';
import { BlockRecordCache, blocksOf, resolveBeforeWrite, resolveBlocks } from '../../../src/ingest/identity.js';
import type { ArticleGraph } from '../../../src/model/graph.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { IDENTITY_RECORDS } from '../../fixtures/resolve/identity-articles.js';
import { jsonlFile, shuffled } from '../../support/identity.js';

/** The graphs the pipeline makes of the fixture records, in this order. */
async function graphsOf(records: typeof IDENTITY_RECORDS): Promise<ArticleGraph[]> {
  const graphs: ArticleGraph[] = [];
  await ingest([jsonlFile(records)], { store: MemoryGraphStore.inMemory(), jobs: 1, onGraph: (g) => graphs.push(structuredClone(g)) });
  return graphs;
}

/** Every node and edge with all its attributes, lists in their order (only the order of nodes and edges in the graph is left out). */
function exactDigest(store: MemoryGraphStore): string {
  const lines: string[] = [];
  store.graph.forEachNode((key, attrs) => lines.push(`N${JSON.stringify([key, Object.fromEntries(Object.keys(attrs).sort().map((k) => [k, attrs[k]]))])}`));
  store.graph.forEachEdge((key, attrs, s, t) => lines.push(`E${JSON.stringify([key, s, t, Object.fromEntries(Object.keys(attrs).sort().map((k) => [k, attrs[k]]))])}`));
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

describe('resolution decided before the write', () => {
  it('ends with the graph of writing then resolving, in any order and batching, and writes the mentions it moves where they end', async () => {
    let earlyMoves = 0;
    for (const [seed, size] of [[1, 3], [2, 2], [3, 5], [4, 1]] as const) {
      const graphs = await graphsOf(shuffled(IDENTITY_RECORDS, seed));
      const after = MemoryGraphStore.inMemory();
      const before = MemoryGraphStore.inMemory();
      const afterCache = new BlockRecordCache();
      const beforeCache = new BlockRecordCache();
      for (const batch of batches(graphs, size)) {
        // Written, then resolved (the pipeline's other way).
        await after.writeArticles(batch);
        afterCache.written(batch);
        const touched = blocksOf(batch);
        await resolveBlocks(after, touched.persons, touched.meetings, afterCache);
        // Resolved, then written.
        const early = await resolveBeforeWrite(before, batch, beforeCache);
        earlyMoves += early.early;
        const results = await before.writeArticles(early.graphs);
        expect(results.every((r) => 'status' in r && r.status === 'new')).toBe(true);
        await early.finish();
      }
      expect(exactDigest(before), `seed ${seed}, batches of ${size}`).toBe(exactDigest(after));
    }
    // The fixtures hold reports of one event and mentions without posts that join a holder: some moves are made early.
    expect(earlyMoves).toBeGreaterThan(0);
  });
});
