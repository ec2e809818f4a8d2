/**
 * The benchmark's floor: MapLibre alone (no React, no deck.gl, no panels) drawing the app's embedded basemap and its
 * default-visible overlay layers, built by the same pure functions as the app so that the two cannot drift. Same
 * bundled font, preloaded the same way, and the same map options. Served from `floor/` next to the built app and
 * reads the app's data one folder up.
 *
 * Query: `?w=<px>&h=<px>` sizes the map like the app's map area (else the whole window).
 * Hooks for the benchmark: `performance.mark('map-idle')` and `data-map-state="idle"` on the container when the first
 * idle after load is reached (as in the app); `window.floorMap` is the map, so the benchmark can fly the camera.
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { embeddedStyle, labelCharacters } from '../../../src/layers/basemap-style.ts';
import { LABEL_FONT_FAMILY } from '../../../src/layers/fonts.ts';
import { DEFAULT_VISIBLE_LAYERS, LAYERS, layerById } from '../../../src/layers/registry.ts';
import { hatchImageLayer, overlayLayers, overlaySources } from '../../../src/layers/to-maplibre.ts';
import { DEFAULT_BOUNDS } from '../../../src/lib/camera.ts';
import { hatchImage } from '../../../src/layers/hatch.ts';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    floorMap?: MaplibreMap;
  }
}

/** The app's data lives one folder up from the floor page. */
const DATA_BASE = new URL('../', document.baseURI).href;

/** The same context files the app reads label names from before it draws (see src/map/map-controller.ts). */
const LABEL_CONTEXT = ['seats', 'counties', 'neighbours', 'provinces', 'yellow-river', 'dahei-river', 'lakes', 'parks', 'metro-stations', 'colleges'];

async function json(path: string): Promise<unknown> {
  try {
    const r = await fetch(new URL(path, DATA_BASE));
    return r.ok ? await r.json() : null;
  } catch {
    return null;
  }
}

async function preloadFonts(): Promise<void> {
  const names: string[] = [];
  const add = (v: unknown) => typeof v === 'string' && names.push(v);
  const catalog = (await json('geo/catalog.json')) as { features?: Record<string, { name_zh?: string; name_en?: string }> } | null;
  for (const f of Object.values(catalog?.features ?? {})) (add(f.name_zh), add(f.name_en));
  const ctx = await Promise.all(LABEL_CONTEXT.map((n) => json(`geo/context/${n}.geojson`)));
  for (const fc of ctx as ({ features?: { properties?: Record<string, unknown> }[] } | null)[]) {
    for (const f of fc?.features ?? []) (add(f.properties?.name_zh), add(f.properties?.name_en), add(f.properties?.name));
  }
  const chars = labelCharacters(names) + 'ABCabc0123456789 ?';
  await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px ${LABEL_FONT_FAMILY}`, chars).catch(() => [])));
}

async function main(): Promise<void> {
  const container = document.getElementById('map')!;
  const q = new URLSearchParams(location.search);
  const w = Number(q.get('w'));
  const h = Number(q.get('h'));
  if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });
  container.dataset.mapState = 'loading';

  await preloadFonts();
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
    localIdeographFontFamily: LABEL_FONT_FAMILY,
    attributionControl: false,
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
