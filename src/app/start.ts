import type { StoreApi, UseBoundStore } from 'zustand';
import type { Catalog } from '../../geo/schema.ts';
import { BASEMAP_IDS } from '../layers/basemaps.ts';
import { DEFAULT_VISIBLE_LAYERS, LAYER_IDS } from '../layers/registry.ts';
import { own } from '../lib/own.ts';
import type { AppState } from '../store/store.ts';
import type { CodecContext } from '../store/url-codec.ts';
import { startUrlSync } from '../store/url-sync.ts';

/**
 * Tells the user about link values that could not be used: a bad provision number opens the contents with a notice;
 * any other bad key gets one short notice naming the keys. Nothing is lost: the rest of the link still applies.
 */
export function reportRejected(store: UseBoundStore<StoreApi<AppState>>, keys: readonly string[]): void {
  const s = store.getState();
  if (keys.includes('p')) {
    s.selectProvision(null);
    s.setTab('reader');
    s.notify({ id: 'url-p', level: 'warning', key: 'badProvision' });
  }
  const rest = keys.filter((k) => k !== 'p');
  if (rest.length) s.notify({ id: 'url-rejected', level: 'warning', key: 'badLink', values: { keys: rest.join(', ') } });
}

/**
 * Drops a selected feature that the catalog does not hold, drawn or only listed (a mistyped link: the URL codec
 * cannot know the catalog, which arrives later; retired ids were already resolved) and says so; checks now and on
 * every later change of the selection. Returns a function that stops watching.
 */
export function watchSelectedFeature(store: UseBoundStore<StoreApi<AppState>>, catalog: Catalog): () => void {
  const unplaced = new Set(catalog.unplaced.map((u) => u.id));
  const check = (id: string | null) => {
    if (id == null || own(catalog.features, id) || unplaced.has(id)) return;
    const s = store.getState();
    s.selectFeature(null);
    s.notify({ id: 'url-f', level: 'warning', key: 'unknownFeature', values: { id } });
  };
  check(store.getState().selectedFeature);
  return store.subscribe((s, prev) => {
    if (s.selectedFeature !== prev.selectedFeature) check(s.selectedFeature);
  });
}

/** What link values are checked against beyond the codec's own lists: the known layers and basemaps. */
export const LINK_CONTEXT: CodecContext = { layerIds: LAYER_IDS, basemaps: BASEMAP_IDS };

/** Sets the default layers, then starts syncing the store with the URL fragment. Returns a function that stops it. */
export function startApp(store: UseBoundStore<StoreApi<AppState>>): () => void {
  store.getState().initLayers(DEFAULT_VISIBLE_LAYERS);
  return startUrlSync(store, {
    ctx: LINK_CONTEXT,
    onRejected: (keys) => reportRejected(store, keys),
  });
}
