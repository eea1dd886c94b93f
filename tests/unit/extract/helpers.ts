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
