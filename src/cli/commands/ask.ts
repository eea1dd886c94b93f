/**
 * `meeting-kg ask <question>`: the query helpers on the command line, on either store.
 * Boxed tables on a terminal, tab-separated lines when piped; `--json` (the typed answer) or `--csv` for scripts. An ambiguous name
 * prints the candidates and exits 2; a name or id that matches nothing exits 1.
 */
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type TableClass from 'cli-table3';
// The query modules one by one, not the `query` index: the embedded store's answers never load the Neo4j driver.
import {
  candidatesTable,
  chairsTable,
  coAttendanceTable,
  holdersTable,
  meetingsTable,
  meetingTable,
  searchTable,
  tasksTable,
  timelineTable,
  toCsv,
  type Table as DataTable,
} from '../../query/tabulate.js';
import type { Ambiguous, MeetingQueries, NamedLabel, NotFound } from '../../query/schemas.js';
import { parseDateOption as parseDate } from '../options.js';
import { openQueries } from '../../query/open.js';
import { isYearLess } from '../../query/dates.js';
import { UserError } from '../errors.js';
import { registerGraphQuestions } from './ask-graph.js';

interface CommonOptions {
  store?: string;
  graph?: string;
  json?: boolean;
  csv?: boolean;
  /** `--limit` of a list question: print at most this many rows (the answer's order kept). */
  limit?: number;
}

/**
 * Renders a table: on a terminal, boxed with long cells wrapped and evidence shortened; piped or
 * redirected (stdout not a TTY), plain tab-separated lines — a header line, then one line per row,
 * cells whole, with tabs and line breaks inside a cell turned into spaces — for `cut`, `sort` or a
 * spreadsheet. (`--json` and `--csv` are the formats meant for scripts.)
 */
export function renderTable(table: DataTable, tty: boolean = process.stdout.isTTY === true): string {
  if (!tty) return tableAsTsv(table);
  const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  // Loaded here, not at the top: `--json` and `--csv` answers never need it.
  const Table = createRequire(import.meta.url)('cli-table3') as typeof TableClass;
  const t = new Table({ head: table.columns, style: { head: ['cyan'], border: ['grey'] } });
  for (const row of table.rows) t.push(row.map((c, i) => clip(c, table.columns[i] === 'Evidence' ? 110 : 70)));
  return `${t.toString()}\n`;
}

/** A table as tab-separated lines, header first; a cell's own tabs and line breaks become spaces. */
export function tableAsTsv(table: DataTable): string {
  const cell = (c: string): string => c.replace(/[\t\r\n]+/g, ' ');
  return [table.columns, ...table.rows].map((row) => row.map(cell).join('\t')).join('\n') + '\n';
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('the limit must be a whole number from 1 to 1000');
  return n;
}

function parseListLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('the limit must be a whole number of at least 1');
  return n;
}

/** Adds `--limit <n>` to a question whose answer is a list of rows. */
function withRows(cmd: Command): Command {
  return cmd.option('--limit <n>', 'print only the first n rows (a note on stderr says how many there were)', parseListLimit);
}

/**
 * The answer cut to its first `rows` rows when it has more (same shape, same order); says on stderr
 * how many there were, so that a script reading stdout still learns the list was cut.
 */
function firstRows<T extends { status: string }>(result: T, rows: number | undefined): T {
  const all = (result as { rows?: unknown }).rows;
  if (rows === undefined || result.status !== 'ok' || !Array.isArray(all) || all.length <= rows) return result;
  process.stderr.write(`meeting-kg: showing the first ${rows} of ${all.length} rows (--limit)\n`);
  return { ...result, rows: all.slice(0, rows) };
}

function withCommon(cmd: Command): Command {
  return cmd
    .addOption(new Option('--store <kind>', 'memory (the graph file) or neo4j; default neo4j when NEO4J_URI is set').choices(['memory', 'neo4j']))
    .option('--graph <file>', 'the embedded store file (default MEETING_KG_GRAPH or .meeting-kg/graph.json)')
    .option('--json', 'print the typed answer as JSON')
    .option('--csv', 'print the rows as CSV');
}

/**
 * What a list question with `--from`/`--to` leaves out because a date without a year (`--02-06`)
 * cannot be placed in a range: the same question without the range, and the date of one of its rows.
 */
interface YearLessCheck<Row> {
  unranged: (q: MeetingQueries) => Promise<{ status: string; rows?: readonly Row[] }>;
  dateOf: (row: Row) => string | null;
}

