import { loadBundledFont, platformDrawsChinese } from '../lib/fonts.ts';
import { loadLabelChars } from '../lib/geo-data.ts';

/**
 * Resolves when the map may draw its first label. MapLibre rasterises every glyph locally (TinySDF) once and caches
 * it, and a canvas never waits for a web font: on a device without CJK fonts the bundled font's faces for every label
 * character (`geo/label-chars.txt`, written by the geo build) must be in before the first label is drawn, or the
 * labels would stay as boxes. A device that draws Chinese itself needs nothing and fetches nothing.
 */
export async function prepareLabelFont(loadChars: () => Promise<string> = loadLabelChars): Promise<void> {
  if (platformDrawsChinese()) return;
  const chars = await loadChars().catch(() => '');
  await loadBundledFont(`${chars}ABCabc0123456789 ?`);
}
