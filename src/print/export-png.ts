import QRCode from 'qrcode';
import type { Lang } from '../i18n/lang.ts';
import { PRINT_STRINGS } from '../i18n/print.ts';
import { format } from '../lib/format.ts';
import type { CaptureRequest, CaptureResult } from '../map/capture.ts';
import { CSS_DPI, sheetLayout, type Box, type Orientation, type PaperSize } from './paper.ts';
import { metresPerPixel } from '../layers/mercator.ts';
import { niceScaleBar, northArrowRotation } from './scale-bar.ts';
import type { LegendItem, SheetContent } from './sheet-content.ts';
import { PRINT_FONT_STACK } from '../layers/fonts.ts';
import { loadBundledFont } from '../lib/fonts.ts';

/**
 * Composes a briefing-ready sheet as a PNG: title, the map picture, scale bar, north arrow, legend of the visible
 * layers, the cited provisions (verbatim), sources and attribution, the precision caveat, and the deep link with a
 * QR code. Everything is drawn locally on a 2D canvas (no network).
 */

export interface SheetOptions {
  paper: PaperSize;
  orientation: Orientation;
  dpi: number;
}

export interface SheetResult {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  /** The map picture's camera, for callers that report it. */
  capture: CaptureResult;
}

const INK = '#1b2733';
const SOFT = '#4a5a6a';
const LINE = '#c4ccd4';
const ACCENT = '#0f5f8c';

const font = (weight: 400 | 700, px: number) => `${weight} ${Math.round(px)}px ${PRINT_FONT_STACK}`;

/** Characters that must not start a line (kinsoku). */
const NO_START = /^[，。、；：？！）」』”’》〉…,.;:?!)\]]/;

/** Splits text into breakable tokens: each CJK character alone, Latin words with their trailing space. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9\u00C0-\u024F'’\-./:%#?=&_~+@]+\s*|\s+|./gu) ?? [];
}

/** Returns the lines of `text` wrapped to `maxWidth` pixels in the context's current font. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const tok of tokens(para)) {
      const next = line + tok;
      if (line && ctx.measureText(next.trimEnd()).width > maxWidth && !NO_START.test(tok)) {
        lines.push(line.trimEnd());
        line = tok.trimStart();
      } else line = next;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Draws wrapped text from `y` down, at most to `maxY`; returns the y after the last line drawn. */
function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
  maxY = Infinity,
): number {
  const lines = wrapText(ctx, text, maxWidth);
  for (let i = 0; i < lines.length; i++) {
    if (y + lineHeight > maxY) {
      // Out of room: mark the cut instead of overflowing into the next block.
      if (i > 0) ctx.fillText('…', x, y - lineHeight * 0.1);
      return y;
    }
    ctx.fillText(lines[i], x, y);
    y += lineHeight;
  }
  return y;
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number, w: number, h: number) {
  ctx.save();
  ctx.strokeStyle = item.color;
  ctx.fillStyle = item.color;
  const lw = Math.max(1, h / 5);
  ctx.lineWidth = lw;
  switch (item.swatch) {
    case 'line':
    case 'dashed':
      ctx.setLineDash(item.swatch === 'dashed' ? [lw * 2.5, lw * 1.5] : []);
      ctx.beginPath();
      ctx.moveTo(x, y + h / 2);
      ctx.lineTo(x + w, y + h / 2);
      ctx.stroke();
      break;
    case 'point':
      ctx.beginPath();
      ctx.arc(x + w / 2, y + h / 2, h / 2.6, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = lw / 2;
      ctx.stroke();
      break;
    case 'hatch': {
      ctx.globalAlpha = 0.15;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 0.8;
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      ctx.lineWidth = lw / 1.5;
      for (let o = -h; o < w; o += h / 2.2) {
        ctx.moveTo(x + o, y + h);
        ctx.lineTo(x + o + h, y);
      }
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.setLineDash([lw * 2, lw]);
      ctx.strokeRect(x, y, w, h);
      break;
    }
    default:
      ctx.globalAlpha = 0.35;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
      ctx.strokeRect(x, y, w, h);
  }
  ctx.restore();
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, bearing: number, label: string) {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = LINE;
  ctx.lineWidth = Math.max(1, r / 20);
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.translate(cx, cy);
  ctx.rotate((northArrowRotation(bearing) * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -r * 0.72);
  ctx.lineTo(r * 0.32, r * 0.45);
  ctx.lineTo(0, r * 0.22);
  ctx.lineTo(-r * 0.32, r * 0.45);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.save();
  ctx.fillStyle = INK;
  ctx.font = font(700, r * 0.5);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, cx, cy - r - r * 0.08);
  ctx.restore();
}

function drawScaleBar(ctx: CanvasRenderingContext2D, x: number, y: number, metresPerPx: number, maxPx: number, k: number, lang: Lang) {
  const bar = niceScaleBar(metresPerPx, maxPx, lang);
  if (!bar.px) return;
  const h = 1.6 * k;
  const pad = 2 * k;
  ctx.save();
  ctx.font = font(700, 3 * k);
  const labelW = ctx.measureText(bar.label).width;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x - pad, y - 4.5 * k - pad, Math.max(bar.px, labelW) + 2 * pad, 4.5 * k + h + 2 * pad);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, x, y - 0.8 * k);
  // Alternating halves, as on survey maps.
  ctx.fillRect(x, y, bar.px / 2, h);
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, k / 4);
  ctx.strokeRect(x, y, bar.px, h);
  ctx.restore();
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The map picture could not be decoded.'));
    img.src = src;
  });
}

