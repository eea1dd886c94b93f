import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from '../../../src/model/keys.js';

describe('escapeRegExp', () => {
  it('makes any text match itself literally, and only itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const re = new RegExp(`^${escapeRegExp(text)}$`, 'u');
        expect(re.test(text)).toBe(true);
        expect(re.test(`${text}x`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes the characters that mean something in a pattern', () => {
    expect(escapeRegExp('TP. (Hà Nội) [1]*')).toBe('TP\\. \\(Hà Nội\\) \\[1\\]\\*');
  });
});

describe('alternation', () => {
  it('puts longer phrases first, so the whole of a longer phrase is taken', () => {
    expect(alternation(['phó', 'phó chủ tịch', 'UBND'])).toBe('phó chủ tịch|UBND|phó');
    expect(new RegExp(`^(?:${alternation(['Sở', 'Sở Nội vụ'])})`, 'u').exec('Sở Nội vụ tỉnh')?.[0]).toBe('Sở Nội vụ');
  });

  it('keeps the written order when asked, and escapes every phrase', () => {
    expect(alternation(['a.b', 'a.b.c', 'x|y'], 'as-written')).toBe('a\\.b|a\\.b\\.c|x\\|y');
    expect(new RegExp(`^(?:${alternation(['Sở', 'Sở Nội vụ'], 'as-written')})`, 'u').exec('Sở Nội vụ tỉnh')?.[0]).toBe('Sở');
  });

  it('matches each of its phrases whole, whatever characters they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), (phrases) => {
        const re = new RegExp(`^(?:${alternation(phrases)})$`, 'u');
        for (const p of phrases) expect(re.test(p)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
