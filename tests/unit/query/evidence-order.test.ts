import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/query/names.js';
import { sortEvidence } from '../../../src/query/order.js';
import type { EvidenceRef } from '../../../src/query/schemas.js';

describe('evidence order', () => {
  it('sorts by article id as compareText does, then offset, then sentence, whatever the ids look like', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    // Ids with one prefix and digit runs (leading zeros, equal values, 15 digits and more), other prefixes, none.
    const ids = ['rec:baomoi-21455847', 'rec:baomoi-021455847', 'rec:baomoi-9', 'rec:baomoi-10', 'rec:baomoi-0010', 'rec:baomoi-123456789012345',
      'rec:baomoi-1234567890123456789', 'rec:baomoi-999999999999999', 'url:vnexpress.net/a-2', 'url:vnexpress.net/a-10', 'sha:00ff', 'sha:00fe', 'Đài 2', 'Dai 2', 'fixture:haiphong', '7', '07'];
    const evidence: EvidenceRef[] = Array.from({ length: 400 }, () => ({
      article: ids[random(ids.length)] as string,
      url: null,
      sentence: ['Câu một.', 'Câu hai.'][random(2)] as string,
      start: random(3) === 0 ? null : random(4),
      end: null,
    }));
    const expected = [...evidence].sort((a, b) => compareText(a.article, b.article) || (a.start ?? -1) - (b.start ?? -1) || compareText(a.sentence, b.sentence));
    const kept = expected.filter((e, k) => expected.findIndex((f) => f.article === e.article && f.start === e.start && f.sentence === e.sentence && f.end === e.end) === k);
    expect(sortEvidence(evidence)).toEqual(kept);
    expect(new Set(sortEvidence(evidence).map((e) => e.article)).size).toBe(ids.length);
  });
});
