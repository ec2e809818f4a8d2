import QRCode from 'qrcode';
import type { Lang } from '../i18n/lang.ts';
import { PRINT_STRINGS } from '../i18n/print.ts';
import { format } from '../lib/format.ts';
import type { CaptureRequest, CaptureResult } from '../map/capture.ts';
import { CSS_DPI, sheetLayout, type Box, type Orientation, type PaperSize } from './paper.ts';
import { metresPerPixel } from '../layers/mercator.ts';
import { formatNominalScale, niceScaleBar, nominalScale, northArrowRotation } from './scale-bar.ts';
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
/** Characters that must not end a line: opening brackets and quotes go down with what they open. */
const NO_END = /[（「『“‘《〈(\[]$/;

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
        const carry = NO_END.test(line) && line.length > 1 ? line.slice(-1) : '';
        lines.push(line.slice(0, line.length - carry.length).trimEnd());
        line = carry + tok.trimStart();
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

/** Draws a north arrow (a filled dart, turned against the map's bearing) centred on (cx, cy), `r` tall from centre. */
function drawNorthArrow(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, bearing: number) {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate((northArrowRotation(bearing) * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(r * 0.45, r * 0.7);
  ctx.lineTo(0, r * 0.3);
  ctx.lineTo(-r * 0.45, r * 0.7);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/**
 * Draws the map's furniture in its band under the picture (never on the map): a scale bar with 0 / half / full
 * ticks, the nominal scale at the printed paper size, the projection note and the north arrow.
 */
function drawFurniture(
  ctx: CanvasRenderingContext2D,
  band: Box,
  metresPerPx: number,
  bearing: number,
  c: { k: number; t: (typeof PRINT_STRINGS)[Lang]; lang: Lang; paper: PaperSize },
) {
  const { k, t } = c;
  const midY = band.y + band.h / 2;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(band.x, band.y, band.w, band.h);
  ctx.strokeStyle = LINE;
  ctx.lineWidth = Math.max(1, k / 4);
  ctx.beginPath();
  ctx.moveTo(band.x, band.y);
  ctx.lineTo(band.x + band.w, band.y);
  ctx.stroke();

  // Scale bar: alternating halves, ticks labelled 0, half and the full length.
  const bar = niceScaleBar(metresPerPx, Math.min(50 * k, band.w * 0.4), c.lang);
  let x = band.x + 5 * k;
  if (bar.px > 0) {
    const h = 1.5 * k;
    const y = midY + 0.6 * k;
    ctx.fillStyle = INK;
    ctx.fillRect(x, y, bar.px / 2, h);
    ctx.strokeStyle = INK;
    ctx.lineWidth = Math.max(1, k / 4);
    ctx.strokeRect(x, y, bar.px, h);
    ctx.font = font(400, 2.6 * k);
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'center';
    ctx.fillText('0', x, y - 0.6 * k);
    // The half tick shows its number only, in the unit the full length is labelled in.
    const half = bar.metres >= 1000 ? bar.metres / 2000 : bar.metres / 2;
    ctx.fillText(String(Number(half.toFixed(1))), x + bar.px / 2, y - 0.6 * k);
    ctx.textAlign = 'left';
    ctx.font = font(700, 2.6 * k);
    const end = bar.label;
    const endNumber = /^[\d.,]+/.exec(end)?.[0] ?? '';
    ctx.fillText(end, x + bar.px - ctx.measureText(endNumber).width / 2, y - 0.6 * k);
    x += bar.px + ctx.measureText(end).width + 5 * k;
  }
  // Nominal scale at the printed size, and how the scale is meant.
  const n = nominalScale(metresPerPx, k);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = font(700, 2.9 * k);
  const scaleText = n ? formatNominalScale(n, c.lang) : '';
  ctx.fillText(scaleText, x, midY - 1.6 * k);
  ctx.fillStyle = SOFT;
  ctx.font = font(400, 2.4 * k);
  ctx.fillText(format(t.printedAt, { paper: c.paper }), x, midY + 1.9 * k);

  // North arrow at the right end, with its letter beside it.
  const r = band.h * 0.34;
  const ax = band.x + band.w - 5 * k - r * 0.45;
  drawNorthArrow(ctx, ax, midY, r, bearing);
  ctx.fillStyle = INK;
  ctx.font = font(700, 3.2 * k);
  ctx.textAlign = 'right';
  ctx.fillText(t.north, ax - r * 0.45 - 1.5 * k, midY);
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

/**
 * Draws the legend from `y`, at most to `maxY`: one or two columns by the box's width, rows tightened when the layers
 * would not fit, and when even then some do not, a last row says how many more (the link shows them all).
 */
function drawLegend(c: ColumnCtx, items: LegendItem[], box: Box, y: number, maxY: number): number {
  const { ctx, k, t } = c;
  y = heading(c, t.legend, box.x, y);
  ctx.font = font(400, 3.1 * k);
  ctx.fillStyle = INK;
  if (!items.length) return drawText(ctx, t.legendEmpty, box.x, y, box.w, 4.4 * k, maxY) + 2 * k;
  const cols = box.w >= 120 * k ? 2 : 1;
  const colW = box.w / cols;
  const rowsNeeded = Math.ceil(items.length / cols);
  const tight = y + rowsNeeded * 4.9 * k > maxY;
  const rowH = (tight ? 4.1 : 4.9) * k;
  const size = (tight ? 2.7 : 3.1) * k;
  const rows = Math.max(0, Math.floor((maxY - y) / rowH + 1e-6));
  const fits = rows * cols >= items.length;
  const shown = fits ? items : items.slice(0, Math.max(0, rows * cols - 1));
  shown.forEach((item, i) => {
    const x = box.x + (i % cols) * colW;
    const rowY = y + Math.floor(i / cols) * rowH;
    drawSwatch(ctx, item, x, rowY + 0.2 * k, 8 * k, rowH - 1.3 * k);
    ctx.fillStyle = INK;
    ctx.font = font(400, size);
    ctx.fillText(item.title, x + 10 * k, rowY, colW - 11 * k);
  });
  let used = shown.length;
  if (!fits && rows > 0) {
    ctx.fillStyle = SOFT;
    ctx.font = font(400, size);
    const rowY = y + Math.floor(used / cols) * rowH;
    ctx.fillText(t.legendMore.replace('{n}', String(items.length - shown.length)), box.x + (used % cols) * colW, rowY, colW);
    used += 1;
  }
  return y + Math.ceil(used / cols) * rowH + 2.5 * k;
}

function drawCited(c: ColumnCtx, content: SheetContent, box: Box, y: number, maxY: number): number {
  if (!content.cited.length) return y;
  const { ctx, k, t } = c;
  if (y + 5.2 * k + 9 * k > maxY) return y;
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

/** Draws the QR code and the link at the bottom of `box`; returns the top y used. */
async function drawLink(c: ColumnCtx, content: SheetContent, box: Box): Promise<number> {
  const { ctx, k, t } = c;
  const qrSize = 26 * k;
  const qr = document.createElement('canvas');
  await QRCode.toCanvas(qr, content.link, { errorCorrectionLevel: 'M', margin: 1, width: Math.round(qrSize), color: { dark: '#000000', light: '#ffffff' } });
  const qrY = box.y + box.h - qrSize;
  ctx.drawImage(qr, box.x, qrY, qrSize, qrSize);
  const lx = box.x + qrSize + 3 * k;
  const lw = box.w - qrSize - 3 * k;
  ctx.fillStyle = ACCENT;
  ctx.font = font(700, 2.9 * k);
  // A heading too long for the line breaks before its bracket, not inside a word.
  const head = ctx.measureText(t.link).width > lw ? t.link.split(/(?=[（(])/).flatMap((part) => wrapText(ctx, part.trim(), lw)) : [t.link];
  head.forEach((l, i) => ctx.fillText(l, lx, qrY + i * 4 * k, lw));
  ctx.fillStyle = INK;
  ctx.font = `400 ${Math.round(2.5 * k)}px ui-monospace, 'DejaVu Sans Mono', monospace`;
  const linkLines = wrapLink(ctx, content.link, lw);
  const firstLink = qrY + head.length * 4 * k + 0.6 * k;
  const room = Math.max(1, Math.floor((qrY + qrSize - firstLink) / (3.4 * k)));
  linkLines.slice(0, room).forEach((l, i) => ctx.fillText(l, lx, firstLink + i * 3.4 * k));
  return qrY;
}

/** Sheet text of the sources: curly apostrophes set straight, since the CJK face draws them full-width. */
const sourceText = (s: string) => s.replace(/[’‘]/g, "'");

/** Returns the height the caveat box takes in a column `w` wide. */
function caveatHeight(c: ColumnCtx, content: SheetContent, w: number): number {
  c.ctx.font = font(400, 2.8 * c.k);
  return wrapText(c.ctx, content.caveat, w - 4 * c.k).length * 4 * c.k + 3 * c.k;
}

/** Draws the precision caveat (a tinted box) from `y`; returns the y below it. */
function drawCaveat(c: ColumnCtx, content: SheetContent, box: Box, y: number): number {
  const { ctx, k } = c;
  ctx.font = font(400, 2.8 * k);
  const lines = wrapText(ctx, content.caveat, box.w - 4 * k);
  const h = lines.length * 4 * k + 3 * k;
  ctx.fillStyle = '#fff6dc';
  ctx.fillRect(box.x, y, box.w, h);
  ctx.fillStyle = '#b07800';
  ctx.fillRect(box.x, y, 0.8 * k, h);
  ctx.fillStyle = INK;
  lines.forEach((l, i) => ctx.fillText(l, box.x + 2.6 * k, y + 1.5 * k + i * 4 * k));
  return y + h + 2.5 * k;
}

/** Returns the wrapped source lines (each source starts a new line) for a column `w` wide. */
function sourceLines(c: ColumnCtx, content: SheetContent, w: number): string[] {
  c.ctx.font = font(400, 2.5 * c.k);
  return content.sources.flatMap((src) => wrapText(c.ctx, sourceText(src), w));
}

/**
 * Draws the sources heading and lines from `y`, at most to `maxY`: when they do not all fit, the last line says where
 * the full list is (the link). Returns the y below the last line.
 */
function drawSources(c: ColumnCtx, content: SheetContent, box: Box, y: number, maxY: number): number {
  const { ctx, k, t } = c;
  // No room for the heading and a line: leave it to the link rather than draw over it.
  if (y + 5.2 * k + 3.4 * k > maxY) return y;
  y = heading(c, t.sources, box.x, y);
  const lines = sourceLines(c, content, box.w);
  const lh = 3.4 * k;
  // A hair of tolerance: the room was computed from the same sums, and float rounding must not cost a line.
  const room = Math.max(0, Math.floor((maxY - y) / lh + 1e-6));
  const shown = lines.length <= room ? lines : [...lines.slice(0, Math.max(0, room - 1)), t.sourcesMore];
  ctx.fillStyle = SOFT;
  ctx.font = font(400, 2.5 * k);
  shown.forEach((l, i) => ctx.fillText(l, box.x, y + i * lh, box.w));
  return y + shown.length * lh;
}

/** Returns the height of the sources block (heading and every line) in a column `w` wide. */
function sourcesHeight(c: ColumnCtx, content: SheetContent, w: number): number {
  return 5.2 * c.k + sourceLines(c, content, w).length * 3.4 * c.k;
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

  // Furniture in its band under the picture (scale true at the centre latitude), then one frame round both.
  const metresPerSheetPx = metresPerPixel(shot.zoom, shot.center[1]) / shot.pixelRatio / s;
  drawFurniture(ctx, L.furniture, metresPerSheetPx, shot.bearing, { k, t, lang: content.lang, paper: opts.paper });
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, k / 3);
  ctx.strokeRect(L.map.x, L.map.y, L.map.w, L.map.h + L.furniture.h);

  const col: ColumnCtx = { ctx, k, t };
  const gap = 3 * k;
  if (opts.orientation === 'landscape') {
    // One column: legend and the cited text from the top; caveat and sources above the link at the bottom.
    const side = L.side;
    const linkTop = await drawLink(col, content, side);
    const cavH = caveatHeight(col, content, side.w) + 2.5 * k;
    const bottomH = cavH + sourcesHeight(col, content, side.w);
    // The caveat and at least three lines of sources always have their room; the legend and the text share the rest.
    const bottomMin = Math.min(bottomH, cavH + 5.2 * k + 3 * 3.4 * k);
    let y = drawLegend(col, content.legend, side, side.y, linkTop - gap - bottomMin);
    y = drawCited(col, content, side, y, Math.max(y, linkTop - gap - bottomH - gap));
    const cavY = Math.min(Math.max(y, linkTop - gap - bottomH), linkTop - gap - bottomMin);
    drawSources(col, content, side, drawCaveat(col, content, side, cavY), linkTop - gap);
  } else {
    // Three columns: legend over the link; the cited text; caveat over the sources.
    const g = 5 * k;
    const w = (L.side.w - 2 * g) / 3;
    const c1: Box = { ...L.side, w };
    const c2: Box = { ...L.side, x: L.side.x + w + g, w };
    const c3: Box = { ...L.side, x: L.side.x + 2 * (w + g), w };
    const linkTop = await drawLink(col, content, c1);
    drawLegend(col, content.legend, c1, c1.y, linkTop - gap);
    drawCited(col, content, c2, c2.y, c2.y + c2.h);
    drawSources(col, content, c3, drawCaveat(col, content, c3, c3.y), c3.y + c3.h);
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
