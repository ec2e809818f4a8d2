/**
 * The plan layers the geo build knows, and the rectangle each layer's coordinates must fall in.
 * Kept here (not imported from `src/layers/registry.ts`) so the build scripts never depend on app code; a data test
 * checks that both lists agree.
 */

/** `[minLng, minLat, maxLng, maxLat]` in degrees (WGS84). */
export type Bounds = readonly [number, number, number, number];

/** Hohhot and its immediate surroundings: every local layer must lie inside (a swapped `[lat, lng]` falls outside). */
export const HOHHOT_BOUNDS: Bounds = [109.5, 39.3, 113.5, 41.9];

/** China and the corridors of provision 25 (Mongolia, Russia, Kazakhstan, Europe as far as Madrid and Moscow). */
export const REGIONAL_BOUNDS: Bounds = [-10, 15, 135, 60];

/** The layer ids, in the registry's order. */
export const GEO_LAYER_IDS = [
  'industry-belts',
  'industry-parks',
  'ecology-layout',
  'ecology-mountains',
  'ecology-water',
  'ecology-forest',
  'urban-structure',
  'transport-urban',
  'transport-highway',
  'transport-rail',
  'transport-air',
  'transport-logistics',
  'projects-energy',
  'projects-water',
  'projects-health',
  'projects-science',
  'culture-heritage',
  'culture-tourism',
  'consumption',
  'regional-circles',
  'regional-links',
] as const;

/**
 * Returns the layer id of an authored file name: `ecology-water.geojson` and `ecology-water.rivers.geojson` both
 * belong to `ecology-water`; null when the stem is not a known layer.
 */
export function layerOfFile(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.split('.')[0] ?? '';
  return (GEO_LAYER_IDS as readonly string[]).includes(stem) ? stem : null;
}

/** Returns the bounds a layer's coordinates must fall in: regional layers get the wide rectangle. */
export function boundsForLayer(layerId: string | null): Bounds {
  return layerId !== null && layerId.startsWith('regional-') ? REGIONAL_BOUNDS : HOHHOT_BOUNDS;
}

/** Bounds of each context file (by name without extension); names not listed use `HOHHOT_BOUNDS`. */
export const CONTEXT_BOUNDS: Record<string, Bounds> = {
  provinces: [73, 3, 136, 54],
  neighbours: [97, 37, 127, 54],
  // The countries along provision 25's routes, from Germany to Russia's Pacific coast (cut at the antimeridian).
  world: [-20, 15, 180, 85],
};
