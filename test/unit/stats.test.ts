import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { length as turfLength, area as turfArea } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Catalog, MapFeatureProps } from '../../geo/schema.ts';
import { computeStats } from '../../src/lib/stats.ts';
import { makeCatalog } from './fixtures/catalog.ts';

describe('computeStats on the fixture catalog', () => {
  it('counts mapped and unplaced items separately', () => {
    const s = computeStats(makeCatalog());
    expect(s.mapped).toBe(14);
    expect(s.unplaced).toBe(2);
  });

  it('counts by sector, largest first, without empty sectors', () => {
    const s = computeStats(makeCatalog());
    expect(s.bySector[0]).toEqual({ key: 'transport', count: 4 });
    expect(Object.fromEntries(s.bySector.map((r) => [r.key, r.count]))).toEqual({
      transport: 4, industry: 2, ecology: 2, silicon: 1, equipment: 1, computing: 1, urban: 1, regional: 1, health: 1,
    });
  });

  it('lists the plan verbs behind each status class', () => {
    const s = computeStats(makeCatalog());
    const underway = s.byStatus.find((r) => r.key === 'underway')!;
    expect(underway.count).toBe(4);
    expect(underway.verbs).toEqual([{ verb: '加快建设', count: 3 }, { verb: '推进', count: 1 }]);
    const context = s.byStatus.find((r) => r.key === 'context')!;
    expect(context.verbs).toEqual([]);
  });

  it('counts a feature once in every district it touches and keeps empty districts', () => {
    const s = computeStats(makeCatalog());
    const d = Object.fromEntries(s.byDistrict.map((r) => [r.key, r.count]));
    expect(d['150105']).toBe(4); // central belt, aerospace, third ring, S43
    expect(d['150124']).toBe(1);
    expect(s.byDistrict).toHaveLength(9);
    expect(s.byDistrict.find((r) => r.key === '150125')!.name_zh).toBe('武川县');
    expect(s.outsideCity).toBe(1);
  });

  it('counts by layer group and by precision', () => {
    const s = computeStats(makeCatalog());
    expect(s.byGroup.find((r) => r.key === 'transport')!.count).toBe(4);
    expect(s.byGroup.find((r) => r.key === 'industry')!.count).toBe(5);
    expect(s.byPrecision).toEqual([
      { key: 'surveyed', count: 4 },
      { key: 'approximate', count: 5 },
      { key: 'schematic', count: 5 },
    ]);
  });

  it('lists the belts with their targets as written and their parks, 两千亿级 first', () => {
    const s = computeStats(makeCatalog());
    expect(s.belts.map((b) => [b.id, b.target])).toEqual([
      ['belt-central', '两千亿级'],
      ['belt-north', '千亿级'],
    ]);
    expect(s.belts[0].parks.map((p) => p.id).sort()).toEqual(['park-aerospace', 'park-jinshan']);
    expect(s.belts[1].parks.map((p) => p.id)).toEqual(['park-science-city']);
  });

  it('measures roads and rail from non-schematic lines only and counts the schematic ones', () => {
    const s = computeStats(makeCatalog());
    expect(s.roads).toEqual({ km: 71.25, measured: 1, schematic: 1, ids: ['ring-third'], schematicIds: ['road-s43'] });
    expect(s.rail).toEqual({ km: 120.5, measured: 1, schematic: 0, ids: ['rail-hohhot-ordos'], schematicIds: [] });
  });

  it('sums hectares of non-schematic zones and leaves administrative units out', () => {
    const s = computeStats(makeCatalog());
    // jinshan 12.5 + aerospace 62 + hasuhai 30.4 km² = 104.9 km² = 10490 ha; belts and the screen are schematic.
    expect(s.zones.hectares).toBeCloseTo(10490, 6);
    expect(s.zones.measured).toBe(3);
    expect(s.zones.schematic).toBe(3);
    expect(s.zones.ids).toEqual(['park-aerospace', 'park-jinshan', 'wetland-hasuhai']);
    expect(s.zones.byGroup.map((g) => [g.key, Math.round(g.hectares), g.measured])).toEqual([
      ['industry', 7450, 2],
      ['ecology', 3040, 1],
    ]);
  });

  it('tells which provisions have a mapped feature and which do not', () => {
    const s = computeStats(makeCatalog());
    expect(s.provisions.mapped).toEqual([15, 18, 22, 33, 37, 44, 52]);
    expect(s.provisions.unmapped).toHaveLength(46);
    expect(s.provisions.unmapped).toContain(16); // only an unplaced place names it
  });
});

// ---- The shipped data: every figure recomputed here from the raw layer files, not through computeStats. ----

const GEO = join(import.meta.dirname, '../../public/geo');
// Skipped only while the data build has not produced any feature yet (an empty catalog has no figures to check).
const hasData =
  existsSync(join(GEO, 'catalog.json')) &&
  Object.keys((JSON.parse(readFileSync(join(GEO, 'catalog.json'), 'utf8')) as Catalog).features).length > 0;

