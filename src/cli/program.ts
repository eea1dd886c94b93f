/**
 * The `meeting-kg` command line. Each command lives in `commands/<name>.ts` and registers
 * itself on the program; this file only assembles them and turns errors into one clear line.
 */
import { Command, CommanderError } from 'commander';
import { registerNeo4jCommand } from './commands/neo4j.js';
import { registerReadCommand } from './commands/read.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerAskCommand } from './commands/ask.js';
import { registerCypherCommand } from './commands/cypher.js';
import { registerStartCommand } from './commands/start.js';
import { registerExportCommand } from './commands/export.js';
import { UserError } from './errors.js';
import { redactSecrets } from '../server/connection.js';

export function buildProgram(): Command {
  const program = new Command('meeting-kg')
    .description('Vietnamese meeting reports → a knowledge graph in Neo4j')
    .showHelpAfterError()
    .exitOverride();
  registerReadCommand(program);
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerAskCommand(program);
  registerCypherCommand(program);
  registerExportCommand(program);
  registerNeo4jCommand(program);
  registerStartCommand(program);
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
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
