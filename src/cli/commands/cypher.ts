/**
 * `meeting-kg cypher "<query>" [--param k=v]…`: a user's read-only Cypher against Neo4j.
 *
 * A READ session alone is not access control (a procedure can still write, `TERMINATE
 * TRANSACTIONS` and `LOAD CSV` are typed read-only), so the query must pass the allowlist of
 * `query/read-only.ts` (statement, EXPLAIN type, plan operators, procedures); anything else is
 * refused with one line naming what was refused. It then runs in a READ transaction with a
 * server-side timeout and a client-side timer, and at most `--limit` rows are read. Parameters
 * are passed as parameters, never spliced.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { openDriver, resolveNeo4jConnection } from '../../server/connection.js';
import { UserError } from '../errors.js';
import { renderTable } from './ask.js';
import { refuseByPlan, refuseByStatement, statementBody, type PlanNode, type Refusal } from '../../query/read-only.js';

/** Exit code of a refused (writing) query. */
export const REFUSED_EXIT_CODE = 3;

/** One `--param k=v`: the value read as JSON when it is JSON (42, true, ["a"], "x"), else as text. */
export function parseParam(text: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = text.indexOf('=');
  const key = eq < 0 ? '' : text.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new InvalidArgumentError(`"${text}" is not k=v with a parameter name k`);
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { ...previous, [key]: toNeo4jValue(value) };
}

/** Whole JSON numbers become Neo4j integers (so `LIMIT $n` and ids work); lists and maps recursively. */
function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jValue(v)]));
  return value;
}

/** A Neo4j value as plain JSON: nodes `{labels, properties}`, relationships `{type, properties}`, integers as numbers. */
export function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never)) {
    const n = value as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { elementId: n.elementId, labels: n.labels, properties: plainValue(n.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as { type: string; properties: Record<string, unknown>; startNodeElementId: string; endNodeElementId: string };
    return { type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: plainValue(r.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const p = value as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return p.segments.map((s) => ({ start: plainValue(s.start), relationship: plainValue(s.relationship), end: plainValue(s.end) }));
  }
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    if (typeof (value as { toString?: unknown }).toString === 'function' && value.constructor && value.constructor !== Object) {
      return String(value); // temporal and spatial values
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

/** A value in a table cell: a node as `(:Label {name})`, a relationship as `[:TYPE]`, the rest as JSON. */
function cell(value: unknown): string {
  const v = plainValue(value);
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'labels' in v) {
    const n = v as { labels: string[]; properties: Record<string, unknown> };
    const name = n.properties.name ?? n.properties.title ?? n.properties.kind ?? n.properties.id;
    return `(:${n.labels.join(':')} ${JSON.stringify(name ?? '')})`;
  }
  if (typeof v === 'object' && v !== null && 'type' in v && 'start' in v) return `[:${(v as { type: string }).type}]`;
  return JSON.stringify(v);
}

/** What EXPLAIN says of a query: Neo4j's query type (`r`, `rw`, `w`, `s`) and its plan. */
export async function explainQuery(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  database?: string,
): Promise<{ queryType: string; plan: PlanNode | null }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params));
    const plan = result.summary.plan;
    return { queryType: result.summary.queryType ?? 'unknown', plan: plan && typeof plan === 'object' ? (plan as unknown as PlanNode) : null };
  } finally {
    await session.close();
  }
}

/** What EXPLAIN says of a query: Neo4j's query type (`r`, `rw`, `w`, `s`). */
export async function queryType(driver: Driver, query: string, params: Record<string, unknown>, database?: string): Promise<string> {
  return (await explainQuery(driver, query, params, database)).queryType;
}

export interface ReadOnlyResult {
  columns: string[];
  records: Neo4jRecord[];
  /** True when more rows existed than the limit. */
  truncated: boolean;
}

/** Thrown for a query that is not a read of the graph (see `query/read-only.ts`); the message names what was refused. */
export class WriteRefusedError extends Error {
  readonly kind: Refusal['kind'];
  constructor(refusal: Refusal) {
    super(`refused: ${refusal.message}; meeting-kg cypher runs read-only queries only, reads of the graph (use \`meeting-kg ingest\` to change the graph)`);
    this.name = 'WriteRefusedError';
    this.kind = refusal.kind;
  }
}

/** Thrown when a query outlives its wall-clock budget (checked on the client, whatever the server does). */
export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the query ran longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
    this.name = 'QueryTimeoutError';
  }
}

