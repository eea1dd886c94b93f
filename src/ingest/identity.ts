/**
 * Resolution across articles, run by the pipeline after each batch is written: the mention records
 * of every block the batch touched (names, days) are read back from the store, clustered by the
 * `resolve` stage, and the store re-points the articles' edges to the resulting nodes. The outcome
 * depends only on the records stored, never on the order the articles came in.
 */
import type { ArticleGraph } from '../model/graph.js';
import { meetingRecordFrom, personRecordFrom, resolveMeetings, resolvePersons, type BlockResolution, type Merge } from '../resolve/identity.js';
import type { GraphStore, NodeMove, NodeUpdate } from '../store/types.js';

/** The blocks (person names, meeting days) an article graph states records in. */
export function blocksOf(graphs: readonly ArticleGraph[]): { persons: Set<string>; meetings: Set<string> } {
  const persons = new Set<string>();
  const meetings = new Set<string>();
  for (const g of graphs) {
    for (const r of g.relationships) {
      if (typeof r.properties.block !== 'string') continue;
      if (r.type === 'MENTIONS') persons.add(r.properties.block);
      else if (r.type === 'REPORTS') meetings.add(r.properties.block);
    }
  }
  return { persons, meetings };
}

/** What one resolution pass did. */
export interface ResolutionSummary {
  blocks: number;
  moves: number;
  merges: Merge[];
}

/** Re-resolves these blocks from the records in the store; returns the moves made and the merges that hold. */
export async function resolveBlocks(store: GraphStore, persons: Iterable<string>, meetings: Iterable<string>): Promise<ResolutionSummary> {
  const moves: NodeMove[] = [];
  const updates: NodeUpdate[] = [];
  const merges: Merge[] = [];
  const personBlocks = [...new Set(persons)].sort();
  const meetingBlocks = [...new Set(meetings)].sort();
  const collect = (res: BlockResolution, label: 'Person' | 'Meeting', records: ReadonlyArray<{ article: string; node: string }>) => {
    for (const r of records) {
      const to = res.assignment.get(`${r.article}\u241F${r.node}`);
      if (to && to !== r.node) moves.push({ article: r.article, from: r.node, to, label });
    }
    for (const [id, properties] of res.nodes) updates.push({ id, label, properties });
    merges.push(...res.merges);
  };
  if (personBlocks.length) {
    const byBlock = new Map<string, NonNullable<ReturnType<typeof personRecordFrom>>[]>();
    for (const s of await store.readBlocks('MENTIONS', personBlocks)) {
      const r = personRecordFrom(s.article, s.to, s.properties);
      if (r) byBlock.set(r.block, [...(byBlock.get(r.block) ?? []), r]);
    }
    for (const records of byBlock.values()) collect(resolvePersons(records), 'Person', records);
  }
  if (meetingBlocks.length) {
    const byBlock = new Map<string, NonNullable<ReturnType<typeof meetingRecordFrom>>[]>();
    for (const s of await store.readBlocks('REPORTS', meetingBlocks)) {
      const r = meetingRecordFrom(s.article, s.to, s.properties);
      if (r?.block) byBlock.set(r.block, [...(byBlock.get(r.block) ?? []), r]);
    }
    for (const records of byBlock.values()) collect(resolveMeetings(records), 'Meeting', records);
  }
  await store.applyResolution(moves, updates);
  return { blocks: personBlocks.length + meetingBlocks.length, moves: moves.length, merges };
}
