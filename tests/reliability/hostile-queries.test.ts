/**
 * `meeting-kg cypher` runs reads of the graph only: every hostile query below is refused with
 * exit 3 and one line naming what was refused, nothing changes, no other session is touched, and
 * the local server's configuration closes LOAD CSV even to a client that bypasses the CLI.
 */
import { createServer, type Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParam, runReadOnly, QueryTimeoutError, WriteRefusedError } from '../../src/cli/commands/cypher.js';
import { Neo4jQueries } from '../../src/query/neo4j.js';
import { adminDriver, figure, neo4jEnv, reliabilityNeo4j, ROOT, runCli } from './support.js';

const info = reliabilityNeo4j();

/** Hostile queries and the word their refusal must name. */
const HOSTILE: Array<[string, RegExp]> = [
  ['SHOW TRANSACTIONS', /SHOW TRANSACTIONS .*administration command/],
  ['SHOW TRANSACTIONS YIELD *', /administration command/],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS .*administration command/],
  ['SHOW SETTINGS', /SHOW SETTINGS .*administration command/],
  ['SHOW PROCEDURES', /SHOW PROCEDURES .*administration command/],
  ['SHOW FUNCTIONS', /administration command/],
  ['SHOW USERS', /administration command/],
  ['USE system SHOW USERS', /administration command/],
  ['/* hidden */ show transactions', /SHOW TRANSACTIONS .*administration command/],
  ['CYPHER 5 SHOW SETTINGS', /administration command/],
  ['EXPLAIN SHOW TRANSACTIONS', /administration command/],
  ['STOP DATABASE neo4j', /administration command/],
  ["CREATE USER x SET PASSWORD 'secret-secret' CHANGE NOT REQUIRED", /administration command/],
  ["ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", /administration command/],
  ["LOAD CSV FROM 'http://127.0.0.1:PORT/x.csv' AS row RETURN row", /LOAD CSV/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
  ["MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'http://127.0.0.1:PORT/y' AS row RETURN row", /LOAD CSV/],
  ["CALL db.stats.retrieve('GRAPH COUNTS')", /procedure db\.stats\.retrieve/],
  ["CALL db.stats.collect('QUERIES')", /procedure db\.stats\.collect/],
  ["CALL db.stats.clear('QUERIES')", /procedure db\.stats\.clear/],
  ['CALL db.prepareForReplanning()', /procedure db\.prepareForReplanning/],
  ['CALL db.clearQueryCaches()', /procedure db\.clearQueryCaches/],
  ['CALL dbms.listConfig()', /procedure dbms\.listConfig/],
  ['CALL db.info()', /procedure db\.info/],
  ["CALL db.createLabel('Intruder')", /procedure db\.createLabel|writes/],
  ['CALL db.awaitIndexes(1)', /procedure db\.awaitIndexes/],
  ['MATCH (n) WITH n LIMIT 1 CALL db.resampleOutdatedIndexes() RETURN 1', /procedure db\.resampleOutdatedIndexes/],
  ["CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", /setConfigValue/],
  ["CALL dbms.routing.getRoutingTable({}, 'neo4j')", /dbms\.routing\.getRoutingTable/],
  ["CREATE (:Person {id: 'x'})", /writes/],
  ["MATCH (p:Person) SET p.name = 'changed'", /writes/],
  ['MATCH (n) DETACH DELETE n', /writes/],
  ["MERGE (:Organization {id: 'y'})", /writes/],
  ['MATCH (p:Person) CALL (p) { SET p.hacked = true } RETURN count(*)', /writes/],
  ['CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.locality)', /schema/],
  ['DROP CONSTRAINT person_id IF EXISTS', /schema/],
  ['UNWIND range(1, 3) AS i CALL (i) { CREATE (:X {i: i}) } IN TRANSACTIONS RETURN i', /writes/],
];

