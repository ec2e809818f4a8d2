/**
 * Web Mercator scale maths as MapLibre draws it (512-px tiles), shared by the layer specs (halo radii), the live
 * map's picture capture and the exported sheet's scale bar. Pure.
 */

/** Equatorial circumference of the WGS84 ellipsoid, metres (as MapLibre uses it). */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** MapLibre's tile size in CSS px: zoom 0 shows the world in 512 px. */
export const TILE_PX = 512;

/**
 * Returns ground metres per CSS pixel at `zoom` and latitude `lat` (degrees), the true scale at that latitude.
 * Divide by the pixel ratio for metres per device pixel.
 */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_PX * 2 ** zoom);
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
