import type { Catalog } from '../../../geo/schema.ts';
import { OVERVIEW_STRINGS } from '../../i18n/overview.ts';
import { sectorLabel, statusLabel } from '../../lib/words.ts';
import { layerById } from '../../layers/registry.ts';
import { OUTSIDE_CITY } from '../../lib/filters.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { StoryFilters } from '../story-schema.ts';

/**
 * Names of what a step shows (layers, features, filter values) for the editor. Ids come from drafts and files, so
 * they are looked up only as own properties or through the registry's lookup, never as plain object keys.
 */

/** Returns a layer's title, or its id when the registry has no such layer. */
export function layerName(id: string, lang: Lang): string {
  const l = layerById(id);
  return l ? (lang === 'en' ? l.title_en : l.title_zh) : id;
}

/** Returns a feature's name from the catalog, or its id. */
export function featureName(id: string, lang: Lang, catalog: Catalog | null): string {
  const f = catalog && Object.hasOwn(catalog.features, id) ? catalog.features[id] : null;
  return f ? (lang === 'en' ? f.name_en : f.name_zh) : id;
}

/** Returns every filter value of a step in words (sector and status labels, district names). */
export function filterWords(f: StoryFilters, lang: Lang, catalog: Catalog | null): string[] {
  const districts = catalog?.districts;
  return [
    ...f.sectors.map((v) => sectorLabel(v, lang)),
    ...f.statuses.map((v) => statusLabel(v, lang)),
    ...f.districts.map((v) => {
      if (v === OUTSIDE_CITY) return OVERVIEW_STRINGS[lang].outsideCity;
      const d = districts && Object.hasOwn(districts, v) ? districts[v] : null;
      return d ? (lang === 'en' ? d.name_en : d.name_zh) : v;
    }),
  ];
}
