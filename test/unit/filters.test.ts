import { featureFilter, validateStyleMin, type FilterSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  OUTSIDE_CITY,
  createFeatureIdPredicate,
  filterCatalog,
  filtersActive,
  matchesFilters,
  matchingFeatureIds,
  provisionsWithMatches,
  toMaplibreFilter,
  type FilterableItem,
} from '../../src/lib/filters.ts';
import type { Filters } from '../../src/store/types.ts';
import { makeCatalog, makeLayers } from './fixtures/catalog.ts';

const F = (f: Partial<Filters>): Filters => ({ sectors: [], statuses: [], districts: [], ...f });
const item: FilterableItem = { sector: 'silicon', status_class: 'underway', districts: ['150121'] };

describe('matchesFilters', () => {
  it('passes everything when no filter is set', () => {
    expect(matchesFilters(item, F({}))).toBe(true);
  });

  it('ORs the values within one key', () => {
    expect(matchesFilters(item, F({ sectors: ['dairy', 'silicon'] }))).toBe(true);
    expect(matchesFilters(item, F({ sectors: ['dairy', 'energy'] }))).toBe(false);
  });

  it('ANDs across keys', () => {
    expect(matchesFilters(item, F({ sectors: ['silicon'], statuses: ['underway'] }))).toBe(true);
    expect(matchesFilters(item, F({ sectors: ['silicon'], statuses: ['planned'] }))).toBe(false);
    expect(matchesFilters(item, F({ sectors: ['silicon'], districts: ['150102'] }))).toBe(false);
  });

  it('matches a district when the item touches any of the chosen ones', () => {
    const two = { ...item, districts: ['150102', '150105'] };
    expect(matchesFilters(two, F({ districts: ['150105', '150124'] }))).toBe(true);
  });

  it('matches items without districts only through the outside-the-city value', () => {
    expect(matchesFilters({ sector: 'regional', status_class: 'ongoing' }, F({ districts: ['150102'] }))).toBe(false);
    expect(matchesFilters({ sector: 'regional', status_class: 'ongoing', districts: [] }, F({ districts: [OUTSIDE_CITY] }))).toBe(true);
    expect(matchesFilters(item, F({ districts: [OUTSIDE_CITY] }))).toBe(false);
  });
});

describe('provisionsWithMatches', () => {
  it('returns the provisions of the matching items only', () => {
    const got = provisionsWithMatches(makeCatalog(), F({ sectors: ['transport'] }));
    expect([...got].sort((a, b) => a - b)).toEqual([33]);
  });

  it('includes provisions whose only matching item is unplaced, unless told not to', () => {
    const c = makeCatalog();
    expect(provisionsWithMatches(c, F({ sectors: ['dairy'] }))).toEqual(new Set([16]));
    expect(provisionsWithMatches(c, F({ sectors: ['dairy'] }), { includeUnplaced: false })).toEqual(new Set());
  });

  it('combines keys: silicon items in Tumed Left Banner are named in (15) and (22)', () => {
    const got = provisionsWithMatches(makeCatalog(), F({ sectors: ['silicon', 'health'], districts: ['150121'] }));
    expect([...got].sort((a, b) => a - b)).toEqual([15, 22]);
  });
});

describe('toMaplibreFilter', () => {
  const evaluate = (expr: unknown, props: Record<string, unknown>) =>
    featureFilter(expr as FilterSpecification, 'filter').filter({ zoom: 10 }, { type: 1, properties: props, geometry: [] } as never);

  it('returns null when no filter is active', () => {
    expect(toMaplibreFilter(F({}), makeCatalog())).toBeNull();
    expect(filtersActive(F({}))).toBe(false);
  });

  it('is a valid style-spec filter', () => {
    const expr = toMaplibreFilter(F({ sectors: ['transport'], statuses: ['planned', 'underway'], districts: ['150105'] }), makeCatalog());
    const style = {
      version: 8,
      sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [{ id: 'l', type: 'circle', source: 's', filter: expr }],
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('selects on the flat layer properties exactly the features matchesFilters selects', () => {
    const catalog = makeCatalog();
    const cases = [
      F({ sectors: ['transport'] }),
      F({ statuses: ['underway', 'completed'] }),
      F({ districts: ['150105'] }),
      F({ districts: [OUTSIDE_CITY] }),
      F({ sectors: ['transport', 'silicon'], statuses: ['underway'], districts: ['150121', '150123'] }),
    ];
    const flat = Object.values(makeLayers(catalog)).flatMap((fc) => fc.features.map((f) => f.properties));
    for (const filters of cases) {
      const expr = toMaplibreFilter(filters, catalog);
      const byMap = flat.filter((p) => evaluate(expr, p as unknown as Record<string, unknown>)).map((p) => p.id).sort();
      expect(byMap, JSON.stringify(filters)).toEqual(matchingFeatureIds(catalog, filters));
    }
  });

  it('matches nothing on a district filter before the catalog is known', () => {
    const expr = toMaplibreFilter(F({ districts: ['150105'] }), null);
    expect(evaluate(expr, { id: 'ring-third', sector: 'transport', status_class: 'underway' })).toBe(false);
  });
});

describe('createFeatureIdPredicate', () => {
  it('passes the ids of matching features only', () => {
    const ok = createFeatureIdPredicate(makeCatalog(), F({ statuses: ['completed'] }));
    expect(ok('hospital-first')).toBe(true);
    expect(ok('ring-third')).toBe(false);
  });

  it('passes every id while no filter is active', () => {
    expect(createFeatureIdPredicate(makeCatalog(), F({}))('no-such-id')).toBe(true);
  });
});

describe('filterCatalog', () => {
  it('keeps only the features and unplaced places that pass', () => {
    const c = filterCatalog(makeCatalog(), F({ statuses: ['sought'] }));
    expect(Object.keys(c.features)).toEqual(['rail-hohhot-ordos']);
    expect(c.unplaced.map((u) => u.id)).toEqual(['un-dairy-valley']);
    expect(Object.keys(c.districts)).toHaveLength(9);
  });
});
