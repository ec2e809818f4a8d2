import { useMemo } from 'react';
import type { Catalog } from '../../../geo/schema.ts';
import { createFeatureIdPredicate, filtersActive, matchesFilters, provisionsWithMatches, type FilterableItem } from '../../lib/filters.ts';
import { selectFilters } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalog } from '../use-catalog.ts';

/**
 * Returns the provision numbers (1–53) that still have at least one item (drawn or listed) passing the active
 * filters, or null while no filter is active or the catalog is not loaded. The reader marks these provisions.
 */
export function useProvisionMatches(given?: Catalog | null): Set<number> | null {
  const filters = useAppStore(selectFilters);
  const { catalog } = useCatalog(given);
  return useMemo(
    () => (catalog && filtersActive(filters) ? provisionsWithMatches(catalog, filters) : null),
    [catalog, filters],
  );
}

/**
 * Returns a predicate for list items under the active filters: pass a catalog entry (or anything with `sector`,
 * `status_class`, `districts`) or a feature id. Everything passes while no filter is active. For the near-me list.
 */
export function useFilterPredicate(given?: Catalog | null): (item: FilterableItem | string) => boolean {
  const filters = useAppStore(selectFilters);
  const { catalog } = useCatalog(given);
  return useMemo(() => {
    if (!filtersActive(filters)) return () => true;
    const byId = catalog ? createFeatureIdPredicate(catalog, filters) : () => false;
    return (item: FilterableItem | string) => (typeof item === 'string' ? byId(item) : matchesFilters(item, filters));
  }, [catalog, filters]);
}
