import { describe, expect, it } from 'vitest';
import { FURNITURE_MM, mmToPx, paperMm, paperPixels, sheetLayout } from '../../src/print/paper.ts';
import { metresPerPixel, zoomForTarget } from '../../src/layers/mercator.ts';
import { formatNominalScale, niceScaleBar, nominalScale, northArrowRotation } from '../../src/print/scale-bar.ts';

/** Paper size → pixels, sheet layout, scale bar and north arrow maths of the exported images. */

describe('paper maths', () => {
  it('gives A4 landscape at 150 dpi as 1754 × 1240 pixels', () => {
    expect(paperPixels('A4', 'landscape', 150)).toEqual({ width: 1754, height: 1240 });
  });
  it('gives A4 portrait at 300 dpi as 2480 × 3508 and A3 landscape at 300 dpi as 4961 × 3508', () => {
    expect(paperPixels('A4', 'portrait', 300)).toEqual({ width: 2480, height: 3508 });
    expect(paperPixels('A3', 'landscape', 300)).toEqual({ width: 4961, height: 3508 });
  });
  it('swaps width and height with the orientation', () => {
    expect(paperMm('A3', 'portrait')).toEqual({ width: 297, height: 420 });
    expect(paperMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
  });
  it('converts 25.4 mm to exactly one inch of pixels', () => {
    expect(mmToPx(25.4, 300)).toBe(300);
  });
  it('lays out the sheet inside its margins without overlaps', () => {
    for (const o of ['landscape', 'portrait'] as const) {
      const l = sheetLayout('A4', o, 150);
      for (const b of [l.title, l.map, l.side, l.footer]) {
        expect(b.x).toBeGreaterThan(0);
        expect(b.y).toBeGreaterThan(0);
        expect(b.x + b.w).toBeLessThan(l.width);
        expect(b.y + b.h).toBeLessThan(l.height);
        expect(b.w).toBeGreaterThan(0);
        expect(b.h).toBeGreaterThan(0);
      }
      expect(l.title.y + l.title.h).toBeLessThanOrEqual(l.map.y);
      expect(l.map.y + l.map.h).toBeLessThanOrEqual(l.footer.y);
      if (o === 'landscape') expect(l.map.x + l.map.w).toBeLessThanOrEqual(l.side.x);
      else expect(l.furniture.y + l.furniture.h).toBeLessThanOrEqual(l.side.y);
    }
  });
  it('keeps the map furniture in a band of its own under the picture, inside the map frame', () => {
    for (const paper of ['A4', 'A3'] as const) {
      for (const o of ['landscape', 'portrait'] as const) {
        const l = sheetLayout(paper, o, 300);
        // The band starts where the picture ends: nothing of the furniture is drawn on the map.
        expect(l.furniture.y).toBeCloseTo(l.map.y + l.map.h, 6);
        expect([l.furniture.x, l.furniture.w]).toEqual([l.map.x, l.map.w]);
        expect(l.furniture.h).toBeCloseTo(FURNITURE_MM * l.pxPerMm, 6);
        expect(l.furniture.y + l.furniture.h).toBeLessThanOrEqual(o === 'landscape' ? l.footer.y : l.side.y);
        // The picture stays the larger part of the sheet.
        expect(l.map.w * l.map.h).toBeGreaterThan(0.4 * l.width * l.height);
      }
    }
  });
});

describe('scale bar maths', () => {
  it('gives the nominal scale at the printed size, to two significant figures', () => {
    // 200 m per sheet pixel at 150 dpi (5.906 px/mm): 1 mm of paper shows 1181 m, i.e. 1:1 181 102 → 1:1 200 000.
    expect(nominalScale(200, 150 / 25.4)).toBe(1_200_000);
    expect(nominalScale(2, 300 / 25.4)).toBe(24_000);
    expect(nominalScale(0, 5)).toBe(0);
    expect(formatNominalScale(1_200_000, 'zh')).toBe('1:120万');
    expect(formatNominalScale(24_000, 'zh')).toBe('1:2.4万');
    expect(formatNominalScale(1_200_000, 'en')).toBe('1:1,200,000');
    expect(formatNominalScale(8_000, 'zh')).toBe('1:8,000');
  });
  it('gives 78.27 km per CSS pixel at zoom 0 on the equator (512-px tiles)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
  });
  it('halves with each zoom level and shrinks with the cosine of the latitude', () => {
    expect(metresPerPixel(10, 0) / metresPerPixel(11, 0)).toBeCloseTo(2, 10);
    expect(metresPerPixel(10, 60) / metresPerPixel(10, 0)).toBeCloseTo(0.5, 10);
  });
  it('picks the longest 1/2/5 bar that fits, and draws it at the right length', () => {
    // Hohhot at zoom 10: ~59 m per CSS pixel; 200 px ≈ 11.8 km → a 10 km bar.
    const mpp = metresPerPixel(10, 40.8);
    const bar = niceScaleBar(mpp, 200, 'en');
    expect(bar.metres).toBe(10_000);
    expect(bar.label).toBe('10 km');
    expect(bar.px).toBeCloseTo(10_000 / mpp, 6);
    expect(bar.px).toBeLessThanOrEqual(200);
    expect(niceScaleBar(1, 480, 'en').label).toBe('200 m');
    expect(niceScaleBar(1, 520, 'zh').label).toBe('500 米');
  });
  it('returns an empty bar for nonsense input', () => {
    expect(niceScaleBar(0, 100, 'en').px).toBe(0);
    expect(niceScaleBar(Number.NaN, 100, 'en').px).toBe(0);
  });
});

describe('north arrow and target zoom', () => {
  it('turns the arrow against the map bearing', () => {
    expect(northArrowRotation(0)).toBe(0);
    expect(northArrowRotation(30)).toBe(-30);
    expect(northArrowRotation(-45)).toBe(45);
  });
  it('zooms out by one level when the target is half as big on its tighter axis', () => {
    expect(zoomForTarget(10, { width: 1400, height: 1000 }, { width: 700, height: 900 })).toBeCloseTo(9, 10);
    expect(zoomForTarget(10, { width: 1000, height: 1000 }, { width: 2000, height: 2000 })).toBeCloseTo(11, 10);
  });
});
