import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_OPEN_MIN, attributionStartsOpen, LEGEND_OPEN_MIN, legendStartsOpen } from '../../src/lib/map-furniture.ts';

/** The size rules of the map's furniture, at the sizes the app is used at (map area, not window). */
describe('attribution', () => {
  it('starts collapsed on phones, embeds and laptop maps, expanded on a large screen', () => {
    expect(attributionStartsOpen({ width: 320, height: 430 })).toBe(false); // 320 × 480 phone
    expect(attributionStartsOpen({ width: 390, height: 794 })).toBe(false); // 390 × 844 phone
    expect(attributionStartsOpen({ width: 800, height: 450 })).toBe(false); // 800 × 500 embed
    expect(attributionStartsOpen({ width: 880, height: 670 })).toBe(false); // 1280 × 720 with the side panel
    expect(attributionStartsOpen({ width: 1420, height: 1030 })).toBe(true); // 1920 × 1080 with the side panel
  });
  it('needs both the width and the height', () => {
    const { width, height } = ATTRIBUTION_OPEN_MIN;
    expect(attributionStartsOpen({ width, height })).toBe(true);
    expect(attributionStartsOpen({ width: width - 1, height: 2000 })).toBe(false);
    expect(attributionStartsOpen({ width: 3000, height: height - 1 })).toBe(false);
  });
});

describe('legend', () => {
  it('starts open wherever it leaves most of the map free, as its title button elsewhere', () => {
    expect(legendStartsOpen({ width: 390, height: 794 })).toBe(false); // phone
    expect(legendStartsOpen({ width: 400, height: 450 })).toBe(false); // 800 × 500 window, side panel open
    expect(legendStartsOpen({ width: 800, height: 450 })).toBe(true); // 800 × 500 embed
    expect(legendStartsOpen({ width: 1420, height: 1030 })).toBe(true);
  });
  it('needs both the width and the height', () => {
    const { width, height } = LEGEND_OPEN_MIN;
    expect(legendStartsOpen({ width, height })).toBe(true);
    expect(legendStartsOpen({ width: width - 1, height })).toBe(false);
    expect(legendStartsOpen({ width, height: height - 1 })).toBe(false);
  });
});
