import { describe, expect, it } from 'vitest';
import { hatchImage } from '../../src/layers/hatch.ts';

describe('hatch pattern', () => {
  const img = hatchImage('#e0592a')!;
  const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;

  it('is a 16 px tile (8 CSS px at pixel ratio 2) in the layer colour', () => {
    expect([img.width, img.height, img.data.length]).toEqual([16, 16, 16 * 16 * 4]);
    expect([...img.data.slice(0, 3)]).toEqual([0xe0, 0x59, 0x2a]);
    expect(hatchImage('#e0592a', 1)!.width).toBe(8);
  });

  it('draws the diagonal at 60 % opacity and leaves the space between lines clear', () => {
    // The pixel centred on the middle diagonal (x + y + 1 = 16) is fully covered; the far corner is empty.
    expect(alpha(7, 8)).toBe(Math.round(255 * 0.6));
    expect(alpha(0, 0)).toBeGreaterThan(0);
    expect(alpha(3, 3)).toBe(0);
    expect(alpha(12, 12)).toBe(0);
  });

  it('tiles seamlessly: every pixel matches an endless set of diagonals one tile apart', () => {
    const size = img.width;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const s = x + y + 1;
        const nearest = Math.round(s / size) * size;
        const d = Math.abs(s - nearest) / Math.SQRT2;
        const expected = Math.round(255 * 0.6 * Math.max(0, Math.min(1, 1.1 + 0.5 - d)));
        expect(alpha(x, y), `${x},${y}`).toBe(expected);
      }
    }
  });

  it('refuses a colour it cannot read', () => {
    expect(hatchImage('orange')).toBeNull();
  });
});
