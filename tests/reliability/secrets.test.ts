/**
 * Secrets and files: credentials in NEO4J_URI are never printed, the local password never sits
 * on a command line, generated passwords are safe for every tool, and meeting-kg's state is
 * private to the user (0700 folders, 0600 files).
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePassword } from '../../src/server/credentials.js';
import { connectionFromEnv, redactSecrets } from '../../src/server/connection.js';
import { cliEnv, figure, reliabilityNeo4j, ROOT, runCli } from './support.js';

const info = reliabilityNeo4j();

/** Every path under `root` whose mode lets group or others in. */
function exposed(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop() as string;
    const st = lstatSync(p);
    if (st.isSymbolicLink()) continue;
    if ((st.mode & 0o077) !== 0) out.push(`${p} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const n of readdirSync(p)) stack.push(join(p, n));
  }
  return out;
}

describe('credentials in a URI are never printed', () => {
  let closed: Server;
  let port = 0;
  beforeAll(async () => {
    // A port that accepts and closes at once: a server that is not Neo4j.
    closed = createServer((s) => s.destroy());
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    port = (closed.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => closed.close(resolve));
  });

  it('takes user:password out of NEO4J_URI and redacts any that reach a message', () => {
    const c = connectionFromEnv({ NEO4J_URI: 'bolt://alice:S3cr%40tPw@db.example:7687/x' });
    expect(c).toMatchObject({ uri: 'bolt://db.example:7687/x', username: 'alice', password: 'S3cr@tPw' });
    expect(redactSecrets('cannot reach neo4j://bob:pw@host:1 (x)', {})).toBe('cannot reach neo4j://***@host:1 (x)');
    expect(redactSecrets('login with Zq9pass failed', { NEO4J_PASSWORD: 'Zq9pass' })).toBe('login with *** failed');
  });

  it('no command prints them: ingest, cypher, ask, neo4j status, with and without --json', async () => {
    const env = cliEnv({ NEO4J_URI: `bolt://alice:S3cretPw@127.0.0.1:${port}` });
    const runs = [
      ['ingest', join(ROOT, 'seeds'), '--store', 'neo4j', '--quiet'],
      ['ingest', join(ROOT, 'seeds'), '--store', 'neo4j', '--json'],
      ['cypher', 'RETURN 1'],
      ['ask', 'search', 'hien', '--store', 'neo4j', '--json'],
      ['neo4j', 'status'],
      ['neo4j', 'status', '--json'],
      ['neo4j', 'start', '--json'],
    ];
    for (const args of runs) {
      const r = await runCli(args, { env, timeoutMs: 60_000 });
      const all = `${r.out}\n${r.err}`;
      expect(all, args.join(' ')).not.toContain('S3cretPw');
      expect(all, args.join(' ')).not.toContain('alice:');
      expect(all.length, args.join(' ')).toBeGreaterThan(0);
    }
    figure('commands checked for URI credentials', runs.length);
  });
});

describe('generated passwords', () => {
  it('are letters and digits only, never with a leading "-" (10,000 drawn)', () => {
    for (let i = 0; i < 10_000; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[A-Za-z0-9]{24}$/);
    }
  });
});

describe.skipIf(!info)('the local server keeps its password and files private', () => {
  it('never put the password on any process command line while it was first set up', () => {
    expect(info!.argvScans, 'the watcher saw the start-up').toBeGreaterThan(0);
    expect(info!.argvLeaks).toBe(0);
    figure('command-line scans during first start / password seen', `${info!.argvScans} / ${info!.argvLeaks}`);
  });

  it("has no file or folder under its home that group or others can read (data, logs, credentials)", () => {
    const open = exposed(info!.home);
    expect(open).toEqual([]);
    figure('files and folders checked under the Neo4j home', readdirSync(info!.home).length > 0 ? 'ok' : 'none');
  });
});

describe('the embedded store is private', () => {
  it('creates .meeting-kg/ as 0700 and graph.json as 0600 even with umask 022, and tightens an old folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mkg-perm-'));
    try {
      const env = cliEnv();
      mkdirSync(join(dir, '.meeting-kg'));
      chmodSync(join(dir, '.meeting-kg'), 0o755); // as an older meeting-kg left it
      const r = await runCli(['ingest', join(ROOT, 'seeds'), '--quiet'], { env, cwd: dir });
      expect(r.code, r.err).toBe(0);
      expect(exposed(join(dir, '.meeting-kg'))).toEqual([]);
      expect(lstatSync(join(dir, '.meeting-kg', 'graph.json')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
