/**
 * The one door through which the interface asks for a picture of the map, without importing MapLibre: the print
 * plugin (`print-plugin.ts`) installs the implementation once the map has loaded. Panels may import this file; it
 * must never import maplibre-gl.
 */

/** What to render: the size of the picture in device pixels and how many device pixels per CSS pixel. */
export interface CaptureRequest {
  /** Output width in pixels. */
  width: number;
  /** Output height in pixels. */
  height: number;
  /**
   * Device pixels per CSS pixel: labels and lines are drawn at their screen size times this (e.g. dpi / 96 for print).
   */
  pixelRatio: number;
}

/** A rendered map picture and the camera it was drawn with. */
export interface CaptureResult {
  /** PNG data URL. */
  dataUrl: string;
  /** Pixel size of the picture actually rendered (it may be smaller than asked if the GPU limits the canvas). */
  width: number;
  height: number;
  /** The zoom the picture was drawn at (its own, not the screen's). */
  zoom: number;
  /** `[lng, lat]` of the picture's centre. */
  center: [number, number];
  bearing: number;
  pitch: number;
  /** Device pixels per CSS pixel actually used. */
  pixelRatio: number;
}

/** The camera as the map shows it now (`[lng, lat]` as separate fields, zoom, degrees). */
export interface LiveView {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

type CaptureImpl = (req: CaptureRequest) => Promise<CaptureResult>;
let viewReader: (() => LiveView) | null = null;

/** Installs (or with null removes) the reader of the live camera. Called by the map's print plugin. */
export function setViewReader(fn: (() => LiveView) | null): void {
  viewReader = fn;
}

/**
 * Returns the camera the map shows at this moment, or null without a map. The store learns the view only when the
 * user moves the map; this is also right before the first move (the first view fits the city to the screen).
 */
export function currentMapView(): LiveView | null {
  return viewReader ? viewReader() : null;
}

let impl: CaptureImpl | null = null;

/** Installs (or with null removes) the capture implementation. Called by the map's print plugin. */
export function setCaptureImpl(fn: CaptureImpl | null): void {
  impl = fn;
}

/** Returns true when a map is ready to be captured. */
export function canCaptureMap(): boolean {
  return impl !== null;
}

/**
 * Renders the current map view (same style, layers and camera, more ground if the picture is larger) into a PNG of
 * the requested pixel size. Rejects with a clear message when no map is available.
 */
export function captureMap(req: CaptureRequest): Promise<CaptureResult> {
  if (!impl) return Promise.reject(new Error('The map is not ready (or not available on this device): nothing to capture.'));
  return impl(req);
}