/**
 * True when `--from` lies after `--to` ("--from 2023 --to 2022", "--from 2023-05-10 --to 2023-05-01"): the
 * two dates (YYYY, YYYY-MM or YYYY-MM-DD) compared on the precision both give.
 */
export function reversedRange(from: string | undefined, to: string | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) > to.slice(0, n);
}

/**
 * For a question asked with `--from`/`--to`: the {@link YearLessCheck} to make, else undefined.
 * Throws a UserError when the range is reversed, which no row could match.
 */
function whenRanged<Row>(o: { from?: string; to?: string }, check: YearLessCheck<Row>): YearLessCheck<Row> | undefined {
  if (reversedRange(o.from, o.to)) throw new UserError(`--from ${o.from} is after --to ${o.to}: no date can be in that range`);
  return o.from !== undefined || o.to !== undefined ? check : undefined;
}

/** Says on stderr how many rows dated without a year the range left out (nothing when none). */
async function noteYearLess<Row>(queries: MeetingQueries, check: YearLessCheck<Row>): Promise<void> {
  const all = await check.unranged(queries);
  const n = all.status === 'ok' ? (all.rows ?? []).filter((r) => isYearLess(check.dateOf(r))).length : 0;
  if (n > 0) process.stderr.write(`meeting-kg: ${n} row${n > 1 ? 's' : ''} dated without a year (--MM-DD) left out by --from/--to: a date without a year cannot be placed in a range (ask without --from/--to to see ${n > 1 ? 'them' : 'it'})\n`);
}

/** Opens the store, answers, prints; turns store and input errors into one-line UserErrors. */
async function answer<Row>(
  options: CommonOptions,
  ask: (q: MeetingQueries) => Promise<{ status: string }>,
  toTable: (answer: never) => DataTable,
  yearLess?: YearLessCheck<Row>,
): Promise<void> {
  if (options.json && options.csv) throw new UserError('choose one of --json and --csv');
  let queries: Awaited<ReturnType<typeof openQueries>>;
  try {
    queries = await openQueries({ ...(options.store ? { store: options.store } : {}), ...(options.graph ? { graph: options.graph } : {}) });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  try {
    let result: { status: string };
    try {
      result = firstRows(await ask(queries), options.limit);
    } catch (error) {
      const zodIssues = (error as { issues?: Array<{ message: string }> }).issues;
      if (zodIssues?.length) throw new UserError(zodIssues.map((i) => i.message).join('; '));
      throw error;
    }
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.status === 'ambiguous') {
      const a = result as Ambiguous;
      if (!options.json) {
        process.stderr.write(`meeting-kg: "${a.input}" (${a.argument}) fits ${a.candidates.length} entries; give one of these names or ids:\n`);
        const t = candidatesTable(a.candidates);
        process.stdout.write(options.csv ? toCsv(t) : renderTable(t));
      }
      process.exitCode = 2;
      return;
    }
    if (result.status === 'not-found') {
      const n = result as NotFound;
      if (!options.json) process.stderr.write(`meeting-kg: no ${n.argument} matches "${n.input}" (try \`meeting-kg ask search …\`)\n`);
      process.exitCode = 1;
      return;
    }
    if (yearLess) await noteYearLess(queries, yearLess);
    if (options.json) return;
    const table = toTable(result as never);
    if (options.csv) process.stdout.write(toCsv(table));
    else if (table.rows.length === 0) process.stderr.write('meeting-kg: no rows\n');
    else process.stdout.write(renderTable(table));
  } finally {
    await queries.close();
  }
}

