/** The default output formats of `read` and `extract` are the ones README states. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

async function defaultFormat(command: string): Promise<unknown> {
  const program = await buildProgram(['node', 'meeting-kg', command]);
  const cmd = program.commands.find((c) => c.name() === command);
  return cmd?.options.find((o) => o.long === '--format')?.defaultValue;
}

describe('default output formats', () => {
  it.each(['read', 'extract'])('README states the default --format of %s', async (command) => {
    const stated = new RegExp(`\`${command}\` prints\\s+\`(\\w+)\`\\s+by default`).exec(README)?.[1];
    expect(stated, `README says which format \`${command}\` prints by default`).toBeDefined();
    expect(await defaultFormat(command)).toBe(stated);
  });
});
