import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../src/extract/bodies.js';

describe('steering committees named by their purpose', () => {
  it('keeps the lower-case purpose up to the place that closes it', () => {
    const names = findBodies('Sáng 3/4, Ban chỉ đạo khắc phục hậu quả thiên tai 3 tỉnh Tây Nguyên tổ chức hội nghị.').map((b) => b.name);
    expect(names).toContain('Ban chỉ đạo khắc phục hậu quả thiên tai 3 tỉnh Tây Nguyên');
  });
  it('stops at a predicate', () => {
    const names = findBodies('Ban chỉ đạo họp tại tỉnh Quảng Nam.').map((b) => b.name);
    expect(names).toContain('Ban chỉ đạo');
  });
});
