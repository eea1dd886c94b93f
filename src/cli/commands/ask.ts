import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg ask` is being built. */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('ask is not implemented yet');
    });
}
