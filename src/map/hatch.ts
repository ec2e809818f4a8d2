/**
 * Draws the diagonal hatch pattern of schematic areas on a small canvas, so that no external sprite is needed.
 * Returns ImageData at `pixelRatio` 2 (an 8 px CSS tile).
 */
export function hatchImage(color: string, pixelRatio = 2): ImageData | null {
  const size = 8 * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.strokeStyle = color;
  ctx.globalAlpha = 0.6;
  ctx.lineWidth = 1.1 * pixelRatio;
  ctx.lineCap = 'square';
  // Three strokes so that the diagonal continues seamlessly across tile edges.
  ctx.beginPath();
  for (const o of [-size, 0, size]) {
    ctx.moveTo(o, size);
    ctx.lineTo(o + size, 0);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
