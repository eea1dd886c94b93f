import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg start` is being built. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('start is not implemented yet');
    });
}
