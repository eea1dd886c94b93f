import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';

/** The rows of the README's exit-code table: code → the words of its meaning (markup dropped). */
function readmeExitCodes(): Map<string, string[]> {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Exit codes'), readme.indexOf('`meeting-kg --help` lists them too.'));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\| (\d+) \| (.+) \|$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.replace(/[`*]/g, '').split(/[\s;:,()/]+/).filter((w) => w.length > 3));
  }
  return rows;
}

describe('meeting-kg --help', () => {
  it('lists every exit code of the README, each with the words of its meaning there', async () => {
    const program = await buildProgram(['node', 'meeting-kg']);
    let help = '';
    program.configureOutput({ writeOut: (s) => (help += s) });
    program.outputHelp();
    const listed = help.slice(help.indexOf('Exit codes:'));
    const rows = readmeExitCodes();
    expect([...rows.keys()]).toEqual(['0', '1', '2', '3', '4', '130']);
    for (const [code, words] of rows) {
      const start = listed.search(new RegExp(`\\n  ${code} +`));
      expect(start, `code ${code}`).toBeGreaterThan(-1);
      const next = listed.slice(start + 1).search(/\n  \d+ +/);
      const entry = listed.slice(start, next === -1 ? undefined : start + 1 + next).replace(/\s+/g, ' ');
      for (const w of words) expect(entry, `code ${code}: "${w}"`).toContain(w);
    }
  });
});
