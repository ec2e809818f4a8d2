import {
  AttributionControl,
  Map as MaplibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type FilterSpecification,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { Catalog } from '../../geo/schema.ts';
import { MAP_STRINGS } from '../i18n/map.ts';
import { embeddedStyle } from '../layers/basemap-style.ts';
import { FONT_STACK } from '../layers/fonts.ts';
import {
  adoptRemoteStyle,
  availableBasemaps,
  EMBEDDED_BASEMAP,
  ONLINE_SOURCE_PREFIX,
  OPENFREEMAP_STYLE_URL,
  rasterStyle,
} from '../layers/basemaps.ts';
import { LAYERS, layerById, layerFile } from '../layers/registry.ts';
import { deckDescriptors, deckLayerIds, toDeckData, type DeckData } from '../layers/to-deck.ts';
import {
  firstLabelLayerId,
  hatchImageLayer,
  idFilter,
  interactiveLayerIds,
  layerUrl,
  META_BASEMAP,
  META_LABEL,
  META_OVERLAY,
  overlayLayers,
  overlaySources,
  SELECT_TYPES,
  textField,
} from '../layers/to-maplibre.ts';
import { loadAppConfig, type AppConfig } from '../lib/app-config.ts';
import { toMaplibreFilter } from '../lib/filters.ts';
import { GEO_ATTRIBUTION, loadCatalog, loadLayer } from '../lib/geo-data.ts';
import { precisionPhrase } from '../lib/precision-words.ts';
import type { AppState } from '../store/store.ts';
import type { FocusIntent, Lang, MapView } from '../store/types.ts';
import { bboxUnion, DEFAULT_BOUNDS, ensureMinSpan, fitPadding, roundView, sameView, type BBox, type Rect } from '../lib/camera.ts';
import type { DeckOverlayHandle } from './deck-overlay.ts';
import { hatchImage } from './hatch.ts';
import { MAP_PLUGINS } from './plugins.ts';
import './plugin-list.ts';
import { createTooltip } from './tooltip.ts';
import { prepareLabelFont } from './fonts.ts';

// Without this, maplibre-gl 6 under Vite fails with "Worker failed to load".
setWorkerUrl(workerUrl);

type Store = UseBoundStore<StoreApi<AppState>>;
export type MapState = 'loading' | 'idle' | 'error';

export interface MapControllerOptions {
  container: HTMLElement;
  store: Store;
  onState: (s: MapState) => void;
  /** Called when the WebGL context came back after a loss: the view remounts the map (deck cannot recover). */
  onContextRestored: () => void;
  signal: AbortSignal;
}

/** Tag passed as event data on camera moves the app makes, so they are told apart from the user's. */
const APP_MOVE = { hohhotAppMove: true };
const BASEMAP_TIMEOUT_MS = 10_000;

const mq = (q: string) => typeof window.matchMedia === 'function' && window.matchMedia(q).matches;

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

/** Creates the MapLibre map in `container` and wires it to the store; resolves to a function that destroys it. */
export async function createMapController(opts: MapControllerOptions): Promise<() => void> {
  const { container, store, onState, signal } = opts;
  const config = await prepareMap();
  if (signal.aborted) return () => undefined;

  const cleanups: (() => void)[] = [];
  const s0 = store.getState();
  let lang: Lang = s0.lang;
  const baseUrl = document.baseURI;
  // Layer files are fetched when a layer is first shown; once fetched, a source keeps its data.
  const fetched = new Set(s0.visibleLayers);
  let lastReported: MapView | null = s0.view;

  const overlayFor = (s: AppState, withSelection = true) => ({
    sources: overlaySources(baseUrl, LAYERS, fetched),
    layers: overlayLayers({
      lang: s.lang,
      visible: s.visibleLayers,
      selected: withSelection ? selectedIds(s) : [],
    }),
  });
  const selectedIds = (s: AppState) => [...new Set([...(s.selectedFeature ? [s.selectedFeature] : []), ...s.highlighted])];

  /** The layers and sources other code (plugins) added: kept across basemap switches. */
  const foreignParts = (): Pick<StyleSpecification, 'sources' | 'layers'> => {
    const style = map.getStyle();
    const layers = style.layers.filter((l) => {
      const m = l.metadata as Record<string, unknown> | undefined;
      return !m?.[META_BASEMAP] && !m?.[META_OVERLAY];
    });
    const used = new Set(layers.map((l) => ('source' in l ? l.source : undefined)).filter(Boolean));
    const srcs = Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id)));
    return { sources: srcs, layers };
  };

  const compose = (base: StyleSpecification, s: AppState): StyleSpecification => {
    const ov = overlayFor(s);
    const foreign = mapReady ? foreignParts() : { sources: {}, layers: [] };
    return {
      ...base,
      sources: { ...base.sources, ...ov.sources, ...foreign.sources },
      layers: [...base.layers, ...ov.layers, ...foreign.layers],
    };
  };

  const initialView = s0.view;
  const map = new MaplibreMap({
    container,
    style: composeInitial(),
    localIdeographFontFamily: FONT_STACK,
    attributionControl: false,
    ...(initialView
      ? { center: [initialView.lng, initialView.lat], zoom: initialView.zoom, bearing: initialView.bearing ?? 0, pitch: initialView.pitch ?? 0 }
      : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 24 } }),
    maxPitch: 60,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: mq('(prefers-reduced-motion: reduce)') ? 0 : 200,
  });
  let mapReady = false;
  function composeInitial(): StyleSpecification {
    const ov = overlayFor(s0);
    const base = embeddedStyle({ lang: s0.lang, baseUrl });
    return { ...base, sources: { ...base.sources, ...ov.sources }, layers: [...base.layers, ...ov.layers] };
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');

  // --- attribution: every source, the review number, the disclaimer, the precision caveat -----------------------
  let attribution: AttributionControl | null = null;
  const setAttribution = (basemapCredit: string) => {
    if (attribution) map.removeControl(attribution);
    const t = MAP_STRINGS[lang];
    const lines = [
      t.caveat,
      ...(config.reviewNumber ? [`${t.reviewNumber}${config.reviewNumber}`] : []),
      ...(lang === 'zh' ? (config.disclaimer_zh ? [config.disclaimer_zh] : []) : config.disclaimer_en ? [config.disclaimer_en] : []),
      ...GEO_ATTRIBUTION.map((a) => a.text),
      ...(basemapCredit ? [basemapCredit] : []),
    ];
    attribution = new AttributionControl({ compact: true, customAttribution: lines });
    map.addControl(attribution, 'bottom-right');
  };
  setAttribution('');

  // --- hatch patterns, generated on demand (also after a style switch) -----------------------------------------
  map.setMissingStyleImageResolver((id) => {
    const layerId = hatchImageLayer(id);
    const def = layerId ? layerById(layerId) : undefined;
    if (!def || map.hasImage(id)) return;
    const img = hatchImage(def.color);
    if (img) map.addImage(id, img, { pixelRatio: 2 });
  });

  // --- errors: a missing layer file is named; others keep working ----------------------------------------------
  const reported = new Set<string>();
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    if (sourceId?.startsWith(ONLINE_SOURCE_PREFIX)) return basemapFailed();
    if (sourceId && !reported.has(sourceId)) {
      reported.add(sourceId);
      const file = layerById(sourceId) ? layerFile(sourceId) : sourceId.startsWith('ctx-') ? `geo/context/${sourceId.slice(4)}.geojson` : sourceId;
      store.getState().notify({
        id: `map-source-${sourceId}`,
        level: 'warning',
        text: `${MAP_STRINGS[store.getState().lang].layerMissing}${file}`,
        literal: true,
      });
    }
  });

  // --- state: loading → idle once the first idle after load has drawn the default data --------------------------
  map.once('load', () => {
    mapReady = true;
    performance.mark('map:load');
    map.once('idle', () => {
      // User-timing marks (map:start, map:fonts, map:load, map:idle) let benchmarks read the time to first map.
      performance.mark('map:idle');
      if (!signal.aborted) onState('idle');
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
    applyVisibility(s);
    applySelection(s);
    applyFilters(s);
    if (s.lang !== s0.lang) applyLang(s);
    void syncDeck(s);
    if (s.basemap !== EMBEDDED_BASEMAP.id) void applyBasemap(s.basemap);
    if (s.focus && (s.focus !== s0.focus || !initialView)) void fulfil(s.focus);
    else if (s.view && !sameView(s.view, lastReported)) jumpToView(s.view);
  });
  map.on('webglcontextrestored', () => opts.onContextRestored());

  // --- camera: the store learns the view on moveend; app moves are tagged ---------------------------------------
  map.on('moveend', () => {
    const c = map.getCenter();
    const v = roundView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
    lastReported = v;
    if (!sameView(v, store.getState().view)) store.getState().reportView(v);
  });

  const reducedMotion = () => mq('(prefers-reduced-motion: reduce)');
  const padding = () => {
    const r = container.getBoundingClientRect();
    const mapRect: Rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    // Panels that float over the map mark themselves with `data-occludes-map`.
    const occ = [...document.querySelectorAll('[data-occludes-map]')]
      .map((el) => el.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.height > 0)
      .map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
    return fitPadding(mapRect, occ);
  };
  const fitTo = (b: BBox) => {
    const box = ensureMinSpan(b, 0.01);
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: padding(), maxZoom: 15, animate: !reducedMotion(), duration: 1200 },
      APP_MOVE,
    );
  };
  let catalog: Catalog | null = null;
  loadCatalog().then(
    (c) => {
      catalog = c;
      // District filters are id lists from the catalog: apply them once it is there.
      if (mapReady) applyFilters(store.getState());
    },
    () => store.getState().notify({ id: 'map-catalog', level: 'warning', text: MAP_STRINGS[lang].catalogMissing, literal: true }),
  );
  const fulfil = async (f: FocusIntent) => {
    if (f.kind === 'view') {
      const v = f.view;
      const target = { center: [v.lng, v.lat] as [number, number], zoom: v.zoom, bearing: v.bearing ?? 0, pitch: v.pitch ?? 0 };
      if (reducedMotion() && !f.essential) map.jumpTo(target, APP_MOVE);
      else map.flyTo({ ...target, essential: f.essential ?? false }, APP_MOVE);
    } else if (f.kind === 'bbox') {
      fitTo(f.bbox);
    } else {
      const c = catalog ?? (await loadCatalog().catch(() => null));
      if (!c || signal.aborted) return;
      const b = bboxUnion(f.ids.map((id) => c.features[id]?.bbox));
      if (b) fitTo(b);
    }
  };

  // --- store → map ------------------------------------------------------------------------------------------------
  const applyVisibility = (s: AppState) => {
    const visible = new Set(s.visibleLayers);
    for (const id of visible) {
      if (fetched.has(id)) continue;
      const source = map.getSource<GeoJSONSource>(id);
      if (!source || source.type !== 'geojson') continue;
      fetched.add(id);
      source.setData(layerUrl(id, baseUrl));
    }
    for (const l of map.getStyle().layers) {
      const owner = (l.metadata as Record<string, unknown> | undefined)?.[META_OVERLAY];
      if (typeof owner !== 'string') continue;
      map.setLayoutProperty(l.id, 'visibility', visible.has(owner) ? 'visible' : 'none');
    }
  };
  const applySelection = (s: AppState) => {
    const ids = selectedIds(s);
    for (const l of LAYERS) {
      if (l.render !== 'maplibre') continue;
      for (const t of SELECT_TYPES) {
        const id = `${l.id}-${t.type}`;
        if (map.getLayer(id)) map.setFilter(id, idFilter(ids, t.geometry) as FilterSpecification);
      }
    }
  };
  /**
   * The dashboard's filters (sector, status, district) narrow every overlay layer: each layer keeps its own filter
   * (geometry type, precision) and gains the filter expression, so map, lists and reader show the same items.
   */
  const baseFilters = new Map(
    overlayLayers({ lang: s0.lang, visible: [], selected: [] }).map((l) => [l.id, 'filter' in l ? l.filter : undefined]),
  );
  const selectionLayers = new Set(LAYERS.flatMap((l) => SELECT_TYPES.map((t) => `${l.id}-${t.type}`)));
  const applyFilters = (s: AppState) => {
    const extra = toMaplibreFilter(s.filters, catalog) as FilterSpecification | null;
    for (const l of map.getStyle().layers) {
      const owner = (l.metadata as Record<string, unknown> | undefined)?.[META_OVERLAY];
      if (typeof owner !== 'string' || selectionLayers.has(l.id) || !baseFilters.has(l.id)) continue;
      const base = baseFilters.get(l.id);
      const next = extra ? (base ? (['all', base, extra] as FilterSpecification) : extra) : (base ?? null);
      map.setFilter(l.id, next);
    }
  };
  const applyLang = (s: AppState) => {
    lang = s.lang;
    for (const l of map.getStyle().layers) {
      const kind = (l.metadata as Record<string, unknown> | undefined)?.[META_LABEL];
      if (kind === 'plain' || kind === 'plan') map.setLayoutProperty(l.id, 'text-field', textField(kind, s.lang));
    }
    setAttribution(currentBasemapCredit);
    tooltip.hide();
  };

  // --- basemaps: online ones are explicit options with a fallback to the embedded one ----------------------------
  let currentBasemapCredit = '';
  let basemapWatch: { id: string; timer: number; ok: boolean } | null = null;
  const basemapFailed = (offline = false) => {
    // Only a basemap being tried can fail; a stray tile error after it has drawn is ignored.
    if (!basemapWatch || basemapWatch.ok) return;
    clearTimeout(basemapWatch.timer);
    basemapWatch = null;
    const st = store.getState();
    st.notify({ id: 'map-basemap', level: 'warning', text: MAP_STRINGS[st.lang][offline ? 'offline' : 'basemapFailed'], literal: true });
    st.setBasemap(EMBEDDED_BASEMAP.id);
  };
  const watchBasemap = (id: string) => {
    if (basemapWatch) clearTimeout(basemapWatch.timer);
    basemapWatch = { id, ok: false, timer: window.setTimeout(() => basemapWatch && !basemapWatch.ok && basemapFailed(), BASEMAP_TIMEOUT_MS) };
  };
  map.on('data', (e) => {
    const sid = (e as { sourceId?: string }).sourceId;
    if (basemapWatch && sid?.startsWith(ONLINE_SOURCE_PREFIX) && (e as { tile?: unknown }).tile) {
      basemapWatch.ok = true;
      clearTimeout(basemapWatch.timer);
    }
  });
  let basemapSeq = 0;
  const applyBasemap = async (id: string) => {
    const seq = ++basemapSeq;
    const def = availableBasemaps(config).find((b) => b.id === id) ?? EMBEDDED_BASEMAP;
    const s = store.getState();
    if (def.online && navigator.onLine === false) {
      basemapWatch = { id, ok: false, timer: 0 };
      return basemapFailed(true);
    }
    let base: StyleSpecification | null;
    if (def.kind === 'embedded') base = embeddedStyle({ lang: s.lang, baseUrl });
    else if (def.kind === 'raster') base = rasterStyle(def, { tiandituKey: config.tiandituKey, lang: s.lang });
    else {
      watchBasemap(id);
      try {
        const r = await fetch(OPENFREEMAP_STYLE_URL);
        base = adoptRemoteStyle((await r.json()) as StyleSpecification);
      } catch {
        return basemapFailed();
      }
    }
    if (seq !== basemapSeq || signal.aborted || !base) return;
    if (def.online) {
      if (!basemapWatch || basemapWatch.id !== id) watchBasemap(id);
    } else if (basemapWatch) {
      clearTimeout(basemapWatch.timer);
      basemapWatch = null;
    }
    map.setStyle(compose(base, store.getState()), { diff: true });
    map.once('styledata', () => applyFilters(store.getState()));
    currentBasemapCredit = def.attribution;
    setAttribution(currentBasemapCredit);
  };

  // --- deck.gl: loaded on demand, only when a deck-rendered layer is visible -------------------------------------
  let deck: DeckOverlayHandle | null = null;
  let deckLoading: Promise<DeckOverlayHandle | null> | null = null;
  const deckData: Record<string, DeckData> = {};
  const deckIds = deckLayerIds();
  const syncDeck = async (s: AppState) => {
    if (!mapReady) return;
    const wanted = deckIds.filter((id) => s.visibleLayers.includes(id));
    if (!deck && wanted.length === 0) return;
    deckLoading ??= import('./deck-overlay.ts').then(
      (m) => (signal.aborted ? null : (deck = m.createDeckOverlay(map, firstLabelLayerId()))),
      (err) => {
        console.error('deck.gl overlay failed to load', err);
        return null;
      },
    );
    const handle = await deckLoading;
    if (!handle) return;
    await Promise.all(
      wanted
        .filter((id) => !deckData[id])
        .map((id) =>
          loadLayer(id).then(
            (fc) => (deckData[id] = toDeckData(fc as never)),
            () => {
              deckData[id] = { arcs: [], dots: [] };
              store.getState().notify({ id: `map-source-${id}`, level: 'warning', text: `${MAP_STRINGS[lang].layerMissing}${layerFile(id)}`, literal: true });
            },
          ),
        ),
    );
    if (signal.aborted) return;
    handle.update(deckDescriptors(deckData, store.getState().visibleLayers));
  };

  // --- pointer: one event source per click (MapLibre first, deck picking only when MapLibre found nothing) -------
  const tooltip = createTooltip(container);
  const hitLayers = () => {
    const visible = new Set(store.getState().visibleLayers);
    return interactiveLayerIds(LAYERS.filter((l) => visible.has(l.id))).filter((id) => map.getLayer(id));
  };
  const topFeature = (x: number, y: number, r: number): MapGeoJSONFeature | null => {
    const layers = hitLayers();
    if (!layers.length) return null;
    const hits = map.queryRenderedFeatures(
      [
        [x - r, y - r],
        [x + r, y + r],
      ],
      { layers },
    );
    // Points win over lines, lines over areas: the smaller target is the one the user aimed at.
    const rank = (f: MapGeoJSONFeature) => (f.layer.type === 'circle' ? 0 : f.layer.type === 'line' ? 1 : 2);
    return hits.filter((f) => typeof f.properties?.id === 'string').sort((a, b) => rank(a) - rank(b))[0] ?? null;
  };
  map.on('click', (e) => {
    const touch = mq('(pointer: coarse)');
    const f = topFeature(e.point.x, e.point.y, touch ? 10 : 4);
    let id: string | null = f ? String(f.properties.id) : null;
    if (!id && deck) id = deck.pick(e.point.x, e.point.y);
    if (id) store.getState().selectFeature(id);
  });
  if (mq('(hover: hover)')) {
    let frame = 0;
    let last: { x: number; y: number } | null = null;
    const onMove = () => {
      frame = 0;
      if (!last) return;
      const { x, y } = last;
      const f = topFeature(x, y, 4);
      const props = f?.properties ?? (deck ? (deck.pickInfo(x, y) as Record<string, unknown> | null) : null);
      const def = f ? layerById(String(f.layer.metadata && (f.layer.metadata as Record<string, unknown>)[META_OVERLAY])) : undefined;
      map.getCanvas().style.cursor = props ? 'pointer' : '';
      if (!props || (def && !def.tooltip)) return tooltip.hide();
      const name = String((lang === 'en' ? props.name_en || props.name_zh : props.name_zh) ?? '');
      const inferred = props.interpretation === 'inferred' ? ` (${MAP_STRINGS[lang].inferredMark})` : '';
      const precision = precisionPhrase(
        {
          kind: String(props.kind ?? ''),
          precision: (props.precision as 'surveyed' | 'approximate' | 'schematic') ?? 'approximate',
          uncertainty_m: Number(props.uncertainty_m) || null,
        },
        lang,
      );
      tooltip.show(x, y, `${name}${inferred}`, precision);
    };
    map.on('mousemove', (e) => {
      last = { x: e.point.x, y: e.point.y };
      frame ||= requestAnimationFrame(onMove);
    });
    map.on('mouseout', () => {
      last = null;
      tooltip.hide();
    });
    cleanups.push(() => cancelAnimationFrame(frame));
  }

  // --- subscriptions --------------------------------------------------------------------------------------------
  const jumpToView = (v: MapView) => {
    lastReported = v;
    map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing ?? 0, pitch: v.pitch ?? 0 }, APP_MOVE);
  };
  const unsub = store.subscribe((s, prev) => {
    // Before load the style already carries the state; the load handler catches up with later changes.
    if (!mapReady) return;
    if (s.visibleLayers !== prev.visibleLayers) {
      applyVisibility(s);
      void syncDeck(s);
    }
    if (s.selectedFeature !== prev.selectedFeature || s.highlighted !== prev.highlighted) applySelection(s);
    if (s.filters !== prev.filters) applyFilters(s);
    if (s.lang !== prev.lang) applyLang(s);
    if (s.basemap !== prev.basemap) void applyBasemap(s.basemap);
    if (s.focus && s.focus !== prev.focus) void fulfil(s.focus);
    // A pasted link changed the view: jump there (not a user move to report back).
    if (s.view !== prev.view && s.view && !sameView(s.view, lastReported)) jumpToView(s.view);
  });

  return () => {
    unsub();
    if (basemapWatch) clearTimeout(basemapWatch.timer);
    for (const c of cleanups.splice(0)) {
      try {
        c();
      } catch {
        // a plugin's cleanup failing must not keep the map alive
      }
    }
    deck?.destroy();
    tooltip.destroy();
    map.remove();
  };
}

export type { AppConfig };
