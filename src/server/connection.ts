/**
 * How any command finds its Neo4j: `NEO4J_URI` (+ `NEO4J_USERNAME`, `NEO4J_PASSWORD`) when set,
 * otherwise the local server that `meeting-kg neo4j start` runs (credentials read from its file),
 * otherwise a clear error saying how to get one. `openDriver` turns connection failures into one line.
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { resolveServerPaths, type Env } from './config.js';
import { localServerConnection, startLocalServer, type StartOptions } from './local-server.js';
import { redactSecrets, splitUriCredentials } from './redact.js';

export { redactSecrets, splitUriCredentials };

/** Where a command's Neo4j is and how to log in. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly username: string;
  /** Empty when NEO4J_URI is set without NEO4J_PASSWORD (a server without authentication). */
  readonly password: string;
  /** `env`: from NEO4J_URI and friends; `local`: the server `meeting-kg neo4j start` runs. */
  readonly source: 'env' | 'local';
  /** For `local`: the file the password was read from (never print the password itself). */
  readonly credentialsFile?: string;
}

/** A Neo4j cannot be found or reached; the message says what to do, in one line. */
export class Neo4jConnectionError extends Error {
  constructor(
    message: string,
    readonly reason: 'no-server' | 'unreachable' | 'auth' | 'invalid-uri' | 'other',
  ) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

/** Options shared by the resolution functions. */
export interface ResolveOptions {
  readonly env?: Env;
  readonly cwd?: string;
}

/** The connection given by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or undefined when NEO4J_URI is unset. */
export function connectionFromEnv(env: Env = process.env): Neo4jConnection | undefined {
  const given = env.NEO4J_URI?.trim();
  if (!given) return undefined;
  // Credentials written into the URI (bolt://user:pass@host) are taken out of it, so that the URI
  // every message, summary and --json shows never carries them.
  const { uri, username, password } = splitUriCredentials(given);
  return { uri, username: env.NEO4J_USERNAME?.trim() || username || 'neo4j', password: env.NEO4J_PASSWORD ?? password ?? '', source: 'env' };
}

/**
 * Finds the Neo4j to use: NEO4J_URI when set, otherwise the running local server, otherwise
 * throws a {@link Neo4jConnectionError} saying how to get one. Starts nothing.
 */
export async function resolveNeo4jConnection(options: ResolveOptions = {}): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const fromEnv = connectionFromEnv(env);
  if (fromEnv) return fromEnv;
  const local = localServerConnection({ env, ...(options.cwd ? { cwd: options.cwd } : {}) });
  if (local) {
    return { ...local, source: 'local', credentialsFile: resolveServerPaths(env, options.cwd).credentialsFile };
  }
  throw new Neo4jConnectionError(
    'no Neo4j to talk to: run `meeting-kg neo4j start` to start the local one, or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use an existing server',
    'no-server',
  );
}

/**
 * Like {@link resolveNeo4jConnection}, but starts the local server (reusing a running one)
 * when NEO4J_URI is unset. For commands such as `npm start` that should just work.
 */
export async function ensureNeo4jConnection(options: StartOptions = {}): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const fromEnv = connectionFromEnv(env);
  if (fromEnv) return fromEnv;
  const result = await startLocalServer(options);
  return { ...result.connection, source: 'local', credentialsFile: result.paths.credentialsFile };
}

/**
 * Opens a driver for the connection and verifies that the server answers and accepts the
 * credentials. Failures become a {@link Neo4jConnectionError} with one clear line
 * ("wrong credentials in NEO4J_*", "cannot reach …"). The caller closes the driver.
 */
export async function openDriver(connection: Neo4jConnection, config: Config = {}): Promise<Driver> {
  const auth = neo4j.auth.basic(connection.username, connection.password);
  let driver: Driver;
  try {
    driver = neo4j.driver(connection.uri, auth, { connectionTimeout: 10_000, ...config });
  } catch (error) {
    throw new Neo4jConnectionError(
      `${where(connection)} is not a valid Neo4j URI (${message(error)}); use e.g. bolt://127.0.0.1:7687 or neo4j://host:7687`,
      'invalid-uri',
    );
  }
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw describeConnectionFailure(connection, error);
  }
}

/** Turns a driver error met while connecting into one actionable {@link Neo4jConnectionError}. */
export function describeConnectionFailure(connection: Neo4jConnection, error: unknown): Neo4jConnectionError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const fix =
      connection.source === 'env'
        ? 'wrong credentials in NEO4J_USERNAME / NEO4J_PASSWORD'
        : `the password in ${connection.credentialsFile ?? 'the credentials file'} does not match the server's`;
    const limited = code.endsWith('AuthenticationRateLimit') ? ' (too many failed attempts: wait a little)' : '';
    return new Neo4jConnectionError(`Neo4j at ${connection.uri} rejected the login of user "${connection.username}": ${fix}${limited}`, 'auth');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    const fix = connection.source === 'env' ? 'check NEO4J_URI and that the server is up' : 'run `meeting-kg neo4j start`';
    const cause = /Caused by: (.*)$/.exec(message(error))?.[1] ?? message(error);
    return new Neo4jConnectionError(`cannot reach Neo4j at ${where(connection)} (${cause}); ${fix}`, 'unreachable');
  }
  return new Neo4jConnectionError(`cannot use Neo4j at ${where(connection)}: ${message(error)}`, 'other');
}

function where(connection: Neo4jConnection): string {
  return connection.source === 'env' ? `${connection.uri} (from NEO4J_URI)` : connection.uri;
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
