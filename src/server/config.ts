/**
 * Where the local Neo4j lives: pinned versions, the jar cache, the state directory and the ports.
 * Everything is derived from the environment so that tests can run a second server side by side.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Neo4jServerError } from './errors.js';

/** The pinned Neo4j Community server version (newest 5.26.x on Maven Central; 5.26 is the last line on Java 17). */
export const NEO4J_VERSION = '5.26.30';
/** Neo4j Browser served at /browser/ (newest `org.neo4j.client:neo4j-browser` on Maven Central). */
export const NEO4J_BROWSER_VERSION = '5.24.0';
/** Lowest Java feature version the server runs on. */
export const MIN_JAVA_VERSION = 17;

/** The Maven artifacts (group:artifact:version) resolved, with their runtime dependencies, into the jar cache. */
export const NEO4J_ARTIFACTS: readonly string[] = [
  `org.neo4j:neo4j:${NEO4J_VERSION}`,
  `org.neo4j.app:neo4j-server:${NEO4J_VERSION}`,
  `org.neo4j:neo4j-bolt:${NEO4J_VERSION}`,
  `org.neo4j.client:neo4j-browser:${NEO4J_BROWSER_VERSION}`,
];

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
export const LOCAL_HOST = '127.0.0.1';
export const LOCAL_USERNAME = 'neo4j';

/** Environment variables this module reads. */
export type Env = Readonly<Record<string, string | undefined>>;

/** All files and directories of one local server. */
export interface ServerPaths {
  /** Jar cache for the pinned version (NEO4J_HOME of the server: holds `lib/`). */
  readonly cacheDir: string;
  readonly libDir: string;
  /** State of this server: conf, data, logs, credentials, pid file. */
  readonly stateDir: string;
  readonly confDir: string;
  readonly confFile: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly runDir: string;
  readonly consoleLog: string;
  readonly credentialsFile: string;
  /** JSON pid file: pid, ports and version of the running server. */
  readonly pidFile: string;
  readonly lockFile: string;
}

/** The ports a server is started with. */
export interface ServerPorts {
  readonly bolt: number;
  readonly http: number;
}

/** Resolves the cache and state paths from the environment (MEETING_KG_CACHE, MEETING_KG_HOME). */
export function resolveServerPaths(env: Env = process.env, cwd: string = process.cwd()): ServerPaths {
  const cacheRoot = nonEmpty(env.MEETING_KG_CACHE) ?? join(nonEmpty(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache'), 'meeting-kg');
  const cacheDir = resolve(cwd, cacheRoot, `neo4j-${NEO4J_VERSION}`);
  const home = resolve(cwd, nonEmpty(env.MEETING_KG_HOME) ?? '.meeting-kg');
  const stateDir = join(home, 'neo4j');
  const confDir = join(stateDir, 'conf');
  const logsDir = join(stateDir, 'logs');
  return {
    cacheDir,
    libDir: join(cacheDir, 'lib'),
    stateDir,
    confDir,
    confFile: join(confDir, 'neo4j.conf'),
    dataDir: join(stateDir, 'data'),
    logsDir,
    runDir: join(stateDir, 'run'),
    consoleLog: join(logsDir, 'console.log'),
    credentialsFile: join(stateDir, 'credentials.json'),
    pidFile: join(stateDir, 'server.json'),
    lockFile: join(stateDir, 'start.lock'),
  };
}

/** Reads the Bolt and HTTP ports (MEETING_KG_NEO4J_BOLT_PORT, MEETING_KG_NEO4J_HTTP_PORT), validating them. */
export function resolveServerPorts(env: Env = process.env): ServerPorts {
  const bolt = parsePort(env.MEETING_KG_NEO4J_BOLT_PORT, DEFAULT_BOLT_PORT, 'MEETING_KG_NEO4J_BOLT_PORT');
  const http = parsePort(env.MEETING_KG_NEO4J_HTTP_PORT, DEFAULT_HTTP_PORT, 'MEETING_KG_NEO4J_HTTP_PORT');
  if (bolt === http) throw new Neo4jServerError('config', `the Bolt and HTTP ports must differ (both are ${bolt})`);
  return { bolt, http };
}

/** The Bolt URL of a local server on the given port. */
export function boltUrl(port: number): string {
  return `bolt://${LOCAL_HOST}:${port}`;
}

/** The Neo4j Browser URL of a local server on the given HTTP port. */
export function browserUrl(port: number): string {
  return `http://${LOCAL_HOST}:${port}/browser/`;
}

function parsePort(raw: string | undefined, fallback: number, name: string): number {
  const text = nonEmpty(raw);
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Neo4jServerError('config', `${name} must be a port number between 1 and 65535, got "${text}"`);
  }
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
