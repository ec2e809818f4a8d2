import { describe, expect, it } from 'vitest';
import { chain, tidyLine } from '../../geo/scripts/extract-surveyed.ts';

describe('chain (joins river segments end to end)', () => {
  it('reverses a segment that is stored the other way round', () => {
    const a = [[0, 0], [1, 0]];
    const b = [[2, 0], [1, 0]]; // stored downstream → upstream
    expect(chain([a, b], [0, 0])).toEqual([[0, 0], [1, 0], [2, 0]]);
  });

  it('throws, naming the segment, when a segment does not continue the line', () => {
    expect(() => chain([[[0, 0], [1, 0]], [[5, 5], [6, 6]]], [0, 0])).toThrow(/segment 1/);
  });
});

describe('tidyLine', () => {
  it('rounds to 5 decimals and drops repeated positions', () => {
    const out = tidyLine([[111.123456, 40.1], [111.123457, 40.1], [111.2, 40.2]], 0);
    expect(out).toEqual([[111.12346, 40.1], [111.2, 40.2]]);
  });
});
