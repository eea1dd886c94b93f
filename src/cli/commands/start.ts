/**
 * `meeting-kg start` (what `npm start` runs): ingest the bundled `seeds/` into the default store
 * (the embedded graph file, or Neo4j when NEO4J_URI is set) and print who chaired which committee
 * and when, with the evidence sentence.
 */
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { MemoryGraphStore } from '../../store/memory/index.js';
import { MemoryQueries, Neo4jQueries, type ChairRow, type MeetingQueries } from '../../query/index.js';
import { defaultLocalityMap } from '../../resolve/index.js';
import { ingest } from '../../ingest/ingest.js';
import { Neo4jGraphStore } from '../../store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../store/types.js';
import { UserError } from '../errors.js';
import { formatSummary, openStore } from './ingest.js';

/** The seed articles shipped with the package. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** One line per meeting: its chairs, the body that held it, the date and the evidence. */
export interface ChairLine {
  chairs: string[];
  committee: string;
  date: string;
  evidence: string;
  article: string;
}

/** Groups `chairs()` rows by meeting (newest first, as the helper orders them). */
export function chairLines(rows: readonly ChairRow[]): ChairLine[] {
  const byMeeting = new Map<string, ChairLine>();
  for (const r of rows) {
    let line = byMeeting.get(r.meeting.id);
    if (!line) {
      const committee = r.organizations.map((o) => (o.locality ? o.name : `${o.name} (locality unknown)`)).join('; ') || '(no body named)';
      const ev = r.evidence[0];
      line = { chairs: [], committee, date: r.meeting.date ?? '(no date)', evidence: ev?.sentence ?? '', article: ev?.url ?? ev?.article ?? '' };
      byMeeting.set(r.meeting.id, line);
    }
    if (!line.chairs.includes(r.person.name)) line.chairs.push(r.person.name);
  }
  return [...byMeeting.values()];
}

function queriesFor(store: GraphStore): MeetingQueries {
  if (store instanceof MemoryGraphStore) return new MemoryQueries(store.graph);
  if (store instanceof Neo4jGraphStore) return new Neo4jQueries(store.driver, { ownsDriver: false });
  throw new Error(`no query helpers for a ${store.kind} store`);
}

/** Registers `meeting-kg start`. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled seed articles and show who chaired which committee and when (what `npm start` runs)')
    .option('--store <kind>', 'memory or neo4j; default: neo4j when NEO4J_URI is set, else memory')
    .option('--graph <file>', 'the embedded store file (default: $MEETING_KG_GRAPH or .meeting-kg/graph.json)')
    .option('--json', 'print the chairs as JSON')
    .action(async (options: { store?: string; graph?: string; json?: boolean }) => {
      const store = await openStore(options);
      try {
        await store.applySchema();
        const summary = await ingest([SEEDS_DIR], { store, localities: defaultLocalityMap() });
        if (summary.read === 0) throw new UserError(`no seed articles found in ${SEEDS_DIR}`);
        const answer = await queriesFor(store).chairs({});
        if (answer.status !== 'ok') throw new UserError(`the chairs query did not answer (${answer.status})`);
        const lines = chairLines(answer.rows);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ store: summary.store, lines }, null, 2)}\n`);
          return;
        }
        process.stderr.write(formatSummary(summary));
        process.stdout.write(`\nWho chaired which committee, and when (${store.kind} store: ${store.location})\n`);
        process.stdout.write(`${renderTable(lines)}\n\n`);
        for (const l of lines) process.stdout.write(`${l.chairs.join(', ')} — ${l.committee} — ${l.date}\n`);
      } finally {
        await store.close();
      }
    });
}

function renderTable(lines: readonly ChairLine[]): string {
  const width = Math.max(80, Math.min(process.stdout.columns ?? 140, 200));
  const fixed = [24, 30, 12];
  const evidence = Math.max(20, width - fixed.reduce((a, b) => a + b, 0) - 13);
  const table = new Table({ head: ['Chaired by', 'Committee', 'Date', 'Evidence'], colWidths: [...fixed, evidence], wordWrap: true, style: { head: [], border: [] } });
  for (const l of lines) table.push([l.chairs.join(', '), l.committee, l.date, l.evidence]);
  return table.toString();
}
