/**
 * `meeting-kg neo4j start|stop|status`: the local Neo4j Community server.
 * Exit codes: 0 success (status: running), 1 error, 3 status: not running.
 */
import type { Command } from 'commander';
import { connectionFromEnv, Neo4jConnectionError, openDriver } from '../../server/connection.js';
import {
  boltUrl,
  browserUrl,
  localServerStatus,
  describeServerWriter,
  liveServerInfo,
  liveServerWriters,
  LOCAL_USERNAME,
  Neo4jServerError,
  resolveServerPaths,
  NEO4J_VERSION,
  startLocalServer,
  stopLocalServer,
  type ServerPaths,
} from '../../server/index.js';
import { UserError } from '../errors.js';

/** Exit code of `neo4j status` when no local server is running (as LSB init scripts do). */
export const EXIT_NOT_RUNNING = 3;

/** Registers `meeting-kg neo4j` and its subcommands. */
export function registerNeo4jCommand(program: Command): void {
  const neo4jCommand = program
    .command('neo4j')
    .description('run the local Neo4j Community server (Bolt and Browser on 127.0.0.1)');

  neo4jCommand
    .command('start')
    .description('start the local Neo4j, or reuse the one already running; waits until Bolt answers')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const fromEnv = connectionFromEnv();
      if (fromEnv) {
        const note = `NEO4J_URI is set (${fromEnv.uri}): meeting-kg uses that server and starts no local one; unset NEO4J_URI to use the local server`;
        if (options.json) print({ source: 'env', uri: fromEnv.uri, started: false, note });
        else process.stdout.write(`${note}\n`);
        return;
      }
      const result = await guard(() =>
        startLocalServer({ onProgress: (message) => process.stderr.write(`${message}\n`) }),
      );
      if (options.json) {
        print({
          outcome: result.outcome,
          pid: result.info.pid,
          version: result.info.version,
          boltUrl: boltUrl(result.info.boltPort),
          browserUrl: browserUrl(result.info.httpPort),
          username: result.connection.username,
          credentialsFile: result.paths.credentialsFile,
          stateDir: result.paths.stateDir,
          timings: result.timings,
        });
        return;
      }
      const seconds = (result.timings.totalMs / 1000).toFixed(1);
      const head =
        result.outcome === 'reused'
          ? `Neo4j ${result.info.version} is already running (pid ${result.info.pid}); reusing it`
          : `Neo4j ${result.info.version} started (pid ${result.info.pid}) in ${seconds} s`;
      process.stdout.write(`${head}\n${describe(result.paths, result.info.boltPort, result.info.httpPort)}`);
    });

  neo4jCommand
    .command('status')
    .description(
      `show whether Neo4j answers, its URLs and credentials file (exit ${EXIT_NOT_RUNNING} when the local one is not running); ` +
        'with NEO4J_URI set, checks that server instead',
    )
    .option('--json', 'print the status as JSON')
    .option('--local', 'report the local server even when NEO4J_URI is set')
    .action(async (options: { json?: boolean; local?: boolean }) => {
      const fromEnv = connectionFromEnv();
      if (fromEnv && !options.local) {
        const driver = await guard(() => openDriver(fromEnv));
        const server = await driver.getServerInfo().finally(() => driver.close());
        if (options.json) print({ running: true, source: 'env', uri: fromEnv.uri, username: fromEnv.username, server: server.agent ?? null });
        else process.stdout.write(`Neo4j at ${fromEnv.uri} (from NEO4J_URI) answers as ${server.agent ?? 'unknown'}, user ${fromEnv.username}\n`);
        return;
      }
      const status = await guard(() => localServerStatus());
      if (options.json) {
        print({
          running: status.running,
          source: 'local',
          detail: status.detail ?? null,
          pid: status.info?.pid ?? null,
          version: status.info?.version ?? NEO4J_VERSION,
          boltUrl: status.boltUrl ?? null,
          browserUrl: status.browserUrl ?? null,
          username: LOCAL_USERNAME,
          credentialsFile: status.paths.credentialsFile,
          stateDir: status.paths.stateDir,
        });
      } else if (status.running && status.info) {
        process.stdout.write(
          `Neo4j ${status.info.version} is running (pid ${status.info.pid}, since ${status.info.startedAt})\n` +
            describe(status.paths, status.info.boltPort, status.info.httpPort),
        );
      } else {
        process.stdout.write(`Neo4j is not running: ${status.detail ?? 'unknown'}; start it with \`meeting-kg neo4j start\`\n`);
      }
      if (!status.running) process.exitCode = EXIT_NOT_RUNNING;
    });

  neo4jCommand
    .command('stop')
    .description('stop the local Neo4j cleanly (SIGTERM, then SIGKILL after a timeout); its data is kept. Refuses while an ingest is writing to it, naming that run, unless --force')
    .option('--timeout <seconds>', 'seconds to wait for a clean shutdown before killing', '60')
    .option('--force', 'stop it even while an ingest is writing to it (that run stops, keeping what it committed)')
    .action(async (options: { timeout: string; force?: boolean }) => {
      const seconds = Number(options.timeout);
      if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError(`--timeout must be a positive number of seconds, got "${options.timeout}"`);
      // A server under a running ingest: stopping it stops that run. Said first; done only with --force.
      const paths = resolveServerPaths();
      const writers = liveServerInfo(paths) ? liveServerWriters(paths) : [];
      if (writers.length > 0) {
        const who = writers.map(describeServerWriter).join('; ');
        if (!options.force) {
          throw new UserError(
            `not stopping Neo4j: an ingest is writing to it (${who}); stopping the server would stop that run (it keeps what it committed). Let it finish or press Ctrl-C in it, or run \`meeting-kg neo4j stop --force\``,
          );
        }
        process.stderr.write(`meeting-kg: warning: stopping Neo4j while an ingest is writing to it (${who}); that run will stop, keeping what it committed (rerun it to go on)\n`);
      }
      const result = await guard(() => stopLocalServer({ graceMs: seconds * 1000 }));
      if (!result.wasRunning) {
        process.stdout.write('Neo4j was not running\n');
        return;
      }
      const how = result.forced ? `killed after ${seconds} s without a clean shutdown` : 'stopped cleanly';
      process.stdout.write(`Neo4j (pid ${result.pid}) ${how} in ${(result.ms / 1000).toFixed(1)} s; data kept in ${result.paths.dataDir}\n`);
    });
}

function describe(paths: ServerPaths, boltPort: number, httpPort: number): string {
  return [
    `  Bolt:        ${boltUrl(boltPort)}`,
    `  Browser:     ${browserUrl(httpPort)}`,
    `  Credentials: ${paths.credentialsFile} (user ${LOCAL_USERNAME}; the password is in that file)`,
    `  Data:        ${paths.dataDir}`,
    `  Logs:        ${paths.logsDir}`,
    '',
  ].join('\n');
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs `work`, turning the store's one-line errors into a {@link UserError}. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Neo4jServerError || error instanceof Neo4jConnectionError) throw new UserError(error.message);
    throw error;
  }
}
