/**
 * Pure camera helpers for the map adapter: bounding boxes, padding, preset views. No map instance here, so they are
 * unit-tested in node. Bounding boxes are `[minLng, minLat, maxLng, maxLat]`; views are `{ zoom, lat, lng }`.
 */
import type { MapView } from '../store/types.ts';

export type BBox = [number, number, number, number];

/** Returns the smallest bbox containing every given bbox, or null for an empty list. Invalid boxes are skipped. */
export function bboxUnion(boxes: readonly (BBox | null | undefined)[]): BBox | null {
  let out: BBox | null = null;
  for (const b of boxes) {
    if (!b || b.length !== 4 || !b.every(Number.isFinite) || b[0] > b[2] || b[1] > b[3]) continue;
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [...b];
  }
  return out;
}

/** Returns `bbox` grown to at least `minSpan` degrees on each axis around its centre (so a point is not fitted to z22). */
export function ensureMinSpan(b: BBox, minSpan = 0.02): BBox {
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  const hw = Math.max((b[2] - b[0]) / 2, minSpan / 2);
  const hh = Math.max((b[3] - b[1]) / 2, minSpan / 2);
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** Returns whether [lng, lat] lies inside the bbox. */
export function bboxContains(b: BBox, lng: number, lat: number): boolean {
  return lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Returns fit padding in px for a map drawn in `map`, given the rectangles of panels that cover part of it (a side
 * panel floating over the map, a phone's bottom sheet). Each occluder pushes the padding on the side it covers the
 * most; the padding never leaves less than a third of the map free on either axis.
 */
export function fitPadding(map: Rect, occluders: readonly Rect[], margin = 40): Padding {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const m = Math.min(margin, Math.round(Math.min(w, h) / 10));
  const p: Padding = { top: m, right: m, bottom: m, left: m };
  for (const o of occluders) {
    const l = Math.max(o.left, map.left);
    const r = Math.min(o.right, map.right);
    const t = Math.max(o.top, map.top);
    const b = Math.min(o.bottom, map.bottom);
    if (r <= l || b <= t) continue;
    const coversWidth = (r - l) / w;
    const coversHeight = (b - t) / h;
    if (coversWidth >= coversHeight) {
      // A band across the map: a bottom sheet or a top bar.
      if (b - map.top > map.bottom - t) p.bottom = Math.max(p.bottom, map.bottom - t + m);
      else p.top = Math.max(p.top, b - map.top + m);
    } else if (l - map.left > map.right - r) p.right = Math.max(p.right, map.right - l + m);
    else p.left = Math.max(p.left, r - map.left + m);
  }
  const maxX = (w * 2) / 3;
  const maxY = (h * 2) / 3;
  if (p.left + p.right > maxX) {
    const k = maxX / (p.left + p.right);
    p.left = Math.floor(p.left * k);
    p.right = Math.floor(p.right * k);
  }
  if (p.top + p.bottom > maxY) {
    const k = maxY / (p.top + p.bottom);
    p.top = Math.floor(p.top * k);
    p.bottom = Math.floor(p.bottom * k);
  }
  return p;
}

/** Returns the view rounded as the URL carries it (zoom 2 decimals, lat/lng 5, bearing/pitch 1; zeros omitted). */
export function roundView(v: MapView): MapView {
  const r = (n: number, d: number) => Number(n.toFixed(d));
  const out: MapView = { zoom: r(v.zoom, 2), lat: r(v.lat, 5), lng: r(v.lng, 5) };
  if (v.bearing && Math.abs(v.bearing) >= 0.05) out.bearing = r(v.bearing, 1);
  if (v.pitch && v.pitch >= 0.05) out.pitch = r(v.pitch, 1);
  return out;
}

/** Returns whether two views are the same camera within URL rounding. */
export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.zoom - b.zoom) < 0.011 &&
    Math.abs(a.lat - b.lat) < 0.00002 &&
    Math.abs(a.lng - b.lng) < 0.00002 &&
    Math.abs((a.bearing ?? 0) - (b.bearing ?? 0)) < 0.11 &&
    Math.abs((a.pitch ?? 0) - (b.pitch ?? 0)) < 0.11
  );
}

/** The scales the document works at, as bboxes. */
export const VIEW_PRESETS = {
  /** 中心城区: the four urban districts' built-up core. */
  core: [111.52, 40.72, 111.86, 40.92] as BBox,
  /** 全市: the whole city territory. */
  city: [110.77, 39.58, 112.33, 41.46] as BBox,
  /** 区域: Hohhot–Baotou–Ordos–Ulanqab and Beijing–Tianjin–Hebei. */
  region: [107.0, 37.6, 119.9, 42.8] as BBox,
  /** 全国: China. */
  china: [73.4, 17.5, 135.1, 53.6] as BBox,
} as const;
export type ViewPreset = keyof typeof VIEW_PRESETS;

/** The first view when the URL carries none: the whole city. */
export const DEFAULT_BOUNDS: BBox = VIEW_PRESETS.city;
