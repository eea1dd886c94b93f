/**
 * A Neo4j of the query tests' own: the project's local Java server (Maven jars, Browser included)
 * with its state under `.meeting-kg/query-tests/` and its own ports, so that the tests can wipe and
 * load it without touching the database other test files use, on ports free at start (or those of
 * the one already running, which is reused). Stopped at the end only when these tests started it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/server/connection.js';
import { isProcessAlive, startLocalServer, stopLocalServer } from '../../src/server/index.js';

export interface QueryServer {
  driver: Driver;
  uri: string;
  username: string;
  password: string;
  httpUrl: string;
  /** The environment that points the CLI at this server (NEO4J_URI and credentials). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

const home = join(repo, '.meeting-kg', 'query-tests');

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolvePort(port));
    });
  });
}

/** The ports of the query tests' server when it already runs (its pid file), else free ones. */
async function ports(): Promise<{ bolt: string; http: string }> {
  if (process.env.MEETING_KG_QUERY_TEST_BOLT_PORT && process.env.MEETING_KG_QUERY_TEST_HTTP_PORT) {
    return { bolt: process.env.MEETING_KG_QUERY_TEST_BOLT_PORT, http: process.env.MEETING_KG_QUERY_TEST_HTTP_PORT };
  }
  try {
    const info = JSON.parse(readFileSync(join(home, 'neo4j', 'server.json'), 'utf8')) as { pid: number; boltPort: number; httpPort: number };
    if (isProcessAlive(info.pid)) return { bolt: String(info.boltPort), http: String(info.httpPort) };
  } catch {
    // not running
  }
  const bolt = await freePort();
  let http = await freePort();
  while (http === bolt) http = await freePort();
  return { bolt: String(bolt), http: String(http) };
}

/** The environment of the query tests' server (state dir and ports). */
export async function queryServerEnv(): Promise<Record<string, string | undefined>> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NEO4J_URI;
  const p = await ports();
  return { ...env, MEETING_KG_HOME: home, MEETING_KG_NEO4J_BOLT_PORT: p.bolt, MEETING_KG_NEO4J_HTTP_PORT: p.http };
}

/** Starts (or reuses) the query tests' Neo4j and opens a driver. */
export async function startQueryServer(): Promise<QueryServer> {
  const env = await queryServerEnv();
  const result = await startLocalServer({ env, onProgress: (m) => process.stderr.write(`[query neo4j] ${m}\n`) });
  const { uri, username, password } = result.connection;
  const driver = await openDriver({ uri, username, password, source: 'env' });
  return {
    driver,
    uri,
    username,
    password,
    httpUrl: `http://127.0.0.1:${result.info.httpPort}`,
    env: { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    async stop() {
      await driver.close();
      if (result.outcome === 'started' && !process.env.MEETING_KG_KEEP_QUERY_SERVER) await stopLocalServer({ env });
    },
  };
}
