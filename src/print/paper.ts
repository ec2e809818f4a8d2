/**
 * Paper sizes and the sheet layout of exported images, in millimetres and pixels. Pure: no DOM.
 */

export const PAPERS = { A4: [210, 297], A3: [297, 420] } as const;
export type PaperSize = keyof typeof PAPERS;
export type Orientation = 'landscape' | 'portrait';
export const DPIS = [150, 300] as const;
export type Dpi = (typeof DPIS)[number];

export const MM_PER_INCH = 25.4;
/** CSS pixels per inch: the screen size labels and lines are designed at. */
export const CSS_DPI = 96;

/** Returns `mm` millimetres as pixels at `dpi` (not rounded). */
export function mmToPx(mm: number, dpi: number): number {
  return (mm / MM_PER_INCH) * dpi;
}

/** Returns the paper's width and height in millimetres for the orientation. */
export function paperMm(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAPERS[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Returns the pixel size of a whole sheet: A4 landscape at 150 dpi is 1754 × 1240. */
export function paperPixels(paper: PaperSize, orientation: Orientation, dpi: number): { width: number; height: number } {
  const mm = paperMm(paper, orientation);
  return { width: Math.round(mmToPx(mm.width, dpi)), height: Math.round(mmToPx(mm.height, dpi)) };
}

/** A rectangle in sheet pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each part of the sheet goes, in pixels. */
export interface SheetLayout {
  width: number;
  height: number;
  /** Pixels per millimetre. */
  pxPerMm: number;
  title: Box;
  /** The map picture. Nothing is drawn on it: the furniture has its own band. */
  map: Box;
  /** The band under the picture, inside the map's frame: scale bar, nominal scale and north arrow. */
  furniture: Box;
  /** Legend, provisions, sources, caveat, link and QR code. */
  side: Box;
  footer: Box;
}

/** Height of the furniture band under the map picture, in millimetres. */
export const FURNITURE_MM = 11;

/**
 * Returns the layout of a sheet: a title band, the map with its furniture band below the picture (so that the scale bar
 * and north arrow never cover the plan's features or labels), a side column (right on landscape, below on portrait)
 * and a footer line. Margins are 10 mm, gaps 5 mm.
 */
export function sheetLayout(paper: PaperSize, orientation: Orientation, dpi: number): SheetLayout {
  const { width, height } = paperPixels(paper, orientation, dpi);
  const k = dpi / MM_PER_INCH;
  const margin = 10 * k;
  const gap = 5 * k;
  const titleH = (paper === 'A3' ? 20 : 16) * k;
  const footerH = 7 * k;
  const innerW = width - 2 * margin;
  const bodyY = margin + titleH + gap;
  const bodyH = height - bodyY - gap - footerH - margin;
  const title: Box = { x: margin, y: margin, w: innerW, h: titleH };
  const footer: Box = { x: margin, y: height - margin - footerH, w: innerW, h: footerH };
  const band = FURNITURE_MM * k;
  let frame: Box;
  let side: Box;
  if (orientation === 'landscape') {
    const sideW = Math.max(75 * k, innerW * 0.3);
    const mapW = innerW - sideW - gap;
    frame = { x: margin, y: bodyY, w: mapW, h: bodyH };
    side = { x: margin + mapW + gap, y: bodyY, w: sideW, h: bodyH };
  } else {
    const sideH = Math.max(80 * k, bodyH * 0.34);
    const mapH = bodyH - sideH - gap;
    frame = { x: margin, y: bodyY, w: innerW, h: mapH };
    side = { x: margin, y: bodyY + mapH + gap, w: innerW, h: sideH };
  }
  // The map's frame holds the picture and, under it, the furniture band.
  const map: Box = { ...frame, h: frame.h - band };
  const furniture: Box = { x: frame.x, y: frame.y + frame.h - band, w: frame.w, h: band };
  return { width, height, pxPerMm: k, title, footer, map, furniture, side };
}
