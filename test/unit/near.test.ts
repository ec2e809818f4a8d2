import { readFileSync } from 'node:fs';
import { pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { bboxSpanM, distanceToGeometry, expandedBbox, insideAny, nearby, splitWide } from '../../src/lib/near.ts';

type Props = { id: string; name_zh: string; kind: string; precision: string };
const loadFixture = () =>
  JSON.parse(readFileSync(new URL('./fixtures/near-features.geojson', import.meta.url), 'utf8')) as FeatureCollection<
    Geometry | null,
    Props
  >;

// Expected values are computed here by hand with the haversine formula on Turf's sphere, independently of Turf.
const R = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;
function haversine([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const a =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lng2 - lng1) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}
/** Distance from a point to the great circle of a meridian: R·asin(cos φ · sin Δλ). */
const toMeridian = ([lng, lat]: [number, number], meridian: number) =>
  R * Math.asin(Math.cos(rad(lat)) * Math.sin(rad(Math.abs(lng - meridian))));

const PIN: [number, number] = [111.68, 40.8];

describe('nearby', () => {
  it('measures a point by its great-circle distance', () => {
    const items = nearby(loadFixture().features, PIN, 5000);
    const east = items.find((i) => i.id === 'pt-east');
    expect(east?.distance).toBeCloseTo(haversine(PIN, [111.7, 40.8]), 0);
    expect(east?.relation).toBe('near');
  });

  it('measures a line by its nearest edge, not its vertices', () => {
    const items = nearby(loadFixture().features, PIN, 5000);
    const line = items.find((i) => i.id === 'line-west');
    // The line's vertices are 10+ km away; its edge passes 0.03° of longitude west of the pin.
    expect(line?.distance).toBeCloseTo(toMeridian(PIN, 111.65), 0);
    expect(line!.distance).toBeLessThan(haversine(PIN, [111.65, 40.7]));
  });

  it('reports 0 and "inside" when the pin lies inside a polygon', () => {
    const items = nearby(loadFixture().features, PIN, 500);
    expect(items.map((i) => [i.id, i.distance, i.relation])).toEqual([['poly-home', 0, 'inside']]);
  });

  it('measures a polygon the pin is outside of by its nearest edge', () => {
    const items = nearby(loadFixture().features, PIN, 10_000);
    const south = items.find((i) => i.id === 'poly-south');
    expect(south?.distance).toBeCloseTo(haversine(PIN, [111.74, 40.75]), 0);
    expect(south?.relation).toBe('near');
  });

  it('sorts nearest first', () => {
    const items = nearby(loadFixture().features, PIN, 20_000);
    expect(items.map((i) => i.id)).toEqual(['poly-home', 'pt-east', 'line-west', 'poly-south', 'pt-far']);
    const d = items.map((i) => i.distance);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it('leaves out what lies beyond the radius', () => {
    const features = loadFixture().features;
    const far = haversine(PIN, [111.68, 40.9]);
    expect(nearby(features, PIN, far - 1).map((i) => i.id)).not.toContain('pt-far');
    expect(nearby(features, PIN, far + 1).map((i) => i.id)).toContain('pt-far');
    expect(nearby(features, PIN, 2000).map((i) => i.id)).toEqual(['poly-home', 'pt-east']);
  });

  it('skips features without geometry and reports a repeated id once, at its smallest distance', () => {
    const features = loadFixture().features;
    const copy: Feature<Geometry | null, Props> = {
      ...features.find((f) => f.properties.id === 'pt-far')!,
      geometry: { type: 'Point', coordinates: [111.681, 40.8] },
    };
    const items = nearby([...features, copy], PIN, 20_000);
    expect(items.filter((i) => i.id === 'pt-far')).toHaveLength(1);
    expect(items.find((i) => i.id === 'pt-far')!.distance).toBeCloseTo(haversine(PIN, [111.681, 40.8]), 0);
    expect(items.map((i) => i.id)).not.toContain('no-geom');
  });

  it('returns nothing for an unusable pin or radius', () => {
    const features = loadFixture().features;
    expect(nearby(features, [Number.NaN, 40.8], 3000)).toEqual([]);
    expect(nearby(features, PIN, -1)).toEqual([]);
  });
});

describe('distanceToGeometry', () => {
  // Segments are taken as straight on the map (as they were drawn); Turf's geodesic method takes them as great-circle
  // arcs, which bow poleward by up to ~10 m over a 24 km segment here. Hence 0.1 %, not a fixed metre.
  it("agrees with Turf's geodesic cross-track distance for slanted lines, within 0.1 %", () => {
    const line: [number, number][] = [[111.5, 40.6], [111.62, 40.71], [111.9, 40.74], [111.95, 40.95]];
    for (const pin of [[111.68, 40.8], [111.7, 40.6], [111.45, 40.65], [111.93, 40.99]] as [number, number][]) {
      const expected = pointToLineDistance(pin, { type: 'LineString', coordinates: line }, { units: 'meters' });
      const got = distanceToGeometry(pin, { type: 'LineString', coordinates: line });
      expect(Math.abs(got - expected)).toBeLessThan(expected * 0.001);
    }
  });

  it('takes the nearest part of a multi-line', () => {
    const d = distanceToGeometry(PIN, {
      type: 'MultiLineString',
      coordinates: [
        [[111.6, 40.7], [111.6, 40.9]],
        [[111.69, 40.7], [111.69, 40.9]],
      ],
    });
    expect(d).toBeCloseTo(toMeridian(PIN, 111.69), 0);
  });
});

describe('expandedBbox', () => {
  it('grows the box by at least the radius in each direction', () => {
    const [w, s, e, n] = expandedBbox(PIN, 5000);
    expect(haversine(PIN, [PIN[0], n])).toBeGreaterThanOrEqual(5000);
    expect(haversine(PIN, [PIN[0], s])).toBeGreaterThanOrEqual(5000);
    expect(haversine(PIN, [e, PIN[1]])).toBeGreaterThanOrEqual(5000);
    expect(haversine(PIN, [w, PIN[1]])).toBeGreaterThanOrEqual(5000);
    expect(haversine(PIN, [e, PIN[1]])).toBeLessThan(5100);
  });
});

describe('insideAny', () => {
  it('tells whether a pin is inside an outline', () => {
    const features = loadFixture().features;
    expect(insideAny(PIN, features)).toBe(true);
    expect(insideAny([111.9, 40.5], features)).toBe(false);
  });
});

describe('splitWide', () => {
  it('sets apart areas far larger than the search circle that merely contain the pin', () => {
    const items = [
      { id: 'region', relation: 'inside' as const, box: [109, 39, 114, 42] as [number, number, number, number] },
      { id: 'block', relation: 'inside' as const, box: [111.67, 40.79, 111.69, 40.81] as [number, number, number, number] },
      { id: 'belt-edge', relation: 'near' as const, box: [109, 39, 114, 42] as [number, number, number, number] },
    ];
    const { local, wide } = splitWide(items, 3000, (i) => i.box);
    expect(local.map((i) => i.id)).toEqual(['block', 'belt-edge']);
    expect(wide.map((i) => i.id)).toEqual(['region']);
  });

  it('measures a box side in metres', () => {
    // 0.1° of latitude is 11.12 km on Turf's sphere.
    expect(bboxSpanM([111.68, 40.8, 111.681, 40.9])).toBeCloseTo(haversine([111.68, 40.8], [111.68, 40.9]), 0);
  });
});
