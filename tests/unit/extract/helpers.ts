import { extract } from '../../../src/extract/index.js';
import type { Article } from '../../../src/model/article.js';

/** A minimal Article around `text` (one paragraph per line), for rule tests. */
export function articleOf(text: string, overrides: Partial<Article> = {}): Article {
  const paragraphs = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length, text: line, kind: 'body' as const });
    offset += line.length + 1;
  }
  return {
    id: 'sha:test', input: null, url: null, title: null, published: null, source: null, authors: [],
    text, paragraphs, removed: [], warnings: [], ...overrides,
  };
}

/** The people of the first meeting extracted from `text`, by role (names only; empty when no meeting). */
export function meetingPeople(text: string): { attendees: string[]; speakers: string[]; chairs: string[] } {
  const m = extract(articleOf(text)).meetings[0];
  return {
    attendees: m?.attendees.map((x) => x.name) ?? [],
    speakers: m?.speakers.map((x) => x.name) ?? [],
    chairs: m?.chairs.map((x) => x.name) ?? [],
  };
}
