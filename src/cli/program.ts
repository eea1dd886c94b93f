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
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride();
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) return program;
  const named = COMMANDS.filter(([name]) => name === argv[2]);
  for (const [, load] of named.length > 0 ? named : COMMANDS) (await load())(program);
  return program;
}

/** The exit codes every command keeps to (README, "Exit codes"), shown after the program's help. */
const EXIT_CODES_HELP = `
Exit codes:
  0    done
  1    wrong usage or arguments; read/extract: an input could not be read (the others are printed);
       ingest: no input could be read; ask: the name or id given matches nothing (path: no chain of
       meetings links the two); a list question or search that finds no rows prints "no rows" and exits 0
  2    ingest: some inputs or articles were skipped (the others are written; the summary names each
       with its reason); ask: the name fits several entries (the candidates are printed)
  3    cypher: the query is not read-only (refused); neo4j status: the local server is not running
  4    ingest: the store failed (server gone past its retries, frozen, disk full); what was committed is kept
  130  ingest: interrupted (Ctrl-C); what was committed is kept`;

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
