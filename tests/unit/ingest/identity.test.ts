import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/ingest.js';
import { BlockRecordCache, resolveBlocks } from '../../../src/ingest/identity.js';
import type { ArticleGraph } from '../../../src/model/graph.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { MemoryQueries } from '../../../src/query/memory.js';
import { IDENTITY_RECORDS, type FixtureRecord } from '../../fixtures/resolve/identity-articles.js';
import { canonicalDigest, jsonlFile, memoryView, shuffled } from '../../support/identity.js';

/** The blocks (names, days) of the mention records a store holds. */
function storedBlocks(store: MemoryGraphStore): { persons: Set<string>; meetings: Set<string> } {
  const persons = new Set<string>();
  const meetings = new Set<string>();
  store.graph.forEachEdge((_e, a) => {
    if (typeof a.block !== 'string') return;
    if (a.type === 'MENTIONS') persons.add(a.block);
    else if (a.type === 'REPORTS') meetings.add(a.block);
  });
  return { persons, meetings };
}

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

  it('keeps the mention records a run resolves from equal to the stored ones: resolving every block afresh from the store moves nothing', async () => {
    for (const seed of [4, 5]) {
      const store = await ingestAll(shuffled(IDENTITY_RECORDS, seed), 1);
      const before = canonicalDigest(store);
      const blocks = storedBlocks(store);
      expect(blocks.persons.size).toBeGreaterThanOrEqual(3);
      expect(blocks.meetings.size).toBeGreaterThan(1);
      const again = await resolveBlocks(store, blocks.persons, blocks.meetings); // no kept records: all read from the store
      expect(again.moves, `seed ${seed}`).toBe(0);
      expect(canonicalDigest(store)).toBe(before);
    }
  });

  it('an article sent twice in one run resolves as if only its second text had been sent', async () => {
    const edited = IDENTITY_RECORDS.map((r) => (r.id === 'fx-tom-2' ? { ...r, text: r.text.replace('Ngày 6/2/2017', 'Ngày 9/2/2017') } : r));
    const resent = edited.find((r) => r.id === 'fx-tom-2')!;
    // Batches of 2: the first text of fx-tom-2 is resolved with the others, then replaced within the run.
    const twice = await ingestAll([...IDENTITY_RECORDS, resent], 2);
    const once = await ingestAll(edited, 2);
    expect(memoryView(twice)).toEqual(memoryView(once));
    expect(memoryView(twice).meetings).not.toContain('2017-02-06 ← fx-tom-1, fx-tom-2');
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

  it('keeps a bare mention apart with a POSSIBLY_SAME candidate that search and timeline show', async () => {
    const store = await ingestAll(IDENTITY_RECORDS);
    expect(memoryView(store).persons).toContain('Nguyễn Văn Hùng ← fx-bare');
    const q = new MemoryQueries(store.graph);
    const found = await q.search('Nguyễn Văn Hùng');
    const bare = found.rows.find((r) => r.detail?.includes('possibly the same as'));
    expect(bare?.detail).toMatch(/possibly the same as person:\w+ \(score 1: article from Quảng Trị/);
    const timeline = await q.personTimeline(bare?.id ?? '');
    if (timeline.status !== 'ok') throw new Error(timeline.status);
    expect(timeline.resolution?.possiblySame.map((c) => c.name)).toEqual(['Nguyễn Văn Hùng']);
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

describe('BlockRecordCache: derived properties sent once', () => {
  const update = (id: string, name: string) => ({ id, label: 'Person' as const, properties: { name, aliases: [] } });
  it('drops an update equal to what the node was last given, until an article writes the node or a move touches it', () => {
    const cache = new BlockRecordCache();
    cache.updated([update('person:a', 'Lê Văn A'), update('person:b', 'Trần B')]);
    expect(cache.changing([update('person:a', 'Lê Văn A'), update('person:b', 'Trần Văn B')], []).map((u) => u.id)).toEqual(['person:b']);
    // A move into the node: its update goes again (a node the move creates takes it).
    expect(cache.changing([update('person:a', 'Lê Văn A')], [{ article: 'x', from: 'person:z', to: 'person:a', label: 'Person' }]).map((u) => u.id)).toEqual(['person:a']);
    // An article stating the node writes its own statement over the derived one.
    cache.written([{ articleId: 'y', contentHash: 'h', nodes: [{ id: 'person:a', label: 'Person', properties: { name: 'Lê Văn A', nameKey: 'le van a', nameFolded: 'le van a', locality: null } }], relationships: [] } as unknown as ArticleGraph]);
    expect(cache.changing([update('person:a', 'Lê Văn A')], []).map((u) => u.id)).toEqual(['person:a']);
    cache.updated([update('person:a', 'Lê Văn A')]);
    cache.clear();
    expect(cache.changing([update('person:a', 'Lê Văn A')], []).map((u) => u.id)).toEqual(['person:a']);
  });
});
