import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

/**
 * "What is planned near me?": distances from a pin to every plan feature, measured to the nearest part of the
 * geometry (a point, the nearest edge of a line, the nearest edge of a polygon, or 0 inside it).
 * Pure: no DOM, no store. Coordinates are WGS84 `[lng, lat]`; distances in metres.
 */

/** How a feature stands to the pin: the pin lies inside its area, or the feature is within the radius. */
export type NearRelation = 'inside' | 'near';

/** One feature within the radius. */
export interface NearItem<P = Record<string, unknown>> {
  id: string;
  /** Metres from the pin to the nearest part of the geometry; 0 when the pin is inside a polygon. */
  distance: number;
  relation: NearRelation;
  properties: P;
}

/** The minimum a feature needs to be measured: an `id` in its properties and a geometry. */
export type NearFeature<P = Record<string, unknown>> = Feature<Geometry | null, P & { id: string }>;

type Bbox = [number, number, number, number];

/** Metres per degree of latitude (mean Earth radius 6 371 008.8 m, as Turf uses). */
const M_PER_DEG_LAT = (Math.PI * 6_371_008.8) / 180;

// Bboxes are computed once per feature object and reused by later queries: the layers are loaded once and never
// mutated, so a WeakMap keyed by the feature is both correct and free of leaks.
const BBOX_CACHE = new WeakMap<object, Bbox | null>();

function extendBbox(b: Bbox, p: Position): void {
  if (p[0]! < b[0]) b[0] = p[0]!;
  if (p[1]! < b[1]) b[1] = p[1]!;
  if (p[0]! > b[2]) b[2] = p[0]!;
  if (p[1]! > b[3]) b[3] = p[1]!;
}

function geometryBbox(g: Geometry, b: Bbox): void {
  switch (g.type) {
    case 'Point':
      extendBbox(b, g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      for (const p of g.coordinates) extendBbox(b, p);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const l of g.coordinates) for (const p of l) extendBbox(b, p);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const l of poly) for (const p of l) extendBbox(b, p);
      break;
    case 'GeometryCollection':
      for (const sub of g.geometries) geometryBbox(sub, b);
      break;
  }
}

/** Returns the `[minLng, minLat, maxLng, maxLat]` of a feature (cached per feature object), or null without geometry. */
export function featureBbox(f: Feature<Geometry | null>): Bbox | null {
  const cached = BBOX_CACHE.get(f);
  if (cached !== undefined) return cached;
  let out: Bbox | null = null;
  if (f.geometry) {
    const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
    geometryBbox(f.geometry, b);
    out = Number.isFinite(b[0]) ? b : null;
  }
  BBOX_CACHE.set(f, out);
  return out;
}

/**
 * Returns the pin's bbox grown by `radiusM` metres in every direction, `[minLng, minLat, maxLng, maxLat]`.
 * Slightly generous (1 %) so that rounding never drops a feature exactly at the radius; exact distances decide.
 */
export function expandedBbox(point: [number, number], radiusM: number): Bbox {
  const dLat = (radiusM / M_PER_DEG_LAT) * 1.01;
  // Longitude degrees shrink with cos(lat); clamp near the poles so the box stays finite.
  const cos = Math.max(Math.cos((point[1] * Math.PI) / 180), 0.01);
  const dLng = dLat / cos;
  return [point[0] - dLng, point[1] - dLat, point[0] + dLng, point[1] + dLat];
}

