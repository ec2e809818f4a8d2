import { resolveFeatureId } from '../../geo/aliases.ts';
import type { Catalog, CatalogEntry } from '../../geo/schema.ts';
import type { BBox, Rect } from './camera.ts';

/**
 * Pure helpers for framing features: which box the camera must show so that the whole feature is visible — its
 * geometry and, for an approximate feature, its whole circle of doubt — and which part of the map a panel covers.
 * Boxes are `[minLng, minLat, maxLng, maxLat]` in degrees (WGS84); rectangles are CSS pixels.
 */

const METRES_PER_DEGREE_LAT = 111_320;

/** Returns `box` grown by `metres` on every side (east–west at the box's mean latitude). */
export function growBox(box: BBox, metres: number): BBox {
  if (!(metres > 0)) return [...box] as BBox;
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const lat = ((box[1] + box[3]) / 2) * (Math.PI / 180);
  const dLng = metres / (METRES_PER_DEGREE_LAT * Math.max(0.05, Math.cos(lat)));
  return [box[0] - dLng, box[1] - dLat, box[2] + dLng, box[3] + dLat];
}

/**
 * Returns the box that shows a feature whole: its bbox, grown by its radius of doubt when it is approximate (the halo
 * drawn around an approximate point is part of what the reader must see).
 */
export function featureFrame(entry: Pick<CatalogEntry, 'bbox' | 'precision' | 'uncertainty_m'>): BBox {
  const grow = entry.precision === 'approximate' ? (entry.uncertainty_m ?? 0) : 0;
  return growBox(entry.bbox, grow);
}

/**
 * Returns the box that frames the given ids: each resolved through the alias table; an unplaced place is framed by
 * the feature it is known to lie in (`within`), if any. Null when none of them can be framed.
 */
export function frameBoxFor(catalog: Pick<Catalog, 'features' | 'unplaced'>, ids: readonly string[]): BBox | null {
  let out: BBox | null = null;
  for (const raw of ids) {
    const id = resolveFeatureId(raw);
    let entry = Object.hasOwn(catalog.features, id) ? catalog.features[id] : undefined;
    if (!entry) {
      const within = catalog.unplaced.find((u) => u.id === id)?.within;
      entry = within && Object.hasOwn(catalog.features, within) ? catalog.features[within] : undefined;
    }
    if (!entry) continue;
    const b = featureFrame(entry);
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : b;
  }
  return out;
}

/**
 * Returns the rectangle a panel will cover once it settles: its current box, with its top moved to where the declared
 * height puts it (a bottom sheet that is still sliding reports its final height through `data-occludes-height`).
 */
export function settledOccluder(rect: Rect, declaredHeight: number | null): Rect {
  if (declaredHeight === null || !Number.isFinite(declaredHeight) || declaredHeight < 0) return rect;
  return { ...rect, top: rect.bottom - declaredHeight };
}
