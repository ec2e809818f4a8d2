import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { embeddedStyle } from '../layers/basemap-style.ts';
import { adoptRemoteStyle, availableBasemaps, EMBEDDED_BASEMAP, ONLINE_SOURCE_PREFIX, OPENFREEMAP_STYLE_URL, rasterStyle } from '../layers/basemaps.ts';
import type { AppConfig } from '../lib/app-config.ts';
import type { AppState } from '../store/store.ts';

/**
 * Basemap switching. The embedded basemap is the default and works offline; an online one is an explicit option that
 * is watched while it is tried: an error on one of its sources, no tile within the timeout, or no network at all
 * sends the app back to the embedded basemap with a notice.
 */

const BASEMAP_TIMEOUT_MS = 10_000;

export interface BasemapOptions {
  map: MaplibreMap;
  config: AppConfig;
  store: { getState: () => AppState };
  baseUrl: string;
  /** Lazy context files already fetched: the embedded basemap points their sources at the files again. */
  contextLoaded?: ReadonlySet<string>;
  signal: AbortSignal;
  /** Puts a basemap style under the overlay, with the basemap's credit. */
  onBase: (base: StyleSpecification, credit: string) => void;
}

/** Returns `show(id, lang)`, which switches to a basemap (the latest call wins), and `destroy()`. */
export function createBasemaps({ map, config, store, baseUrl, contextLoaded, signal, onBase }: BasemapOptions) {
  // The online basemap being tried: it has drawn once `ok` (a stray tile error afterwards is ignored).
  let watch: { id: string; timer: number; ok: boolean } | null = null;
  let seq = 0;
  const stopWatch = () => {
    if (watch) clearTimeout(watch.timer);
    watch = null;
  };
  const failed = (offline = false) => {
    if (!watch || watch.ok) return;
    stopWatch();
    const s = store.getState();
    s.notify({ id: 'map-basemap', level: 'warning', key: offline ? 'basemapOffline' : 'basemapFailed' });
    s.setBasemap(EMBEDDED_BASEMAP.id);
  };
  const startWatch = (id: string) => {
    stopWatch();
    watch = { id, ok: false, timer: window.setTimeout(() => failed(), BASEMAP_TIMEOUT_MS) };
  };
  const isOnline = (e: unknown) => Boolean((e as { sourceId?: string }).sourceId?.startsWith(ONLINE_SOURCE_PREFIX));
  map.on('error', (e) => isOnline(e) && failed());
  map.on('data', (e) => {
    if (watch && isOnline(e) && (e as { tile?: unknown }).tile) {
      watch.ok = true;
      clearTimeout(watch.timer);
    }
  });

  const styleOf = async (id: string, lang: Lang): Promise<StyleSpecification | null> => {
    const def = availableBasemaps(config).find((b) => b.id === id) ?? EMBEDDED_BASEMAP;
    if (def.kind === 'embedded') return embeddedStyle({ lang, baseUrl, loaded: contextLoaded });
    if (def.kind === 'raster') return rasterStyle(def, { tiandituKey: config.tiandituKey, lang });
    const r = await fetch(OPENFREEMAP_STYLE_URL);
    return adoptRemoteStyle((await r.json()) as StyleSpecification);
  };

  return {
    async show(id: string, lang: Lang) {
      const mine = ++seq;
      const def = availableBasemaps(config).find((b) => b.id === id) ?? EMBEDDED_BASEMAP;
      if (!def.online) stopWatch();
      else if (navigator.onLine === false) {
        watch = { id, ok: false, timer: 0 };
        return failed(true);
      } else startWatch(id);
      const base = await styleOf(def.id, lang).catch(() => null);
      if (mine !== seq || signal.aborted) return;
      if (!base) return failed();
      onBase(base, def.attribution);
    },
    destroy: stopWatch,
  };
}