function bboxesOverlap(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Returns the metres from `pin` to the nearest point of any of `lines`. The nearest segment and the foot of the
 * perpendicular are found in a local equirectangular plane centred on the pin (cheap: no trigonometry per segment),
 * and only that one point is measured with Turf's great-circle `distance`. Segments count as straight on the map
 * (as they were drawn), not as great-circle arcs; over the ≤ 50 km this app asks about the result stays within
 * 0.1 % of Turf's geodesic `pointToLineDistance`, at a few multiplications per vertex instead of a feature built
 * per segment (two to three orders of magnitude faster over the whole dataset; see test/bench/near-query.ts).
 */
function linesDistanceM(pin: [number, number], lines: readonly Position[][]): number {
  const ky = M_PER_DEG_LAT;
  const kx = Math.cos((pin[1] * Math.PI) / 180) * M_PER_DEG_LAT;
  let best = Infinity;
  let bx = 0;
  let by = 0;
  for (const line of lines) {
    const n = line.length;
    if (n === 0) continue;
    let ax = (line[0]![0]! - pin[0]) * kx;
    let ay = (line[0]![1]! - pin[1]) * ky;
    if (n === 1 && ax * ax + ay * ay < best) {
      best = ax * ax + ay * ay;
      bx = ax;
      by = ay;
    }
    for (let i = 1; i < n; i++) {
      const cx = (line[i]![0]! - pin[0]) * kx;
      const cy = (line[i]![1]! - pin[1]) * ky;
      const dx = cx - ax;
      const dy = cy - ay;
      const len2 = dx * dx + dy * dy;
      // Foot of the perpendicular from the pin (the origin) onto segment a→c, clamped to the segment.
      const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d2 = px * px + py * py;
      if (d2 < best) {
        best = d2;
        bx = px;
        by = py;
      }
      ax = cx;
      ay = cy;
    }
  }
  if (!Number.isFinite(best)) return Infinity;
  if (best === 0) return 0;
  return distance(pin, [pin[0] + bx / kx, pin[1] + by / ky], { units: 'meters' });
}

function polygonDistanceM(pin: [number, number], rings: Position[][]): number {
  if (rings.length === 0 || rings[0]!.length === 0) return Infinity;
  const poly: Polygon = { type: 'Polygon', coordinates: rings };
  // Holes count as outside (booleanPointInPolygon excludes them), so the distance is then to the hole's edge.
  if (booleanPointInPolygon(pin, poly)) return 0;
  return linesDistanceM(pin, rings);
}

/**
 * Returns the distance in metres from `pin` `[lng, lat]` to the nearest part of `g`: to the point, to the nearest
 * edge of a line, to the nearest edge of a polygon, or 0 when the pin lies inside a polygon. Infinity when empty.
 * Uses Turf's great-circle `distance` for the final measure and `booleanPointInPolygon` for "inside".
 */
export function distanceToGeometry(pin: [number, number], g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return distance(pin, g.coordinates, { units: 'meters' });
    case 'MultiPoint':
      return g.coordinates.reduce((m, p) => Math.min(m, distance(pin, p, { units: 'meters' })), Infinity);
    case 'LineString':
      return linesDistanceM(pin, [g.coordinates]);
    case 'MultiLineString':
      return linesDistanceM(pin, g.coordinates);
    case 'Polygon':
      return polygonDistanceM(pin, g.coordinates);
    case 'MultiPolygon': {
      let best = Infinity;
      for (const poly of g.coordinates) {
        best = Math.min(best, polygonDistanceM(pin, poly));
        if (best === 0) break;
      }
      return best;
    }
    case 'GeometryCollection':
      return g.geometries.reduce((m, sub) => Math.min(m, distanceToGeometry(pin, sub)), Infinity);
  }
}

function isAreal(g: Geometry): boolean {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return true;
  if (g.type === 'GeometryCollection') return g.geometries.some(isAreal);
  return false;
}

/**
 * Returns the features within `radiusM` metres of `point` `[lng, lat]`, nearest first (ties by id), each with its
 * distance in metres to the nearest part of its geometry (0 and relation `inside` when the pin is inside a polygon).
 * Features are first kept only when their bbox meets the pin's bbox grown by the radius; only those are measured.
 * Duplicate ids (a feature listed twice) are reported once, at their smallest distance.
 */
export function nearby<P extends { id: string }>(
  features: readonly Feature<Geometry | null, P>[],
  point: [number, number],
  radiusM: number,
): NearItem<P>[] {
  if (!Number.isFinite(point[0]) || !Number.isFinite(point[1]) || !(radiusM >= 0)) return [];
  const box = expandedBbox(point, radiusM);
  const best = new Map<string, NearItem<P>>();
  for (const f of features) {
    if (!f.geometry) continue;
    const fb = featureBbox(f);
    if (!fb || !bboxesOverlap(box, fb)) continue;
    const d = distanceToGeometry(point, f.geometry);
    if (!(d <= radiusM)) continue;
    const id = f.properties.id;
    const prev = best.get(id);
    if (prev && prev.distance <= d) continue;
    best.set(id, {
      id,
      distance: d,
      relation: d === 0 && isAreal(f.geometry) ? 'inside' : 'near',
      properties: f.properties,
    });
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Returns whether `point` `[lng, lat]` lies inside any polygon among `features` (e.g. the city outline). Points and
 * lines never contain it.
 */
export function insideAny(point: [number, number], features: readonly Feature<Geometry | null>[]): boolean {
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const b = featureBbox(f);
    if (b && (point[0] < b[0] || point[0] > b[2] || point[1] < b[1] || point[1] > b[3])) continue;
    if (booleanPointInPolygon(point, g)) return true;
  }
  return false;
}

/** Returns the larger side, in metres, of a `[minLng, minLat, maxLng, maxLat]` box (east–west measured at its middle). */
export function bboxSpanM(b: readonly [number, number, number, number]): number {
  const midLat = ((b[1] + b[3]) / 2) * (Math.PI / 180);
  return Math.max((b[2] - b[0]) * Math.cos(midLat) * M_PER_DEG_LAT, (b[3] - b[1]) * M_PER_DEG_LAT);
}

/**
 * Splits a radius result into what is around the pin and the far larger areas the pin merely lies inside (a
 * metropolitan circle, a regional belt): an `inside` item counts as wide when its box spans more than `factor` times
 * the search circle's diameter. Order is kept. `bboxOf` gives each item's `[minLng, minLat, maxLng, maxLat]`.
 */
export function splitWide<T extends { relation: NearRelation }>(
  items: readonly T[],
  radiusM: number,
  bboxOf: (item: T) => readonly [number, number, number, number] | null | undefined,
  factor = 4,
): { local: T[]; wide: T[] } {
  const local: T[] = [];
  const wide: T[] = [];
  const limit = factor * 2 * radiusM;
  for (const item of items) {
    const b = item.relation === 'inside' ? bboxOf(item) : null;
    if (b && bboxSpanM(b) > limit) wide.push(item);
    else local.push(item);
  }
  return { local, wide };
}
