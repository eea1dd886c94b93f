/**
 * Extraction is linear in the input whatever the article holds: a long run of dots, one sentence
 * repeated, one chair phrase repeated, a long word without spaces, a combining-mark storm cost no
 * more CPU per character than the seed reports, and four times the text costs about four times
 * the CPU (measured as process CPU time, best of seven, so a loaded machine does not decide).
 * The per-article budget (60,000 characters) is the safety net, not the reason this holds.
 */
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/article/index.js';
import { articleGraph } from '../../src/ingest/article-graph.js';
import { SEEDS } from '../support/records.js';
import { figure } from './support.js';

/** Best-of-seven CPU milliseconds of extracting and resolving `text` (after one warm-up): garbage collection pauses land in some runs, not in the best. */
function cpuMs(text: string): number {
  const article = readArticleText(text, { input: 'pathological.txt' });
  articleGraph(article);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    articleGraph(article);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

const SENTENCE = 'Ngày 3/3/2023, ông Lê Văn Cường, Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng chống dịch. Ông Lê Văn Cường yêu cầu các sở, ngành khẩn trương triển khai. ';
/** Each pattern at about `chars` characters (the largest within the per-article budget). */
const PATTERNS: Record<string, (chars: number) => string> = {
  'run of dots': (n) => `Chủ tịch UBND tỉnh chủ trì cuộc họp. ${'.'.repeat(n - 40)}`,
  'repeated sentence': (n) => SENTENCE.repeat(Math.floor(n / SENTENCE.length)),
  'repeated chair phrase': (n) => 'Chủ tịch UBND tỉnh Nguyễn Văn A, '.repeat(Math.floor(n / 33)),
  'word without spaces': (n) => `Chủ tịch UBND tỉnh chủ trì cuộc họp. ${'ư'.repeat(n - 60)}. Ông Lê Văn Cường phát biểu.`,
  'combining-mark storm': (n) => `Chủ tịch UBND tỉnh chủ trì cuộc họp. Các đại biểu ${'a\u0301\u0323'.repeat(Math.floor((n - 60) / 3))} họp.`,
};

describe('extraction is linear in the input', () => {
  it('pathological articles cost no more per character than real reports, and grow linearly', () => {
    const seedPerKb = Math.max(...SEEDS.map((s) => cpuMs(s) / (s.length / 1000)));
    let worst = { name: '', perKb: 0, growth: 0 };
    for (const [name, make] of Object.entries(PATTERNS)) {
      const big = make(58_000);
      const small = make(14_500);
      const bigMs = Math.min(cpuMs(big), cpuMs(big));
      const perKb = bigMs / (big.length / 1000);
      // Four times the text: about four times the CPU (a square would be sixteen); 5 ms of slack for tiny costs.
      const growth = (bigMs + 5) / (cpuMs(small) + 5);
      if (perKb > worst.perKb) worst = { name, perKb, growth };
      expect(perKb, `${name}: ${perKb.toFixed(2)} ms/KB, seeds ${seedPerKb.toFixed(2)} ms/KB`).toBeLessThan(2 * seedPerKb + 1);
      expect(growth, `${name}: ×${growth.toFixed(1)} for ×4 text`).toBeLessThan(5.5);
    }
    figure('extraction CPU per KB, worst pathological vs seed reports', `${worst.name} ${worst.perKb.toFixed(2)} ms/KB vs ${seedPerKb.toFixed(2)} ms/KB (×4 text → ×${worst.growth.toFixed(1)} CPU)`);
  }, 120_000);
});
