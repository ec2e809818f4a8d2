import type { StoreApi, UseBoundStore } from 'zustand';
import { DEFAULT_VISIBLE_LAYERS, LAYER_IDS } from '../layers/registry.ts';
import type { AppState } from '../store/store.ts';
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

/** Sets the default layers, then starts syncing the store with the URL fragment. Returns a function that stops it. */
export function startApp(store: UseBoundStore<StoreApi<AppState>>): () => void {
  store.getState().initLayers(DEFAULT_VISIBLE_LAYERS);
  return startUrlSync(store, {
    ctx: { layerIds: LAYER_IDS },
    onRejected: (keys) => reportRejected(store, keys),
  });
}
