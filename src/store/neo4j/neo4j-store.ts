/**
 * The Neo4j store. Each article is written in a managed write transaction: its old edges (found
 * through the per-type `article` indexes) are deleted, its nodes MERGEd on their constrained `id`
 * and its edges CREATEd between them with UNWIND batches, then nodes it no longer states lose it
 * and orphans go. The statements of one transaction go as few queries (combined.ts: one read,
 * one write; one more for updated articles): the server's cost is per query far more than per row,
 * and each query's text stays the same from batch to batch, so its plan is compiled once.
 * Several articles may share a transaction for speed; when such a group fails,
 * each article is retried alone, so a failure still costs exactly one article, whole.
 * Labels and relationship types in the Cypher text come only from the model's allowlist.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { NodeLabelSchema, NodePropertySchemas, RelationshipTypeSchema, type ArticleGraph, type NodeLabel, type PropertyValue, type RelationshipType } from '../../model/graph.js';
import { resolveNeo4jConnection, openDriver, type Neo4jConnection } from '../../server/connection.js';
import type { BlockStatement, GraphCounts, GraphStore, NodeMove, NodeUpdate, WriteFailure, WriteResult, WriteStatus } from '../types.js';
import * as resolution from './resolution.js';
import { GraphWriteError } from '../types.js';
import { validateArticleGraph, zeroCounts } from '../validate.js';
import { applySchema } from './schema.js';
import { combineNodeProperties } from '../node-properties.js';
import { DEFAULT_BATCH_SIZE, StoreUnavailableError } from '../types.js';
import { withRetries, type FaultFixes } from './faults.js';
import { CommitSequence } from './commits.js';
import { MODEL_SHAPES, runCombined, type QueryPart } from './combined.js';

export interface Neo4jStoreOptions {
  database?: string;
  /** Articles per transaction (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /** Close the driver on `close()` (default true). */
  ownsDriver?: boolean;
  /**
   * Prefix for every id this store writes and reads (tests sharing one server keep apart this
   * way); counts then cover only this namespace.
   */
  namespace?: string;
  /** Test hook: called inside the transaction before the edges of a group are written. */
  beforeEdges?: (articleIds: readonly string[]) => void;
  /** How long a server that went away is waited for before the run stops (ms; default 10,000). */
  retryBudgetMs?: number;
  /** Told at each retry (the cause, how long so far). */
  onRetry?: (message: string) => void;
  /** The fixes stop messages name (the local server's, or NEO4J_URI's). */
  fixes?: FaultFixes;
  /**
   * How long one try of a read or write waits for the server's answer before it counts as the
   * server not answering (ms; default {@link DEFAULT_ANSWER_TIMEOUT_MS}, or MEETING_KG_NEO4J_ANSWER_TIMEOUT
   * seconds with `connect`; 0: wait for ever). Bounds an ingest against a frozen server.
   */
  answerTimeoutMs?: number;
}

/** Default time a server that went away is waited for (ms). */
export const DEFAULT_RETRY_BUDGET_MS = 10_000;

/** Default time one try waits for the server's answer (ms): a batch of 250 articles takes a few seconds. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 60_000;

/** The environment variable that sets the answer bound, in seconds. */
export const ANSWER_TIMEOUT_ENV = 'MEETING_KG_NEO4J_ANSWER_TIMEOUT';

/** How long the driver may take to close (its sockets to a frozen server may never answer a goodbye). */
const CLOSE_TIMEOUT_MS = 5_000;

const LABELS = NodeLabelSchema.options;
const TYPES = RelationshipTypeSchema.options;

/**
 * The properties a node of this label may have: written with null when absent, so that `SET n += …`
 * (which leaves `id` and `articles` in place, with their index entries) removes what a statement no
 * longer has, like `SET n = …` did.
 */
const NODE_KEYS: Record<NodeLabel, readonly string[]> = Object.fromEntries(
  LABELS.map((l) => [l, [...Object.keys(NodePropertySchemas[l].shape), ...(l === 'Article' ? ['sourceHashes'] : [])]]),
) as unknown as Record<NodeLabel, readonly string[]>;