/**
 * Loads the bundled font's faces for every character the sheet draws (canvas text does not wait by itself): the sheet
 * is set in the bundled font on every device, so a printed briefing looks the same wherever it was made.
 */
async function loadFonts(c: SheetContent): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts?.load) return;
  const text = [c.title, c.subtitle, ...c.legend.map((l) => l.title), ...c.cited.map((x) => x.text), c.caveat, ...c.sources].join('');
  await loadBundledFont([...new Set(text)].join('')).catch(() => undefined);
}

interface ColumnCtx {
  ctx: CanvasRenderingContext2D;
  k: number;
  t: (typeof PRINT_STRINGS)[Lang];
}

function heading({ ctx, k }: ColumnCtx, text: string, x: number, y: number): number {
  ctx.fillStyle = ACCENT;
  ctx.font = font(700, 3.4 * k);
  ctx.fillText(text, x, y);
  return y + 5.2 * k;
}

function drawLegend(c: ColumnCtx, items: LegendItem[], box: Box, y: number, maxY: number): number {
  const { ctx, k, t } = c;
  y = heading(c, t.legend, box.x, y);
  ctx.font = font(400, 3.1 * k);
  ctx.fillStyle = INK;
  if (!items.length) return drawText(ctx, t.legendEmpty, box.x, y, box.w, 4.4 * k, maxY) + 2 * k;
  const colW = box.w >= 120 * k ? box.w / 2 : box.w;
  let col = 0;
  let rowY = y;
  for (const item of items) {
    if (rowY + 4.6 * k > maxY) break;
    const x = box.x + col * colW;
    drawSwatch(ctx, item, x, rowY + 0.2 * k, 8 * k, 3.6 * k);
    ctx.fillStyle = INK;
    ctx.font = font(400, 3.1 * k);
    ctx.fillText(item.title, x + 10 * k, rowY, colW - 11 * k);
    if (colW < box.w && col === 0) col = 1;
    else {
      col = 0;
      rowY += 4.9 * k;
    }
  }
  return (col === 1 ? rowY + 4.9 * k : rowY) + 2.5 * k;
}

