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
 * of one pixel. Labels use km from 1 km up.
 */
export function niceScaleBar(metresPerPx: number, maxPx: number): ScaleBar {
  if (!(metresPerPx > 0) || !(maxPx > 0)) return { metres: 0, px: 0, label: '' };
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((m) => m * pow <= maxM) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerPx, label: formatDistance(metres) };
}

/** Formats a distance for a scale bar: metres below 1 km (`500 m`), kilometres from 1 km (`2 km`). */
export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${Number((metres / 1000).toPrecision(6))} km` : `${Number(metres.toPrecision(6))} m`;
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

/**
 * Returns the nominal scale 1:N of a picture printed at its paper size, given the ground size of one sheet pixel and
 * the sheet's pixels per millimetre, rounded to two significant figures (e.g. 1 200 000). True at the centre latitude.
 */
export function nominalScale(metresPerSheetPx: number, pxPerMm: number): number {
  const n = metresPerSheetPx * pxPerMm * 1000;
  if (!(n > 0) || !Number.isFinite(n)) return 0;
  const pow = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / pow) * pow;
}

/** Formats a nominal scale: `1:120万` / `1:1,200,000` (Chinese maps count in 万 from 10 000 up). */
export function formatNominalScale(n: number, lang: 'zh' | 'en'): string {
  if (lang === 'zh' && n >= 10_000) return `1:${Number((n / 10_000).toPrecision(6))}万`;
  return `1:${n.toLocaleString('en-GB')}`;
}
