/**
 * What a user's Cypher may do through `meeting-kg cypher`: read the graph, nothing else.
 *
 * Neo4j's read/write flag alone is not enough (`TERMINATE TRANSACTIONS` and `LOAD CSV` are typed
 * read-only, procedures can change server state), so a query is judged by an allowlist:
 *  - its statement must not be an administration command (SHOW …, TERMINATE …, users, databases);
 *  - EXPLAIN must type it read-only (`r`);
 *  - every operator of its EXPLAIN plan must be one that reads the graph (scans, seeks, expands,
 *    filters, projections, aggregations…); `LoadCSV`, the admin command operators and any
 *    operator not on the list are refused;
 *  - a procedure call must name one of {@link ALLOWED_PROCEDURES}.
 * Each refusal names what was refused and why, in one line.
 */

/** Procedures a read of the graph may call: what the project's own queries and Neo4j Browser's sidebar use. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'dbms.components',
];

/** Allowed procedures that Neo4j types "s" (DBMS mode) though they only read. */
const DBMS_READS: ReadonlySet<string> = new Set(['dbms.components']);

/** Plan operators (without their `@neo4j` suffix and `(All)`-style variant) that only read the graph. */
const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Leaves: scans and seeks.
  'AllNodesScan', 'NodeByLabelScan', 'NodeByIdSeek', 'NodeByElementIdSeek', 'NodeIndexSeek', 'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange', 'NodeIndexScan', 'NodeIndexContainsScan', 'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek', 'AssertingMultiNodeIndexSeek', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan', 'DirectedRelationshipIndexSeek', 'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan', 'UndirectedRelationshipIndexScan', 'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan', 'DirectedRelationshipIndexEndsWithScan', 'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipIndexSeekByRange', 'UndirectedRelationshipIndexSeekByRange', 'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek', 'DirectedRelationshipUniqueIndexSeekByRange', 'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipByIdSeek', 'UndirectedRelationshipByIdSeek', 'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan', 'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan', 'NodeCountFromCountStore', 'RelationshipCountFromCountStore', 'Argument',
  'ArgumentTracker', 'EmptyRow', 'Input',
  // Traversal.
  'Expand', 'OptionalExpand', 'VarLengthExpand', 'BFSPruningVarExpand', 'ShortestPath', 'StatefulShortestPath', 'Trail',
  'Repeat', 'ProjectEndpoints', 'TriadicSelection', 'TriadicBuild', 'TriadicFilter', 'AssertSameNode', 'AssertSameRelationship',
  'NullifyMetadata',
  // Combining rows.
  'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply', 'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'RollUpApply', 'ConditionalApply', 'AntiConditionalApply',
  'CartesianProduct', 'NodeHashJoin', 'ValueHashJoin', 'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'Union',
  'OrderedUnion', 'Optional', 'Anti',
  // Shaping results.
  'Filter', 'Projection', 'Distinct', 'OrderedDistinct', 'Aggregation', 'OrderedAggregation', 'EagerAggregation', 'Eager',
  'Limit', 'ExhaustiveLimit', 'Skip', 'Sort', 'PartialSort', 'Top', 'PartialTop', 'Top1WithTies', 'Unwind', 'CacheProperties',
  'ProduceResults', 'EmptyResult',
  // A procedure call: allowed by name (see ALLOWED_PROCEDURES).
  'ProcedureCall',
]);

