/**
 * The `GraphStore` interface: what both the embedded graphology store (`src/store/memory`) and the
 * Neo4j store (`src/store/neo4j`) do with the resolver's `ArticleGraph`s.
 *
 * Semantics shared by both:
 * - `writeArticle` replaces that article's earlier facts whole or not at all. Writing the same
 *   article (same id and content hash) again changes nothing (`unchanged`). A changed article
 *   (`updated`) loses its old edges; nodes still stated by other articles stay, orphans go.
 * - Every node records `articles` (ids of the articles that state it); every edge its `article`.
 */
import type { ArticleGraph, NodeLabel, Properties, RelationshipType } from '../model/graph.js';

export type StoreKind = 'memory' | 'neo4j';

/**
 * Articles per write batch (the pipeline's batch, and one Neo4j transaction) unless told otherwise.
 * Measured on the bulk corpus (issue 12): Neo4j's cost per batch (a Lucene segment for the
 * full-text indexes, one resolution pass, a fixed number of queries) dominates small batches.
 */
export const DEFAULT_BATCH_SIZE = 250;

/** What a write did to one article. */
export type WriteStatus = 'new' | 'updated' | 'unchanged';

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
}

/** One article of a batch that could not be written (nothing of it was). */
export interface WriteFailure {
  articleId: string;
  error: Error;
}

/** Node and relationship counts, per label and per type (labels/types with none are 0). */
export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
  totalNodes: number;
  totalRelationships: number;
}

/** An edge carrying a resolution `block` property (a mention record), with its ends. */
export interface BlockStatement {
  article: string;
  from: string;
  to: string;
  properties: Properties;
}

/** Re-point every edge `article` states on node `from` to node `to` (a node of the same label). */
export interface NodeMove {
  article: string;
  from: string;
  to: string;
  label: NodeLabel;
}

/** Derived properties of a node (merged into its stored ones); `label` says where to find it. */
export interface NodeUpdate {
  id: string;
  label: NodeLabel;
  properties: Properties;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Where the data lives (a file path or a bolt URI), for messages. */
  readonly location: string;
  /** Creates constraints and indexes (idempotent); a no-op where there are none. */
  applySchema(): Promise<void>;
  /** Writes one article's graph: whole or nothing. */
  writeArticle(graph: ArticleGraph): Promise<WriteResult>;
  /** Writes several articles (possibly grouped for speed); each one still whole or nothing. */
  writeArticles(graphs: readonly ArticleGraph[]): Promise<Array<WriteResult | WriteFailure>>;
  /** True when the article is stored with this content hash. */
  hasArticle(id: string, contentHash: string): Promise<boolean>;
  /** Content hashes of the stored articles among `ids` (absent ids are not stored). */
  storedHashes(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * Every content hash the stored articles were written with (`contentHash`, and the
   * `sourceHashes` of an article several records stated), each with its article id: read once
   * per ingest to skip unchanged records before reading them.
   */
  knownHashes(): Promise<Map<string, string>>;
  counts(): Promise<GraphCounts>;
  /** Edges of `type` whose `block` property is one of `blocks` (the mention records of those blocks). */
  readBlocks(type: RelationshipType, blocks: readonly string[]): Promise<BlockStatement[]>;
  /** The `block` values of the `type` edges these articles state now. */
  blocksOfArticles(type: RelationshipType, articles: readonly string[]): Promise<string[]>;
  /**
   * Applies a resolution: creates each `to` node missing (with its update's properties), re-points
   * the moved articles' edges (edge ids follow their ends), moves the articles between the nodes'
   * `articles` lists, drops nodes no article states any more, then merges in the updates.
   */
  applyResolution(moves: readonly NodeMove[], updates: readonly NodeUpdate[]): Promise<void>;
  /**
   * For a store other processes may write meanwhile (Neo4j): resolves to false when every
   * transaction committed to the database since the previous call was this store's own (so a copy
   * of stored records kept up to date from this store's writes still equals the store), true when
   * another writer may have committed or that cannot be told. Absent where the run is the store's
   * one writer (the embedded file is locked for the run).
   */
  writtenByOthers?(): Promise<boolean>;
  /**
   * Makes what was written so far durable when the store batches its saves (the embedded file,
   * saved now and then during a long run; always with `force`); resolves to true when everything
   * written is durable. Absent where every write is durable at once (Neo4j).
   */
  checkpoint?(force?: boolean): Promise<boolean>;
  /**
   * Waits until full-text search sees everything written so far (Neo4j's full-text indexes are
   * eventually consistent: a commit queues their updates). An ingest calls it once at its end; a
   * caller that writes and at once searches calls it in between. Absent where search is always current.
   */
  refreshSearch?(): Promise<void>;
  /** Persists what is pending and releases resources. */
  close(): Promise<void>;
}

/** Thrown when an ArticleGraph breaks the model (unknown label, dangling edge…); nothing is written. */
export class GraphWriteError extends Error {
  constructor(readonly articleId: string, message: string) {
    super(`article ${articleId}: ${message}`);
    this.name = 'GraphWriteError';
  }
}

/** True for a batch entry that failed. */
export function isWriteFailure(r: WriteResult | WriteFailure): r is WriteFailure {
  return 'error' in r;
}

/**
 * The store cannot be reached or written for a reason no single article causes (the server went
 * away, the disk is full, the login is refused), after the store's bounded retries: the run must
 * stop rather than try each article. The message is one line naming the cause and the fix.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
