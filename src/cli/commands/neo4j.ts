import type { Command } from 'commander';
import { UserError } from '../errors.js';

/** Placeholder: `meeting-kg neo4j` is being built. */
export function registerNeo4jCommand(program: Command): void {
  program
    .command('neo4j')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('neo4j is not implemented yet');
    });
}
