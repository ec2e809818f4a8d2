import type { Catalog, Sector, StatusClass } from '../../geo/schema.ts';
import type { Filters } from '../store/types.ts';

/**
 * The filters that drive map, lists and reader together, as pure functions. Within one key the values are OR-ed
 * (sector = dairy OR silicon); across keys they are AND-ed (sector AND status AND district). An empty key does not
 * filter.
 */

/**
 * District filter value for items that touch no Hohhot district (regional links, neighbouring cities). Allowed by the
 * URL codec's list syntax, so `district=outside` round-trips.
 */
export const OUTSIDE_CITY = 'outside';

/** What a filter looks at: a catalog entry, an unplaced entry, or anything shaped like them. */
export interface FilterableItem {
  sector: Sector;
  status_class: StatusClass;
  /** Adcodes of the districts touched; missing or empty = outside the city (or not placed). */
  districts?: readonly string[];
}

/** A MapLibre expression as plain JSON (this module must not import maplibre-gl). */
export type FilterExpression = readonly unknown[];

/** Returns true when at least one filter key has a value. */
export function filtersActive(filters: Filters): boolean {
  return filters.sectors.length > 0 || filters.statuses.length > 0 || filters.districts.length > 0;
}

/** Returns the number of filter values set across all keys. */
export function filterCount(filters: Filters): number {
  return filters.sectors.length + filters.statuses.length + filters.districts.length;
}

function matchesDistricts(districts: readonly string[] | undefined, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const ds = districts ?? [];
  return wanted.some((w) => (w === OUTSIDE_CITY ? ds.length === 0 : ds.includes(w)));
}

/**
 * Returns whether `item` passes `filters` (OR within a key, AND across keys). An item without districts matches the
 * district filter only through {@link OUTSIDE_CITY}.
 */
export function matchesFilters(item: FilterableItem, filters: Filters): boolean {
  if (filters.sectors.length > 0 && !filters.sectors.includes(item.sector)) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(item.status_class)) return false;
  return matchesDistricts(item.districts, filters.districts);
}

/** Returns the ids of the catalog's mapped features that pass `filters`, sorted. */
export function matchingFeatureIds(catalog: Catalog, filters: Filters): string[] {
  return Object.values(catalog.features)
    .filter((e) => matchesFilters(e, filters))
    .map((e) => e.id)
    .sort();
}

/**
 * Returns a predicate over feature ids for lists that hold ids only (e.g. the near-me list): true when the id is a
 * catalog feature passing `filters`. Unknown ids pass only while no filter is active.
 */
export function createFeatureIdPredicate(catalog: Catalog, filters: Filters): (id: string) => boolean {
  if (!filtersActive(filters)) return () => true;
  const ok = new Set(matchingFeatureIds(catalog, filters));
  return (id) => ok.has(id);
}

/** Returns a copy of `catalog` holding only the features and unplaced places that pass `filters`. */
export function filterCatalog(catalog: Catalog, filters: Filters): Catalog {
  if (!filtersActive(filters)) return catalog;
  return {
    ...catalog,
    features: Object.fromEntries(Object.entries(catalog.features).filter(([, e]) => matchesFilters(e, filters))),
    unplaced: catalog.unplaced.filter((u) => matchesFilters(u, filters)),
  };
}

export interface ProvisionMatchOptions {
  /** Also count places the plan names but the map does not draw (default true: they are items of the list too). */
  includeUnplaced?: boolean;
}

/**
 * Returns the provision numbers (1–53) that still have at least one item passing `filters`: the reader marks these
 * while filters are active. With no filter active, every provision that has any item.
 */
export function provisionsWithMatches(
  catalog: Catalog,
  filters: Filters,
  opts: ProvisionMatchOptions = {},
): Set<number> {
  const out = new Set<number>();
  const add = (item: FilterableItem & { mentions: { p: number }[] }) => {
    if (!matchesFilters(item, filters)) return;
    for (const m of item.mentions) if (m.p >= 1) out.add(m.p);
  };
  for (const e of Object.values(catalog.features)) add(e);
  if (opts.includeUnplaced ?? true) for (const u of catalog.unplaced) add(u);
  return out;
}

/**
 * Returns a MapLibre filter expression over the flat layer properties (`sector`, `status_class`, `id`) equivalent to
 * {@link matchesFilters}, or null when no filter is active (apply none). Districts are not flat properties: the
 * matching feature ids are computed from `catalog` (with no catalog yet, a district filter matches nothing).
 * Combine it with a layer's own filter as `['all', own, this]`.
 */
export function toMaplibreFilter(filters: Filters, catalog: Catalog | null): FilterExpression | null {
  if (!filtersActive(filters)) return null;
  const parts: unknown[] = [];
  if (filters.sectors.length) parts.push(['in', ['get', 'sector'], ['literal', [...filters.sectors]]]);
  if (filters.statuses.length) parts.push(['in', ['get', 'status_class'], ['literal', [...filters.statuses]]]);
  if (filters.districts.length) {
    const ids = catalog
      ? Object.values(catalog.features)
          .filter((e) => matchesDistricts(e.districts, filters.districts))
          .map((e) => e.id)
          .sort()
      : [];
    parts.push(['in', ['get', 'id'], ['literal', ids]]);
  }
  return parts.length === 1 ? (parts[0] as FilterExpression) : ['all', ...parts];
}
