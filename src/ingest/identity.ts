/**
 * Resolution across articles, run by the pipeline after each batch is written: the mention records
 * of every block the batch touched (names, days) are read back from the store, clustered by the
 * `resolve` stage, and the store re-points the articles' edges to the resulting nodes. The outcome
 * depends only on the records stored, never on the order the articles came in.
 */
import type { ArticleGraph } from '../model/graph.js';
import { meetingRecordFrom, personRecordFrom, resolveMeetings, resolvePersons, type BlockResolution, type MeetingRecord, type Merge, type PersonRecord } from '../resolve/identity.js';
import { stableId } from '../model/keys.js';
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

/** What resolving some blocks decided, before any of it is applied (see {@link planResolution}). */
export interface ResolutionPlan {
  moves: NodeMove[];
  /** The derived properties that may change their node (the others equal what it was last given). */
  updates: NodeUpdate[];
  merges: Merge[];
  blocks: number;
  /** The node ids the resolution keeps (its clusters'). */
  clusters: Set<string>;
  /** Node id → how many records of the resolved blocks point to it now. */
  pointing: Map<string, number>;
}

/**
 * Resolves these blocks from the records in `cache` (reading from the store those it lacks) and
 * says what the store must do, without doing it.
 */
export async function planResolution(store: GraphStore, persons: Iterable<string>, meetings: Iterable<string>, cache: BlockRecordCache): Promise<ResolutionPlan> {
  const moves: NodeMove[] = [];
  const updates: NodeUpdate[] = [];
  const merges: Merge[] = [];
  const clusters = new Set<string>();
  const pointing = new Map<string, number>();
  const personBlocks = [...new Set(persons)].sort();
  const meetingBlocks = [...new Set(meetings)].sort();
  const collect = (res: BlockResolution, label: 'Person' | 'Meeting', records: ReadonlyArray<{ article: string; node: string }>) => {
    for (const r of records) {
      pointing.set(r.node, (pointing.get(r.node) ?? 0) + 1);
      const to = res.assignment.get(`${r.article}\u241F${r.node}`);
      if (to && to !== r.node) moves.push({ article: r.article, from: r.node, to, label });
    }
    for (const [id, properties] of res.nodes) {
      updates.push({ id, label, properties });
      clusters.add(id);
    }
    merges.push(...res.merges);
  };
  if (personBlocks.length) {
    for (const records of await cache.personBlocks(store, personBlocks)) collect(resolvePersons(records), 'Person', records);
  }
  if (meetingBlocks.length) {
    for (const records of await cache.meetingBlocks(store, meetingBlocks)) collect(resolveMeetings(records), 'Meeting', records);
  }
  return { moves, updates: cache.changing(updates, moves), merges, blocks: personBlocks.length + meetingBlocks.length, clusters, pointing };
}

/** Applies a plan's moves (all, or those given) and updates to the store, and keeps `cache` equal to it. */
async function applyPlan(store: GraphStore, plan: ResolutionPlan, cache: BlockRecordCache, moves: readonly NodeMove[] = plan.moves): Promise<void> {
  await store.applyResolution(moves, plan.updates);
  cache.moved(moves);
  cache.updated(plan.updates);
}

/**
 * Re-resolves these blocks from the records in the store (or in `cache`, which it keeps up to
 * date); returns the moves made and the merges that hold.
 */
export async function resolveBlocks(store: GraphStore, persons: Iterable<string>, meetings: Iterable<string>, cache?: BlockRecordCache): Promise<ResolutionSummary> {
  const owned = cache ?? new BlockRecordCache();
  const plan = await planResolution(store, persons, meetings, owned);
  await applyPlan(store, plan, owned);
  return { blocks: plan.blocks, moves: plan.moves.length, merges: plan.merges };
}

/** A batch resolved before it is written (see {@link resolveBeforeWrite}). */
export interface EarlyResolution {
  /** The batch's graphs with the moves decided early already made: what to write. */
  graphs: ArticleGraph[];
  /** How many moves the graphs already make (not sent to the store). */
  early: number;
  /**
   * After every graph was written as new: applies the rest of the resolution (the other
   * articles' moves, the derived properties) and keeps the cache equal to the store.
   */
  finish(): Promise<ResolutionSummary>;
}

