import { BUNDLED_FONT, PLATFORM_CJK_FONTS } from '../layers/fonts.ts';

/**
 * The bundled CJK font, loaded only where it is needed: on a device that can draw no Chinese with its own fonts, and
 * for the PNG sheet. Every other device shows the page and the map in its platform font and never downloads one
 * (the bundled font is ~1.5 MB over the subsets a page of this plan touches).
 */

const PROBE_STACK = [...PLATFORM_CJK_FONTS.map((f) => `'${f}'`), 'sans-serif'].join(', ');

/**
 * Returns whether the browser draws Chinese with a real font of its own (named in the stack or found by the system's
 * fallback). It draws 一 and 丨 on a small canvas: a real font gives a wide flat stroke and a tall thin one; a device
 * without CJK fonts draws both as the same missing-glyph box (or nothing). Synchronous and cheap (a CPU canvas).
 */
export function platformDrawsChinese(): boolean {
  return (platformDraws ??= probeChinese());
}
let platformDraws: boolean | null = null;

function probeChinese(): boolean {
  const size = 32;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  // A browser that cannot tell is assumed to have fonts: downloading 1.5 MB on a guess is the worse mistake.
  if (!ctx) return true;
  ctx.font = `24px ${PROBE_STACK}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const inkBox = (ch: string) => {
    ctx.clearRect(0, 0, size, size);
    ctx.fillText(ch, size / 2, size / 2);
    const data = ctx.getImageData(0, 0, size, size).data;
    let x0 = size;
    let y0 = size;
    let x1 = -1;
    let y1 = -1;
    for (let i = 0; i < size * size; i++) {
      if (data[i * 4 + 3]! < 96) continue;
      const x = i % size;
      const y = (i - x) / size;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
  };
  const flat = inkBox('一');
  const tall = inkBox('丨');
  return flat.w > 2 * flat.h && tall.h > 2 * tall.w;
}

let bundled: Promise<void> | null = null;

/**
 * Defines the bundled font's faces (their stylesheet is a chunk of its own) and marks the page as using it. Later
 * calls share the same work. Resolves when the stylesheet is in; the faces themselves load as text needs them.
 */
export function defineBundledFont(): Promise<void> {
  bundled ??= import('./bundled-font.ts').then(() => {
    document.documentElement.dataset.bundledFont = 'true';
  });
  return bundled;
}

/**
 * Loads the bundled font's faces that cover `text`, in both weights, and resolves when they are ready (failures are
 * swallowed: text then falls back to whatever the device has). Needed before drawing on a canvas (map labels, the
 * PNG sheet), which never waits for a web font by itself.
 */
export async function loadBundledFont(text: string): Promise<void> {
  await defineBundledFont();
  await Promise.all(
    ['400', '700'].map((w) => document.fonts.load(`${w} 16px '${BUNDLED_FONT}'`, text).catch(() => [])),
  );
}

/**
 * Chooses the font once at start: a device that draws Chinese keeps its own fonts; one that does not gets the bundled
 * font before the app's first render (text on the prerendered page swaps to it as the faces arrive).
 */
export function chooseFont(): void {
  if (!platformDrawsChinese()) void defineBundledFont();
}
