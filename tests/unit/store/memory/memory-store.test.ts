import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../../../src/store/memory/index.js';
import { resolveExtraction } from '../../../../src/resolve/index.js';
import { GraphWriteError } from '../../../../src/store/types.js';
import { ExtractionBuilder } from '../../../fixtures/resolve/extraction-builder.js';

function haiPhongArticle(id: string, chair: string, text = 'v1') {
  const b = new ExtractionBuilder(id, { source: 'haiphong.gov.vn', authors: ['Lê Văn Bút'] });
  const bcd = b.org('Ban Chỉ đạo 35 thành phố', 'steering-committee');
  b.position(chair, 'Trưởng Ban Chỉ đạo 35 thành phố', 'Trưởng ban', bcd);
  b.meeting({ date: '2023-02-06', organizers: [bcd], chairs: [chair], attendees: ['Trần Thị Dự'] });
  return resolveExtraction(b.build(), { contentHash: `${id}:${text}` });
}

/** The graph's content, independent of insertion order. */
const content = (store: MemoryGraphStore) => {
  const e = store.graph.export();
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  return JSON.stringify({ nodes: [...e.nodes].sort(byKey), edges: [...(e.edges as Array<{ key: string }>)].sort(byKey) });
};
const edgesOfType = (store: MemoryGraphStore, type: string) => store.graph.filterEdges((_k, a) => a.type === type);
const nodeNames = (store: MemoryGraphStore, label: string) =>
  store.graph.filterNodes((_k, a) => a.label === label).map((k) => store.graph.getNodeAttribute(k, 'name') as string).sort();

describe('MemoryGraphStore', () => {
  it('writes an article once: the same article again changes nothing', async () => {
    const store = MemoryGraphStore.inMemory();
    const g = haiPhongArticle('a1', 'Đỗ Văn Chủ');
    expect((await store.writeArticle(g)).status).toBe('new');
    const before = await store.counts();
    expect((await store.writeArticle(g)).status).toBe('unchanged');
    expect(await store.counts()).toEqual(before);
    expect(before.nodes.Person).toBe(2);
    expect(await store.hasArticle('a1', g.contentHash)).toBe(true);
    expect(await store.hasArticle('a1', 'other')).toBe(false);
  });

  it('replaces an edited article\'s facts and removes orphans, keeping nodes other articles state', async () => {
    const store = MemoryGraphStore.inMemory();
    await store.writeArticle(haiPhongArticle('a1', 'Đỗ Văn Chủ'));
    await store.writeArticle(haiPhongArticle('a2', 'Đỗ Văn Chủ'));
    const r = await store.writeArticle(haiPhongArticle('a1', 'Phạm Văn Mới', 'v2'));
    expect(r.status).toBe('updated');
    // a2 still states Đỗ Văn Chủ; a1 now states Phạm Văn Mới. (The bare name Trần Thị Dự is one
    // node per article: only resolution across articles, which this test does not run, joins them.)
    expect(nodeNames(store, 'Person')).toEqual(['Phạm Văn Mới', 'Trần Thị Dự', 'Trần Thị Dự', 'Đỗ Văn Chủ']);
    const chairs = edgesOfType(store, 'CHAIRED').map((e) => [store.graph.getNodeAttribute(store.graph.source(e), 'name'), store.graph.getEdgeAttribute(e, 'article')]);
    expect(chairs.sort()).toEqual([['Phạm Văn Mới', 'a1'], ['Đỗ Văn Chủ', 'a2']]);
    // Re-edit a2 so nobody states Đỗ Văn Chủ: the orphan goes.
    await store.writeArticle(haiPhongArticle('a2', 'Phạm Văn Mới', 'v2'));
    expect(nodeNames(store, 'Person')).toEqual(['Phạm Văn Mới', 'Trần Thị Dự', 'Trần Thị Dự']);
    const shared = store.graph.filterNodes((_k, a) => a.label === 'Organization' && a.name === 'Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(shared).toHaveLength(1);
    expect(store.graph.getNodeAttribute(shared[0] as string, 'articles')).toEqual(['a1', 'a2']);
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const store = MemoryGraphStore.inMemory();
    await store.writeArticle(haiPhongArticle('a1', 'Đỗ Văn Chủ'));
    const snapshot = content(store);
    const edited = haiPhongArticle('a1', 'Phạm Văn Mới', 'v2');
    expect(() => store.writeSync(edited, { beforeEdge: (i) => { if (i === 3) throw new Error('disk on fire'); } })).toThrow(GraphWriteError);
    expect(content(store)).toBe(snapshot);
    // And a later write still works.
    expect((await store.writeArticle(edited)).status).toBe('updated');
  });

  it('refuses a graph whose edge points outside its nodes, writing nothing', async () => {
    const store = MemoryGraphStore.inMemory();
    const g = haiPhongArticle('a1', 'Đỗ Văn Chủ');
    g.relationships.push({ type: 'CHAIRED', id: 'rel:x', from: 'person:nobody', to: g.articleId, properties: { article: 'a1' } });
    const [result] = await store.writeArticles([g]);
    expect(result && 'error' in result && result.error.message).toMatch(/points outside/);
    expect(store.graph.order).toBe(0);
  });

  it('saves atomically and reads back the same graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-'));
    const file = join(dir, 'sub', 'graph.json');
    const store = MemoryGraphStore.open(file);
    await store.writeArticle(haiPhongArticle('a1', 'Đỗ Văn Chủ'));
    const counts = await store.counts();
    await store.close();
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['graph.json', 'graph.json.index']); // no temp file left; the index beside it
    const again = MemoryGraphStore.open(file);
    expect(await again.counts()).toEqual(counts);
    expect((await again.writeArticle(haiPhongArticle('a1', 'Đỗ Văn Chủ'))).status).toBe('unchanged');
    // Re-opened store still replaces facts correctly (its per-article index is rebuilt).
    await again.writeArticle(haiPhongArticle('a1', 'Phạm Văn Mới', 'v2'));
    expect(nodeNames(again, 'Person')).toEqual(['Phạm Văn Mới', 'Trần Thị Dự']);
  });

  it('says clearly when the file is not a graph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, '{"nodes": [');
    expect(() => MemoryGraphStore.open(file)).toThrow(/not readable JSON.*move it away/);
    writeFileSync(file, '{"hello": 1}');
    expect(() => MemoryGraphStore.open(file)).toThrow(/not a meeting-kg graph/);
  });
});
