/**
 * Resolution across articles, run by the pipeline after each batch is written: the mention records
 * of every block the batch touched (names, days) are read back from the store, clustered by the
 * `resolve` stage, and the store re-points the articles' edges to the resulting nodes. The outcome
 * depends only on the records stored, never on the order the articles came in.
 */
import type { ArticleGraph } from '../model/graph.js';
import { meetingRecordFrom, personRecordFrom, resolveMeetings, resolvePersons, type BlockResolution, type MeetingRecord, type Merge, type PersonRecord } from '../resolve/identity.js';
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

/**
 * The mention records of the blocks an ingest run has resolved so far, kept equal to what the store
 * holds: a block is read from the store the first time the run needs it, then kept up to date from
 * what the run itself writes (an article written again loses its old records, gains its new ones)
 * and from the moves each resolution applies. Without it every batch re-read every stored mention of
 * each name it touched (a name in thousands of articles, read again at every batch). Only for a
 * store no one else writes during the run; after any failure of a batch the run calls `clear`.
 */
export class BlockRecordCache {
  private readonly persons = new Map<string, PersonRecord[]>();
  private readonly meetings = new Map<string, MeetingRecord[]>();
  /** Article → the cached blocks it has records in (`p|block`, `m|block`). */
  private readonly byArticle = new Map<string, Set<string>>();
  /**
   * Node → the derived properties a resolution last gave it (as JSON), while nothing wrote the
   * node since: an update equal to it changes nothing and is not sent again.
   */
  private readonly applied = new Map<string, string>();

  /** Forgets everything (the store may then differ from the cache). */
  clear(): void {
    this.persons.clear();
    this.meetings.clear();
    this.byArticle.clear();
    this.applied.clear();
  }

  /**
   * The updates that may change their node: all but those equal to what the node was last given
   * (a node a move creates or feeds takes its update whatever it was given before).
   */
  changing(updates: readonly NodeUpdate[], moves: readonly NodeMove[]): NodeUpdate[] {
    const moving = new Set(moves.flatMap((m) => [m.from, m.to]));
    return updates.filter((u) => moving.has(u.id) || this.applied.get(u.id) !== JSON.stringify(u.properties));
  }

  /** These updates were applied. */
  updated(updates: readonly NodeUpdate[]): void {
    for (const u of updates) this.applied.set(u.id, JSON.stringify(u.properties));
  }

  /** The records of these person blocks: cached ones as kept, the others read from the store (and kept). */
  async personBlocks(store: GraphStore, blocks: readonly string[]): Promise<PersonRecord[][]> {
    const missing = blocks.filter((b) => !this.persons.has(b));
    if (missing.length) {
      for (const b of missing) this.persons.set(b, []);
      for (const s of await store.readBlocks('MENTIONS', missing)) {
        const r = personRecordFrom(s.article, s.to, s.properties);
        if (r) this.add('p', r.block, r);
      }
    }
    return blocks.map((b) => this.persons.get(b) ?? []).filter((records) => records.length > 0);
  }

  /** The records of these meeting blocks (days), as {@link personBlocks}. */
  async meetingBlocks(store: GraphStore, blocks: readonly string[]): Promise<MeetingRecord[][]> {
    const missing = blocks.filter((b) => !this.meetings.has(b));
    if (missing.length) {
      for (const b of missing) this.meetings.set(b, []);
      for (const s of await store.readBlocks('REPORTS', missing)) {
        const r = meetingRecordFrom(s.article, s.to, s.properties);
        if (r?.block) this.add('m', r.block, r);
      }
    }
    return blocks.map((b) => this.meetings.get(b) ?? []).filter((records) => records.length > 0);
  }

  /**
   * These articles were written (new or changed; not the unchanged ones, whose stored records may
   * point to resolved nodes): their old records go, and their records in cached blocks come in.
   */
  written(graphs: readonly ArticleGraph[]): void {
    for (const g of graphs) {
      // A node an article writes takes that article's statement of it: its derived properties go again.
      for (const n of g.nodes) this.applied.delete(n.id);
      for (const key of this.byArticle.get(g.articleId) ?? []) {
        const block = key.slice(2);
        if (key.startsWith('p|')) this.persons.set(block, (this.persons.get(block) ?? []).filter((r) => r.article !== g.articleId));
        else this.meetings.set(block, (this.meetings.get(block) ?? []).filter((r) => r.article !== g.articleId));
      }
      this.byArticle.delete(g.articleId);
      for (const e of g.relationships) {
        if (e.type === 'MENTIONS') {
          const r = personRecordFrom(g.articleId, e.to, e.properties);
          if (r && this.persons.has(r.block)) this.add('p', r.block, r);
        } else if (e.type === 'REPORTS') {
          const r = meetingRecordFrom(g.articleId, e.to, e.properties);
          if (r?.block && this.meetings.has(r.block)) this.add('m', r.block, r);
        }
      }
    }
  }

  /** A resolution was applied: the moved articles' records point to their new nodes. */
  moved(moves: readonly NodeMove[]): void {
    for (const m of moves) {
      this.applied.delete(m.from);
      this.applied.delete(m.to);
      for (const key of this.byArticle.get(m.article) ?? []) {
        const person = key.startsWith('p|');
        if ((m.label === 'Person') !== person) continue;
        const records = person ? this.persons.get(key.slice(2)) : this.meetings.get(key.slice(2));
        for (const r of records ?? []) if (r.article === m.article && r.node === m.from) r.node = m.to;
      }
    }
  }

  private add(kind: 'p' | 'm', block: string, r: PersonRecord | MeetingRecord): void {
    if (kind === 'p') this.persons.get(block)?.push(r as PersonRecord);
    else this.meetings.get(block)?.push(r as MeetingRecord);
    let keys = this.byArticle.get(r.article);
    if (!keys) this.byArticle.set(r.article, (keys = new Set()));
    keys.add(`${kind}|${block}`);
  }
}

/**
 * Re-resolves these blocks from the records in the store (or in `cache`, which it keeps up to
 * date); returns the moves made and the merges that hold.
 */
export async function resolveBlocks(store: GraphStore, persons: Iterable<string>, meetings: Iterable<string>, cache?: BlockRecordCache): Promise<ResolutionSummary> {
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
  const owned = cache ?? new BlockRecordCache();
  if (personBlocks.length) {
    for (const records of await owned.personBlocks(store, personBlocks)) collect(resolvePersons(records), 'Person', records);
  }
  if (meetingBlocks.length) {
    for (const records of await owned.meetingBlocks(store, meetingBlocks)) collect(resolveMeetings(records), 'Meeting', records);
  }
  const changing = owned.changing(updates, moves);
  await store.applyResolution(moves, changing);
  owned.moved(moves);
  owned.updated(changing);
  return { blocks: personBlocks.length + meetingBlocks.length, moves: moves.length, merges };
}
