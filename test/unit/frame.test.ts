import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../geo/schema.ts';
import { distance } from '@turf/turf';
import { featureFrame, frameBoxFor, growBox, settledOccluder } from '../../src/lib/frame.ts';

const point = (id: string, lng: number, lat: number, extra: Partial<CatalogEntry> = {}) =>
  ({ id, bbox: [lng, lat, lng, lat], precision: 'approximate', uncertainty_m: 1000, ...extra }) as CatalogEntry;

const catalog = {
  features: {
    'heritage-dazhao': point('heritage-dazhao', 111.64667, 40.79806, { uncertainty_m: 200 }),
    'park-horinger-new-area': point('park-horinger-new-area', 111.7, 40.48, { bbox: [111.55, 40.41, 111.86, 40.55], uncertainty_m: 8000 }),
    'belt-x': point('belt-x', 111.5, 40.7, { precision: 'schematic', bbox: [111.4, 40.6, 111.6, 40.8], uncertainty_m: undefined }),
  },
  unplaced: [{ id: 'sci-horinger-financial-data-park', within: 'park-horinger-new-area' }, { id: 'nowhere' }],
} as unknown as Pick<Catalog, 'features' | 'unplaced'>;

describe('framing a feature', () => {
  it('grows a box by metres on every side', () => {
    const b = growBox([111.6, 40.8, 111.6, 40.8], 1000);
    expect(distance([b[0], 40.8], [111.6, 40.8], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(distance([111.6, b[3]], [111.6, 40.8], { units: 'meters' })).toBeCloseTo(1000, -1);
  });

  it('shows the whole circle of doubt of an approximate point, and a schematic area as drawn', () => {
    const f = featureFrame(catalog.features['heritage-dazhao']!);
    expect(distance([f[0], f[1]], [f[2], f[1]], { units: 'meters' })).toBeCloseTo(400, -1);
    expect(featureFrame(catalog.features['belt-x']!)).toEqual([111.4, 40.6, 111.6, 40.8]);
  });

  it('resolves retired ids and frames an unplaced place by the area it lies in', () => {
    const dz = frameBoxFor(catalog, ['heritage-dazhao'])!;
    expect(frameBoxFor(catalog, ['heritage-dazhao'])).toEqual(dz);
    const viaOld = frameBoxFor(catalog, ['urban-sub-centre-horinger']);
    const within = frameBoxFor(catalog, ['sci-horinger-financial-data-park']);
    expect(viaOld).toEqual(frameBoxFor(catalog, ['park-horinger-new-area']));
    expect(within).toEqual(viaOld);
    expect(frameBoxFor(catalog, ['nowhere', 'unknown-id'])).toBeNull();
    const both = frameBoxFor(catalog, ['heritage-dazhao', 'park-horinger-new-area'])!;
    expect(both[3]).toBeGreaterThan(40.79806);
    expect(both[1]).toBeLessThan(40.41);
  });

  it('measures a sliding bottom sheet where it will settle', () => {
    const now = { left: 0, top: 700, right: 390, bottom: 844 };
    expect(settledOccluder(now, 420)).toEqual({ left: 0, top: 424, right: 390, bottom: 844 });
    expect(settledOccluder(now, null)).toEqual(now);
    expect(settledOccluder(now, Number.NaN)).toEqual(now);
  });
});
