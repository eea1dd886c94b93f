import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg cypher` is being built. */
export function registerCypherCommand(program: Command): void {
  program
    .command('cypher')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('cypher is not implemented yet');
    });
}
