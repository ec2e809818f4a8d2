import { describe, expect, it } from 'vitest';
import { bboxContains, bboxUnion, ensureMinSpan, fitPadding, roundView, sameView, VIEW_PRESETS } from '../../src/lib/camera.ts';
import { parseConfig } from '../../src/lib/app-config.ts';

describe('camera helpers', () => {
  it('unites bboxes and skips missing or inverted ones', () => {
    expect(bboxUnion([[111, 40, 112, 41], null, [110, 40.5, 111.5, 42], [5, 5, 4, 4]])).toEqual([110, 40, 112, 42]);
    expect(bboxUnion([])).toBeNull();
  });

  it('grows a point to a minimum span around its centre', () => {
    const b = ensureMinSpan([111.6, 40.8, 111.6, 40.8], 0.02);
    [111.59, 40.79, 111.61, 40.81].forEach((n, i) => expect(b[i]).toBeCloseTo(n, 9));
  });

  it('pads the side a floating side panel covers', () => {
    const map = { left: 0, top: 0, right: 1600, bottom: 1000 };
    const p = fitPadding(map, [{ left: 0, top: 0, right: 480, bottom: 1000 }]);
    expect(p.left).toBeGreaterThan(480);
    expect(p.right).toBeLessThan(100);
  });

  it('pads the bottom for a phone bottom sheet and keeps a third of the map free', () => {
    const map = { left: 0, top: 0, right: 390, bottom: 800 };
    const p = fitPadding(map, [{ left: 0, top: 500, right: 390, bottom: 800 }]);
    expect(p.bottom).toBeGreaterThan(300);
    expect(p.top + p.bottom).toBeLessThanOrEqual((800 * 2) / 3);
  });

  it('rounds a view as the URL carries it and compares within rounding', () => {
    const v = roundView({ zoom: 9.87654, lat: 40.8123456, lng: 111.6543219, bearing: 0.01, pitch: 0 });
    expect(v).toEqual({ zoom: 9.88, lat: 40.81235, lng: 111.65432 });
    expect(sameView(v, { zoom: 9.88, lat: 40.81235, lng: 111.65432 })).toBe(true);
    expect(sameView(v, { zoom: 10, lat: 40.81235, lng: 111.65432 })).toBe(false);
  });

  it('has scale presets that nest: core in city in region in China', () => {
    const inside = (a: number[], b: number[]) => bboxContains(b as never, a[0], a[1]) && bboxContains(b as never, a[2], a[3]);
    expect(inside(VIEW_PRESETS.core, VIEW_PRESETS.city)).toBe(true);
    expect(inside(VIEW_PRESETS.city, VIEW_PRESETS.region)).toBe(true);
    expect(inside(VIEW_PRESETS.region, VIEW_PRESETS.china)).toBe(true);
  });
});

describe('deployment config', () => {
  it('falls back to defaults for garbage and keeps valid fields', () => {
    expect(parseConfig('nope')).toEqual({ tiandituKey: '', reviewNumber: '', disclaimer_zh: '', disclaimer_en: '' });
    expect(parseConfig({ tiandituKey: 'abc123', reviewNumber: ' 蒙S(2026)001号 ', extra: 1 })).toMatchObject({
      tiandituKey: 'abc123',
      reviewNumber: '蒙S(2026)001号',
    });
  });

  it('refuses a key that would break the tile URLs', () => {
    expect(parseConfig({ tiandituKey: 'a/b?c' }).tiandituKey).toBe('');
  });
});
