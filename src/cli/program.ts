/**
 * The `meeting-kg` command line. Each command lives in `commands/<name>.ts` and registers
 * itself on the program; this file only assembles them and turns errors into one clear line.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { UserError } from './errors.js';
import { redactSecrets } from '../server/redact.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs (or for the full help): `ask` on the
 * embedded store then never loads the Neo4j driver, the HTML reader or the worker pool.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<Register>]> = [
  ['read', async () => (await import('./commands/read.js')).registerReadCommand],
  ['extract', async () => (await import('./commands/extract.js')).registerExtractCommand],
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngestCommand],
  ['ask', async () => (await import('./commands/ask.js')).registerAskCommand],
  ['cypher', async () => (await import('./commands/cypher.js')).registerCypherCommand],
  ['export', async () => (await import('./commands/export.js')).registerExportCommand],
  ['neo4j', async () => (await import('./commands/neo4j.js')).registerNeo4jCommand],
  ['start', async () => (await import('./commands/start.js')).registerStartCommand],
];

/**
 * The program with the commands `argv` can reach: only the named command when `argv[2]` names
 * one, none for `--version`, else all of them (help, a mistyped command). `argv` is
 * `process.argv`-shaped.
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('meeting-kg')
    .description('Vietnamese meeting reports → a knowledge graph in Neo4j')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) return program;
  const named = COMMANDS.filter(([name]) => name === argv[2]);
  for (const [, load] of named.length > 0 ? named : COMMANDS) (await load())(program);
  return program;
}

/** This package's version, from its package.json. */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOSPC') {
      process.stderr.write(`meeting-kg: the disk is full (${oneLine(redactSecrets((error as Error).message))}); free some space and run the command again\n`);
      return 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`meeting-kg: ${oneLine(redactSecrets(error.message))}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** A message as one line (a reason never spans lines). */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
