/**
 * The benchmark's floor: MapLibre alone (no React, no deck.gl, no panels) drawing the app's embedded basemap and its
 * default-visible overlay layers, built by the same pure functions as the app so that the two cannot drift. Same
 * fonts, chosen the same way (the device's own CJK font, else the bundled one before the first label), and the same
 * map options. Served from `floor/` next to the built app and
 * reads the app's data one folder up.
 *
 * Query: `?w=<px>&h=<px>` sizes the map like the app's map area (else the whole window).
 * Hooks for the benchmark: `performance.mark('map-idle')` and `data-map-state="idle"` on the container when the first
 * idle after load is reached (as in the app); `window.floorMap` is the map, so the benchmark can fly the camera.
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { embeddedStyle } from '../../../src/layers/basemap-style.ts';
import { FONT_STACK } from '../../../src/layers/fonts.ts';
import { DEFAULT_VISIBLE_LAYERS, LAYERS, layerById } from '../../../src/layers/registry.ts';
import { hatchImageLayer, overlayLayers, overlaySources } from '../../../src/layers/to-maplibre.ts';
import { DEFAULT_BOUNDS } from '../../../src/lib/camera.ts';
import { hatchImage } from '../../../src/layers/hatch.ts';
import { chooseFont } from '../../../src/lib/fonts.ts';
import { GEO_ATTRIBUTION } from '../../../src/lib/geo-data.ts';
import { prepareLabelFont } from '../../../src/map/fonts.ts';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    floorMap?: MaplibreMap;
  }
}

/** The app's data lives one folder up from the floor page. */
const DATA_BASE = new URL('../', document.baseURI).href;

async function main(): Promise<void> {
  const container = document.getElementById('map')!;
  const q = new URLSearchParams(location.search);
  const w = Number(q.get('w'));
  const h = Number(q.get('h'));
  if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });
  container.dataset.mapState = 'loading';

  chooseFont();
  await prepareLabelFont(() => fetch(new URL('geo/label-chars.txt', DATA_BASE)).then((r) => r.text()));
  // Only the default-visible layers: the floor is the least a page must do to show the same picture.
  const visible = LAYERS.filter((l) => DEFAULT_VISIBLE_LAYERS.includes(l.id));
  const base = embeddedStyle({ lang: 'zh', baseUrl: DATA_BASE });
  const map = new MaplibreMap({
    container,
    style: {
      ...base,
      sources: { ...base.sources, ...overlaySources(DATA_BASE, visible) },
      layers: [...base.layers, ...overlayLayers({ lang: 'zh', visible: DEFAULT_VISIBLE_LAYERS }, visible)],
    },
    localIdeographFontFamily: FONT_STACK,
    // The credits, as text: the one thing a bare map page paints besides its canvas (and what first-paint metrics see).
    attributionControl: { compact: false, customAttribution: GEO_ATTRIBUTION.map((a) => a.short_zh) },
    bounds: DEFAULT_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    maxPitch: 60,
    fadeDuration: 200,
  });
  window.floorMap = map;
  map.on('styleimagemissing', (e) => {
    const id = hatchImageLayer(e.id);
    const def = id ? layerById(id) : undefined;
    if (!def || map.hasImage(e.id)) return;
    const img = hatchImage(def.color);
    if (img) map.addImage(e.id, img, { pixelRatio: 2 });
  });
  map.once('load', () =>
    map.once('idle', () => {
      performance.mark('map-idle');
      container.dataset.mapState = 'idle';
    }),
  );
}

void main();
