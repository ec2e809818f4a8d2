import { Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { Catalog } from '../../geo/schema.ts';
import { contextSourceId, embeddedStyle, lazyContextDue } from '../layers/basemap-style.ts';
import { EMBEDDED_BASEMAP, ONLINE_SOURCE_PREFIX } from '../layers/basemaps.ts';
import { layerById, layerFile } from '../layers/registry.ts';
import { FONT_STACK } from '../layers/fonts.ts';
import { layerUrl } from '../layers/to-maplibre.ts';
import { loadAppConfig, type AppConfig } from '../lib/app-config.ts';
import { loadCatalog, loadContext } from '../lib/geo-data.ts';
import type { AppState } from '../store/store.ts';
import { createAttribution } from './attribution.ts';
import { createBasemaps } from './basemap.ts';
import { createCamera, initialCamera } from './camera.ts';
import { createDeckLayers } from './deck-layers.ts';
import { addHatchImage } from './hatch.ts';
import { prefersReducedMotion } from './media.ts';
import { baseLabelsOf, composeStyle, foreignParts, overlayInput, overlayOps, overlayState, type MapOp } from './overlay-state.ts';
import { MAP_PLUGINS } from './plugins.ts';
import './plugin-list.ts';
import { prepareLabelFont } from './fonts.ts';
import { attachPointer } from './pointer.ts';

// Without this, maplibre-gl 6 under Vite fails with "Worker failed to load".
setWorkerUrl(workerUrl);

type Store = UseBoundStore<StoreApi<AppState>>;
/** `moving` is reported once the map is working again after an `idle` (camera, data or style), until the next idle. */
export type MapState = 'loading' | 'idle' | 'moving' | 'error';

export interface MapControllerOptions {
  container: HTMLElement;
  store: Store;
  onState: (s: MapState) => void;
  /** Called when the WebGL context came back after a loss: the view remounts the map (deck cannot recover). */
  onContextRestored: () => void;
  signal: AbortSignal;
}


let prepared: Promise<AppConfig> | null = null;

/**
 * Starts what the first map waits for (the deployment settings, the label fonts) and returns the settings. Called
 * as early as the page allows (see main.tsx), so that this overlaps the first render of the panels; later calls
 * share the same work.
 */
export function prepareMap(): Promise<AppConfig> {
  if (!prepared) {
    performance.mark('map:start');
    prepared = Promise.all([loadAppConfig(), prepareLabelFont()]).then(([config]) => {
      performance.mark('map:fonts');
      return config;
    });
  }
  return prepared;
}

/** Applies the overlay's map calls (see `overlay-state.ts`); calls on layers the style lacks are skipped. */
function apply(map: MaplibreMap, ops: readonly MapOp[], baseUrl: string): void {
  for (const o of ops) {
    if (o.op === 'load') map.getSource<GeoJSONSource>(o.source)?.setData(layerUrl(o.source, baseUrl));
    else if (!map.getLayer(o.layer)) continue;
    else if (o.op === 'filter') map.setFilter(o.layer, o.value);
    else if (o.op === 'visibility') map.setLayoutProperty(o.layer, 'visibility', o.value);
    else map.setLayoutProperty(o.layer, 'text-field', o.value);
  }
}

/** The store fields the overlay is drawn from: a change elsewhere (the view, the reader…) leaves it alone. */
const overlayChanged = (s: AppState, p: AppState) =>
  s.lang !== p.lang || s.visibleLayers !== p.visibleLayers || s.selectedFeature !== p.selectedFeature || s.highlighted !== p.highlighted || s.filters !== p.filters;

/**
 * Creates the MapLibre map in `container` and keeps it a projection of the store: each change is turned into the
 * overlay state it implies, and only the difference from what the map shows is applied. Resolves to a destroyer.
 */
export async function createMapController(opts: MapControllerOptions): Promise<() => void> {
  const { container, store, onState, signal } = opts;
  const config = await prepareMap();
  if (signal.aborted) return () => undefined;
  const baseUrl = document.baseURI;
  const first = store.getState();
  let catalog: Catalog | null = null;
  // Street-scale context files are fetched when the map first reaches their zoom (see LAZY_CONTEXT).
  const contextLoaded = new Set<string>(first.view ? lazyContextDue(first.view.zoom, new Set()) : []);
  let base = embeddedStyle({ lang: first.lang, baseUrl, loaded: contextLoaded });
  let credit = '';
  let ready = false;
  const inputOf = (s: AppState) => overlayInput(s, catalog, baseLabelsOf(base));
  // What the map shows: the first style is composed from it, every later change is a diff against it.
  let shown = overlayState(inputOf(first));

  const map = new MaplibreMap({
    container,
    style: composeStyle(base, inputOf(first), shown.loaded, baseUrl),
    localIdeographFontFamily: FONT_STACK,
    attributionControl: false,
    ...initialCamera(first.view),
    maxPitch: 60,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: prefersReducedMotion() ? 0 : 200,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');
  // Hatch patterns are generated on demand (also after a basemap switch).
  map.setMissingStyleImageResolver((id) => void addHatchImage(map, id));

  const render = (s: AppState) => {
    const next = overlayState(inputOf(s), shown.loaded);
    apply(map, overlayOps(shown, next), baseUrl);
    if (next.deck.join() !== shown.deck.join()) void deck.show(next.deck);
    shown = next;
  };
  const attribution = createAttribution(map, config);
  attribution.show(first.lang, credit);
  const deck = createDeckLayers(map, store, signal);
  const pointer = attachPointer(map, container, store, deck);
  const catalogOrNull = () => (catalog ? Promise.resolve(catalog) : loadCatalog().catch(() => null));
  const camera = createCamera({ map, container, store, catalog: catalogOrNull, signal });
  const basemaps = createBasemaps({
    map,
    config,
    store,
    baseUrl,
    contextLoaded,
    signal,
    onBase: (style, basemapCredit) => {
      base = style;
      credit = basemapCredit;
      const s = store.getState();
      shown = overlayState(inputOf(s), shown.loaded);
      map.setStyle(composeStyle(base, inputOf(s), shown.loaded, baseUrl, foreignParts(map.getStyle())), { diff: true });
      attribution.show(s.lang, credit);
    },
  });
  loadCatalog().then(
    (c) => {
      catalog = c;
      // District filters are id lists from the catalog.
      if (ready) render(store.getState());
    },
    () => store.getState().notify({ id: 'map-catalog', level: 'warning', key: 'mapCatalogFailed' }),
  );

  // A layer file that cannot load is named once; online basemap sources are the basemap switcher's.
  const reported = new Set<string>();
  map.on('error', (e) => {
    const id = (e as { sourceId?: string }).sourceId;
    if (!id || reported.has(id) || id.startsWith(ONLINE_SOURCE_PREFIX)) return;
    reported.add(id);
    const file = layerById(id) ? layerFile(id) : id.startsWith('ctx-') ? `geo/context/${id.slice(4)}.geojson` : id;
    store.getState().notify({ id: `map-source-${id}`, level: 'warning', key: 'layerMissing', values: { file } });
  });

  // loading → idle once the first idle after load has drawn the default data. User-timing marks (map:start,
  // map:fonts, map:load, map:idle) let benchmarks read the time to the first map.
  const cleanups: (() => void)[] = [];
  map.once('load', () => {
    ready = true;
    performance.mark('map:load');
    map.once('idle', () => {
      performance.mark('map:idle');
      if (!signal.aborted) onState('idle');
      for (const [event, state] of [['render', 'moving'], ['idle', 'idle']] as const) map.on(event, () => onState(state));
    });
    for (const p of MAP_PLUGINS) {
      try {
        cleanups.push(p.attach(map, store));
      } catch (err) {
        console.error(`map plugin ${p.id} failed`, err);
      }
    }
    // Catch up with whatever changed in the store while the style was loading.
    const s = store.getState();
    render(s);
    void deck.show(shown.deck);
    if (s.basemap !== EMBEDDED_BASEMAP.id) void basemaps.show(s.basemap, s.lang);
    camera.catchUp(s, first);
  });
  map.on('webglcontextrestored', () => opts.onContextRestored());

  // Lazy context: a street-scale file arrives with its zoom (its glyphs are among the label characters prepared
  // before the first label, see fonts.ts).
  const fetchDueContext = () => {
    for (const name of lazyContextDue(map.getZoom(), contextLoaded)) {
      contextLoaded.add(name);
      loadContext(name).then(
        (fc) => {
          if (!signal.aborted) map.getSource<GeoJSONSource>(contextSourceId(name))?.setData(fc);
        },
        () => contextLoaded.delete(name),
      );
    }
  };
  map.on('zoomend', fetchDueContext);
  map.once('load', fetchDueContext);

  const unsubscribe = store.subscribe((s, prev) => {
    // Before load the style already carries the state; the load handler catches up with later changes.
    if (!ready) return;
    if (overlayChanged(s, prev)) render(s);
    if (s.lang !== prev.lang) {
      attribution.show(s.lang, credit);
      pointer.hideTooltip();
    }
    if (s.basemap !== prev.basemap) void basemaps.show(s.basemap, s.lang);
    camera.follow(s, prev);
  });

  return () => {
    unsubscribe();
    basemaps.destroy();
    for (const c of cleanups.splice(0)) {
      try {
        c();
      } catch {
        // a plugin's cleanup failing must not keep the map alive
      }
    }
    deck.destroy();
    pointer.destroy();
    map.remove();
  };
}

export type { AppConfig };
