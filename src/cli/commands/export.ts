/**
 * `meeting-kg export --format html|graphml|gexf|json|csv|popolo [--out …] [--org … --person … --from … --to …]`:
 * writes the graph (or the meetings a filter selects, with what surrounds them) for a browser,
 * Gephi, a spreadsheet, neo4j-admin or Popolo tools.
 */
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { loadKnowledgeGraph } from '../../analyze/index.js';
import { DEFAULT_OUTPUT, EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../export/index.js';
import { parseDateOption as parseDate } from '../options.js';
import { UserError } from '../errors.js';

/** Registers `meeting-kg export`. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the graph as an interactive HTML map, GraphML, GEXF, JSON, CSV (neo4j-admin) or Popolo')
    .addOption(new Option('--format <format>', 'what to write').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <path>', `the file (csv: a folder for nodes.csv and relationships.csv); default ${Object.entries(DEFAULT_OUTPUT).map(([f, p]) => `${f}: ${p}`).join(', ')}`)
    .option('--org, --organization <name>', 'only meetings of bodies whose name contains this (diacritics optional)')
    .option('--person <name>', 'only meetings this person sat in')
    .option('--from <date>', 'meetings on or after (YYYY, YYYY-MM, YYYY-MM-DD)', parseDate)
    .option('--to <date>', 'meetings on or before', parseDate)
    .option('--title <text>', 'the HTML map\'s title')
    .addOption(new Option('--store <kind>', 'memory (the graph file) or neo4j; default neo4j when NEO4J_URI is set').choices(['memory', 'neo4j']))
    .option('--graph <file>', 'the embedded store file (default MEETING_KG_GRAPH or .meeting-kg/graph.json)')
    .option('--json', 'print what was written as JSON')
    .action(async (o: { format: ExportFormat; out?: string; organization?: string; person?: string; from?: string; to?: string; title?: string; store?: string; graph?: string; json?: boolean }) => {
      const started = Date.now();
      let graph;
      try {
        graph = (await loadKnowledgeGraph({ ...(o.store ? { store: o.store } : {}), ...(o.graph ? { graph: o.graph } : {}), filter: { organization: o.organization, person: o.person, from: o.from, to: o.to } })).graph;
      } catch (error) {
        throw new UserError(error instanceof Error ? error.message : String(error));
      }
      if (graph.order === 0) throw new UserError('nothing to export: the graph (or the part the filters select) is empty');
      let result;
      try {
        result = exportGraph(graph, o.format, o.out, o.title ? { title: o.title } : {});
      } catch (error) {
        throw new UserError(`cannot write the ${o.format} export: ${error instanceof Error ? error.message : String(error)}`);
      }
      const ms = Date.now() - started;
      if (o.json) process.stdout.write(`${JSON.stringify({ ...result, ms }, null, 2)}\n`);
      else for (const f of result.files) process.stdout.write(`${f.path} (${f.bytes} bytes; ${result.contents ?? `${result.nodes} nodes, ${result.edges} relationships`}; ${ms} ms)\n`);
    });
}
