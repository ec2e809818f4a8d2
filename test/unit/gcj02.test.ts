import { describe, expect, test } from 'vitest';
import { distance } from '@turf/turf';
import { gcj02ToWgs84, geometryGcj02ToWgs84, outOfChina, wgs84ToGcj02 } from '../../geo/gcj02.ts';

// Reference values published by two independent implementations of the same public formula:
// wandergis/coordtransform (forward, Beijing) and hujiulong/gcoord (iterative inverse at [123, 45]).
describe('GCJ-02', () => {
  test('forward: WGS84 [116.404, 39.915] → GCJ-02 [116.41024449916938, 39.91640428150164]', () => {
    const [lng, lat] = wgs84ToGcj02([116.404, 39.915]);
    expect(lng).toBeCloseTo(116.41024449916938, 10);
    expect(lat).toBeCloseTo(39.91640428150164, 10);
  });

  test('inverse: GCJ-02 [123, 45] → WGS84 [122.99395597, 44.99804071]', () => {
    const [lng, lat] = gcj02ToWgs84([123, 45]);
    // gcoord stops iterating earlier (its own test checks 5 decimals, ≈ 1 m); ours converges further.
    expect(lng).toBeCloseTo(122.99395597, 5);
    expect(lat).toBeCloseTo(44.99804071, 5);
    const [fLng, fLat] = wgs84ToGcj02([lng, lat]);
    expect(Math.abs(fLng - 123)).toBeLessThan(1e-9);
    expect(Math.abs(fLat - 45)).toBeLessThan(1e-9);
  });

  test('inverse undoes forward to within a millimetre at Hohhot', () => {
    const wgs: [number, number] = [111.7503, 40.8421];
    const back = gcj02ToWgs84(wgs84ToGcj02(wgs));
    expect(distance(wgs, back as [number, number], { units: 'meters' })).toBeLessThan(0.001);
  });

  test('the offset at Hohhot is a few hundred metres, mostly eastward', () => {
    const [gLng, gLat] = wgs84ToGcj02([111.7503, 40.8421]);
    const eastM = distance([111.7503, 40.8421], [gLng, 40.8421], { units: 'meters' }) * Math.sign(gLng - 111.7503);
    const northM = distance([111.7503, 40.8421], [111.7503, gLat], { units: 'meters' }) * Math.sign(gLat - 40.8421);
    expect(eastM).toBeGreaterThan(450);
    expect(eastM).toBeLessThan(700);
    expect(northM).toBeGreaterThan(50);
    expect(northM).toBeLessThan(300);
  });

  test('positions outside China are returned unchanged', () => {
    expect(outOfChina(6.76, 51.43)).toBe(true);
    expect(gcj02ToWgs84([6.76, 51.43])).toEqual([6.76, 51.43]);
    expect(wgs84ToGcj02([183, 45])).toEqual([183, 45]);
  });

  test('a third value (elevation) is carried through', () => {
    expect(gcj02ToWgs84([111.75, 40.84, 1050])[2]).toBe(1050);
  });

  test('converts every position of a polygon', () => {
    const ring = [[111.7, 40.8], [111.8, 40.8], [111.8, 40.9], [111.7, 40.8]];
    const out = geometryGcj02ToWgs84({ type: 'Polygon', coordinates: [ring] });
    const converted = out.coordinates[0]!;
    expect(converted).toHaveLength(4);
    converted.forEach((p, i) => expect(p).toEqual(gcj02ToWgs84(ring[i] as [number, number])));
    expect(converted[0]![0]).toBeLessThan(111.7); // WGS84 lies west of GCJ-02 here
  });
});