/** Registers `meeting-kg ask chairs|holders|timeline|meetings|meeting|tasks|coattendance|search|path|central`. */
export function registerAskCommand(program: Command): void {
  const ask = program
    .command('ask')
    .description('answer the common questions (who chaired what, who held which post, …) from the graph');

  withCommon(withRows(
    ask
      .command('chairs')
      .description('who chaired which body\'s meetings, and when (newest first)')
      .option('--org, --organization <name>', 'a body, as written or without diacritics; a partial name covers every body it fits')
      .option('--person <name>', 'one person')
      .option('--from <date>', 'meetings on or after (YYYY, YYYY-MM, YYYY-MM-DD)', parseDate)
      .option('--to <date>', 'meetings on or before', parseDate),
  )).action((o: CommonOptions & { organization?: string; person?: string; from?: string; to?: string }) =>
    answer(o, (q) => q.chairs({ organization: o.organization, person: o.person, from: o.from, to: o.to }), chairsTable, whenRanged(o, {
      unranged: (q) => q.chairs({ organization: o.organization, person: o.person }),
      dateOf: (r) => r.meeting.date,
    })),
  );

  withCommon(withRows(
    ask
      .command('holders')
      .description('who held a post (or the posts of a body), first and last dates seen')
      .option('--position <title>', 'a post, e.g. "Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng"')
      .option('--org, --organization <name>', 'every post of one body')
      .option('--at <date>', 'as of this date', parseDate),
  )).action((o: CommonOptions & { position?: string; organization?: string; at?: string }) => {
    if ((o.position === undefined) === (o.organization === undefined)) throw new UserError('ask holders needs --position <title> or --org <name> (one of them)');
    return answer(o, (q) => q.holders({ position: o.position, organization: o.organization, at: o.at }), holdersTable);
  });

  withCommon(withRows(ask.command('timeline').description('a person\'s posts and meetings in date order').argument('<person>', 'a name, any case, with or without diacritics'))).action(
    (person: string, o: CommonOptions) => answer(o, (q) => q.personTimeline(person), timelineTable),
  );

  withCommon(withRows(
    ask
      .command('meetings')
      .description('meetings, newest first')
      .option('--org, --organization <name>', 'bodies that held them')
      .option('--kind <word>', 'the event\'s word, e.g. "hoi nghi"')
      .option('--from <date>', 'on or after', parseDate)
      .option('--to <date>', 'on or before', parseDate),
  )).action((o: CommonOptions & { organization?: string; kind?: string; from?: string; to?: string }) =>
    answer(o, (q) => q.meetings({ organization: o.organization, kind: o.kind, from: o.from, to: o.to }), meetingsTable, whenRanged(o, {
      unranged: (q) => q.meetings({ organization: o.organization, kind: o.kind }),
      dateOf: (r) => r.meeting.date,
    })),
  );

  withCommon(ask.command('meeting').description('one meeting: chairs, attendees, speakers, tasks').argument('<id>', 'a meeting id (from `ask meetings`)')).action(
    (id: string, o: CommonOptions) =>
      answer(o, (q) => q.meeting(id), (a: { meeting: Parameters<typeof meetingTable>[0] }) => meetingTable(a.meeting)),
  );

  withCommon(withRows(
    ask
      .command('tasks')
      .description('tasks set at meetings, newest first')
      .option('--org, --organization <name>', 'set at the meetings of, or assigned to, these bodies')
      .option('--issued-by <name>', 'one person')
      .option('--from <date>', 'on or after', parseDate)
      .option('--to <date>', 'on or before', parseDate),
  )).action((o: CommonOptions & { organization?: string; issuedBy?: string; from?: string; to?: string }) =>
    answer(o, (q) => q.tasks({ organization: o.organization, issuedBy: o.issuedBy, from: o.from, to: o.to }), tasksTable, whenRanged(o, {
      unranged: (q) => q.tasks({ organization: o.organization, issuedBy: o.issuedBy }),
      dateOf: (r) => r.meeting?.date ?? r.task.date,
    })),
  );

  withCommon(withRows(ask.command('coattendance').description('who sat in the same meetings as a person, and how often').argument('<person>'))).action(
    (person: string, o: CommonOptions) => answer(o, (q) => q.coAttendance(person), coAttendanceTable),
  );

  withCommon(
    ask
      .command('search')
      .description('people, bodies and posts by name, without diacritics or case ("do manh hien", "cong an")')
      .argument('<text...>')
      .addOption(new Option('--label <label>', 'only this kind').choices(['person', 'organization', 'position']))
      .option('--limit <n>', 'at most this many rows (default 25)', parseLimit),
  ).action((text: string[], o: CommonOptions & { label?: string; limit?: number }) => {
    const labels = o.label ? [(o.label[0]!.toUpperCase() + o.label.slice(1)) as NamedLabel] : undefined;
    const limit = o.limit ?? 25;
    return answer(o, async (q) => {
      const found = await q.search({ text: text.join(' '), labels, limit });
      // The search stops at its limit: say so, as a cut list does, since more may match.
      if (found.status === 'ok' && found.rows.length === limit) process.stderr.write(`meeting-kg: showing the first ${limit} matches; there may be more (--limit, up to 1000)\n`);
      return found;
    }, searchTable);
  });

  registerGraphQuestions(ask);
}
