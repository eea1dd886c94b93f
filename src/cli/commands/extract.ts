/**
 * `meeting-kg extract <inputs…> [--format json|jsonl]`: reads each input through the article
 * stage and prints one Extraction per article. A failing input is reported on stderr; the
 * others continue; the exit code is non-zero if any failed. The reader's warnings about an article
 * it did read (an old encoding converted) go to stderr too, and do not change the exit code.
 */
import type { Command } from 'commander';
import { loadArticles, skippedFilesWarning } from '../../article/index.js';
import { extract } from '../../extract/index.js';
import { UserError } from '../errors.js';
import { overBudget } from '../../ingest/article-graph.js';

interface ExtractOptions {
  format: string;
}

/** Registers the `extract` command. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract meetings, people, positions, bodies and tasks from articles (files, directories, JSON Lines, or - for stdin)')
    .argument('<inputs...>', 'article files, directories, JSON Lines files, or - for standard input')
    .option('-f, --format <format>', 'output format: jsonl (one object per line) or json (an array)', 'jsonl')
    .action(async (inputs: string[], options: ExtractOptions) => {
      const format = options.format;
      if (format !== 'json' && format !== 'jsonl') throw new UserError(`unknown format "${format}" (use json or jsonl)`);
      let failed = 0;
      let first = true;
      if (format === 'json') process.stdout.write('[');
      const onSkippedFiles = (dir: string, files: readonly string[]): void => {
        process.stderr.write(`meeting-kg extract: ${dir}: warning: ${skippedFilesWarning(files)}\n`);
      };
      for await (const result of loadArticles(inputs, { onSkippedFiles })) {
        if (!result.ok) {
          failed++;
          process.stderr.write(`meeting-kg extract: ${result.input}: ${result.reason}\n`);
          continue;
        }
        const over = overBudget(result.article);
        if (over) {
          failed++;
          process.stderr.write(`meeting-kg extract: ${result.input}: ${over}\n`);
          continue;
        }
        // The reader's warnings (an old encoding converted, an unreadable date) go with the facts.
        for (const warning of result.article.warnings) process.stderr.write(`meeting-kg extract: ${result.input}: warning: ${warning}\n`);
        const extraction = extract(result.article);
        const out = { ...extraction, input: result.article.input ?? result.input };
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify(out)}\n`);
        else {
          process.stdout.write(`${first ? '' : ','}\n${JSON.stringify(out, null, 2)}`);
          first = false;
        }
      }
      if (format === 'json') process.stdout.write(first ? ']\n' : '\n]\n');
      if (failed > 0) process.exitCode = 1;
    });
}