describe.skipIf(!info)('meeting-kg cypher refuses whatever is not a read of the graph', () => {
  let driver: Driver;
  let web: ReturnType<typeof createHttpServer>;
  let webPort = 0;
  let webRequests = 0;

  beforeAll(async () => {
    driver = adminDriver(info!);
    const seeded = await runCli(['ingest', join(ROOT, 'seeds'), '--store', 'neo4j', '--quiet'], { env: neo4jEnv(info!) });
    expect(seeded.code, seeded.err).toBe(0);
    // A local web service that never answers: what LOAD CSV would reach.
    web = createHttpServer(() => {
      webRequests += 1; // never answered
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webPort = (web.address() as { port: number }).port;
  });

  afterAll(async () => {
    await driver?.close();
    web?.closeAllConnections();
    await new Promise((resolve) => web?.close(resolve));
  });

  async function graphDigest(): Promise<string> {
    const r = await driver.executeQuery('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, collect(DISTINCT n.name)[0..5] AS names');
    const rec = r.records[0]!;
    return `${rec.get('n')}/${rec.get('r')}/${JSON.stringify(rec.get('names'))}`;
  }

  it(`refuses ${HOSTILE.length} hostile queries, each naming what was refused`, async () => {
    const before = await graphDigest();
    let refused = 0;
    for (const [template, why] of HOSTILE) {
      const q = template.replace('PORT', String(webPort));
      const error = await runReadOnly(driver, q, {}, { limit: 10, timeoutMs: 20_000 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, q).toBeInstanceOf(WriteRefusedError);
      const message = (error as Error).message;
      expect(message, q).toMatch(/^refused: /);
      expect(message, q).toMatch(why);
      expect(message, q).not.toContain('\n');
      if (!why.source.includes('schema')) expect(message, q).not.toContain('schema change');
      refused += 1;
    }
    expect(await graphDigest()).toBe(before);
    expect(webRequests, 'LOAD CSV never reached the web service').toBe(0);
    const users = await driver.executeQuery('SHOW USERS', {}, { database: 'system' });
    expect(users.records.map((u) => u.get('user'))).toEqual(['neo4j']);
    figure('hostile queries tried / refused', `${HOSTILE.length} / ${refused}`);
  });

  it('the command exits 3 with one line for a refused query', async () => {
    for (const q of ['SHOW TRANSACTIONS', `LOAD CSV FROM 'http://127.0.0.1:${webPort}/x' AS row RETURN row`]) {
      const r = await runCli(['cypher', q], { env: neo4jEnv(info!) });
      expect(r.code, `${q}\n${r.err}`).toBe(3);
      expect(r.err, q).toMatch(/^meeting-kg: refused: .*read-only queries only/);
      expect(r.err.trim().split('\n'), q).toHaveLength(1);
    }
  });

  it('lets harmless reads through (dbms.components, db.labels) and refuses SHOW DATABASES for the right reason', async () => {
    const components = await runReadOnly(driver, 'CALL dbms.components() YIELD name, edition RETURN name, edition', {}, { limit: 10, timeoutMs: 20_000 });
    expect(components.records[0]?.get('name')).toBe('Neo4j Kernel');
    const labels = await runReadOnly(driver, 'CALL db.labels() YIELD label RETURN label ORDER BY label', {}, { limit: 100, timeoutMs: 20_000 });
    expect(labels.records.map((r) => r.get('label'))).toContain('Person');
    const dbs = await runReadOnly(driver, 'SHOW DATABASES', {}, { limit: 10, timeoutMs: 20_000 }).then(() => undefined, (e: Error) => e);
    expect(dbs?.message).toContain('administration command');
    expect(dbs?.message).not.toContain('schema change');
  });

  it("runs every one of the project's own queries (cypher/*.cypher)", async () => {
    const dir = join(ROOT, 'cypher');
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher');
    const params = ['query=hien', 'limit=5', 'name=Đỗ Mạnh Hiến', 'from=null', 'to=null', 'id=x', 'person=null', 'organization=null', 'kind=null', 'labels=["Person"]', 'personId=x', 'organizationId=x', 'organizationIds=["x"]', 'positionIds=["x"]', 'meetingId=x', 'at=null'].reduce<Record<string, unknown>>((acc, p) => parseParam(p, acc), {});
    for (const file of files) {
      const error = await runReadOnly(driver, readFileSync(join(dir, file), 'utf8'), params, { limit: 10, timeoutMs: 20_000 }).then(() => undefined, (e: Error) => e);
      expect(error, file).not.toBeInstanceOf(WriteRefusedError);
    }
    figure('project queries allowed', files.length);
  });

  it('never touches another session: TERMINATE TRANSACTIONS leaves a concurrent write to commit', async () => {
    const session = driver.session();
    const tx = await session.beginTransaction();
    try {
      await tx.run("CREATE (:ReliabilityProbe {id: 'probe'})");
      const ids = (await driver.executeQuery('SHOW TRANSACTIONS YIELD transactionId RETURN collect(transactionId) AS ids')).records[0]?.get('ids') as string[];
      const r = await runReadOnly(driver, `TERMINATE TRANSACTIONS ${ids.map((id) => JSON.stringify(id)).join(', ')}`, {}, { limit: 10, timeoutMs: 20_000 }).then(() => undefined, (e: Error) => e);
      expect(r).toBeInstanceOf(WriteRefusedError);
      await tx.commit();
    } finally {
      await session.close();
    }
    const probe = await driver.executeQuery('MATCH (p:ReliabilityProbe) WITH count(p) AS n MATCH (q:ReliabilityProbe) DELETE q RETURN n');
    expect(probe.records[0]?.get('n').toNumber()).toBe(1);
  });

  it("closes LOAD CSV in the server's configuration too (files and any network address)", async () => {
    for (const url of [`http://127.0.0.1:${webPort}/x.csv`, 'file:///etc/passwd', 'file:///x.csv']) {
      const error = await driver.executeQuery(`LOAD CSV FROM '${url}' AS row RETURN count(row)`).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error, url).toBeInstanceOf(Error);
    }
    expect(webRequests).toBe(0);
  });

  it('holds the wall-clock timeout even when the server never answers', async () => {
    // A "server" that accepts the connection and says nothing.
    const sockets: Array<import('node:net').Socket> = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const mute = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), { connectionTimeout: 600_000, connectionAcquisitionTimeout: 600_000 });
    const started = Date.now();
    try {
      await expect(runReadOnly(mute, 'RETURN 1', {}, { limit: 10, timeoutMs: 1_000 })).rejects.toBeInstanceOf(QueryTimeoutError);
    } finally {
      await mute.close().catch(() => undefined);
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
    const ms = Date.now() - started;
    expect(ms).toBeLessThan(10_000);
    figure('timeout against a silent server (1 s asked)', `${(ms / 1000).toFixed(1)} s`);
  });

  it('answers full-text search with very long input cleanly', async () => {
    const long = 'a'.repeat(1_000);
    const many = Array.from({ length: 3_000 }, (_v, i) => `nguyen${i}`).join(' ');
    const queries = new Neo4jQueries(driver);
    for (const text of [long, many, `${'Đỗ '.repeat(500)}Hiến`, '*'.repeat(5_000), `${'ngu'.repeat(300)} ${'x'.repeat(41)}`]) {
      const answer = await queries.search(text);
      expect(answer.status).toBe('ok');
    }
    const r = await runCli(['ask', 'search', long, '--store', 'neo4j', '--json'], { env: neo4jEnv(info!) });
    expect(r.code, r.err).toBe(0);
  });
});
