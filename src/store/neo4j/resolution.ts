/**
 * The Neo4j side of cross-article resolution: reading mention records (edges with a `block`
 * property, found through the per-type block indexes) and re-pointing an article's edges from one
 * node to another. Labels and types in the Cypher text come only from the model's allowlist.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { NodeLabelSchema, RelationshipTypeSchema, type NodeLabel, type Properties, type RelationshipType } from '../../model/graph.js';
import { stableId } from '../../model/keys.js';
import type { BlockStatement, NodeMove, NodeUpdate } from '../types.js';
import { MODEL_SHAPES, runCombined, type QueryPart } from './combined.js';

const label = (l: string): NodeLabel => NodeLabelSchema.parse(l);
const relType = (t: string): RelationshipType => RelationshipTypeSchema.parse(t);

/**
 * Every query here starts with this: its plan, compiled once, stays in use while an ingest grows
 * the graph (without it the server re-plans each query several times per run as its statistics
 * change). Each query seeks by a constraint-backed id, an element id or a hinted index, so the
 * first plan is the right one at any size.
 */
const STABLE = 'CYPHER replan=skip';

/**
 * A node at least this many articles leave for one id is renamed rather than its edges moved
 * (`renameInPlace`): below it, the few queries a rename adds cost more than the moves they save.
 */
const RENAME_FROM = 4;

/** The labels whose nodes resolution across articles moves (persons, then meetings). */
const RESOLVED: readonly NodeLabel[] = ['Person', 'Meeting'];

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function plainProperties(p: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, plain(v)])) as Properties;
}

interface Session { database?: string }

/** Edges of `type` with `block` in `blocks`, within the namespace `ns` (ids returned without it). */
export async function readBlocks(driver: Driver, session: Session, ns: string, type: RelationshipType, blocks: readonly string[]): Promise<BlockStatement[]> {
  if (blocks.length === 0) return [];
  const s = driver.session({ defaultAccessMode: neo4j.session.READ, ...session });
  try {
    const res = await s.executeRead((tx) => tx.run(
      `${STABLE} UNWIND $blocks AS b MATCH (x)-[r:${relType(type)}]->(y) USING INDEX r:${relType(type)}(block) WHERE r.block = b AND r.article STARTS WITH $ns
       RETURN r.article AS article, x.id AS from, y.id AS to, properties(r) AS props`,
      { blocks: [...new Set(blocks)], ns },
    ));
    const cut = (id: unknown) => String(id).slice(ns.length);
    return res.records.map((r) => {
      const props = plainProperties(r.get('props') as Record<string, unknown>);
      if (typeof props.article === 'string') props.article = cut(props.article);
      return { article: cut(r.get('article')), from: cut(r.get('from')), to: cut(r.get('to')), properties: props };
    });
  } finally {
    await s.close();
  }
}

/** The `block` values of the `type` edges these (namespaced) articles state. */
export async function blocksOfArticles(driver: Driver, session: Session, ns: string, type: RelationshipType, articles: readonly string[]): Promise<string[]> {
  if (articles.length === 0) return [];
  const s = driver.session({ defaultAccessMode: neo4j.session.READ, ...session });
  try {
    const res = await s.executeRead((tx) => tx.run(
      `${STABLE} UNWIND $ids AS id MATCH ()-[r:${relType(type)}]->() USING INDEX r:${relType(type)}(article) WHERE r.article = id AND r.block IS NOT NULL RETURN DISTINCT r.block AS block`,
      { ids: articles.map((a) => `${ns}${a}`) },
    ));
    return res.records.map((r) => String(r.get('block')));
  } finally {
    await s.close();
  }
}

/**
 * Applies moves and updates in one transaction (see `GraphStore.applyResolution`); resolves to the
 * session's bookmarks after it (empty when there was nothing to apply and no transaction ran).
 * `shapes`: the edge shapes (`type|from label|to label`) moves have re-made so far (kept by the
 * caller from one call to the next, grown here): each is a part of the query that makes edges, so
 * its text stays the same from one batch to the next.
 */
export async function applyResolution(driver: Driver, session: Session, ns: string, moves: readonly NodeMove[], updates: readonly NodeUpdate[], shapes: Set<string> = new Set(MODEL_SHAPES)): Promise<string[]> {
  const real = moves.filter((m) => m.from !== m.to);
  if (real.length === 0 && updates.length === 0) return [];
  const s = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...session });
  try {
    await s.executeWrite((tx) => applyInTransaction(tx, ns, real, updates, shapes));
    return s.lastBookmarks();
  } finally {
    await s.close();
  }
}

