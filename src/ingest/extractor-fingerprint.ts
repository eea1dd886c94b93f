/**
 * What version of the extractor an article was read with: part of every article's content hash, so
 * re-running ingest after the extractor changed (a new lexicon entry, a new release) re-extracts
 * the articles instead of calling them unchanged.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as extractStage from '../extract/index.js';

let cached: string | undefined;

/** The extract stage's own version constant, when it exports one (`EXTRACTOR_VERSION`). */
export function extractorVersion(): string | null {
  const v = (extractStage as Record<string, unknown>).EXTRACTOR_VERSION;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** A hash of a version string and of the contents of every `*.json` file in `dir` (sorted by name). */
export function lexiconFingerprint(dir: string, version: string | null): string {
  const hash = createHash('sha256');
  hash.update(`version:${version ?? ''}\n`);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    hash.update('no-lexicon-folder\n');
  }
  for (const f of files) {
    hash.update(`${f}\n`);
    hash.update(readFileSync(join(dir, f)));
    hash.update('\n');
  }
  return `extractor:${hash.digest('hex').slice(0, 16)}`;
}

/** The extract stage's lexicon folder next to this module (`src/` in development, `dist/` when built). */
export function extractorLexiconDirectory(): string {
  return fileURLToPath(new URL('../extract/lexicon/', import.meta.url));
}

/**
 * The extractor's fingerprint: its version constant (if any) and the contents of every lexicon file
 * in `extract/lexicon/*.json`, computed once per process.
 */
export function extractorFingerprint(): string {
  return (cached ??= lexiconFingerprint(extractorLexiconDirectory(), extractorVersion()));
}
