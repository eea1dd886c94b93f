/**
 * The run's real Neo4j (from the global setup): Bolt round trip, Browser over HTTP, and the
 * connection errors a user meets.
 */
import { describe, expect, it } from 'vitest';
import { openDriver, resolveNeo4jConnection, Neo4jConnectionError } from '../../src/server/connection.js';
import { useNeo4j } from '../support/neo4j.js';

describe('the test run Neo4j', () => {
  const db = useNeo4j('srv');

  it('stores a node over Bolt and reads it back, Vietnamese text intact', async () => {
    const name = 'Nguyễn Văn Thử';
    await db.run(`CREATE (:\`${db.label}\` {name: $name, born: date('1970-01-02')})`, { name });
    const result = await db.run<{ name: string; year: number }>(`MATCH (p:\`${db.label}\`) RETURN p.name AS name, p.born.year AS year`);
    expect(result.records.map((record) => record.get('name'))).toEqual([name]);
    expect(Number(result.records[0]?.get('year'))).toBe(1970);
  });

  it('is Neo4j 5.26 Community', async () => {
    const result = await db.run<{ name: string; version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const row = result.records[0];
    expect(row?.get('name')).toBe('Neo4j Kernel');
    expect(row?.get('edition')).toBe('community');
    if (db.info.source === 'local') expect(row?.get('version')).toMatch(/^5\.26\./);
  });

  it('serves Neo4j Browser at /browser/', async ({ skip }) => {
    if (!db.info.httpUrl) skip('HTTP address unknown for a NEO4J_URI server');
    const response = await fetch(`${db.info.httpUrl}/browser/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type') ?? '').toContain('text/html');
    expect(await response.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('cleans up what a namespace wrote', async () => {
    await db.run(`CREATE (:\`${db.label}\` {k: 1}), ({_testNs: $ns, k: 2})`, { ns: db.ns });
    await db.cleanup();
    const left = await db.run('MATCH (n) WHERE n:`' + db.label + '` OR n._testNs = $ns RETURN count(n) AS c', { ns: db.ns });
    expect(Number(left.records[0]?.get('c'))).toBe(0);
  });
});

describe('connection errors', () => {
  const db = useNeo4j('conn');

  it('wrong NEO4J_* credentials give one line naming NEO4J_PASSWORD', async () => {
    const connection = await resolveNeo4jConnection({ env: { NEO4J_URI: db.info.uri, NEO4J_USERNAME: db.info.username, NEO4J_PASSWORD: 'definitely-wrong' } });
    expect(connection.source).toBe('env');
    const error = await openDriver(connection).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Neo4jConnectionError);
    expect((error as Neo4jConnectionError).reason).toBe('auth');
    expect((error as Error).message).toMatch(/wrong credentials in NEO4J_USERNAME \/ NEO4J_PASSWORD/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('an unreachable NEO4J_URI gives one line saying what to check', async () => {
    const error = await openDriver({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', source: 'env' }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect((error as Neo4jConnectionError).reason).toBe('unreachable');
    expect((error as Error).message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(from NEO4J_URI\).*check NEO4J_URI/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('with no NEO4J_URI and no local server, says how to get one', async () => {
    const error = await resolveNeo4jConnection({ env: { MEETING_KG_HOME: '/nonexistent/meeting-kg-home' } }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect((error as Neo4jConnectionError).reason).toBe('no-server');
    expect((error as Error).message).toContain('meeting-kg neo4j start');
    expect((error as Error).message).toContain('NEO4J_URI');
  });
});