/**
 * A moved edge as the query that deletes it from its old node returns it; `known`: the new node
 * already listed the edge's article before this move (it may hold an edge of that article).
 */
interface MovedEdge { from: string; to: string; article: string; type: string; outgoing: boolean; other: string; otherLabel: string; props: Record<string, unknown>; known: boolean }

/**
 * The moves and updates in few queries (each costs the server about as much as a thousand rows):
 * renames first (see renameInPlace), then one read of the moved nodes' properties, then per label
 * one query that makes the missing targets and takes the moved edges off their old nodes, whose
 * edges are made again by the next query together with the articles' move between the nodes'
 * lists (and the next label's first step, or the derived properties after the last label).
 * Labels go in the moves' order: a later label's edges read sees the edges an earlier one re-made.
 */
async function applyInTransaction(tx: ManagedTransaction, ns: string, moves: readonly NodeMove[], updates: readonly NodeUpdate[], shapes: Set<string>): Promise<void> {
  const p = (id: string) => `${ns}${id}`;
  const cut = (id: unknown) => String(id).slice(ns.length);
  const props = new Map(updates.map((u) => [u.id, u.properties]));
  // The labels resolution moves, always (a label with no moves has parts with no rows): the queries'
  // texts stay the same from one batch to the next. Persons go first, as the moves come.
  const labels = [...new Set<NodeLabel>([...RESOLVED, ...moves.map((m) => m.label)])];
  // 0. A node whose every article goes to one new id (a cluster whose id changed) is renamed in
  //    place; its edges keep their ends and only their ids follow (see renameInPlace).
  const mineOf = new Map<NodeLabel, NodeMove[]>();
  for (const l of labels) {
    const all = moves.filter((m) => m.label === l);
    const renamed = await renameInPlace(tx, ns, l, all, shapes);
    mineOf.set(l, renamed.size ? all.filter((m) => !renamed.has(m.from)) : all);
  }
  // 1. The moved nodes' properties, every label in one read: a missing target node gets the
  //    source's properties and then the update's. They are given to the new node without the
  //    source's id: copying them whole (`n = properties(old)`) would briefly give it the source's
  //    id, which the uniqueness constraint refuses at once.
  const sources = await runCombined(tx, labels.map((l) => ({
    body: `UNWIND $rows AS id MATCH (old:${label(l)} {id: id}) RETURN collect([old.id, properties(old)]) AS out`,
    rows: [...new Set((mineOf.get(l) ?? []).map((m) => p(m.from)))],
    returns: 'collect' as const,
  })));
  const sourceProps = new Map((sources as Array<Array<[string, Record<string, unknown>]>>).flat().map(([id, values]) => [String(id), values]));
  let pending: QueryPart[] = [];
  for (const l of labels) {
    const mine = mineOf.get(l) ?? [];
    const leaving = new Set(mine.map((m) => p(m.from)));
    const created = mine.flatMap((m) => {
      const old = sourceProps.get(p(m.from));
      if (!old) return [];
      const { id: _sourceId, ...rest } = old;
      return [{ to: p(m.to), props: { ...rest, articles: [], ...(props.get(m.to) ?? {}), id: p(m.to) } }];
    });
    // 2. Missing targets are made; the moved articles' edges on the old nodes are read, then deleted
    //    in the same statement (found from the old node; deleting them afterwards by element id
    //    planned as a scan of every edge).
    const parts: QueryPart[] = [
      ...pending,
      { body: `UNWIND $rows AS row MERGE (n:${label(l)} {id: row.to}) ON CREATE SET n = row.props`, rows: created },
      {
        body: `UNWIND $rows AS row
         OPTIONAL MATCH (t:${label(l)} {id: row.to})
         WITH row, row.article IN coalesce(t.articles, []) AS known
         MATCH (old:${label(l)} {id: row.from})-[r]-(x)
         WHERE r.article = row.article
         WITH row, known, r, type(r) AS type, startNode(r) = old AS outgoing, x.id AS other, labels(x)[0] AS otherLabel, properties(r) AS props
         DELETE r
         RETURN collect({from: row.from, to: row.to, article: row.article, type: type, outgoing: outgoing, other: other, otherLabel: otherLabel, props: props, known: known}) AS out`,
        rows: mine.map((m) => ({ from: p(m.from), to: p(m.to), article: p(m.article) })),
        returns: 'collect',
      },
    ];
    const results = await runCombined(tx, parts);
    const moved: Array<{ key: string; row: EdgeRow; known: boolean }> = [];
    for (const r of (results[parts.length - 1] as MovedEdge[])) {
      const to = cut(r.to), other = cut(r.other), article = cut(r.article);
      const outgoing = r.outgoing === true;
      const [source, target] = outgoing ? [to, other] : [other, to];
      if (source === target) continue;
      const type = relType(String(r.type));
      const otherLabel = label(String(r.otherLabel));
      const key = outgoing ? `${type}|${l}|${otherLabel}` : `${type}|${otherLabel}|${l}`;
      // Known: the edge may exist already, or another move of this step may make it, or its
      // other end moves too (the edge is read from both ends): MERGEd, not CREATEd.
      const known = r.known === true || leaving.has(p(to)) || leaving.has(p(other));
      moved.push({ key, row: { from: p(source), to: p(target), props: { ...r.props, id: p(stableId('rel', type, source, target, article)) } }, known });
    }
    const byShape = splitFresh(moved);
    for (const key of [...byShape.fresh.keys(), ...byShape.known.keys()]) shapes.add(key);
    // 3. The edges are made again on the new nodes; the articles move between the nodes' lists;
    //    nodes no article states go. One row per node (a hub gaining a hundred moved articles is
    //    rewritten once, not once per article). Sent with the next step.
    pending = [
      ...edgeParts(byShape.fresh, 'CREATE', shapes, l),
      ...edgeParts(byShape.known, 'MERGE', shapes, l),
      {
        body: `UNWIND $rows AS row
         MATCH (n:${label(l)} {id: row.id})
         WITH n, row, coalesce(n.articles, []) AS before
         SET n.articles = before + [a IN row.articles WHERE NOT a IN before]`,
        rows: articlesByNode(mine, (m) => p(m.to), (m) => p(m.article)),
      },
      {
        body: `UNWIND $rows AS row
         MATCH (n:${label(l)} {id: row.id})
         SET n.articles = [a IN coalesce(n.articles, []) WHERE NOT a IN row.articles]
         WITH n WHERE size(n.articles) = 0 AND NOT (n)--()
         DELETE n`,
        rows: articlesByNode(mine, (m) => p(m.from), (m) => p(m.article)),
      },
    ];
  }
  // 4. Derived properties, with the last label's edges.
  for (const l of [...new Set<NodeLabel>([...RESOLVED, ...updates.map((u) => u.label)])]) {
    pending.push({
      body: `UNWIND $rows AS row MATCH (n:${label(l)} {id: row.id}) SET n += row.props`,
      rows: updates.filter((u) => u.label === l).map((u) => ({ id: p(u.id), props: u.properties })),
    });
  }
  await runCombined(tx, pending);
}

