/**
 * Helpers for the identity-across-articles tests: write fixture records as a JSON Lines file in a
 * given order, and read a store's outcome in a form independent of insertion order.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemoryGraphStore } from '../../src/store/memory/index.js';
import type { FixtureRecord } from '../fixtures/resolve/identity-articles.js';

/** Writes the records, in this order, to a fresh JSON Lines file; returns its path. */
export function jsonlFile(records: readonly FixtureRecord[], name = 'articles.jsonl'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mkg-identity-'));
  const file = join(dir, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** A deterministic shuffle (mulberry32 seeded). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let t = seed >>> 0;
  const rand = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sortValue = (key: string, v: unknown): unknown => (key === 'articles' && Array.isArray(v) ? [...v].sort() : v);

/** SHA-256 over the whole embedded graph in canonical form (keys sorted; `articles` lists as sets; the input path dropped). */
export function canonicalDigest(store: MemoryGraphStore): string {
  const nodes: string[] = [];
  store.graph.forEachNode((key, attrs) => {
    const a = Object.fromEntries(Object.keys(attrs).filter((k) => k !== 'input').sort().map((k) => [k, sortValue(k, attrs[k])]));
    nodes.push(JSON.stringify([key, a]));
  });
  const edges: string[] = [];
  store.graph.forEachEdge((key, attrs, source, target) => {
    const a = Object.fromEntries(Object.keys(attrs).sort().map((k) => [k, attrs[k]]));
    edges.push(JSON.stringify([key, source, target, a]));
  });
  return createHash('sha256').update(JSON.stringify([nodes.sort(), edges.sort()])).digest('hex');
}

/** One line per Person and Meeting node: its name or date and the records (ids) it rests on. */
export interface ResolutionView { persons: string[]; meetings: string[] }

/** The identity outcome of a node listing: which articles each person and meeting node rests on. */
export function resolutionView(nodes: ReadonlyArray<{ label: string; name?: unknown; date?: unknown; articles?: unknown }>, articleSource: (id: string) => string): ResolutionView {
  const line = (n: { articles?: unknown }, what: unknown) => `${String(what)} ← ${((n.articles as string[] | undefined) ?? []).map(articleSource).sort().join(', ')}`;
  return {
    persons: nodes.filter((n) => n.label === 'Person').map((n) => line(n, n.name)).sort(),
    meetings: nodes.filter((n) => n.label === 'Meeting').map((n) => line(n, n.date)).sort(),
  };
}

/** The embedded store's resolution view (articles named by their source ids). */
export function memoryView(store: MemoryGraphStore): ResolutionView {
  const nodes: Array<{ label: string; name?: unknown; date?: unknown; articles?: unknown }> = [];
  store.graph.forEachNode((_k, a) => nodes.push(a as { label: string }));
  const source = (id: string) => String(store.graph.hasNode(id) ? (store.graph.getNodeAttribute(id, 'sourceId') ?? id) : id);
  return resolutionView(nodes, source);
}
