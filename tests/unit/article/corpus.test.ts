/**
 * The third-party corpus is read from where it lives (never copied into the project); these
 * checks are skipped where it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/article/index.js';
import { matchKey } from '../../../src/model/keys.js';
import { ROOT } from './helpers.js';

const CORPUS = join(ROOT, '../shared/corpus');
const ARTICLES = join(CORPUS, 'articles');
const GOLD = join(CORPUS, 'gold');

describe.skipIf(!existsSync(ARTICLES))('the shared corpus', () => {
  it('reads every article without error', async () => {
    const failures: string[] = [];
    let ok = 0;
    for await (const r of loadArticles([ARTICLES])) {
      if (r.ok) ok++;
      else failures.push(`${r.input}: ${r.reason}`);
    }
    expect(failures).toEqual([]);
    expect(ok).toBe(readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).length);
  }, 60_000);

  it.skipIf(!existsSync(GOLD))('finds the annotated authors and publication dates', async () => {
    const mismatches: string[] = [];
    for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { id: string; authors: string[]; published: string | null };
      const path = join(ARTICLES, `${gold.id}.txt`);
      if (!existsSync(path)) continue;
      for await (const r of loadArticles([path])) {
        if (!r.ok) {
          mismatches.push(`${gold.id}: ${r.reason}`);
          continue;
        }
        const got = r.article.authors.map(matchKey).sort();
        const want = gold.authors.map(matchKey).sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${gold.id} authors ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        if ((r.article.published?.slice(0, 10) ?? null) !== gold.published) mismatches.push(`${gold.id} published ${r.article.published} ≠ ${gold.published}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