/**
 * Renames in place the nodes of label `l` whose every article moves to one id (a cluster whose id
 * changed: its most common key, or its first article, is another now), instead of moving all
 * their edges: the node takes the new id and, as the moves would have given it, its articles in
 * the moves' order; its edges stay and take the ids that follow their ends. When a node already
 * holds the new id with fewer articles (the article that brought the cluster's new key, written
 * there just before), that smaller node's edges are the ones moved, onto the renamed node, and it
 * goes. Where several nodes go to one id, the one with the most articles is renamed and the others
 * move into it. A node carrying an edge of an article that does not move with it is left to the
 * moves. Resolves to the ids (without the namespace) renamed: their moves are done.
 */
async function renameInPlace(tx: ManagedTransaction, ns: string, l: NodeLabel, moves: readonly NodeMove[], shapes: Set<string>): Promise<Set<string>> {
  const p = (id: string) => `${ns}${id}`;
  const cut = (id: unknown) => String(id).slice(ns.length);
  const byFrom = new Map<string, NodeMove[]>();
  for (const m of moves) {
    const list = byFrom.get(m.from);
    if (list) list.push(m);
    else byFrom.set(m.from, [m]);
  }
  // Worth a rename: a node several articles leave for one id that loses none itself.
  const candidates = [...byFrom].filter(([, ms]) => ms.length >= RENAME_FROM && ms.every((m) => m.to === ms[0]!.to) && !byFrom.has(ms[0]!.to));
  if (candidates.length === 0) return new Set();
  const stored = await tx.run(
    `${STABLE} UNWIND $rows AS row
     MATCH (old:${label(l)} {id: row.from})
     OPTIONAL MATCH (taken:${label(l)} {id: row.to})
     RETURN row.from AS from, old.articles AS articles, taken.articles AS taken, taken IS NOT NULL AS exists`,
    { rows: candidates.map(([from, ms]) => ({ from: p(from), to: p(ms[0]!.to) })) },
  );
  const storedArticles = new Map(stored.records.map((r) => [cut(r.get('from')), {
    articles: ((r.get('articles') as string[] | null) ?? []).map(cut),
    taken: r.get('exists') === true ? ((r.get('taken') as string[] | null) ?? []).map(cut) : null,
  }]));
  // Per new id, the candidate holding the most articles, more than a node holding that id already.
  const chosen = new Map<string, { from: string; size: number; taken: string[] | null }>();
  for (const [from, ms] of candidates) {
    const found = storedArticles.get(from);
    if (!found) continue;
    const moving = new Set(ms.map((m) => m.article));
    if (found.articles.length === 0 || !found.articles.every((a) => moving.has(a)) || new Set(found.articles).size !== moving.size) continue;
    if (found.taken && found.taken.length >= moving.size) continue;
    const to = ms[0]!.to;
    const best = chosen.get(to);
    if (!best || best.size < moving.size) chosen.set(to, { from, size: moving.size, taken: found.taken });
  }
  if (chosen.size === 0) return new Set();
  const renames = new Map([...chosen].map(([to, c]) => [c.from, to]));
  const folded = new Map([...chosen].filter(([, c]) => c.taken).map(([to, c]) => [to, c.from])); // node giving way → the renamed node
  const edges = await tx.run(
    `${STABLE} UNWIND $ids AS id
     MATCH (n:${label(l)} {id: id})-[r]-(other)
     RETURN id, elementId(r) AS eid, type(r) AS type, startNode(r) = n AS outgoing, other.id AS other, labels(other)[0] AS otherLabel, r.article AS article, properties(r) AS props`,
    { ids: [...renames.keys(), ...folded.keys()].map(p) },
  );
  // A self-loop, an edge between the two nodes, or an edge of an article that does not move: left to the moves.
  for (const r of edges.records) {
    const id = cut(r.get('id')), other = cut(r.get('other'));
    const to = renames.get(id);
    if (to !== undefined) {
      if (other === id || other === to || !byFrom.get(id)?.some((m) => m.article === cut(r.get('article')))) {
        renames.delete(id);
        folded.delete(to);
      }
    } else if (folded.has(id) && (other === id || other === folded.get(id))) {
      renames.delete(folded.get(id)!);
      folded.delete(id);
    }
  }
  // The edges' ids with their final ends; those of a node giving way are made again on the renamed one.
  const renamedEdges = new Map<string, string>(); // element id → new id
  const remade = new Map<string, EdgeRow[]>();
  const ids = new Set<string>();
  let clash = false;
  for (const r of edges.records) {
    const id = cut(r.get('id'));
    const end = renames.get(id) ?? (folded.has(id) ? id : undefined);
    if (end === undefined) continue;
    const other = cut(r.get('other'));
    const otherEnd = renames.get(other) ?? other;
    const article = cut(r.get('article'));
    const type = relType(String(r.get('type')));
    const outgoing = r.get('outgoing') === true;
    const edgeId = p(outgoing ? stableId('rel', type, end, otherEnd, article) : stableId('rel', type, otherEnd, end, article));
    if (ids.has(edgeId)) clash = true;
    ids.add(edgeId);
    if (!folded.has(id)) {
      renamedEdges.set(String(r.get('eid')), edgeId);
      continue;
    }
    const otherLabel = label(String(r.get('otherLabel')));
    const key = outgoing ? `${type}|${l}|${otherLabel}` : `${type}|${otherLabel}|${l}`;
    const rows = remade.get(key) ?? [];
    rows.push({ from: p(outgoing ? end : otherEnd), to: p(outgoing ? otherEnd : end), props: { ...(r.get('props') as Record<string, unknown>), id: edgeId } });
    remade.set(key, rows);
  }
  // Two edges that would end with one id (never expected): the moves decide, as before.
  if (clash || renames.size === 0) return new Set();
  const order = new Map(articlesByNode(moves, (m) => m.to, (m) => m.article).map((row) => [row.id, row.articles]));
  const articlesOf = (to: string) => {
    const before = chosen.get(to)?.taken ?? [];
    return [...before, ...(order.get(to) ?? []).filter((a) => !before.includes(a))].map(p);
  };
  if (folded.size) {
    await tx.run(`${STABLE} UNWIND $ids AS id MATCH (n:${label(l)} {id: id}) DETACH DELETE n`, { ids: [...folded.keys()].map(p) });
  }
  await tx.run(
    `${STABLE} UNWIND $rows AS row MATCH (n:${label(l)} {id: row.from}) SET n.id = row.to, n.articles = row.articles`,
    { rows: [...renames].map(([from, to]) => ({ from: p(from), to: p(to), articles: articlesOf(to) })) },
  );
  if (renamedEdges.size) {
    await tx.run(
      `${STABLE} UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r.id = row.id`,
      { rows: [...renamedEdges].map(([eid, id]) => ({ eid, id })) },
    );
  }
  await runCombined(tx, edgeParts(remade, 'CREATE', shapes, l));
  return new Set(renames.keys());
}

