/**
 * Test helpers for the run's real Neo4j (provided by tests/setup/neo4j.ts).
 *
 *   const db = useNeo4j();                 // in a describe block or at file level
 *   it('…', async () => {
 *     await db.run(`CREATE (:${db.label} {name: $name})`, { name: 'x' });
 *   });
 *
 * Each `useNeo4j()` gets its own namespace: tag what you write with the label `db.label`
 * (or the property `_testNs: db.ns`); both are deleted after the file's tests (and before, in case
 * an earlier run crashed). Register other cleanup with `db.onCleanup`.
 */
import { randomBytes } from 'node:crypto';
import neo4j, { type Driver, type EagerResult, type RecordShape } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestNeo4jInfo } from './neo4j-context.js';

/** The run's Neo4j; fails with a clear message when the run has none. */
export function testNeo4j(): TestNeo4jInfo {
  const provided = inject('neo4j');
  if ('skipped' in provided) {
    throw new Error(`this test needs Neo4j, but the run has none (${provided.skipped}); run it without a tests/unit filter, or unset MEETING_KG_TEST_NEO4J`);
  }
  return provided;
}

/** A driver to the run's Neo4j; the caller closes it. */
export function testDriver(): Driver {
  const info = testNeo4j();
  return neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password), { connectionTimeout: 10_000 });
}

/** A fresh namespace: a short unique token usable in labels and property values. */
export function uniqueNamespace(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** One test file's (or block's) handle on Neo4j. */
export interface Neo4jTestHandle {
  /** Opened in beforeAll, closed in afterAll. */
  readonly driver: Driver;
  readonly info: TestNeo4jInfo;
  /** Unique token of this handle. */
  readonly ns: string;
  /** Label (`Test_<ns>`) to put on every node the tests write; such nodes are deleted at the end. */
  readonly label: string;
  /** Runs one auto-commit query on the default database. */
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<EagerResult<R>>;
  /** Adds work to do at cleanup (before the driver closes). */
  onCleanup(work: (driver: Driver) => Promise<void>): void;
  /** Deletes everything of this namespace now (also done automatically). */
  cleanup(): Promise<void>;
}

/** Registers beforeAll/afterAll hooks giving the enclosing tests a driver and a namespace. */
export function useNeo4j(prefix = 't'): Neo4jTestHandle {
  const ns = uniqueNamespace(prefix);
  const label = `Test_${ns}`;
  const extra: Array<(driver: Driver) => Promise<void>> = [];
  let driver: Driver | undefined;
  let info: TestNeo4jInfo | undefined;
  const need = (): Driver => {
    if (!driver) throw new Error('useNeo4j(): the driver is only available inside tests and hooks (after beforeAll)');
    return driver;
  };
  const handle: Neo4jTestHandle = {
    get driver() {
      return need();
    },
    get info() {
      if (!info) throw new Error('useNeo4j(): info is only available after beforeAll');
      return info;
    },
    ns,
    label,
    run: <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => need().executeQuery<EagerResult<R>>(cypher, params),
    onCleanup: (work) => {
      extra.push(work);
    },
    cleanup: async () => {
      const d = need();
      for (const work of extra) await work(d);
      await d.executeQuery(`MATCH (n:\`${label}\`) DETACH DELETE n`);
      await d.executeQuery('MATCH (n) WHERE n._testNs = $ns DETACH DELETE n', { ns });
    },
  };
  beforeAll(async () => {
    info = testNeo4j();
    driver = testDriver();
    await driver.verifyConnectivity();
  });
  afterAll(async () => {
    if (!driver) return;
    try {
      await handle.cleanup();
    } finally {
      await driver.close();
      driver = undefined;
    }
  });
  return handle;
}
