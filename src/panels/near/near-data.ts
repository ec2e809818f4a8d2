import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Catalog, MapFeatureProps } from '../../../geo/schema.ts';
import { GeoDataError, loadCatalog, loadContext, loadLayer, type ContextName } from '../../lib/geo-data.ts';
import { adminPlaces, buildPlaceIndex, dedupePlaces, landmarkPlaces, placesFromCatalog, type ContextFeature } from '../../lib/place-index.ts';
import type { Place, PlaceIndex } from '../../lib/place-search.ts';
import { kindWord } from '../../lib/words.ts';
import { LAYER_IDS } from '../../layers/registry.ts';

/** Everything the near-me panel works on, loaded once. Coordinates are `[lng, lat]`. */
export interface NearData {
  catalog: Catalog;
  /** Every plan feature of every layer, with geometry. */
  features: Feature<Geometry, MapFeatureProps>[];
  /** The city outline (to tell a pin outside Hohhot); empty when the file could not load. */
  cityOutline: Feature<Geometry | null>[];
  places: PlaceIndex;
  /** Files that failed to load but were not essential (a layer, a landmark file), relative to the app. */
  missing: string[];
}

type Ctx = Partial<Record<ContextName, FeatureCollection<Geometry, Record<string, unknown>>>>;

/**
 * Returns the panel's data from the parts already loaded: the catalog, the plan layers and the context files.
 * Pure (tests call it with fixtures).
 */
export function buildNearData(
  catalog: Catalog,
  layers: readonly FeatureCollection<Geometry, MapFeatureProps>[],
  context: Ctx,
  missing: string[] = [],
): NearData {
  // A feature with a role in a second layer is drawn in both files: it is one place, listed once.
  const seen = new Set<string>();
  const features = layers.flatMap((l) =>
    l.features.filter((f) => f.geometry && f.properties?.id && !seen.has(f.properties.id) && seen.add(f.properties.id)),
  );
  const ctx = (name: ContextName): ContextFeature[] => (context[name]?.features ?? []) as ContextFeature[];
  const metroLine = (p: Record<string, unknown>) => {
    const line = p.lines ?? p.line;
    const s = Array.isArray(line) ? line.join('、') : typeof line === 'string' || typeof line === 'number' ? String(line) : '';
    if (!s) return undefined;
    const n = s.replace(/[^0-9、,]/g, '');
    return n ? { zh: `地铁 ${n} 号线`, en: `Metro line ${n}` } : { zh: s, en: s };
  };
  const places: Place[] = dedupePlaces([
    ...placesFromCatalog(catalog, kindWord),
    ...adminPlaces(catalog.districts, ctx('seats'), ctx('counties')),
    ...landmarkPlaces(ctx('metro-stations'), 'metro', metroLine),
    ...landmarkPlaces(ctx('parks'), 'park'),
    ...landmarkPlaces(ctx('colleges'), 'college'),
  ]);
  return {
    catalog,
    features,
    cityOutline: (context.city?.features ?? []) as Feature<Geometry | null>[],
    places: buildPlaceIndex(places),
    missing,
  };
}

const CONTEXT_USED: ContextName[] = ['city', 'seats', 'counties', 'metro-stations', 'parks', 'colleges'];

/**
 * Loads the catalog, every plan layer and the landmark files, and builds the panel's data. Fails (with a
 * `GeoDataError` naming the file) only when the catalog cannot load; a missing layer or landmark file is listed
 * in `missing` and the rest still works.
 */
export async function loadNearData(): Promise<NearData> {
  const catalogP = loadCatalog();
  const layerResults = await Promise.allSettled(LAYER_IDS.map((id) => loadLayer(id)));
  const ctxResults = await Promise.allSettled(CONTEXT_USED.map((name) => loadContext(name)));
  const catalog = await catalogP;
  const missing: string[] = [];
  const layers: FeatureCollection<Geometry, MapFeatureProps>[] = [];
  layerResults.forEach((r, i) => {
    if (r.status === 'fulfilled') layers.push(r.value);
    else missing.push(r.reason instanceof GeoDataError ? r.reason.file : `geo/layers/${LAYER_IDS[i]}.geojson`);
  });
  const context: Ctx = {};
  ctxResults.forEach((r, i) => {
    if (r.status === 'fulfilled') context[CONTEXT_USED[i]!] = r.value;
    else missing.push(r.reason instanceof GeoDataError ? r.reason.file : `geo/context/${CONTEXT_USED[i]}.geojson`);
  });
  return buildNearData(catalog, layers, context, missing);
}
