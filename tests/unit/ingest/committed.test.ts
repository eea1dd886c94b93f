import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/ingest.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;

describe('ingest summary: committed', () => {
  it('counts the articles written, not those found unchanged', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mkg-committed-')), 'graph.json');
    for (const expected of [{ new: 2, unchanged: 0, committed: 2 }, { new: 0, unchanged: 2, committed: 0 }]) {
      const store = await MemoryGraphStore.openForWriting(file);
      const summary = await ingest([SEEDS], { store, jobs: 1 });
      await store.close();
      expect({ new: summary.articles.new, unchanged: summary.articles.unchanged, committed: summary.committed }).toEqual(expected);
    }
  });
});
