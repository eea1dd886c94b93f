import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/ingest.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { MemoryQueries } from '../../../src/query/memory.js';
import { IDENTITY_RECORDS, type FixtureRecord } from '../../fixtures/resolve/identity-articles.js';
import { canonicalDigest, jsonlFile, memoryView, shuffled } from '../../support/identity.js';

async function ingestAll(records: readonly FixtureRecord[], batchSize = 50, store = MemoryGraphStore.inMemory()): Promise<MemoryGraphStore> {
  await ingest([jsonlFile(records)], { store, batchSize });
  return store;
}

describe('identity across articles (embedded store)', () => {
  it('makes one Person of the Prime Minister and one Meeting of an event two outlets reported', async () => {
    const view = memoryView(await ingestAll(IDENTITY_RECORDS));
    expect(view.persons).toContain('Nguyễn Xuân Phúc ← fx-dautu, fx-tom-1, fx-tom-2');
    // The partial date "6/2" of one report is completed by the other's year.
    expect(view.meetings).toContain('2017-02-06 ← fx-tom-1, fx-tom-2');
    // The same chair on another day, and the same kind of meeting that day under another chair, stay apart.
    expect(view.meetings).toContain('--02-08 ← fx-dautu');
    expect(view.meetings).toContain('--02-06 ← fx-quangtri');
    // Namesakes in two provinces stay apart; one holder of one provincial post is one person.
    expect(view.persons).toContain('Nguyễn Văn Hùng ← fx-quangtri, fx-quangtri-2');
    expect(view.persons).toContain('Nguyễn Văn Hùng ← fx-longan');
  });

  it('gives the same graph whatever the order and batching of the articles', async () => {
    const reference = canonicalDigest(await ingestAll(IDENTITY_RECORDS));
    for (const seed of [1, 2, 3]) {
      expect(canonicalDigest(await ingestAll(shuffled(IDENTITY_RECORDS, seed))), `seed ${seed}`).toBe(reference);
      expect(canonicalDigest(await ingestAll(shuffled(IDENTITY_RECORDS, seed), 1)), `seed ${seed}, one by one`).toBe(reference);
    }
    expect(canonicalDigest(await ingestAll([...IDENTITY_RECORDS].reverse(), 1))).toBe(reference);
  });

  it('undoes the merges an edited article alone supported, and re-sending it restores them', async () => {
    const store = await ingestAll(IDENTITY_RECORDS, 1);
    const merged = canonicalDigest(store);
    // A re-sent record with the same id and a new day: it reports another event now.
    const edited = IDENTITY_RECORDS.map((r) => (r.id === 'fx-tom-2' ? { ...r, text: r.text.replace('Ngày 6/2/2017', 'Ngày 9/2/2017') } : r));
    const summary = await ingest([jsonlFile(edited)], { store });
    expect(summary.articles.updated).toBe(1);
    const view = memoryView(store);
    expect(view.meetings).toContain('--02-06 ← fx-tom-1');
    expect(view.meetings).toContain('2017-02-09 ← fx-tom-2');
    expect(view.meetings.filter((m) => m.includes('fx-tom-2'))).toHaveLength(1);
    // The edited store is exactly what ingesting the edited records afresh gives.
    expect(canonicalDigest(store)).toBe(canonicalDigest(await ingestAll(edited)));
    await ingest([jsonlFile(IDENTITY_RECORDS)], { store });
    expect(canonicalDigest(store)).toBe(merged);
  });

  it('keeps the reasons of every merge and answers chairs once per meeting with its number of reports', async () => {
    const store = await ingestAll(IDENTITY_RECORDS);
    const pm = store.graph.filterNodes((_k, a) => a.label === 'Person' && a.name === 'Nguyễn Xuân Phúc');
    expect(pm).toHaveLength(1);
    expect((store.graph.getNodeAttribute(pm[0] as string, 'mergeReasons') as string[]).join('\n')).toMatch(/same-post: both hold Thủ tướng Chính phủ/);
    const rows = (await new MemoryQueries(store.graph).chairs({ person: 'Nguyễn Xuân Phúc' }));
    if (rows.status !== 'ok') throw new Error(rows.status);
    const tom = rows.rows.filter((r) => r.meeting.date === '2017-02-06');
    expect(tom).toHaveLength(1);
    expect(tom[0]?.evidence).toHaveLength(2);
  });
});
