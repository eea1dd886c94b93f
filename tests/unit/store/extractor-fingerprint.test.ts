import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractorFingerprint, extractorLexiconDirectory, lexiconFingerprint } from '../../../src/ingest/extractor-fingerprint.js';
import { articleContentHash } from '../../../src/ingest/ingest.js';
import type { Article } from '../../../src/model/article.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('extractor fingerprint (part of "unchanged" on re-ingest)', () => {
  it('covers the extract lexicons: editing one changes it, copying them does not', () => {
    const copy = mkdtempSync(join(tmpdir(), 'meeting-kg-lexicon-'));
    dirs.push(copy);
    cpSync(extractorLexiconDirectory(), copy, { recursive: true });
    const before = lexiconFingerprint(copy, null);
    expect(lexiconFingerprint(extractorLexiconDirectory(), null)).toBe(before);
    const file = join(copy, 'roles.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Phó Bí thư",', '"Phó Bí thư", "Phó Trưởng đoàn thử",'));
    expect(lexiconFingerprint(copy, null)).not.toBe(before);
  });

  it('covers the extractor version', () => {
    const dir = extractorLexiconDirectory();
    expect(lexiconFingerprint(dir, '1')).not.toBe(lexiconFingerprint(dir, '2'));
  });

  it('is part of the article content hash', () => {
    expect(extractorFingerprint()).toMatch(/^extractor:[0-9a-f]{16}$/);
    const article: Article = { id: 'a', input: null, url: null, title: 'T', published: null, source: null, authors: [], text: 'Nội dung.' } as unknown as Article;
    // The default is the extractor in force; another extractor gives another hash (so: not "unchanged").
    expect(articleContentHash(article, null)).toBe(articleContentHash(article, null, undefined, extractorFingerprint()));
    expect(articleContentHash(article, null, undefined, 'extractor:0000000000000000')).not.toBe(articleContentHash(article, null));
  });
});
