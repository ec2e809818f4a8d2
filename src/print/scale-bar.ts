import type { Lang } from '../i18n/lang.ts';
import { formatDistance } from '../lib/format.ts';

/**
 * Scale bar and north arrow maths for exported maps. Pure: no DOM. Web Mercator with 512-px tiles (MapLibre).
 */

/** Equatorial circumference of the WGS84 ellipsoid, metres (as MapLibre uses it). */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Returns ground metres per CSS pixel at `zoom` and latitude `lat` (degrees), the true scale at that latitude in
 * Web Mercator. Divide by the pixel ratio for metres per device pixel.
 */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A scale bar: its ground length, its length in pixels and a label. */
export interface ScaleBar {
  metres: number;
  px: number;
  label: string;
}

/**
 * Returns the longest "round" scale bar (1, 2 or 5 × 10ⁿ metres) that fits in `maxPx` pixels, given the ground size
 * of one pixel, labelled in `lang` (km from 1 km up).
 */
export function niceScaleBar(metresPerPx: number, maxPx: number, lang: Lang): ScaleBar {
  if (!(metresPerPx > 0) || !(maxPx > 0)) return { metres: 0, px: 0, label: '' };
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((m) => m * pow <= maxM) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerPx, label: formatDistance(metres, lang, 'nominal') };
}

/**
 * Returns the rotation in degrees (clockwise) to draw a north arrow on a map rotated by `bearing`: a map turned 30°
 * clockwise (bearing 30) has north pointing 30° anticlockwise.
 */
export function northArrowRotation(bearing: number): number {
  const r = -bearing % 360;
  return r === 0 ? 0 : r;
}

/**
 * Returns the zoom at which a view that fits `liveCss` CSS pixels at `zoom` fits a target of `targetCss` CSS pixels
 * with at least the same ground extent visible on both axes.
 */
export function zoomForTarget(
  zoom: number,
  liveCss: { width: number; height: number },
  targetCss: { width: number; height: number },
): number {
  const k = Math.min(targetCss.width / liveCss.width, targetCss.height / liveCss.height);
  return zoom + Math.log2(k);
}