/** First words of statements that are administration commands, not reads of the graph. */
const ADMIN_COMMAND = /^(?:SHOW|TERMINATE|CREATE|DROP|ALTER|RENAME|GRANT|DENY|REVOKE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b/i;

/** The part of a plan this module reads (the driver's `ResultSummary.plan`). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: readonly PlanNode[];
}

/** Why a query is not a read of the graph (`kind` for tests and scripts, `message` for people). */
export interface Refusal {
  kind: 'admin-command' | 'writes' | 'schema' | 'load-csv' | 'procedure' | 'operator' | 'unexplainable';
  message: string;
}

/** The query without leading comments, `CYPHER` options, and `EXPLAIN`/`PROFILE`. */
export function statementBody(query: string): string {
  let q = query;
  for (;;) {
    const before = q;
    q = q.replace(/^\s+/, '');
    q = q.replace(/^\/\/[^\n]*(?:\n|$)/, '');
    q = q.replace(/^\/\*[\s\S]*?\*\//, '');
    q = q.replace(/^CYPHER(?:\s+\d+(?:\.\d+)?)?(?:\s+[A-Za-z_.]+\s*=\s*[A-Za-z_0-9.]+)*(?=\s)/i, '');
    q = q.replace(/^(?:EXPLAIN|PROFILE)\b/i, '');
    if (q === before) return q;
  }
}

/**
 * Refuses administration commands before they reach the server (EXPLAIN of some of them is
 * itself a command). Undefined when the statement may be a graph read.
 */
export function refuseByStatement(query: string): Refusal | undefined {
  const body = statementBody(query);
  const use = /^USE\s+[`\w.-]+\s+/i.exec(body);
  const rest = use ? body.slice(use[0].length) : body;
  const m = ADMIN_COMMAND.exec(rest);
  if (!m) return undefined;
  const words = rest.split(/\s+/).slice(0, 3).join(' ').replace(/[^\w\s.-]/g, '').toUpperCase();
  const head = m[0].toUpperCase();
  if ((head === 'CREATE' || head === 'DROP') && /^(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?(?:INDEX|CONSTRAINT)\b/i.test(rest)) {
    return { kind: 'schema', message: `${words} … changes the schema (an index or constraint)` };
  }
  if (head === 'CREATE' && !/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:DATABASE|COMPOSITE|ALIAS|USER|ROLE|SERVER)\b/i.test(rest)) return undefined; // CREATE (n): the plan decides (it writes)
  return { kind: 'admin-command', message: `${words} … is an administration command, not a read of the graph` };
}

/** The plan's operator names (without `@neo4j` and variants such as `(All)`), depth first. */
export function planOperators(plan: PlanNode): Array<{ name: string; details: string }> {
  const out: Array<{ name: string; details: string }> = [];
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    const name = node.operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '').trim();
    const details = typeof node.arguments?.Details === 'string' ? node.arguments.Details : '';
    out.push({ name, details });
    for (const child of node.children ?? []) stack.push(child);
  }
  return out;
}

/** The procedure a `ProcedureCall` operator calls, from its details (`db.labels() :: (label :: STRING)`). */
export function procedureName(details: string): string {
  return (/^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details.split('(')[0] ?? '').trim();
}

/**
 * Judges an EXPLAINed query: its Neo4j query type and plan. Undefined when it only reads the
 * graph, else the first refusal.
 */
export function refuseByPlan(queryType: string, plan: PlanNode | null | undefined): Refusal | undefined {
  let dbmsRead = false;
  if (plan) {
    for (const { name, details } of planOperators(plan)) {
      if (name === 'LoadCSV') return { kind: 'load-csv', message: 'LOAD CSV reads files or URLs, not the graph' };
      if (name === 'ProcedureCall') {
        const proc = procedureName(details);
        if (!ALLOWED_PROCEDURES.includes(proc)) {
          return { kind: 'procedure', message: `the procedure ${proc || '(unknown)'} is not one of the ${ALLOWED_PROCEDURES.length} procedures a read of the graph may call (db.index.fulltext.queryNodes, db.labels, dbms.components …)` };
        }
        if (DBMS_READS.has(proc)) dbmsRead = true;
        continue;
      }
      if (!READ_OPERATORS.has(name)) {
        const writes = queryType.includes('w') || /^(?:Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|Transaction|LockingMerge|EmptyResult)/.test(name);
        if (/^(?:Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Start|Stop|Assert|System|Log|Ensure|Do|Check|Wait)/.test(name) && !writes) {
          return { kind: 'admin-command', message: `its plan runs ${name}, an administration command, not a read of the graph` };
        }
        if (writes) return { kind: 'writes', message: `its plan runs ${name} and Neo4j types it "${queryType}" (it writes)` };
        return { kind: 'operator', message: `its plan runs ${name}, which is not on the list of operators that read the graph` };
      }
    }
  }
  // Neo4j types a DBMS-mode procedure "s"; the allowed ones only read (the version, the edition).
  if (queryType === 's' && dbmsRead) return undefined;
  if (queryType === 's') return { kind: 'schema', message: 'Neo4j types it "s" (a schema change)' };
  if (queryType !== 'r') return { kind: 'writes', message: `Neo4j types it "${queryType}" (it writes)` };
  return undefined;
}
