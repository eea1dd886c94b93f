import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { EXPORT_FORMATS, exportGraph, expectedCounts, readBack, toPopolo, mapData, type ExportFormat } from '../../../src/export/index.js';
import { selectSubgraph, type KnowledgeGraph } from '../../../src/analyze/index.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { memoryGraphFrom } from '../../conformance/load-memory.js';
import { seedGraphs, extraGraphs } from '../../fixtures/query/graphs.js';
import { networkGraphs } from '../../fixtures/analyze/network.js';

const dir = mkdtempSync(join(tmpdir(), 'meeting-kg-export-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathFor = (name: string, format: ExportFormat) => join(dir, `${name}.${format === 'csv' ? 'csv.d' : format}`);

let seeds: KnowledgeGraph;
beforeAll(async () => {
  const store = MemoryGraphStore.inMemory();
  await ingest([new URL('../../../seeds/', import.meta.url).pathname], { store });
  seeds = store.graph;
}, 120_000);

describe('every export reads back to the same counts', () => {
  const graphs: Array<[string, () => KnowledgeGraph]> = [
    ['seeds', () => seeds],
    ['fixture', () => memoryGraphFrom([...seedGraphs, ...extraGraphs])],
    ['network', () => memoryGraphFrom(networkGraphs)],
  ];
  for (const [name, graph] of graphs) {
    for (const format of EXPORT_FORMATS) {
      it(`${name} as ${format}`, () => {
        const g = graph();
        expect(g.order).toBeGreaterThan(10);
        const out = pathFor(name, format);
        const written = exportGraph(g, format, out);
        expect(written.files.every((f) => f.bytes > 0)).toBe(true);
        const back = readBack(format, out);
        const want = expectedCounts(g, format);
        expect(back).toEqual(want);
        if (format !== 'popolo' && format !== 'html') expect(back).toEqual({ nodes: g.order, edges: g.size });
      });
    }
  }
});

describe('csv for spreadsheets and neo4j-admin', () => {
  it('has the import tool\'s headers, typed columns and list properties', () => {
    const g = memoryGraphFrom(seedGraphs);
    exportGraph(g, 'csv', join(dir, 'seed-csv'));
    const nodes = parseCsv(readFileSync(join(dir, 'seed-csv', 'nodes.csv')), { columns: true }) as Array<Record<string, string>>;
    const rels = parseCsv(readFileSync(join(dir, 'seed-csv', 'relationships.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(nodes[0]!).slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(Object.keys(nodes[0]!)).toContain('articles:string[]');
    expect(Object.keys(rels[0]!).slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id']);
    expect(Object.keys(rels[0]!)).toEqual(expect.arrayContaining(['start:long', 'end:long', 'confidence:double', 'former:boolean']));
    const hien = nodes.find((n) => n.name === 'Đỗ Mạnh Hiến')!;
    expect(hien[':LABEL']).toBe('Person');
    const bcd = nodes.find((n) => n.name === 'Ban Chỉ đạo 35 Thành ủy Hải Phòng')!;
    expect(bcd['aliases:string[]']!.split(';')).toEqual(['Ban Chỉ đạo 35 thành phố', 'BCĐ 35 Thành ủy']);
    const chaired = rels.filter((r) => r[':TYPE'] === 'CHAIRED' && r[':START_ID'] === hien['id:ID']);
    expect(chaired[0]!.sentence).toContain('Đỗ Mạnh Hiến');
  });
});

describe('gexf for Gephi', () => {
  it('declares the GEXF 1.2 viz namespace its colours use, as a well-formed URI', () => {
    const out = pathFor('viz', 'gexf');
    exportGraph(seeds, 'gexf', out);
    const head = readFileSync(out, 'utf8').slice(0, 400);
    expect(head).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(head).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(head).not.toContain(':///');
  });
});

describe('popolo', () => {
  const doc = toPopolo(memoryGraphFrom([...seedGraphs, ...extraGraphs]));
  it('says what the file holds in Popolo terms, not in graph nodes', () => {
    const written = exportGraph(memoryGraphFrom([...seedGraphs, ...extraGraphs]), 'popolo', pathFor('contents', 'popolo'));
    expect(written.contents).toBe(
      `${doc.persons.length} persons, ${doc.organizations.length} organizations, ${doc.posts.length} posts, ${doc.memberships.length} memberships, ${doc.events.length} events`,
    );
    expect(doc.persons.length).toBeGreaterThan(0);
  });
  it('gives memberships with first and last seen dates, and meetings with their attendees', () => {
    const hien = doc.persons.find((p) => p.name === 'Đỗ Mạnh Hiến')!;
    const truong = doc.memberships.filter((m) => m.person_id === hien.id && m.label === 'Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng');
    expect(truong).toHaveLength(1);
    expect(truong[0]!.start_date).toBe('2023-02-06');
    expect(truong[0]!.end_date! >= truong[0]!.start_date!).toBe(true);
    expect(truong[0]!.organization_id).toBe('org:bcd35@hai-phong');
    const event = doc.events.find((e) => e.id === 'meeting:bcd35@hai-phong:2023-02-06')!;
    expect(event.organization_id).toBe('org:bcd35@hai-phong');
    expect(event.attendees.find((a) => a.id === hien.id)!.role).toEqual(expect.arrayContaining(['chair', 'attendee', 'speaker']));
    expect(event.sources![0]!.url).toBe('https://haiphong.gov.vn/fixture/bcd35-2023-02-06');
    const bcd = doc.organizations.find((o) => o.id === 'org:bcd35@hai-phong')!;
    expect(bcd.other_names).toEqual(expect.arrayContaining([{ name: 'BCĐ 35 Thành ủy' }]));
    expect(bcd.parent_id).toBe('org:thanh-uy@hai-phong');
  });
});

describe('filters select meetings and what surrounds them', () => {
  it('exports only the 2024 meeting of the network with its two people and its body', () => {
    const g = selectSubgraph(memoryGraphFrom(networkGraphs), { from: '2024-01-01' });
    const labels = g.mapNodes((_n, a) => a.label as string).sort();
    expect(labels).toEqual(['Article', 'Meeting', 'Organization', 'Person', 'Person']);
    const map = mapData(g, { iterations: 10 });
    expect(map.nodes.map((n) => n[1]).sort()).toEqual(['Meeting', 'Organization', 'Person', 'Person']);
  });
});
