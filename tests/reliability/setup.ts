/**
 * Global setup of the reliability suite: a throwaway local Neo4j, started from the cached jars
 * with meeting-kg's own configuration (the hardened neo4j.conf is part of what is tested), in a
 * temporary MEETING_KG_HOME on free loopback ports; stopped and deleted at the end.
 * MEETING_KG_RELIABILITY_NEO4J=off skips it (the Neo4j tests then skip themselves).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalServer, stopLocalServer } from '../../src/server/index.js';
import type { ReliabilityNeo4j } from './support.js';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Scans /proc/<pid>/cmdline of every process every 50 ms for the password once its file exists. */
function watchArgv(credentialsFile: string): { stop(): void; scans(): number; leaks(): number } {
  let password: string | undefined;
  let scans = 0;
  let leaks = 0;
  const timer = setInterval(() => {
    if (!password && existsSync(credentialsFile)) {
      try {
        password = (JSON.parse(readFileSync(credentialsFile, 'utf8')) as { password: string }).password;
      } catch {
        return;
      }
    }
    if (!password) return;
    scans += 1;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(password)) leaks += 1;
      } catch {
        // gone
      }
    }
  }, 50);
  return { stop: () => clearInterval(timer), scans: () => scans, leaks: () => leaks };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if ((process.env.MEETING_KG_RELIABILITY_NEO4J ?? '').toLowerCase() === 'off') {
    project.provide('reliabilityNeo4j', { skipped: 'MEETING_KG_RELIABILITY_NEO4J=off' });
    return async () => undefined;
  }
  const home = mkdtempSync(join(tmpdir(), 'mkg-rel-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    MEETING_KG_HOME: home,
    MEETING_KG_NEO4J_BOLT_PORT: String(await freePort()),
    MEETING_KG_NEO4J_HTTP_PORT: String(await freePort()),
  };
  delete env.NEO4J_URI;
  const started = Date.now();
  // While the server is first set up, every process's command line is watched for its password.
  const watch = watchArgv(join(home, 'neo4j', 'credentials.json'));
  const result = await startLocalServer({ env, onProgress: (m) => process.stderr.write(`[reliability setup] ${m}\n`) }).finally(() => watch.stop());
  process.stderr.write(`[reliability setup] throwaway Neo4j on ${result.connection.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const info: ReliabilityNeo4j = {
    uri: result.connection.uri,
    username: result.connection.username,
    password: result.connection.password,
    home,
    boltPort: result.info.boltPort,
    httpPort: result.info.httpPort,
    argvScans: watch.scans(),
    argvLeaks: watch.leaks(),
  };
  project.provide('reliabilityNeo4j', info);
  return async () => {
    await stopLocalServer({ env, graceMs: 20_000 }).catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  };
}