/** An edge to make: its ends' (namespaced) ids and its properties, its id among them. */
interface EdgeRow { from: string; to: string; props: Record<string, unknown> }

/**
 * The parts that make edges of label l's nodes, one per shape (`type|from label|to label`) of
 * `shapes` with an end of that label (grown with those of `byShape`; a shape with no edges this
 * time stays, with no rows), both ends bound by label and id: `MERGE` on the edge's id where it may exist already, else `CREATE`.
 */
function edgeParts(byShape: ReadonlyMap<string, EdgeRow[]>, how: 'MERGE' | 'CREATE', shapes: Set<string>, l: NodeLabel): QueryPart[] {
  for (const key of byShape.keys()) shapes.add(key);
  // Only the shapes with an end of label l: the edges of l's nodes. Each part costs the server's
  // planner (once per text) about as much as a query runs.
  return [...shapes].filter((key) => key.split('|').slice(1).includes(l)).sort().map((key) => {
    const [type, from, to] = key.split('|') as [string, string, string];
    return {
      body: `UNWIND $rows AS row
       MATCH (s:${label(from)} {id: row.from})
       MATCH (e:${label(to)} {id: row.to})
       ${how === 'MERGE' ? `MERGE (s)-[r:${relType(type)} {id: row.props.id}]->(e) ON CREATE SET r = row.props` : `CREATE (s)-[r:${relType(type)}]->(e) SET r = row.props`}`,
      rows: byShape.get(key) ?? [],
    };
  });
}

