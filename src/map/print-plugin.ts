import { Map as MaplibreMap, type StyleSpecification } from 'maplibre-gl';
import { FONT_STACK } from '../layers/fonts.ts';
import { LAYERS } from '../layers/registry.ts';
import { layerUrl } from '../layers/to-maplibre.ts';
import { zoomForTarget } from '../layers/mercator.ts';
import { setCaptureImpl, setViewReader, type CaptureRequest, type CaptureResult } from './capture.ts';
import { addHatchImage } from './hatch.ts';
import { registerMapPlugin } from './plugins.ts';

/**
 * Print capture: renders the live map's style and camera into a hidden, non-interactive MapLibre map of the
 * requested pixel size and pixel ratio, waits for `idle`, reads the canvas as a PNG and destroys the map. The live
 * map is never resized or re-rendered, so exporting does not disturb the audience.
 */

const CAPTURE_TIMEOUT_MS = 45_000;
/** The largest canvas side we ask the GPU for; MapLibre lowers the pixel ratio itself beyond what the GPU allows. */
const MAX_CANVAS = 8192;
const DECK_PREFIX = 'print-deck-';

/**
 * Adds simple MapLibre stand-ins for the layers deck.gl draws on the live map (deck cannot draw into a second map
 * here): their lines and points in the layer colour.
 */
function withDeckStandIns(style: StyleSpecification, visible: readonly string[]): StyleSpecification {
  const extra = LAYERS.filter((l) => l.render === 'deck' && visible.includes(l.id));
  if (!extra.length) return style;
  const sources = { ...style.sources };
  const layers = [...style.layers];
  for (const l of extra) {
    const src = `${DECK_PREFIX}${l.id}`;
    sources[src] = { type: 'geojson', data: layerUrl(l.id, document.baseURI) };
    layers.push(
      {
        id: `${src}-line`,
        type: 'line',
        source: src,
        filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
        paint: { 'line-color': l.color, 'line-width': 2.5, 'line-opacity': 0.85 },
      },
      {
        id: `${src}-point`,
        type: 'circle',
        source: src,
        filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
        paint: { 'circle-color': l.color, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
      },
    );
  }
  return { ...style, sources, layers };
}

/** Renders `live`'s current view into a PNG of `req.width` × `req.height` pixels. */
export async function captureView(live: MaplibreMap, req: CaptureRequest, visibleLayers: readonly string[]): Promise<CaptureResult> {
  const w = Math.max(1, Math.round(req.width));
  const h = Math.max(1, Math.round(req.height));
  const pr = req.pixelRatio > 0 ? req.pixelRatio : 1;
  const cssW = w / pr;
  const cssH = h / pr;
  const liveBox = live.getContainer().getBoundingClientRect();
  const liveCss = { width: Math.max(1, liveBox.width), height: Math.max(1, liveBox.height) };
  const center = live.getCenter();
  const zoom = Math.max(0, zoomForTarget(live.getZoom(), liveCss, { width: cssW, height: cssH }));

  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.dataset.printCapture = 'true';
  // Off screen but laid out: MapLibre needs a sized container; visibility does not matter to WebGL.
  Object.assign(holder.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${cssW}px`,
    height: `${cssH}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(holder);

  let off: MaplibreMap | null = null;
  try {
    off = new MaplibreMap({
      container: holder,
      style: withDeckStandIns(live.getStyle(), visibleLayers),
      center: [center.lng, center.lat],
      zoom,
      bearing: live.getBearing(),
      pitch: live.getPitch(),
      pixelRatio: pr,
      maxCanvasSize: [MAX_CANVAS, MAX_CANVAS],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      localIdeographFontFamily: FONT_STACK,
      // Keeps the drawn frame readable by toDataURL after idle.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const map = off;
    map.on('styleimagemissing', (e) => {
      if (map.hasImage(e.id)) return;
      if (live.hasImage(e.id)) {
        const img = live.getImage(e.id);
        if (img) {
          map.addImage(e.id, { width: img.data.width, height: img.data.height, data: img.data.data }, { pixelRatio: img.pixelRatio, sdf: img.sdf });
          return;
        }
      }
      addHatchImage(map, e.id);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The map picture took too long to draw.')), CAPTURE_TIMEOUT_MS);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.on('error', (e) => {
        // A missing tile or file should not abort the picture; only a broken context does.
        if (String(e.error?.message ?? '').includes('WebGL')) {
          clearTimeout(timer);
          reject(e.error);
        }
      });
    });
    const canvas = map.getCanvas();
    const c = map.getCenter();
    return {
      dataUrl: canvas.toDataURL('image/png'),
      width: canvas.width,
      height: canvas.height,
      zoom: map.getZoom(),
      center: [c.lng, c.lat],
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      pixelRatio: map.getPixelRatio(),
    };
  } finally {
    off?.remove();
    holder.remove();
  }
}

registerMapPlugin({
  id: 'print',
  attach(map, store) {
    setCaptureImpl((req) => captureView(map, req, store.getState().visibleLayers));
    setViewReader(() => {
      const c = map.getCenter();
      return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
    });
    return () => {
      setCaptureImpl(null);
      setViewReader(null);
    };
  },
});
