import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { ExtractionSchema } from '../../../src/model/extraction.js';
import { articleOf } from './helpers.js';

const pieces = [
  'Đồng chí ', 'Nguyễn Văn A', ', Phó Chủ tịch UBND tỉnh', ' chủ trì ', 'hội nghị', 'Chiều 6/2', ', ', '; ', '. ', ':',
  'dưới sự chủ trì của ', 'Các đồng chí: ', ' - ', 'Ð', 'TP.', 'T.Ư', '(', ')', '“', '”', 'đề nghị ', 'Sở Nội vụ ', '\n\n',
  '31/31/9999', '0/0', 'năm 2023', ' sẽ ', 'Thượng tướng ', 'nguyên ', 'phòng, chống', '…', '\u0000', '\uD800', '🙂',
];

describe('extract never throws', () => {
  it('on random strings, and always returns a valid Extraction', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const e = extract(articleOf(text));
        expect(ExtractionSchema.safeParse(e).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on adversarial mixes of the words the rules look for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const e = extract(articleOf(parts.join('')));
        expect(ExtractionSchema.safeParse(e).success).toBe(true);
        for (const m of e.meetings) for (const c of m.chairs) expect(c.evidence.end).toBeLessThanOrEqual(parts.join('').length);
      }),
      { numRuns: 300 },
    );
  });

  it('on a malformed article object, and quickly on long repetitive input (no catastrophic backtracking)', () => {
    const broken = { id: 'x', text: 42 } as unknown as Parameters<typeof extract>[0];
    expect(() => extract(broken)).not.toThrow();
    const long = 'Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, '.repeat(400) + 'a'.repeat(20000) + ', , , , '.repeat(2000);
    const t0 = Date.now();
    extract(articleOf(long));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