describe.skipIf(!hasData)('computeStats on the shipped data', () => {
  const catalog = (): Catalog => JSON.parse(readFileSync(join(GEO, 'catalog.json'), 'utf8'));
  const rawFeatures = (): Feature<Geometry, MapFeatureProps>[] =>
    readdirSync(join(GEO, 'layers'))
      .filter((f) => f.endsWith('.geojson'))
      .flatMap((f) => (JSON.parse(readFileSync(join(GEO, 'layers', f), 'utf8')) as FeatureCollection<Geometry, MapFeatureProps>).features);
  const uniqueIds = (fs: Feature<Geometry, MapFeatureProps>[]) => new Set(fs.map((f) => f.properties.id));
  const tally = (keys: string[]) => {
    const m: Record<string, number> = {};
    for (const k of keys) m[k] = (m[k] ?? 0) + 1;
    return m;
  };
  const firstById = (fs: Feature<Geometry, MapFeatureProps>[]) => {
    const m = new Map<string, Feature<Geometry, MapFeatureProps>>();
    for (const f of fs) if (!m.has(f.properties.id)) m.set(f.properties.id, f);
    return [...m.values()];
  };

  it('counts as many mapped items as the layer files hold', () => {
    expect(computeStats(catalog()).mapped).toBe(uniqueIds(rawFeatures()).size);
  });

  it('counts by sector as the layer files say', () => {
    const expected = tally(firstById(rawFeatures()).map((f) => f.properties.sector));
    const got = Object.fromEntries(computeStats(catalog()).bySector.map((r) => [r.key, r.count]));
    expect(got).toEqual(expected);
  });

  it('counts by status class as the layer files say', () => {
    const expected = tally(firstById(rawFeatures()).map((f) => f.properties.status_class));
    const got = Object.fromEntries(computeStats(catalog()).byStatus.map((r) => [r.key, r.count]));
    expect(got).toEqual(expected);
  });

  it('counts by precision as the layer files say', () => {
    const expected = tally(firstById(rawFeatures()).map((f) => f.properties.precision));
    const got = Object.fromEntries(computeStats(catalog()).byPrecision.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
    expect(got).toEqual(expected);
  });

  it('counts the unplaced places the catalog lists', () => {
    expect(computeStats(catalog()).unplaced).toBe(catalog().unplaced.length);
  });

  it('lists the four industrial belts of the belts layer with a written output target each', () => {
    const raw = JSON.parse(readFileSync(join(GEO, 'layers/industry-belts.geojson'), 'utf8')) as FeatureCollection<Geometry, MapFeatureProps>;
    const beltIds = [...new Set(raw.features.map((f) => f.properties.id))].sort();
    const s = computeStats(catalog());
    expect(s.belts.map((b) => b.id).sort()).toEqual(beltIds);
    expect(s.belts).toHaveLength(4);
    const targets = s.belts.map((b) => b.target);
    expect(targets.filter((t) => t === '两千亿级')).toHaveLength(2);
    expect(targets.filter((t) => t === '千亿级')).toHaveLength(2);
  });

  it('measures roads and rail within 1% of the drawn geometry (turf length of non-schematic lines)', () => {
    const lines = firstById(rawFeatures()).filter(
      (f) => (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString') && f.properties.precision !== 'schematic',
    );
    const km = (kinds: string[]) =>
      rawFeatures()
        .filter((f) => lines.some((l) => l.properties.id === f.properties.id) && kinds.includes(f.properties.kind))
        .reduce((sum, f) => sum + turfLength(f, { units: 'kilometers' }), 0);
    const s = computeStats(catalog());
    const roadKm = km(['expressway-ring', 'ring-road', 'elevated-road', 'expressway', 'highway', 'road']);
    const railKm = km(['rail-line']);
    expect(Math.abs(s.rail.km - railKm)).toBeLessThanOrEqual(Math.max(railKm * 0.01, 0.01));
    expect(Math.abs(s.roads.km - roadKm)).toBeLessThanOrEqual(Math.max(roadKm * 0.01, 0.01));
  });

  it('sums hectares within 1% of the drawn non-schematic zones (turf area)', () => {
    const skip = new Set(['district', 'county', 'city', 'region', 'economic-circle', 'metropolitan-area']);
    const zoneIds = new Set(
      firstById(rawFeatures())
        .filter((f) => (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && f.properties.precision !== 'schematic' && !skip.has(f.properties.kind))
        .map((f) => f.properties.id),
    );
    // A feature drawn in two layers (a second role) is one zone: count it once.
    const ha = firstById(rawFeatures())
      .filter((f) => zoneIds.has(f.properties.id))
      .reduce((sum, f) => sum + turfArea(f) / 10_000, 0);
    const s = computeStats(catalog());
    expect(Math.abs(s.zones.hectares - ha)).toBeLessThanOrEqual(Math.max(ha * 0.01, 0.5));
  });

  it('counts provisions with a place on the map from the mentions of the drawn features', () => {
    const c = catalog();
    const drawn = uniqueIds(rawFeatures());
    const ps = new Set<number>();
    for (const id of drawn) for (const m of c.features[id].mentions) ps.add(m.p);
    const s = computeStats(c);
    expect(s.provisions.mapped).toEqual([...ps].filter((p) => p >= 1 && p <= 53).sort((a, b) => a - b));
    expect(s.provisions.mapped.length + s.provisions.unmapped.length).toBe(53);
  });

  it('counts by district as the catalog districts say', () => {
    const c = catalog();
    const expected: Record<string, number> = {};
    for (const e of Object.values(c.features)) for (const d of new Set(e.districts)) expected[d] = (expected[d] ?? 0) + 1;
    const got = Object.fromEntries(computeStats(c).byDistrict.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
    expect(got).toEqual(expected);
  });
});
