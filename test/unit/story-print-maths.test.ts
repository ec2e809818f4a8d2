import { describe, expect, it } from 'vitest';
import { mmToPx, paperMm, paperPixels, sheetLayout } from '../../src/print/paper.ts';
import { metresPerPixel, zoomForTarget } from '../../src/layers/mercator.ts';
import { niceScaleBar, northArrowRotation } from '../../src/print/scale-bar.ts';

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
      else expect(l.map.y + l.map.h).toBeLessThanOrEqual(l.side.y);
    }
  });
});

describe('scale bar maths', () => {
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