function drawCited(c: ColumnCtx, content: SheetContent, box: Box, y: number, maxY: number): number {
  if (!content.cited.length) return y;
  const { ctx, k, t } = c;
  y = heading(c, content.translationNote ? t.citedEn : t.cited, box.x, y);
  // The translation's label comes first, so that it is never the part cut for lack of room.
  if (content.translationNote) {
    ctx.fillStyle = SOFT;
    ctx.font = font(400, 2.7 * k);
    y = drawText(ctx, content.translationNote, box.x, y, box.w, 3.8 * k, maxY) + 1.4 * k;
  }
  for (const x of content.cited) {
    if (y + 9 * k > maxY) break;
    ctx.fillStyle = ACCENT;
    ctx.font = font(700, 3 * k);
    ctx.fillText(format(t.provision, { n: x.p }), box.x, y);
    y += 4.4 * k;
    ctx.fillStyle = INK;
    ctx.font = font(400, 3.3 * k);
    // Quote marks and ellipsis sit outside the verbatim words, so what is inside the marks is the plan's own text.
    const quoted = `“${x.text}”${x.truncated ? t.excerptMore : ''}`;
    y = drawText(ctx, quoted, box.x + 2 * k, y, box.w - 2 * k, 4.9 * k, maxY) + 1.6 * k;
  }
  return y + 1.5 * k;
}

/** Draws caveat, sources, link and QR code upwards from the bottom of `box`; returns the top y used. */
async function drawBottom(c: ColumnCtx, content: SheetContent, box: Box): Promise<number> {
  const { ctx, k, t } = c;
  const qrSize = 26 * k;
  const bottom = box.y + box.h;
  // QR code and link.
  const qr = document.createElement('canvas');
  await QRCode.toCanvas(qr, content.link, { errorCorrectionLevel: 'M', margin: 1, width: Math.round(qrSize), color: { dark: '#000000', light: '#ffffff' } });
  const qrY = bottom - qrSize;
  ctx.drawImage(qr, box.x, qrY, qrSize, qrSize);
  const lx = box.x + qrSize + 3 * k;
  const lw = box.w - qrSize - 3 * k;
  ctx.fillStyle = ACCENT;
  ctx.font = font(700, 2.9 * k);
  ctx.fillText(t.link, lx, qrY, lw);
  ctx.fillStyle = INK;
  ctx.font = `400 ${Math.round(2.5 * k)}px ui-monospace, 'DejaVu Sans Mono', monospace`;
  const linkLines = wrapLink(ctx, content.link, lw);
  linkLines.slice(0, 6).forEach((l, i) => ctx.fillText(l, lx, qrY + 4.6 * k + i * 3.4 * k));

  // Sources and caveat above it, measured first so they stack from the bottom.
  ctx.font = font(400, 2.5 * k);
  const srcLines = content.sources.flatMap((s) => wrapText(ctx, s, box.w));
  const srcShown = srcLines.slice(0, 10);
  ctx.font = font(400, 2.8 * k);
  const cavLines = wrapText(ctx, content.caveat, box.w - 4 * k);
  const srcH = 5.2 * k + srcShown.length * 3.4 * k;
  const cavH = cavLines.length * 4 * k + 3 * k;
  let y = qrY - 3 * k - srcH - 2 * k - cavH;
  const top = y;

  ctx.fillStyle = '#fff6dc';
  ctx.fillRect(box.x, y, box.w, cavH);
  ctx.fillStyle = '#b07800';
  ctx.fillRect(box.x, y, 0.8 * k, cavH);
  ctx.fillStyle = INK;
  ctx.font = font(400, 2.8 * k);
  cavLines.forEach((l, i) => ctx.fillText(l, box.x + 2.6 * k, y + 1.5 * k + i * 4 * k));
  y += cavH + 2 * k;

  y = heading(c, t.sources, box.x, y);
  ctx.fillStyle = SOFT;
  ctx.font = font(400, 2.5 * k);
  srcShown.forEach((l, i) => ctx.fillText(l, box.x, y + i * 3.4 * k));
  return top;
}

