/**
 * The Neo4j write floor of the benchmarks (issue 12): a graph's nodes and relationships written by
 * plain batched UNWIND … CREATE into an empty database (schema applied first by the caller). Used by
 * scripts/bench.mjs (the floor the ingest is compared with) and scripts/bench-queries.mjs (a full
 * graph for the query helpers in a minute or so, instead of an ingest).
 */

/** Rows of a graphology graph (the embedded store's): nodes by label, relationships by (type, from label, to label). */
export function floorRows(graph) {
  const byLabel = new Map();
  graph.forEachNode((id, a) => {
    const { label, ...props } = a;
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label).push({ ...props, id });
  });
  const byShape = new Map();
  graph.forEachEdge((id, a, s, t, sa, ta) => {
    const { type, ...props } = a;
    const key = `${type}|${sa.label}|${ta.label}`;
    if (!byShape.has(key)) byShape.set(key, []);
    byShape.get(key).push({ from: s, to: t, props: { ...props, id } });
  });
  return { byLabel, byShape };
}

/** Writes {@link floorRows} through a driver, `batch` rows a transaction (default 5,000). */
export async function writeFloor(driver, { byLabel, byShape }, batch = 5000) {
  const session = driver.session();
  try {
    for (const [label, rows] of byLabel) {
      for (let i = 0; i < rows.length; i += batch) await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row`, { rows: rows.slice(i, i + batch) }));
    }
    for (const [key, rows] of byShape) {
      const [type, from, to] = key.split('|');
      for (let i = 0; i < rows.length; i += batch) {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row MATCH (s:${from} {id: row.from}) MATCH (e:${to} {id: row.to}) CREATE (s)-[r:${type}]->(e) SET r = row.props`, { rows: rows.slice(i, i + batch) }));
      }
    }
  } finally {
    await session.close();
  }
}