/**
 * Runs a query only if it is a read of the graph (statement, EXPLAIN type, plan operators and
 * procedures: see `query/read-only.ts`), in a READ transaction with a server-side timeout, at
 * most `limit` rows. A client-side timer holds the wall-clock budget even when the server does
 * not stop: on expiry the driver is closed and {@link QueryTimeoutError} thrown. Throws
 * {@link WriteRefusedError} for a refused query, UserError for one Neo4j cannot parse.
 */
export async function runReadOnly(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: { limit: number; timeoutMs: number; database?: string },
): Promise<ReadOnlyResult> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      driver.close().catch(() => undefined);
      reject(new QueryTimeoutError(options.timeoutMs));
    }, options.timeoutMs + 2_000);
  });
  try {
    return await Promise.race([runChecked(driver, query, params, options), expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function runChecked(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: { limit: number; timeoutMs: number; database?: string },
): Promise<ReadOnlyResult> {
  const byStatement = refuseByStatement(query);
  if (byStatement) throw new WriteRefusedError(byStatement);
  const stripped = statementBody(query);
  let explained: { queryType: string; plan: PlanNode | null };
  try {
    explained = await explainQuery(driver, stripped, params, options.database);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = firstLine(error);
    if (code.includes('Syntax') || code.includes('ParameterMissing') || code.includes('Statement')) throw new UserError(`Neo4j cannot run this query: ${message}`);
    throw new WriteRefusedError({ kind: 'unexplainable', message: `Neo4j cannot EXPLAIN it, so it cannot be shown to read the graph only (${message})` });
  }
  const refusal = refuseByPlan(explained.queryType, explained.plan);
  if (refusal) throw new WriteRefusedError(refusal);
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(options.limit + 1, 10_000),
    ...(options.database ? { database: options.database } : {}),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(stripped, params);
        const records: Neo4jRecord[] = [];
        let truncated = false;
        for await (const record of result) {
          if (records.length >= options.limit) {
            truncated = true;
            break;
          }
          records.push(record);
        }
        const keys = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
        return { columns: keys, records, truncated };
      },
      { timeout: options.timeoutMs },
    );
  } finally {
    await session.close().catch(() => undefined);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).trim();
}

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
    return n;
  };
}

/** Registers `meeting-kg cypher`. */
export function registerCypherCommand(program: Command): void {
  program
    .command('cypher')
    .description('run a read-only Cypher query against Neo4j (EXPLAINed first: anything but a read of the graph is refused)')
    .argument('<query>', 'the Cypher query; see cypher/*.cypher for ready ones')
    .option('--param <k=v>', 'a parameter, repeatable; values read as JSON when they are (42, true, ["a"])', parseParam, {})
    .option('--limit <rows>', 'read at most this many rows', positiveInt('--limit', 1_000_000), 1000)
    .option('--timeout <seconds>', 'transaction timeout', positiveInt('--timeout', 3600), 30)
    .option('--database <name>', 'the database (default: the server default)')
    .option('--json', 'print the rows as JSON')
    .action(async (query: string, o: { param: Record<string, unknown>; limit: number; timeout: number; database?: string; json?: boolean }) => {
      let driver: Driver;
      try {
        driver = await openDriver(await resolveNeo4jConnection());
      } catch (error) {
        throw new UserError(firstLine(error));
      }
      try {
        let result: ReadOnlyResult;
        try {
          result = await runReadOnly(driver, query, o.param, { limit: o.limit, timeoutMs: o.timeout * 1000, ...(o.database ? { database: o.database } : {}) });
        } catch (error) {
          if (error instanceof WriteRefusedError) throw new UserError(error.message, REFUSED_EXIT_CODE);
          if (error instanceof UserError) throw error;
          if (error instanceof QueryTimeoutError) throw new UserError(`the query ran longer than --timeout ${o.timeout} s and was stopped`);
          const code = (error as { code?: string }).code ?? '';
          if (code.includes('TransactionTimedOut') || /timed? ?out|terminated/i.test(firstLine(error))) {
            throw new UserError(`the query ran longer than --timeout ${o.timeout} s and was stopped`);
          }
          throw new UserError(`Neo4j: ${firstLine(error)}`);
        }
        if (o.json) {
          const rows = result.records.map((r) => Object.fromEntries(result.columns.map((k) => [k, plainValue(r.get(k))])));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        } else if (result.records.length === 0) {
          process.stderr.write('meeting-kg: no rows\n');
        } else {
          process.stdout.write(renderTable({ columns: result.columns, rows: result.records.map((r) => result.columns.map((k) => cell(r.get(k)))) }));
        }
        if (result.truncated) process.stderr.write(`meeting-kg: showing the first ${o.limit} rows (raise --limit for more)\n`);
      } finally {
        await driver.close().catch(() => undefined);
      }
    });
}
