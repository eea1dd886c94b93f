/**
 * vitest global setup: one real Neo4j for the whole test run, found in this order:
 *   1. NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD) when set: used as is, nothing started;
 *   2. the local server already running for this checkout (`meeting-kg neo4j start`): reused, never stopped;
 *   3. Docker, when an engine answers: a `neo4j:5.26-community` container (testcontainers);
 *   4. otherwise the local Java server is started from the Maven-resolved jars.
 * Only what this setup started is stopped at the end, and a local server only when no other test
 * run is still using it (runs take a lease in the state directory).
 * MEETING_KG_TEST_NEO4J = auto (default) | local | docker | off forces a choice; a run that selects only
 * files under tests/unit/ skips Neo4j altogether, so that unit tests never wait for it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectionFromEnv, openDriver } from '../../src/server/connection.js';
import {
  isProcessAlive,
  localServerConnection,
  startLocalServer,
  stopLocalServer,
  type ServerPaths,
} from '../../src/server/index.js';
import type { TestNeo4jInfo, TestNeo4jSkipped } from '../support/neo4j-context.js';

type Teardown = () => Promise<void>;

const DOCKER_IMAGE = 'neo4j:5.26-community';

/** Finds or starts the run's Neo4j and provides it to the tests as `inject('neo4j')`. */
export default async function setup(project: TestProject): Promise<Teardown> {
  const mode = (process.env.MEETING_KG_TEST_NEO4J ?? 'auto').trim().toLowerCase();
  const skipReason = mode === 'off' ? 'MEETING_KG_TEST_NEO4J=off' : onlyUnitTestsSelected(process.argv) ? 'only unit tests were selected' : undefined;
  if (skipReason) {
    project.provide('neo4j', { skipped: skipReason } satisfies TestNeo4jSkipped);
    return async () => undefined;
  }
  const started = Date.now();
  const { info, teardown } = await obtainNeo4j(mode);
  await checkReachable(info);
  log(`using ${info.source} Neo4j at ${info.uri}${info.startedBySetup ? ' (started for this run)' : ''} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', info);
  return teardown;
}

async function obtainNeo4j(mode: string): Promise<{ info: TestNeo4jInfo; teardown: Teardown }> {
  const none: Teardown = async () => undefined;
  const fromEnv = connectionFromEnv();
  if (fromEnv) {
    return { info: { ...fromEnv, source: 'env', httpUrl: null, startedBySetup: false }, teardown: none };
  }
  if (mode !== 'docker') {
    // A server already running for this checkout is reused (and left running).
    if (localServerConnection()) return startLocal();
  }
  if (mode === 'docker' || (mode === 'auto' && dockerEngineLikely())) {
    try {
      return await startDockerNeo4j();
    } catch (error) {
      if (mode === 'docker') throw error;
      log(`Docker did not give a Neo4j (${firstLine(error)}); using the local Java server`);
    }
  }
  return startLocal();
}

async function startLocal(): Promise<{ info: TestNeo4jInfo; teardown: Teardown }> {
  const result = await startLocalServer({ onProgress: log });
  const lease = takeLease(result.paths);
  return {
    info: localInfo(result.connection, result.outcome === 'started', result.info.httpPort),
    teardown: async () => {
      lease.release();
      if (result.outcome !== 'started') return;
      const others = lease.others();
      if (others > 0) {
        log(`leaving the local Neo4j running: ${others} other test run(s) still use it`);
        return;
      }
      const stopped = await stopLocalServer();
      if (stopped.wasRunning) log(`stopped the local Neo4j started for this run (${(stopped.ms / 1000).toFixed(1)} s)`);
    },
  };
}

function localInfo(connection: { uri: string; username: string; password: string }, startedBySetup: boolean, httpPort: number): TestNeo4jInfo {
  return { ...connection, source: 'local', httpUrl: `http://127.0.0.1:${httpPort}`, startedBySetup };
}

async function startDockerNeo4j(): Promise<{ info: TestNeo4jInfo; teardown: Teardown }> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  await getContainerRuntimeClient();
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log(`starting ${DOCKER_IMAGE} with Docker…`);
  const container = await new Neo4jContainer(DOCKER_IMAGE).withPassword(randomBytes(12).toString('base64url')).start();
  return {
    info: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      source: 'docker',
      httpUrl: container.getHttpUri(),
      startedBySetup: true,
    },
    teardown: async () => {
      await container.stop();
    },
  };
}

/** Cheap check before asking testcontainers: is there any sign of a Docker engine? */
function dockerEngineLikely(): boolean {
  if (process.env.DOCKER_HOST) return true;
  return ['/var/run/docker.sock', join(homedir(), '.docker', 'run', 'docker.sock'), join(homedir(), '.docker', 'desktop', 'docker.sock')].some((socket) => existsSync(socket));
}

async function checkReachable(info: TestNeo4jInfo): Promise<void> {
  const driver = await openDriver({ uri: info.uri, username: info.username, password: info.password, source: info.source === 'env' ? 'env' : 'local' });
  await driver.close();
}

/**
 * True when the command line names test files or folders and all of them are under tests/unit/
 * (e.g. `vitest run tests/unit/extract`): such a run needs no Neo4j.
 */
export function onlyUnitTestsSelected(argv: readonly string[]): boolean {
  const runIndex = argv.findIndex((arg) => arg === 'run' || arg === 'related' || arg === 'watch');
  const positional = argv.slice(runIndex >= 0 ? runIndex + 1 : 2).filter((arg) => !arg.startsWith('-'));
  return positional.length > 0 && positional.every((arg) => /(^|\/)tests\/unit(\/|$)/.test(arg.replace(/\\/g, '/')));
}

/** A lease: this run uses the local server; others() counts live runs besides this one. */
function takeLease(paths: ServerPaths): { release: () => void; others: () => number } {
  const dir = join(paths.stateDir, 'leases');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, String(process.pid));
  writeFileSync(file, new Date().toISOString());
  return {
    release: () => rmSync(file, { force: true }),
    others: () =>
      readdirSync(dir).filter((name) => {
        const pid = Number(name);
        if (!Number.isInteger(pid) || pid === process.pid) return false;
        if (isProcessAlive(pid)) return true;
        rmSync(join(dir, name), { force: true });
        return false;
      }).length,
  };
}

function log(message: string): void {
  process.stderr.write(`[neo4j setup] ${message}\n`);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
