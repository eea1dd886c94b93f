import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg ingest` is being built. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('ingest is not implemented yet');
    });
}