function fullProps(l: NodeLabel, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of NODE_KEYS[l]) out[k] = null;
  for (const [k, v] of Object.entries(props)) if (k !== 'id' && k !== 'articles') out[k] = v;
  return out;
}

function label(l: string): NodeLabel {
  return NodeLabelSchema.parse(l);
}
function relType(t: string): RelationshipType {
  return RelationshipTypeSchema.parse(t);
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0);
}

/** Rewrites every id of an article graph under a namespace prefix. */
function namespaced(g: ArticleGraph, ns: string): ArticleGraph {
  if (!ns) return g;
  const p = (id: string) => `${ns}${id}`;
  return {
    ...g,
    articleId: p(g.articleId),
    nodes: g.nodes.map((n) => ({ ...n, id: p(n.id) })),
    relationships: g.relationships.map((r) => ({
      ...r, id: p(r.id), from: p(r.from), to: p(r.to),
      properties: { ...r.properties, ...(typeof r.properties.article === 'string' ? { article: p(r.properties.article) } : {}) },
    })),
  };
}

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly ns: string;
  private readonly batchSize: number;
  /** This store's transaction ids, to tell whether another writer committed in between. */
  private readonly commits = new CommitSequence();
  /** The edge shapes (`type|from label|to label`) this store has written: each a part of the write query. */
  private readonly shapes = new Set<string>(MODEL_SHAPES);
  /** The edge shapes resolution has made again so far (see resolution.applyResolution). */
  private readonly resolutionShapes = new Set<string>(MODEL_SHAPES);

  constructor(readonly driver: Driver, readonly location: string, private readonly options: Neo4jStoreOptions = {}) {
    this.ns = options.namespace ?? '';
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  /** Connects to the Neo4j that `resolveNeo4jConnection` finds (NEO4J_URI or the local server). */
  static async connect(options: Neo4jStoreOptions & { connection?: Neo4jConnection; env?: NodeJS.ProcessEnv } = {}): Promise<Neo4jGraphStore> {
    const connection = options.connection ?? (await resolveNeo4jConnection(options.env ? { env: options.env } : {}));
    // The driver's own retries stay short: this store retries, visibly and within its budget.
    const driver = await openDriver(connection, { maxTransactionRetryTime: 1_000, connectionAcquisitionTimeout: 15_000 });
    const fixes: FaultFixes =
      connection.source === 'local'
        ? { unreachable: 'run `meeting-kg neo4j start`, then the same command again', credentials: `the password in ${connection.credentialsFile ?? 'the credentials file'} does not match the server's` }
        : { unreachable: 'check that the server NEO4J_URI names is up, then run the same command again', credentials: 'check NEO4J_USERNAME / NEO4J_PASSWORD' };
    const fromEnv = Number((options.env ?? process.env)[ANSWER_TIMEOUT_ENV]);
    const answerTimeoutMs = options.answerTimeoutMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 && (options.env ?? process.env)[ANSWER_TIMEOUT_ENV]?.trim() ? fromEnv * 1000 : DEFAULT_ANSWER_TIMEOUT_MS);
    return new Neo4jGraphStore(driver, connection.uri, { fixes, ...options, answerTimeoutMs, ownsDriver: options.ownsDriver ?? true });
  }

  /** Runs `work` with this store's bounded, visible retries (see faults.ts). */
  private retried<T>(what: string, work: () => Promise<T>, extraAnswerMs = 0): Promise<T> {
    return withRetries(what, work, {
      location: this.location,
      budgetMs: this.options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS,
      ...(this.options.fixes ? { fixes: this.options.fixes } : {}),
      ...(this.options.onRetry ? { onRetry: this.options.onRetry } : {}),
      ...(this.options.answerTimeoutMs ? { answerTimeoutMs: this.options.answerTimeoutMs + extraAnswerMs } : {}),
    });
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    return { defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, ...(this.options.database ? { database: this.options.database } : {}) };
  }

  async applySchema(): Promise<void> {
    // The schema waits (server-side, up to 300 s) for new indexes to come online: that much more is allowed.
    await this.retried('creating the schema', () => applySchema(this.driver, this.options.database ? { database: this.options.database } : {}), 300_000);
  }

  async refreshSearch(): Promise<void> {
    await this.retried('refreshing the full-text indexes', async () => {
      const session = this.driver.session(this.sessionConfig('READ'));
      try {
        await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
      } finally {
        await session.close();
      }
    });
  }

  async hasArticle(id: string, contentHash: string): Promise<boolean> {
    return (await this.storedHashes([id])).get(id) === contentHash;
  }

  /** Content hashes of the stored articles among `ids`. */
  async storedHashes(ids: readonly string[]): Promise<Map<string, string>> {
    return this.retried('reading stored articles', () => this.storedHashesOnce(ids));
  }

  private async storedHashesOnce(ids: readonly string[]): Promise<Map<string, string>> {
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      const res = await session.executeRead((tx) =>
        tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash', { ids: ids.map((i) => `${this.ns}${i}`) }),
      );
      return new Map(res.records.map((r) => [String(r.get('id')).slice(this.ns.length), String(r.get('hash'))]));
    } finally {
      await session.close();
    }
  }

  async knownHashes(): Promise<Map<string, string>> {
    return this.retried('reading stored articles', () => this.knownHashesOnce());
  }

  private async knownHashesOnce(): Promise<Map<string, string>> {
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      const res = await session.executeRead((tx) =>
        tx.run('MATCH (a:Article) WHERE a.id STARTS WITH $ns RETURN a.id AS id, a.contentHash AS hash, a.sourceHashes AS more', { ns: this.ns }),
      );
      const out = new Map<string, string>();
      for (const r of res.records) {
        const id = String(r.get('id')).slice(this.ns.length);
        const hash = r.get('hash') as unknown;
        if (typeof hash === 'string') out.set(hash, id);
        const more = r.get('more') as unknown;
        if (Array.isArray(more)) for (const h of more) if (typeof h === 'string') out.set(h, id);
      }
      return out;
    } finally {
      await session.close();
    }
  }

  async writeArticle(g: ArticleGraph): Promise<WriteResult> {
    const [result] = await this.writeArticles([g]);
    if (!result) throw new GraphWriteError(g.articleId, 'nothing written');
    if ('error' in result) throw result.error;
    return result;
  }

  async writeArticles(graphs: readonly ArticleGraph[]): Promise<Array<WriteResult | WriteFailure>> {
    const results = new Map<number, WriteResult | WriteFailure>();
    const valid: Array<{ index: number; graph: ArticleGraph }> = [];
    graphs.forEach((g, index) => {
      try {
        validateArticleGraph(g);
        valid.push({ index, graph: namespaced(g, this.ns) });
      } catch (error) {
        results.set(index, { articleId: g.articleId, error: asError(error, g.articleId) });
      }
    });
    // Groups of at most batchSize articles, never the same article twice in one group.
    const groups: Array<typeof valid> = [];
    let current: typeof valid = [];
    for (const item of valid) {
      if (current.length >= this.batchSize || current.some((c) => c.graph.articleId === item.graph.articleId)) {
        groups.push(current);
        current = [];
      }
      current.push(item);
    }
    if (current.length) groups.push(current);

    for (const group of groups) {
      try {
        const statuses = await this.writeGroup(group.map((g) => g.graph));
        group.forEach((g, i) => results.set(g.index, { articleId: graphs[g.index]?.articleId ?? g.graph.articleId, status: statuses[i] as WriteStatus }));
      } catch (error) {
        // The server is gone or the disk full: no article is to blame; the run stops.
        if (error instanceof StoreUnavailableError) throw error;
        if (group.length === 1) {
          const g = group[0] as (typeof group)[number];
          const articleId = graphs[g.index]?.articleId ?? g.graph.articleId;
          results.set(g.index, { articleId, error: asError(error, articleId) });
          continue;
        }
        // One bad article must not cost the others: retry each alone.
        for (const g of group) {
          const articleId = graphs[g.index]?.articleId ?? g.graph.articleId;
          try {
            const [status] = await this.writeGroup([g.graph]);
            results.set(g.index, { articleId, status: status as WriteStatus });
          } catch (single) {
            if (single instanceof StoreUnavailableError) throw single;
            results.set(g.index, { articleId, error: asError(single, articleId) });
          }
        }
      }
    }
    return graphs.map((_g, i) => results.get(i) as WriteResult | WriteFailure);
  }

  /** Writes a group of (namespaced, validated) article graphs in one transaction. */
  private async writeGroup(group: readonly ArticleGraph[]): Promise<WriteStatus[]> {
    return this.retried(`writing ${group.length} article(s)`, async () => {
      const session = this.driver.session(this.sessionConfig('WRITE'));
      try {
        const statuses = await session.executeWrite((tx) => this.writeInTransaction(tx, group));
        this.commits.own(session.lastBookmarks(), statuses.some((s) => s !== 'unchanged'));
        return statuses;
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  private async writeInTransaction(tx: ManagedTransaction, group: readonly ArticleGraph[]): Promise<WriteStatus[]> {
    // 0. One read: the stored hashes of the group's articles and the stored aliases of its bodies
    //    (a body's aliases gather across articles: combined with the stored ones below).
    const ids = group.map((g) => g.articleId);
    const orgIds = [...new Set(group.flatMap((g) => g.nodes.filter((n) => n.label === 'Organization').map((n) => n.id)))];
    const [storedHashes, storedAliases] = await runCombined(tx, [
      { body: 'UNWIND $rows AS id MATCH (a:Article {id: id}) RETURN collect([a.id, a.contentHash]) AS out', rows: ids, returns: 'collect' },
      { body: 'UNWIND $rows AS id MATCH (n:Organization {id: id}) RETURN collect([n.id, n.aliases]) AS out', rows: orgIds, returns: 'collect' },
    ]);
    const hashes = new Map((storedHashes as Array<[string, string]>).map(([id, hash]) => [String(id), String(hash)]));
    const aliases = new Map((storedAliases as Array<[string, unknown]>).map(([id, value]) => [String(id), value]));
    const statuses: WriteStatus[] = group.map((g) => (!hashes.has(g.articleId) ? 'new' : hashes.get(g.articleId) === g.contentHash ? 'unchanged' : 'updated'));
    const todo = group.filter((_g, i) => statuses[i] !== 'unchanged');
    if (todo.length === 0) return statuses;

    // 1. Old edges of updated articles go (one query, a part per type); remember their ends.
    const updated = todo.filter((g) => hashes.has(g.articleId)).map((g) => g.articleId);
    const oldEnds = new Map<string, Map<string, string>>(); // article → node id → elementId
    if (updated.length) {
      const deleted = await runCombined(tx, TYPES.map((type) => ({
        body: `UNWIND $rows AS id MATCH (s)-[r:${relType(type)}]->(e) USING INDEX r:${relType(type)}(article) WHERE r.article = id
               DELETE r RETURN collect([id, s.id, elementId(s), e.id, elementId(e)]) AS out`,
        rows: updated,
        returns: 'collect' as const,
      })));
      for (const rows of deleted) {
        for (const [article, sid, s, eid, e] of rows as Array<[string, string, string, string, string]>) {
          let ends = oldEnds.get(article);
          if (!ends) oldEnds.set(article, (ends = new Map()));
          ends.set(String(sid), String(s));
          ends.set(String(eid), String(e));
        }
      }
    }

    // 2. Nodes, per label: MERGE on id; properties are the latest statement's; `articles` gains this one.
    // One row per node (a node several articles of the group state gets them all at once: rows of
    // one UNWIND must not depend on each other's writes).
    const nodeRows = new Map<string, { label: NodeLabel; id: string; props: Record<string, unknown>; articles: string[] }>();
    for (const g of todo) {
      for (const n of g.nodes) {
        const row = nodeRows.get(n.id);
        if (row) {
          row.props = combineNodeProperties(n.label, row.props, n.properties);
          if (!row.articles.includes(g.articleId)) row.articles.push(g.articleId);
        } else nodeRows.set(n.id, { label: n.label, id: n.id, props: n.properties, articles: [g.articleId] });
      }
    }
    for (const row of nodeRows.values()) {
      if (row.label === 'Organization' && aliases.has(row.id)) row.props = combineNodeProperties('Organization', { aliases: aliases.get(row.id) as PropertyValue }, row.props);
    }
    const parts: QueryPart[] = LABELS.map((l) => ({
      body: `UNWIND $rows AS row
         MERGE (n:${label(l)} {id: row.id})
         WITH n, row, coalesce(n.articles, []) AS before
         SET n += row.props, n.articles = before + [a IN row.articles WHERE NOT a IN before]`,
      rows: [...nodeRows.values()].filter((r) => r.label === l).map(({ id, props, articles }) => ({ id, props: fullProps(l, props), articles })),
    }));

    this.options.beforeEdges?.(group.map((g) => g.articleId.slice(this.ns.length)));

    // 3. Edges, per (type, from label, to label): both ends are bound by label and id. CREATE, not
    // MERGE: edge ids contain the article id and the article's old edges are gone, so none exists
    // (and MERGE would scan every edge of a hub node such as "Chính phủ"). The shapes this store has
    // written so far all stay in the query (empty when absent), so its text changes only when a new one comes.
    const labelOf = new Map<string, NodeLabel>();
    for (const g of todo) for (const n of g.nodes) labelOf.set(n.id, n.label);
    const byShape = new Map<string, Array<{ from: string; to: string; props: Record<string, unknown> }>>();
    for (const g of todo) {
      for (const r of g.relationships) {
        const key = `${relType(r.type)}|${labelOf.get(r.from)}|${labelOf.get(r.to)}`;
        this.shapes.add(key);
        let rows = byShape.get(key);
        if (!rows) byShape.set(key, (rows = []));
        rows.push({ from: r.from, to: r.to, props: { ...r.properties, id: r.id } });
      }
    }
    const shapes = [...this.shapes].sort();
    for (const key of shapes) {
      const [type, from, to] = key.split('|') as [string, string, string];
      parts.push({
        body: `UNWIND $rows AS row
         MATCH (s:${label(from)} {id: row.from})
         MATCH (e:${label(to)} {id: row.to})
         CREATE (s)-[r:${relType(type)}]->(e)
         SET r = row.props`,
        rows: byShape.get(key) ?? [],
        returns: 'count',
      });
    }

    // 4. Nodes an updated article no longer states lose it; nodes no article states go.
    const release = new Map<string, string[]>(); // elementId → articles that no longer state it
    for (const g of todo) {
      const ends = oldEnds.get(g.articleId);
      if (!ends) continue;
      const now = new Set(g.nodes.map((n) => n.id));
      for (const [id, eid] of ends) {
        if (now.has(id)) continue;
        const list = release.get(eid) ?? [];
        list.push(g.articleId);
        release.set(eid, list);
      }
    }
    if (release.size) {
      parts.push({
        body: `UNWIND $rows AS row
         MATCH (n) WHERE elementId(n) = row.eid
         SET n.articles = [a IN coalesce(n.articles, []) WHERE NOT a IN row.articles]
         WITH n
         WHERE size(n.articles) = 0 AND NOT (n)--()
         DELETE n`,
        rows: [...release].map(([eid, articles]) => ({ eid, articles })),
      });
    }
    const written = await runCombined(tx, parts);
    shapes.forEach((key, i) => {
      const rows = byShape.get(key)?.length ?? 0;
      const n = written[LABELS.length + i] as number;
      if (n !== rows) throw new Error(`wrote ${n} of ${rows} ${key.split('|')[0]} edges: a node is missing`);
    });
    return statuses;
  }

  private database(): { database?: string } {
    return this.options.database ? { database: this.options.database } : {};
  }

  async readBlocks(type: RelationshipType, blocks: readonly string[]): Promise<BlockStatement[]> {
    return this.retried('reading mentions to resolve', () => resolution.readBlocks(this.driver, this.database(), this.ns, type, blocks));
  }

  async blocksOfArticles(type: RelationshipType, articles: readonly string[]): Promise<string[]> {
    return this.retried('reading mentions to resolve', () => resolution.blocksOfArticles(this.driver, this.database(), this.ns, type, articles));
  }

  async applyResolution(moves: readonly NodeMove[], updates: readonly NodeUpdate[]): Promise<void> {
    await this.retried('writing resolved identities', async () => {
      const bookmarks = await resolution.applyResolution(this.driver, this.database(), this.ns, moves, updates, this.resolutionShapes);
      if (bookmarks.length) this.commits.own(bookmarks, true);
    });
  }

  /**
   * False when every transaction the database committed since the last call was this store's own
   * (told by their ids, with a probe of the database's last one); true otherwise or when unknown.
   */
  async writtenByOthers(): Promise<boolean> {
    await this.retried('reading the last transaction', async () => {
      const session = this.driver.session(this.sessionConfig('READ'));
      try {
        await session.executeRead((tx) => tx.run('RETURN 1'));
        this.commits.probed(session.lastBookmarks());
      } finally {
        await session.close();
      }
    });
    return this.commits.takeOthers();
  }

  async counts(): Promise<GraphCounts> {
    return this.retried('counting the graph', () => this.countsOnce());
  }

  private async countsOnce(): Promise<GraphCounts> {
    const { nodes, relationships } = zeroCounts();
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      if (this.ns) {
        for (const l of LABELS) {
          const res = await session.run(`MATCH (n:${label(l)}) WHERE n.id STARTS WITH $ns RETURN count(n) AS n`, { ns: this.ns });
          nodes[l] = toNumber(res.records[0]?.get('n'));
        }
        for (const t of TYPES) {
          const res = await session.run(`MATCH ()-[r:${relType(t)}]->() WHERE r.article STARTS WITH $ns RETURN count(r) AS n`, { ns: this.ns });
          relationships[t] = toNumber(res.records[0]?.get('n'));
        }
      } else {
        // Count store lookups: no scans.
        for (const l of LABELS) nodes[l] = toNumber((await session.run(`MATCH (n:${label(l)}) RETURN count(n) AS n`)).records[0]?.get('n'));
        for (const t of TYPES) relationships[t] = toNumber((await session.run(`MATCH ()-[r:${relType(t)}]->() RETURN count(r) AS n`)).records[0]?.get('n'));
      }
    } finally {
      await session.close();
    }
    const totalNodes = Object.values(nodes).reduce((a, b) => a + b, 0);
    const totalRelationships = Object.values(relationships).reduce((a, b) => a + b, 0);
    return { nodes, relationships, totalNodes, totalRelationships };
  }

  /** Deletes every node and edge of this store's namespace (tests). Refuses without a namespace. */
  async dropNamespace(): Promise<void> {
    if (!this.ns) throw new Error('dropNamespace needs a namespace');
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      for (const l of LABELS) {
        await session.run(`MATCH (n:${label(l)}) WHERE n.id STARTS WITH $ns CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`, { ns: this.ns });
      }
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.options.ownsDriver === false) return;
    // Bounded: a frozen server never answers the goodbye (its sockets are left to the process's end).
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.driver.close().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)))]);
    clearTimeout(timer);
  }
}

function asError(error: unknown, articleId: string): Error {
  if (error instanceof GraphWriteError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GraphWriteError(articleId, message.split('\n')[0] ?? message);
}
