/**
 * How much room the map's furniture may take, decided from the map's size alone. Pure: no DOM, no map; the map module
 * applies the answers to MapLibre's controls.
 */

/** A map container's size in CSS pixels. */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * The smallest map (CSS px) on which the attribution starts expanded. Its full text (the precision caveat and seven
 * sources) runs to three lines of up to 760 px: on anything smaller it would cover a seventh of the map or more, so
 * it starts collapsed behind MapLibre's ⓘ button (one tap opens it). Phones, embeds such as 800 × 500 and laptop
 * windows with the side panel open are below it; a 1920 × 1080 screen is above it.
 */
export const ATTRIBUTION_OPEN_MIN: MapSize = { width: 1000, height: 640 };

/** Returns whether the attribution should start expanded on a map of this size (collapsed otherwise). */
export function attributionStartsOpen(size: MapSize): boolean {
  return size.width >= ATTRIBUTION_OPEN_MIN.width && size.height >= ATTRIBUTION_OPEN_MIN.height;
}

/**
 * The smallest map (CSS px) on which the legend starts open. Below it (phones, a desktop window whose side panel leaves
 * the map 400 px wide) it starts as its title button, so that it does not cover half the map; the reader opens it
 * with one tap. An 800 × 500 embed and every desktop screen are above it.
 */
export const LEGEND_OPEN_MIN: MapSize = { width: 560, height: 400 };

/** Returns whether the legend should start open on a map of this size (as its title button otherwise). */
export function legendStartsOpen(size: MapSize): boolean {
  return size.width >= LEGEND_OPEN_MIN.width && size.height >= LEGEND_OPEN_MIN.height;
}
