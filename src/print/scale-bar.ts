import type { Lang } from '../i18n/lang.ts';
import { formatDistance } from '../lib/format.ts';

/**
 * Scale bar and north arrow maths for exported maps. Pure: no DOM. Ground scale: `src/layers/mercator.ts`.
 */

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
export function formatNominalScale(n: number, lang: Lang): string {
  if (lang === 'zh' && n >= 10_000) return `1:${Number((n / 10_000).toPrecision(6))}万`;
  return `1:${n.toLocaleString('en-GB')}`;
}