/** Wraps a URL anywhere (it has no spaces). */
function wrapLink(ctx: CanvasRenderingContext2D, link: string, maxWidth: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of link) {
    if (line && ctx.measureText(line + ch).width > maxWidth) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Draws the whole sheet and returns its canvas. `capture` renders the map picture (see `src/map/capture.ts`); the
 * map is drawn at `dpi / 96` device pixels per CSS pixel so that labels keep their screen size in millimetres.
 */
export async function composeSheet(
  content: SheetContent,
  opts: SheetOptions,
  capture: (req: CaptureRequest) => Promise<CaptureResult>,
): Promise<SheetResult> {
  const L = sheetLayout(opts.paper, opts.orientation, opts.dpi);
  const k = L.pxPerMm;
  const t = PRINT_STRINGS[content.lang];
  const mapW = Math.round(L.map.w);
  const mapH = Math.round(L.map.h);
  const [shot] = await Promise.all([capture({ width: mapW, height: mapH, pixelRatio: opts.dpi / CSS_DPI }), loadFonts(content)]);
  const img = await loadImage(shot.dataUrl);

  const canvas = document.createElement('canvas');
  canvas.width = L.width;
  canvas.height = L.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images (no 2D canvas).');
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.height);

  // Title band.
  ctx.fillStyle = INK;
  ctx.font = font(700, (opts.paper === 'A3' ? 9 : 7) * k);
  ctx.fillText(content.title, L.title.x, L.title.y, L.title.w);
  ctx.fillStyle = SOFT;
  ctx.font = font(400, (opts.paper === 'A3' ? 3.8 : 3.2) * k);
  ctx.fillText(content.subtitle, L.title.x, L.title.y + L.title.h - 4.4 * k, L.title.w);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(L.title.x, L.title.y + L.title.h + 1.6 * k, L.title.w, 0.6 * k);

  // Map picture: fitted into its box (it may come back smaller if the GPU limits the canvas).
  const s = Math.min(L.map.w / img.width, L.map.h / img.height);
  const dw = img.width * s;
  const dh = img.height * s;
  ctx.fillStyle = '#eef1f4';
  ctx.fillRect(L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.drawImage(img, L.map.x + (L.map.w - dw) / 2, L.map.y + (L.map.h - dh) / 2, dw, dh);
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, k / 3);
  ctx.strokeRect(L.map.x, L.map.y, L.map.w, L.map.h);

  // Scale bar (true at the centre latitude) and north arrow on the map.
  const metresPerSheetPx = metresPerPixel(shot.zoom, shot.center[1]) / shot.pixelRatio / s;
  drawScaleBar(ctx, L.map.x + 6 * k, L.map.y + L.map.h - 8 * k, metresPerSheetPx, 40 * k, k, content.lang);
  drawNorthArrow(ctx, L.map.x + L.map.w - 11 * k, L.map.y + 13 * k, 6 * k, shot.bearing, t.north);

  // Side: legend and cited text from the top, caveat / sources / link from the bottom.
  const col: ColumnCtx = { ctx, k, t };
  if (opts.orientation === 'landscape') {
    const top = await drawBottom(col, content, L.side);
    let y = drawLegend(col, content.legend, L.side, L.side.y, top - 3 * k);
    y = drawCited(col, content, L.side, y, top - 3 * k);
  } else {
    const gap = 5 * k;
    const w = (L.side.w - 2 * gap) / 3;
    const c1: Box = { ...L.side, w };
    const c2: Box = { ...L.side, x: L.side.x + w + gap, w };
    const c3: Box = { ...L.side, x: L.side.x + 2 * (w + gap), w };
    drawLegend(col, content.legend, c1, c1.y, c1.y + c1.h);
    drawCited(col, content, c2, c2.y, c2.y + c2.h);
    await drawBottom(col, content, c3);
  }

  // Footer: date and the plan title.
  ctx.fillStyle = SOFT;
  ctx.font = font(400, 2.6 * k);
  ctx.fillText(`${format(t.generated, { date: content.date })} · ${t.scale}`, L.footer.x, L.footer.y + 2 * k, L.footer.w);

  return { canvas, width: L.width, height: L.height, capture: shot };
}

/** Returns the sheet as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png'),
  );
}

/** Returns a file name like `hohhot-plan-A4-landscape-150dpi-2026-01-31.png`. */
export function pngFileName(opts: SheetOptions, date: string): string {
  return `hohhot-plan-${opts.paper}-${opts.orientation}-${opts.dpi}dpi-${date}.png`;
}
