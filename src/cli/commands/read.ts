import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg read` is being built. */
export function registerReadCommand(program: Command): void {
  program
    .command('read')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('read is not implemented yet');
    });
}
