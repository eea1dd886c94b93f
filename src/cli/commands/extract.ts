import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg extract` is being built. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('extract is not implemented yet');
    });
}
