/**
 * A Neo4j of the query tests' own: the project's local Java server (Maven jars, Browser included)
 * with its state under `.meeting-kg/query-tests/` and its own ports, so that the tests can wipe and
 * load it without touching the database other test files use. Reused when already running; stopped
 * at the end only when these tests started it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/store/connection.js';
import { startLocalServer, stopLocalServer } from '../../src/store/server/index.js';

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

/** The environment of the query tests' server (state dir and ports). */
export function queryServerEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NEO4J_URI;
  return {
    ...env,
    MEETING_KG_HOME: join(repo, '.meeting-kg', 'query-tests'),
    MEETING_KG_NEO4J_BOLT_PORT: process.env.MEETING_KG_QUERY_TEST_BOLT_PORT ?? '27687',
    MEETING_KG_NEO4J_HTTP_PORT: process.env.MEETING_KG_QUERY_TEST_HTTP_PORT ?? '27474',
  };
}

/** Starts (or reuses) the query tests' Neo4j and opens a driver. */
export async function startQueryServer(): Promise<QueryServer> {
  const env = queryServerEnv();
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