/**
 * Resolution of a batch of new articles decided before the batch is written: the blocks it
 * touches are read (what the cache lacks) and resolved with the batch's records in, exactly as
 * {@link resolveBlocks} would after the write. A move of a batch article's mention off a node that
 * only that mention states, onto a node no other article of the batch writes and no move leaves,
 * is then made in the article's graph (its edges are written on the resolved node, with the ids
 * that follow their ends) instead of written and moved: the node it would leave is never made, and
 * the store does a delete and a re-create less per edge. What the graph ends as is the same: such a
 * node would have gone with the move, and the resolved node's list of articles gains the batch's
 * articles in the same order. Only for a batch of new articles (no stored statement to undo) and a
 * cache that follows the store; `cache` then holds the batch's records.
 */
export async function resolveBeforeWrite(store: GraphStore, graphs: readonly ArticleGraph[], cache: BlockRecordCache): Promise<EarlyResolution> {
  const touched = blocksOf(graphs);
  const persons = [...touched.persons].sort();
  const meetings = [...touched.meetings].sort();
  // The stored records of the blocks (before the batch), then the batch's: as after the write.
  await cache.personBlocks(store, persons);
  await cache.meetingBlocks(store, meetings);
  cache.written(graphs);
  const plan = await planResolution(store, persons, meetings, cache);
  const inBatch = new Set(graphs.map((g) => g.articleId));
  const stated = new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)));
  const leaving = new Set(plan.moves.map((m) => m.from));
  const movable = (m: NodeMove) =>
    inBatch.has(m.article) && plan.pointing.get(m.from) === 1 && !plan.clusters.has(m.from) && !stated.has(m.to) && !leaving.has(m.to);
  // A node moved onto takes its batch articles early only when every move onto it can be made early.
  const blocked = new Set(plan.moves.filter((m) => !movable(m)).map((m) => m.to));
  const early = plan.moves.filter((m) => movable(m) && !blocked.has(m.to));
  const late = plan.moves.filter((m) => !early.includes(m));
  const byArticle = new Map<string, Map<string, string>>();
  for (const m of early) {
    let map = byArticle.get(m.article);
    if (!map) byArticle.set(m.article, (map = new Map()));
    map.set(m.from, m.to);
  }
  return {
    graphs: graphs.map((g) => { const map = byArticle.get(g.articleId); return map ? repointed(g, map) : g; }),
    early: early.length,
    async finish() {
      cache.moved(early);
      await applyPlan(store, plan, cache, late);
      return { blocks: plan.blocks, moves: plan.moves.length, merges: plan.merges };
    },
  };
}

/**
 * The article graph with nodes renamed (`from` → `to`): its edges follow, each with the id its new
 * ends give it (`stableId('rel', type, from, to, article)`, as a move re-makes it); an edge whose
 * ends become one node goes, as does a second edge with one id.
 */
function repointed(g: ArticleGraph, to: ReadonlyMap<string, string>): ArticleGraph {
  const at = (id: string) => to.get(id) ?? id;
  const relationships: ArticleGraph['relationships'] = [];
  const ids = new Set<string>();
  for (const r of g.relationships) {
    const from = at(r.from), end = at(r.to);
    if (from === r.from && end === r.to) {
      if (!ids.has(r.id)) relationships.push(r);
      ids.add(r.id);
      continue;
    }
    if (from === end) continue;
    const id = stableId('rel', r.type, from, end, g.articleId);
    if (ids.has(id)) continue;
    ids.add(id);
    relationships.push({ ...r, id, from, to: end });
  }
  return {
    ...g,
    nodes: g.nodes.map((n) => (to.has(n.id) ? { ...n, id: at(n.id) } : n)),
    relationships,
    merges: g.merges.map((m) => (to.has(m.nodeId) ? { ...m, nodeId: at(m.nodeId) } : m)),
  };
}
