/**
 * `meeting-kg ask path "A" "B"` and `meeting-kg ask central`: the graph analytics of `src/analyze`
 * on the command line, on either store (on Neo4j the subgraph is read into graphology first).
 */
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { SubgraphFilter } from '../../analyze/index.js';
import { candidatesTable, toCsv, type Table } from '../../query/tabulate.js';
import { parseDateOption as parseDate } from '../options.js';
import { UserError } from '../errors.js';
import { renderTable } from './ask.js';

interface Common { store?: string; graph?: string; json?: boolean; csv?: boolean }

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('the limit must be a whole number of at least 1');
  return n;
}

function common(cmd: Command): Command {
  return cmd
    .addOption(new Option('--store <kind>', 'memory (the graph file) or neo4j; default neo4j when NEO4J_URI is set').choices(['memory', 'neo4j']))
    .option('--graph <file>', 'the embedded store file (default MEETING_KG_GRAPH or .meeting-kg/graph.json)')
    .option('--json', 'print the typed answer as JSON')
    .option('--csv', 'print the rows as CSV');
}

async function load(o: Common, filter: SubgraphFilter) {
  if (o.json && o.csv) throw new UserError('choose one of --json and --csv');
  try {
    const { loadKnowledgeGraph } = await import('../../analyze/index.js');
    return (await loadKnowledgeGraph({ ...(o.store ? { store: o.store } : {}), ...(o.graph ? { graph: o.graph } : {}), filter })).graph;
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

function print(o: Common, table: Table): void {
  if (o.csv) process.stdout.write(toCsv(table));
  else if (table.rows.length === 0) process.stderr.write('meeting-kg: no rows\n');
  else process.stdout.write(renderTable(table));
}

/** Registers `ask path` and `ask central` on the `ask` command. */
export function registerGraphQuestions(ask: Command): void {
  common(ask.command('path').description('the shortest chain of shared meetings between two people, each hop with its date and evidence').argument('<from>').argument('<to>')).action(
    async (from: string, to: string, o: Common) => {
      const graph = await load(o, {});
      const { shortestPath, pathTable } = await import('../../analyze/index.js');
      const answer = shortestPath(graph, from, to);
      if (o.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      if (answer.status === 'ambiguous') {
        if (!o.json) {
          process.stderr.write(`meeting-kg: "${answer.input}" (${answer.argument}) fits ${answer.candidates.length} people; give one of these names or ids:\n`);
          print(o, candidatesTable(answer.candidates));
        }
        process.exitCode = 2;
        return;
      }
      if (answer.status === 'not-found') {
        if (!o.json) process.stderr.write(`meeting-kg: no person matches "${answer.input}" (try \`meeting-kg ask search …\`)\n`);
        process.exitCode = 1;
        return;
      }
      if (answer.status === 'no-path') {
        if (!o.json) process.stderr.write(`meeting-kg: ${answer.from.name} and ${answer.to.name} are not linked by any chain of shared meetings\n`);
        process.exitCode = 1;
        return;
      }
      if (!o.json) print(o, pathTable(answer));
    },
  );

  common(
    ask
      .command('central')
      .description('who is central: degree and betweenness on the person–meeting and co-attendance graphs, Louvain communities')
      .option('--org, --organization <name>', 'only meetings of bodies whose name contains this (without diacritics is fine)')
      .option('--person <name>', 'only meetings this person sat in')
      .option('--from <date>', 'meetings on or after (YYYY, YYYY-MM, YYYY-MM-DD)', parseDate)
      .option('--to <date>', 'meetings on or before', parseDate)
      .option('--limit <n>', 'at most this many people (default 25)', parseCount)
      .option('--betweenness', 'compute betweenness even on a large graph (slow: nodes × edges)'),
  ).action(async (o: Common & { organization?: string; person?: string; from?: string; to?: string; limit?: number; betweenness?: boolean }) => {
    const graph = await load(o, { organization: o.organization, person: o.person, from: o.from, to: o.to });
    const { centrality, centralityTable } = await import('../../analyze/index.js');
    const answer = centrality(graph, { limit: o.limit ?? 25, ...(o.betweenness ? { betweenness: true } : {}) });
    if (o.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    if (!o.csv) process.stderr.write(`meeting-kg: ${answer.people} people, ${answer.meetings} meetings, ${answer.communities} communities${answer.modularity === null ? '' : ` (modularity ${answer.modularity.toFixed(3)})`}${answer.betweenness ? '' : '; betweenness left out on this large graph (--betweenness to compute it)'}\n`);
    print(o, centralityTable(answer));
  });
}
