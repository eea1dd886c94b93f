import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/cli/commands/ingest.js';
import type { IngestSummary } from '../../../src/ingest/ingest.js';

function summary(read: number, seconds: number): IngestSummary {
  return {
    store: { kind: 'memory', location: '.meeting-kg/graph.json' },
    read,
    skipped: [],
    warnings: [],
    articles: { new: read, updated: 0, unchanged: 0 },
    committed: read,
    interrupted: false,
    stopped: null,
    graph: { articles: read, persons: 1, organizations: 1, positions: 1, meetings: 1, tasks: 0, authors: 0, nodes: 4, relationships: 3 },
    seconds,
    articlesPerSecond: read / seconds,
  };
}

describe('the ingest summary', () => {
  it('gives no rate for a handful of articles, whose time is mostly start-up', () => {
    const head = formatSummary(summary(2, 7.1)).split('\n')[0]!;
    expect(head).toBe('Ingested into memory (.meeting-kg/graph.json) in 7.1 s');
  });

  it('gives the rate in articles per second for a real batch', () => {
    const head = formatSummary(summary(5000, 10)).split('\n')[0]!;
    expect(head).toBe('Ingested into memory (.meeting-kg/graph.json) in 10.0 s (500.0 articles/s)');
  });
});
