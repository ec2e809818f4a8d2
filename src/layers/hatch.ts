/** An RGBA image MapLibre's `addImage` accepts (straight, not premultiplied, alpha). */
export interface HatchImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * The diagonal hatch pattern of schematic areas, so that no external sprite is needed: an 8 px CSS tile at
 * `pixelRatio` (2 by default). Computed in plain arithmetic rather than drawn on a canvas: reading pixels back from
 * a canvas forces a GPU round trip that cost seconds per first map under software rendering. Returns null for a
 * colour that is not `#rrggbb`.
 */
export function hatchImage(color: string, pixelRatio = 2): HatchImage | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  const size = 8 * pixelRatio;
  const halfWidth = (1.1 * pixelRatio) / 2;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Lines run from bottom-left to top-right (x + y = c); three of them (c = 0, size, 2·size) so that the
      // diagonal continues seamlessly across tile edges.
      const s = x + 0.5 + (y + 0.5);
      const d = Math.min(Math.abs(s), Math.abs(s - size), Math.abs(s - 2 * size)) / Math.SQRT2;
      // One pixel of antialiasing around the stroke's edge.
      const coverage = Math.max(0, Math.min(1, halfWidth + 0.5 - d));
      const i = (y * size + x) * 4;
      data[i] = r!;
      data[i + 1] = g!;
      data[i + 2] = b!;
      data[i + 3] = Math.round(255 * 0.6 * coverage);
    }
  }
  return { width: size, height: size, data };
}
