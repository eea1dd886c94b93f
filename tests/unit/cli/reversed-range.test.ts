import { describe, expect, it } from 'vitest';
import { reversedRange } from '../../../src/cli/commands/ask.js';

describe('a reversed --from/--to range', () => {
  it('is found on the precision both dates give', () => {
    expect(reversedRange('2023', '2022')).toBe(true);
    expect(reversedRange('2023-05-10', '2023-05-01')).toBe(true);
    expect(reversedRange('2023-06', '2023-05-31')).toBe(true);
  });

  it('is not claimed for ordered, overlapping or one-sided ranges', () => {
    expect(reversedRange('2022', '2023')).toBe(false);
    expect(reversedRange('2023-02', '2023')).toBe(false);
    expect(reversedRange('2023', '2023-01-15')).toBe(false);
    expect(reversedRange('2023-05-01', '2023-05-01')).toBe(false);
    expect(reversedRange('2023', undefined)).toBe(false);
    expect(reversedRange(undefined, '2022')).toBe(false);
  });
});
