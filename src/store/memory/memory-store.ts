/**
 * The embedded store: a graphology MultiDirectedGraph kept in a JSON file (graphology's
 * `export()` format inside a small envelope), loaded at open and saved atomically (temp file,
 * then rename) at `save()`/`close()`. Node key = node id, attributes `{label, ...properties,
 * articles}`; edge key = relationship id, attributes `{type, ...properties}` (with `article`).
 */
import { chmodSync, mkdirSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import graphology from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { ArticleGraph, NodeLabel, Properties, RelationshipType } from '../../model/graph.js';
import { stableId } from '../../model/keys.js';
import type { BlockStatement, GraphCounts, GraphStore, NodeMove, NodeUpdate, WriteFailure, WriteResult } from '../types.js';
import { GraphWriteError } from '../types.js';
import { validateArticleGraph, zeroCounts } from '../validate.js';
import { combineNodeProperties } from '../node-properties.js';
import { lockGraphFile, removeStaleTemps, type GraphLock } from './graph-lock.js';
import { writeFileAtomically } from './atomic-file.js';
import { writeGraphIndex } from './graph-index.js';

const { MultiDirectedGraph } = graphology;

export { DEFAULT_GRAPH_PATH, GRAPH_ENV, graphPath } from './graph-path.js';
const FORMAT = 'meeting-kg-graph';
const FORMAT_VERSION = 1;

export type StoredGraph = InstanceType<typeof MultiDirectedGraph<Attributes, Attributes, Attributes>>;

type Undo = () => void;

/** Default least time between two checkpoints of a long ingest (ms). */
export const DEFAULT_CHECKPOINT_MS = 10_000;

/** Options of {@link MemoryGraphStore.openForWriting}. */
export interface OpenForWritingOptions {
  /** How long to wait for another writer of the file (ms; default 0: stop at once). */
  waitMs?: number;
  /** Told once, when another writer holds the file and this one waits. */
  onWait?: (message: string) => void;
  /** Told about temp files removed and a lock lost. */
  onWarning?: (message: string) => void;
  /** Least time between two checkpoints (ms; default {@link DEFAULT_CHECKPOINT_MS}; 0: at every batch). */
  checkpointMs?: number;
}

export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  /** The graphology graph itself, for the query helpers, analytics and export. */
  readonly graph: StoredGraph;
  /**
   * The write indexes (edges and nodes by article, edges by block), built at the first write or
   * resolution rather than at open: a store opened to answer questions never needs them.
   */
  private byArticle: { edges: Map<string, Set<string>>; nodes: Map<string, Set<string>>; blocks: Map<string, Set<string>> } | null = null;
  private dirty = false;
  /** The last save left the file's index behind (checkpoints do not write it). */
  private indexBehind = false;
  /** The writer's lock on the file (stores opened for writing). */
  private lock: GraphLock | null = null;
  /** Checkpoints: the least time between two saves during a run, and when and how fast the last one was. */
  private checkpointMs = DEFAULT_CHECKPOINT_MS;
  private lastSave = Date.now();
  private lastSaveMs = 0;

  private constructor(readonly location: string, private readonly path: string | null, graph?: StoredGraph) {
    this.graph = graph ?? new MultiDirectedGraph<Attributes, Attributes, Attributes>({ allowSelfLoops: false });
  }

  private get edgesByArticle(): Map<string, Set<string>> {
    return this.reindexed().edges;
  }

  private get nodesByArticle(): Map<string, Set<string>> {
    return this.reindexed().nodes;
  }

  /** `type␟block` → keys of the edges carrying that resolution block. */
  private get edgesByBlock(): Map<string, Set<string>> {
    return this.reindexed().blocks;
  }

  private reindexed(): { edges: Map<string, Set<string>>; nodes: Map<string, Set<string>>; blocks: Map<string, Set<string>> } {
    if (!this.byArticle) {
      this.byArticle = { edges: new Map(), nodes: new Map(), blocks: new Map() };
      this.reindex();
    }
    return this.byArticle;
  }

  /** A store with no file behind it (tests, benchmarks). */
  static inMemory(): MemoryGraphStore {
    return new MemoryGraphStore('(memory)', null);
  }

  /** Opens the store kept in `path` (created at the first save if missing). Throws a clear Error on an unreadable file. */
  static open(path: string): MemoryGraphStore {
    const file = resolve(path);
    if (!existsSync(file)) return new MemoryGraphStore(file, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`the graph file ${file} is not readable JSON (${error instanceof Error ? error.message : String(error)}); move it away to start afresh`);
    }
    const envelope = data as { format?: unknown; version?: unknown; graph?: unknown };
    if (envelope?.format !== FORMAT || typeof envelope.graph !== 'object' || envelope.graph === null) {
      throw new Error(`the graph file ${file} is not a meeting-kg graph; move it away to start afresh`);
    }
    if (envelope.version !== FORMAT_VERSION) throw new Error(`the graph file ${file} has format version ${String(envelope.version)}, this meeting-kg reads ${FORMAT_VERSION}`);
    const graph = new MultiDirectedGraph<Attributes, Attributes, Attributes>({ allowSelfLoops: false });
    try {
      graph.import(envelope.graph as SerializedGraph<Attributes, Attributes, Attributes>);
    } catch (error) {
      throw new Error(`the graph file ${file} is damaged (${error instanceof Error ? error.message : String(error)}); move it away to start afresh`);
    }
    return new MemoryGraphStore(file, file, graph);
  }

  /**
   * Opens the store kept in `path` to write it: takes the file's writer lock first (waiting up to
   * `waitMs` for another writer, then throwing a GraphLockedError naming it), removes the temp files
   * of saves that were killed midway, then loads the file. `close()` saves and releases the lock.
   */
  static async openForWriting(path: string, options: OpenForWritingOptions = {}): Promise<MemoryGraphStore> {
    const file = resolve(path);
    const lock = await lockGraphFile(file, {
      ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}),
      ...(options.onWait ? { onWait: options.onWait } : {}),
      ...(options.onWarning ? { onCompromised: options.onWarning } : {}),
    });
    try {
      const removed = removeStaleTemps(file);
      if (removed.length) options.onWarning?.(`removed ${removed.length} temporary file(s) a killed run left beside ${file}`);
      const store = MemoryGraphStore.open(file);
      store.lock = lock;
      if (options.checkpointMs !== undefined) store.checkpointMs = Math.max(0, options.checkpointMs);
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Saves what was written since the last save when enough time has passed (`checkpointMs`, and at
   * least four times what the last save took, so saving never costs more than a fifth of a run), or
   * always with `force`. Resolves to true when everything written so far is in the file.
   */
  async checkpoint(force = false): Promise<boolean> {
    if (!this.path || !this.dirty) return true;
    if (!force && Date.now() - this.lastSave < Math.max(this.checkpointMs, 4 * this.lastSaveMs)) return false;
    this.save({ index: false });
    return true;
  }

  private reindex(): void {
    this.edgesByArticle.clear();
    this.nodesByArticle.clear();
    this.edgesByBlock.clear();
    this.graph.forEachNode((key, attrs) => {
      for (const a of (attrs.articles as string[] | undefined) ?? []) setOf(this.nodesByArticle, a).add(key);
    });
    this.graph.forEachEdge((key, attrs) => {
      if (typeof attrs.article === 'string') setOf(this.edgesByArticle, attrs.article).add(key);
      this.indexBlock(key, attrs);
    });
  }

  private indexBlock(key: string, attrs: Attributes): void {
    if (typeof attrs.block === 'string') setOf(this.edgesByBlock, `${String(attrs.type)}\u241F${attrs.block}`).add(key);
  }

  private unindexBlock(key: string, attrs: Attributes): void {
    if (typeof attrs.block === 'string') this.edgesByBlock.get(`${String(attrs.type)}\u241F${attrs.block}`)?.delete(key);
  }

  async applySchema(): Promise<void> {
    // Nothing to create: keys are unique by construction (graphology keys).
  }

  async hasArticle(id: string, contentHash: string): Promise<boolean> {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'contentHash') === contentHash;
  }

  async storedHashes(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) if (this.graph.hasNode(id)) out.set(id, String(this.graph.getNodeAttribute(id, 'contentHash')));
    return out;
  }

  async knownHashes(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    this.graph.forEachNode((id, attrs) => {
      if (attrs.label !== 'Article') return;
      if (typeof attrs.contentHash === 'string') out.set(attrs.contentHash, id);
      if (Array.isArray(attrs.sourceHashes)) for (const h of attrs.sourceHashes) if (typeof h === 'string') out.set(h, id);
    });
    return out;
  }

  async writeArticle(g: ArticleGraph): Promise<WriteResult> {
    return this.writeSync(g);
  }

  async writeArticles(graphs: readonly ArticleGraph[]): Promise<Array<WriteResult | WriteFailure>> {
    return graphs.map((g) => {
      try {
        return this.writeSync(g);
      } catch (error) {
        return { articleId: g.articleId, error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
  }

  /** Writes one article's graph synchronously; on any error every change is undone. */
  writeSync(g: ArticleGraph, hooks: { beforeEdge?: (index: number) => void } = {}): WriteResult {
    validateArticleGraph(g);
    const id = g.articleId;
    const existed = this.graph.hasNode(id);
    if (existed && this.graph.getNodeAttribute(id, 'contentHash') === g.contentHash) return { articleId: id, status: 'unchanged' };

    const undo: Undo[] = [];
    const graph = this.graph;
    const share = sharedStrings(id);
    try {
      // 1. The article's old edges go.
      const oldNodes = new Set(this.nodesByArticle.get(id) ?? []);
      for (const key of [...(this.edgesByArticle.get(id) ?? [])]) {
        const source = graph.source(key);
        const target = graph.target(key);
        const attrs = graph.getEdgeAttributes(key);
        graph.dropEdge(key);
        this.edgesByArticle.get(id)?.delete(key);
        this.unindexBlock(key, attrs);
        undo.push(() => {
          graph.addDirectedEdgeWithKey(key, source, target, attrs);
          setOf(this.edgesByArticle, id).add(key);
          this.indexBlock(key, attrs);
        });
      }
      // 2. Its nodes are upserted; properties are the latest statement's (a body's aliases gather).
      const newNodes = new Set<string>();
      for (const n of g.nodes) {
        newNodes.add(n.id);
        if (graph.hasNode(n.id)) {
          const before = { ...graph.getNodeAttributes(n.id) };
          if (before.label !== n.label) throw new GraphWriteError(id, `node ${n.id} is a ${String(before.label)}, not a ${n.label}`);
          const articles = (before.articles as string[]).includes(id) ? (before.articles as string[]) : [...(before.articles as string[]), id];
          graph.replaceNodeAttributes(n.id, { label: canonical(n.label), ...combineNodeProperties(n.label, before, share(n.properties)), articles });
          undo.push(() => graph.replaceNodeAttributes(n.id, before));
        } else {
          graph.addNode(n.id, { label: canonical(n.label), ...share(n.properties), articles: [id] });
          undo.push(() => graph.dropNode(n.id));
        }
        if (!setOf(this.nodesByArticle, id).has(n.id)) {
          setOf(this.nodesByArticle, id).add(n.id);
          undo.push(() => this.nodesByArticle.get(id)?.delete(n.id));
        }
      }
      // 3. Its edges are added.
      g.relationships.forEach((r, index) => {
        hooks.beforeEdge?.(index);
        const attrs = { type: canonical(r.type), ...share(r.properties) };
        graph.addDirectedEdgeWithKey(r.id, r.from, r.to, attrs);
        setOf(this.edgesByArticle, id).add(r.id);
        this.indexBlock(r.id, attrs);
        undo.push(() => {
          graph.dropEdge(r.id);
          this.edgesByArticle.get(id)?.delete(r.id);
          this.unindexBlock(r.id, attrs);
        });
      });
      // 4. Nodes it no longer states lose it; those no article states any more go.
      for (const key of oldNodes) {
        if (newNodes.has(key) || !graph.hasNode(key)) continue;
        const before = { ...graph.getNodeAttributes(key) };
        const articles = (before.articles as string[]).filter((a) => a !== id);
        this.nodesByArticle.get(id)?.delete(key);
        undo.push(() => setOf(this.nodesByArticle, id).add(key));
        if (articles.length === 0 && graph.degree(key) === 0) {
          graph.dropNode(key);
          undo.push(() => graph.addNode(key, before));
        } else {
          graph.setNodeAttribute(key, 'articles', articles);
          undo.push(() => graph.replaceNodeAttributes(key, before));
        }
      }
    } catch (error) {
      for (const u of undo.reverse()) u();
      if (error instanceof GraphWriteError) throw error;
      throw new GraphWriteError(id, error instanceof Error ? error.message : String(error));
    }
    this.dirty = true;
    return { articleId: id, status: existed ? 'updated' : 'new' };
  }

  async readBlocks(type: RelationshipType, blocks: readonly string[]): Promise<BlockStatement[]> {
    const out: BlockStatement[] = [];
    for (const block of new Set(blocks)) {
      for (const key of this.edgesByBlock.get(`${type}\u241F${block}`) ?? []) {
        const attrs = this.graph.getEdgeAttributes(key);
        const { type: _t, ...properties } = attrs;
        out.push({ article: String(attrs.article), from: this.graph.source(key), to: this.graph.target(key), properties: properties as Properties });
      }
    }
    return out;
  }

  async blocksOfArticles(type: RelationshipType, articles: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const a of articles) {
      for (const key of this.edgesByArticle.get(a) ?? []) {
        const attrs = this.graph.getEdgeAttributes(key);
        if (attrs.type === type && typeof attrs.block === 'string') out.add(attrs.block);
      }
    }
    return [...out];
  }

  async applyResolution(moves: readonly NodeMove[], updates: readonly NodeUpdate[]): Promise<void> {
    this.applyResolutionSync(moves, updates);
  }

  /** `applyResolution`, synchronously. */
  applyResolutionSync(moves: readonly NodeMove[], updates: readonly NodeUpdate[]): void {
    const graph = this.graph;
    const props = new Map(updates.map((u) => [u.id, u]));
    for (const m of moves) {
      if (m.from === m.to || !graph.hasNode(m.from)) continue;
      if (!graph.hasNode(m.to)) {
        const { articles: _a, ...before } = graph.getNodeAttributes(m.from);
        graph.addNode(m.to, { ...before, ...(props.get(m.to)?.properties ?? {}), label: m.label, articles: [] });
      }
      const keys = [...(this.edgesByArticle.get(m.article) ?? [])].filter((k) => graph.hasEdge(k) && (graph.source(k) === m.from || graph.target(k) === m.from));
      for (const key of keys) {
        const attrs = graph.getEdgeAttributes(key);
        const source = graph.source(key) === m.from ? m.to : graph.source(key);
        const target = graph.target(key) === m.from ? m.to : graph.target(key);
        graph.dropEdge(key);
        this.edgesByArticle.get(m.article)?.delete(key);
        this.unindexBlock(key, attrs);
        if (source === target) continue;
        const id = stableId('rel', String(attrs.type), source, target, m.article);
        if (graph.hasEdge(id)) continue;
        graph.addDirectedEdgeWithKey(id, source, target, attrs);
        setOf(this.edgesByArticle, m.article).add(id);
        this.indexBlock(id, attrs);
      }
      const toArticles = graph.getNodeAttribute(m.to, 'articles') as string[];
      if (!toArticles.includes(m.article)) graph.setNodeAttribute(m.to, 'articles', [...toArticles, m.article]);
      setOf(this.nodesByArticle, m.article).add(m.to);
      this.nodesByArticle.get(m.article)?.delete(m.from);
      const left = (graph.getNodeAttribute(m.from, 'articles') as string[]).filter((a) => a !== m.article);
      if (left.length === 0 && graph.degree(m.from) === 0) graph.dropNode(m.from);
      else graph.setNodeAttribute(m.from, 'articles', left);
    }
    for (const u of updates) {
      if (!graph.hasNode(u.id)) continue;
      graph.mergeNodeAttributes(u.id, u.properties);
    }
    this.dirty = true;
  }

  async counts(): Promise<GraphCounts> {
    const { nodes, relationships } = zeroCounts();
    this.graph.forEachNode((_k, a) => { nodes[a.label as NodeLabel] = (nodes[a.label as NodeLabel] ?? 0) + 1; });
    this.graph.forEachEdge((_k, a) => { relationships[a.type as RelationshipType] = (relationships[a.type as RelationshipType] ?? 0) + 1; });
    return { nodes, relationships, totalNodes: this.graph.order, totalRelationships: this.graph.size };
  }

  /**
   * Saves the graph to its file atomically (temp file in the same folder, then rename), then its
   * index (`graph-index.ts`) unless `index: false` (checkpoints: the index then left no longer
   * matches the file, so questions read the file until the next full save).
   */
  save(options: { index?: boolean } = {}): void {
    if (!this.path) return;
    // A folder this creates is 0700 and the file 0600: the graph holds the articles' facts.
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    if (basename(dirname(this.path)) === '.meeting-kg') chmodSync(dirname(this.path), 0o700); // meeting-kg's own folder
    const started = Date.now();
    try {
      // Written piece by piece (graphology's export() shape), never as one string: a large graph
      // would otherwise be held three times (graph, export object, JSON text) at its peak.
      writeFileAtomically(this.path, (fd) => {
        let buffer = '';
        const put = (text: string) => {
          buffer += text;
          if (buffer.length >= 1 << 20) {
            writeSync(fd, buffer);
            buffer = '';
          }
        };
        const g = this.graph;
        put(`{"format":${JSON.stringify(FORMAT)},"version":${FORMAT_VERSION},"graph":{"options":${JSON.stringify({ type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops })},"attributes":${JSON.stringify(g.getAttributes())},"nodes":[`);
        let first = true;
        g.forEachNode((key, attributes) => {
          put(`${first ? '' : ','}${JSON.stringify(Object.keys(attributes).length ? { key, attributes } : { key })}`);
          first = false;
        });
        put('],"edges":[');
        first = true;
        g.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
          const edge: Record<string, unknown> = { key, source, target };
          if (Object.keys(attributes).length) edge.attributes = attributes;
          if (undirected) edge.undirected = true;
          put(`${first ? '' : ','}${JSON.stringify(edge)}`);
          first = false;
        });
        put(']}}');
        writeSync(fd, buffer);
      });
    } catch (error) {
      const full = (error as NodeJS.ErrnoException).code === 'ENOSPC';
      throw new Error(`cannot save the graph to ${this.path}: ${full ? 'the disk is full; free some space and run the same command again (the file keeps what its last save held)' : error instanceof Error ? error.message : String(error)}`);
    }
    this.indexBehind = true;
    if (options.index !== false) this.writeIndex();
    this.dirty = false;
    this.lastSave = Date.now();
    this.lastSaveMs = this.lastSave - started;
  }

  /** Writes the index of the saved graph (a failure only leaves questions reading the whole file). */
  private writeIndex(): void {
    if (!this.path) return;
    try {
      writeGraphIndex(this.graph, this.path);
      this.indexBehind = false;
    } catch {
      // Nothing of the graph is lost.
    }
  }

  async close(): Promise<void> {
    try {
      if (this.dirty) this.save();
      else if (this.indexBehind) this.writeIndex();
    } finally {
      await this.lock?.release();
      this.lock = null;
    }
  }
}

/** One string per label and relationship type, whatever copy a write brings (graphs arrive copied from worker threads). */
const CANONICAL = new Map<string, string>();
function canonical(name: string): string {
  let c = CANONICAL.get(name);
  if (c === undefined) {
    if (CANONICAL.size >= 256) CANONICAL.clear();
    CANONICAL.set(name, (c = name));
  }
  return c;
}

/**
 * Property maps of one article with each distinct string kept once: an article states one sentence
 * on many edges and its own id on every one, and each arrives as a copy of its own (a third of a
 * full graph's strings were such copies). Values are equal, only shared; the maps are copies.
 */
function sharedStrings(articleId: string): (props: Properties) => Properties {
  const seen = new Map<string, string>([[articleId, articleId]]);
  const one = (v: string): string => {
    const s = seen.get(v);
    if (s !== undefined) return s;
    seen.set(v, v);
    return v;
  };
  return (props) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) {
      out[k] = typeof v === 'string' ? one(v) : Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? one(x) : x)) : v;
    }
    return out as Properties;
  };
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  return s;
}