/**
 * Moved edges by shape, in two sets: `fresh`, whose id no edge can hold yet (the edge's id follows
 * its ends and its article, and the new end did not state that article before the move, and no
 * other moved edge takes that id), to CREATE; the others (`known`) to MERGE on their id, as a
 * re-run or two moves into one node may meet an edge already made.
 */
function splitFresh(moved: ReadonlyArray<{ key: string; row: EdgeRow; known: boolean }>): { fresh: Map<string, EdgeRow[]>; known: Map<string, EdgeRow[]> } {
  const uses = new Map<unknown, number>();
  for (const m of moved) uses.set(m.row.props.id, (uses.get(m.row.props.id) ?? 0) + 1);
  const fresh = new Map<string, EdgeRow[]>(), known = new Map<string, EdgeRow[]>();
  for (const m of moved) {
    const into = m.known || (uses.get(m.row.props.id) ?? 0) > 1 ? known : fresh;
    const rows = into.get(m.key) ?? [];
    rows.push(m.row);
    into.set(m.key, rows);
  }
  return { fresh, known };
}

/** Moves grouped by one end: one row per node id, with its articles in first-seen order, each once. */
function articlesByNode(moves: readonly NodeMove[], node: (m: NodeMove) => string, article: (m: NodeMove) => string): Array<{ id: string; articles: string[] }> {
  const rows = new Map<string, Set<string>>();
  for (const m of moves) {
    const id = node(m);
    let articles = rows.get(id);
    if (!articles) rows.set(id, (articles = new Set()));
    articles.add(article(m));
  }
  return [...rows].map(([id, articles]) => ({ id, articles: [...articles] }));
}
