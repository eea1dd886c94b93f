/**
 * Several UNWIND statements sent as one query: each becomes a `CALL { … }` subquery over its own
 * rows parameter, run one after the other within the query (a later one sees what an earlier one
 * wrote). The server spends about as much per query as per thousand rows, so a writer that sends
 * one combined query instead of a dozen small ones costs it a fraction. Parts with no rows stay in
 * the text (their UNWIND yields nothing): the text, and so its compiled plan, stays the same from
 * one batch to the next. The parts' rows go as the entries of one map parameter (`$parts.p0`, …),
 * not as list parameters of their own: the server keys its plan cache on the size range of each
 * list parameter (0, 1–9, 10–99, …), so with a list each, almost every batch's mix of sizes was new
 * and the whole query was planned again (seconds for a few dozen parts); a map's entries are not.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';

/** One statement of a combined query. */
export interface QueryPart {
  /** The statement, reading its rows from `$rows` (`$parts.p<i>` in the combined text). */
  body: string;
  rows: readonly unknown[];
  /**
   * What the part gives back, read as one value: `count` appends `RETURN count(*)` (rows that
   * reached the end, e.g. edges created); `collect` means the body ends with its own
   * `RETURN <expr> AS out` of one row (e.g. a `collect(…)`); absent, the part returns nothing.
   */
  returns?: 'count' | 'collect';
}

/** The part's value: a number for `count`, the body's `out` for `collect`, null for none. */
export type PartResult = number | unknown;

/** Every query here starts with this: its plan, compiled once, stays in use while the graph grows. */
const STABLE = 'CYPHER replan=skip';

/** The text and parameters of the parts as one query (exported for tests). */
export function combinedQuery(parts: readonly QueryPart[]): { text: string; params: Record<string, unknown>; returned: number[] } {
  const rows: Record<string, unknown> = {};
  const returned: number[] = [];
  const calls = parts.map((part, i) => {
    rows[`p${i}`] = part.rows;
    const body = part.body.replaceAll('$rows', `$parts.p${i}`);
    if (part.returns === 'count') {
      returned.push(i);
      return `CALL () { ${body} RETURN count(*) AS r${i} }`;
    }
    if (part.returns === 'collect') {
      returned.push(i);
      return `CALL () { ${body.replace(/\bAS out\s*$/, `AS r${i}`)} }`;
    }
    return `CALL () { ${body} }`;
  });
  const end = returned.length ? `RETURN [${returned.map((i) => `r${i}`).join(', ')}] AS results` : '';
  return { text: `${STABLE}\n${calls.join('\n')}\n${end}`, params: { parts: rows }, returned };
}

/**
 * Runs the parts as one query in `tx`; resolves to each part's result (null for parts that return
 * nothing). Nothing is sent when no part has rows.
 */
export async function runCombined(tx: ManagedTransaction, parts: readonly QueryPart[]): Promise<PartResult[]> {
  const out: PartResult[] = parts.map((p) => (p.returns === 'count' ? 0 : p.returns === 'collect' ? [] : null));
  if (parts.every((p) => p.rows.length === 0)) return out;
  const { text, params, returned } = combinedQuery(parts);
  const res = await tx.run(text, params);
  const values = (res.records[0]?.get('results') as unknown[] | undefined) ?? [];
  returned.forEach((partIndex, k) => {
    const v = values[k];
    out[partIndex] = neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v;
  });
  return out;
}

/**
 * The edge shapes (`type|from label|to label`) of the graph model (see model/graph.ts): the parts a
 * query making edges starts with, so that its text is the same from the first batch on (a shape
 * met that is not here joins the parts, and the text changes once).
 */
export const MODEL_SHAPES: readonly string[] = [
  'WROTE|Author|Article', 'REPORTS|Article|Meeting', 'HOLDS|Person|Position', 'OF|Position|Organization',
  'PART_OF|Organization|Organization', 'LOCATED_IN|Organization|Place', 'ORGANIZED_BY|Meeting|Organization',
  'CHAIRED|Person|Meeting', 'ATTENDED|Person|Meeting', 'SPOKE_AT|Person|Meeting', 'SET|Meeting|Task',
  'ISSUED|Person|Task', 'ASSIGNED_TO|Task|Organization', 'ASSIGNED_TO|Task|Person',
  'MENTIONS|Article|Person', 'MENTIONS|Article|Organization',
];
