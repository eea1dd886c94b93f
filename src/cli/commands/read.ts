import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BYTES, loadArticles, skippedFilesWarning } from '../../article/index.js';
import type { Article } from '../../model/article.js';
import { UserError } from '../errors.js';

type Format = 'json' | 'jsonl' | 'text';

/** Parses a size such as `5000000`, `512k`, `5MB`, `10m`. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size (try 5000000, 512k or 10MB)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes <= 0) throw new InvalidArgumentError('the size limit must be positive');
  return bytes;
}

function parseFormat(value: string): Format {
  if (value === 'json' || value === 'jsonl' || value === 'text') return value;
  throw new InvalidArgumentError(`"${value}" is not one of json, jsonl, text`);
}

/** A human-readable rendering of one article (`--format text`). */
function renderText(a: Article): string {
  const lines = [
    `# ${a.title ?? '(no title)'}`,
    `id: ${a.id}`,
    `input: ${a.input ?? '-'}`,
    `url: ${a.url ?? '-'}`,
    `published: ${a.published ?? '-'}`,
    `source: ${a.source ?? '-'}`,
    `authors: ${a.authors.length ? a.authors.join(', ') : '-'}`,
    '',
    ...a.paragraphs.map((p) => (p.kind === 'body' ? p.text : `[${p.kind}] ${p.text}`)).flatMap((t) => [t, '']),
    ...a.removed.map((r) => `- removed (${r.reason}): ${r.text}`),
    ...a.warnings.map((w) => `- warning: ${w}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes to stdout, waiting when the pipe is full; false once the reader has gone (EPIPE). */
function makeWriter(): { write: (s: string) => Promise<boolean>; closed: () => boolean } {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    closed: () => closed,
    write: (s) =>
      new Promise((resolve) => {
        if (closed) return resolve(false);
        if (process.stdout.write(s)) return resolve(true);
        process.stdout.once('drain', () => resolve(!closed));
      }),
  };
}

/** `meeting-kg read <inputs…>`: reads articles and prints them cleaned. */
export function registerReadCommand(program: Command): void {
  program
    .command('read')
    .description('read articles (text, HTML, JSON Lines; files, directories or - for stdin) and print them cleaned')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .option('-f, --format <format>', 'output: json (an array), jsonl (one article a line) or text', parseFormat, 'json')
    .option('--max-bytes <size>', 'size limit of one input (of one line for JSON Lines), e.g. 5MB', parseSize, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'do not report failed inputs on stderr (the exit code still tells)')
    .addHelpText(
      'after',
      '\nFailed inputs are reported on stderr, one line each; the others are still printed.\nExit code: 0 when every input was read, 1 when some failed.',
    )
    .action(async (inputs: string[], opts: { format: Format; maxBytes: number; quiet?: boolean }) => {
      const out = makeWriter();
      let ok = 0;
      let failed = 0;
      if (opts.format === 'json') await out.write('[');
      const onSkippedFiles = (dir: string, files: readonly string[]): void => {
        if (!opts.quiet) process.stderr.write(`meeting-kg read: ${dir}: warning: ${skippedFilesWarning(files)}\n`);
      };
      for await (const result of loadArticles(inputs, { maxBytes: opts.maxBytes, onSkippedFiles })) {
        if (!result.ok) {
          failed++;
          if (!opts.quiet) process.stderr.write(`meeting-kg read: ${result.input}: ${result.reason}\n`);
          continue;
        }
        const a = result.article;
        const chunk =
          opts.format === 'jsonl'
            ? `${JSON.stringify(a)}\n`
            : opts.format === 'text'
              ? renderText(a)
              : `${ok === 0 ? '\n' : ',\n'}${JSON.stringify(a, null, 2)}`;
        ok++;
        if (!(await out.write(chunk))) break;
      }
      if (opts.format === 'json' && !out.closed()) await out.write(ok === 0 ? ']\n' : '\n]\n');
      if (failed > 0) {
        process.exitCode = 1;
        if (ok === 0 && !opts.quiet) throw new UserError(`read: no article could be read (${failed} input${failed > 1 ? 's' : ''} failed)`);
      }
    });
}
