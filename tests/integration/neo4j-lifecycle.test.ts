/**
 * `meeting-kg neo4j start|status|stop` as a user runs them, on a second local server with its own
 * state directory and ports (so the run's shared server is never touched), and the bad situations:
 * port taken, no Java, wrong NEO4J_* credentials — each one clear line and a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessAlive, NEO4J_COMMAND_CLASS, readCredentials, resolveServerPaths, serverArguments } from '../../src/server/index.js';
import { assertBuilt, cleanEnv, runCli } from '../support/cli.js';
import { testNeo4j } from '../support/neo4j.js';

const exec = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One line on stderr, starting with "meeting-kg:", and no stack trace. */
function expectOneClearLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^meeting-kg: /);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? '';
}

describe('meeting-kg neo4j start / status / stop', () => {
  const home = mkdtempSync(join(tmpdir(), 'mkg-lifecycle-'));
  let env: Record<string, string | undefined> = {};

  beforeAll(async () => {
    assertBuilt();
    env = cleanEnv({ MEETING_KG_HOME: home, MEETING_KG_NEO4J_BOLT_PORT: String(await freePort()), MEETING_KG_NEO4J_HTTP_PORT: String(await freePort()) });
  });

  afterAll(async () => {
    await runCli(['neo4j', 'stop', '--timeout', '20'], env);
    rmSync(home, { recursive: true, force: true });
  });

  it('starts once, reuses the running server, stops with no process left, and keeps the data', { timeout: 600_000 }, async () => {
    const first = await runCli(['neo4j', 'start', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const started = JSON.parse(first.stdout) as { outcome: string; pid: number; boltUrl: string; browserUrl: string; credentialsFile: string };
    expect(started.outcome).toBe('started');
    expect(started.boltUrl).toBe(`bolt://127.0.0.1:${env.MEETING_KG_NEO4J_BOLT_PORT}`);
    expect(started.browserUrl).toBe(`http://127.0.0.1:${env.MEETING_KG_NEO4J_HTTP_PORT}/browser/`);
    expect(isProcessAlive(started.pid)).toBe(true);

    // The password is in a 0600 file and never printed.
    const paths = resolveServerPaths(env);
    expect(started.credentialsFile).toBe(paths.credentialsFile);
    expect(statSync(paths.credentialsFile).mode & 0o777).toBe(0o600);
    const credentials = readCredentials(paths.credentialsFile);
    expect(credentials?.username).toBe('neo4j');
    expect(first.stdout + first.stderr).not.toContain(credentials?.password ?? '<none>');

    const second = await runCli(['neo4j', 'start', '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ outcome: 'reused', pid: started.pid });

    const status = await runCli(['neo4j', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(started.boltUrl);
    expect(status.stdout).toContain(started.browserUrl);
    expect(status.stdout).toContain(paths.credentialsFile);
    expect(status.stdout).not.toContain(credentials?.password ?? '<none>');

    // Write something, stop, check that the process is gone and the data stays.
    const driver = neo4j.driver(started.boltUrl, neo4j.auth.basic('neo4j', credentials?.password ?? ''));
    await driver.executeQuery("CREATE (:LifecycleMark {v: 'kept'})");
    await driver.close();

    const stop = await runCli(['neo4j', 'stop'], env);
    expect(stop.code, stop.stderr).toBe(0);
    expect(stop.stdout).toMatch(/stopped cleanly/);
    expect(isProcessAlive(started.pid)).toBe(false);
    const { stdout: ps } = await exec('ps', ['-eo', 'pid,args']);
    expect(ps.split('\n').filter((line) => line.includes(`--config-dir=${paths.confDir}`))).toEqual([]);
    expect(existsSync(paths.dataDir)).toBe(true);

    // The line we start the server with is the one Neo4j's own bootloader prints (it refuses while a server runs).
    const { stdout: dryRun } = await exec('java', ['-cp', join(paths.libDir, '*'), NEO4J_COMMAND_CLASS, 'console', '--dry-run'], {
      env: { ...process.env, NEO4J_HOME: paths.cacheDir, NEO4J_CONF: paths.confDir },
    });
    expect(dryRun.trim().split('\n').at(-1)?.split(' ').slice(1)).toEqual(serverArguments(paths));

    const after = await runCli(['neo4j', 'status', '--json'], env);
    expect(after.code).toBe(3);
    expect(JSON.parse(after.stdout)).toMatchObject({ running: false });
    expect((await runCli(['neo4j', 'stop'], env)).stdout).toContain('was not running');

    const again = await runCli(['neo4j', 'start', '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    const restarted = JSON.parse(again.stdout) as { pid: number; boltUrl: string };
    const driver2 = neo4j.driver(restarted.boltUrl, neo4j.auth.basic('neo4j', credentials?.password ?? ''));
    const kept = await driver2.executeQuery('MATCH (m:LifecycleMark) RETURN m.v AS v');
    await driver2.close();
    expect(kept.records.map((record) => record.get('v'))).toEqual(['kept']);
  });
});

describe('bad situations end with one clear line and a non-zero exit', () => {
  const home = mkdtempSync(join(tmpdir(), 'mkg-bad-'));
  let blocker: Server | undefined;

  beforeAll(() => assertBuilt());
  afterAll(() => {
    blocker?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('a port taken by another program', async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(port, '127.0.0.1', resolve));
    const result = await runCli(['neo4j', 'start'], cleanEnv({ MEETING_KG_HOME: home, MEETING_KG_NEO4J_BOLT_PORT: String(port), MEETING_KG_NEO4J_HTTP_PORT: String(await freePort()) }));
    expect(result.code).toBe(1);
    const line = expectOneClearLine(result.stderr);
    expect(line).toContain(`port ${port} on 127.0.0.1 (Neo4j Bolt) is already in use by another program`);
    expect(line).toContain('MEETING_KG_NEO4J_BOLT_PORT');
  });

  it('no Java (PATH without java, JAVA_HOME unset)', async () => {
    const result = await runCli(
      ['neo4j', 'start'],
      cleanEnv({ MEETING_KG_HOME: home, PATH: '/nonexistent-bin', JAVA_HOME: undefined, MEETING_KG_NEO4J_BOLT_PORT: String(await freePort()), MEETING_KG_NEO4J_HTTP_PORT: String(await freePort()) }),
    );
    expect(result.code).toBe(1);
    const line = expectOneClearLine(result.stderr);
    expect(line).toMatch(/Java is missing: no `java` on PATH and JAVA_HOME is not set/);
    expect(line).toContain('apt-get install openjdk-17');
  });

  it('wrong NEO4J_* credentials', async () => {
    const run = testNeo4j();
    const result = await runCli(['neo4j', 'status'], cleanEnv({ NEO4J_URI: run.uri, NEO4J_USERNAME: run.username, NEO4J_PASSWORD: 'definitely-wrong' }));
    expect(result.code).toBe(1);
    expect(expectOneClearLine(result.stderr)).toContain('wrong credentials in NEO4J_USERNAME / NEO4J_PASSWORD');
  });
});
