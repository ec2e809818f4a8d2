import { resolveFeatureId } from '../../geo/aliases.ts';
import { decodeHash, encodeHash, type CodecContext } from './url-codec.ts';
import type { AppState } from './store.ts';
import type { UrlState } from './types.ts';
import type { StoreApi, UseBoundStore } from 'zustand';

/**
 * Keeps the URL fragment a projection of the store: reads it once at start-up and on `hashchange` (a pasted link),
 * and writes it with `history.replaceState` whenever the projected state changes, so navigation never floods history.
 */

/** Projects the store onto the URL state (layers omitted while they equal the defaults). */
export function toUrlState(s: AppState): UrlState {
  const sameLayers =
    s.visibleLayers.length === s.defaultLayers.length && s.defaultLayers.every((l) => s.visibleLayers.includes(l));
  return {
    lang: s.lang,
    p: s.provision,
    f: s.selectedFeature,
    layers: sameLayers ? null : [...s.visibleLayers].sort(),
    map: s.view,
    basemap: s.basemap,
    q: s.query,
    near: s.near,
    story: s.story,
    kiosk: s.kiosk,
    presenter: s.presenter,
    filters: s.filters,
    tab: s.tab === 'overview' ? null : s.tab,
    embed: s.embed,
  };
}

/**
 * Applies a decoded URL state to the store in one update. A link that opens a feature without carrying a view
 * (`#f=…` alone) asks the map to frame that feature; a link that carries a view (`map=…`) keeps it. Retired feature
 * ids resolve to the feature that replaced them.
 */
export function applyUrlState(store: UseBoundStore<StoreApi<AppState>>, u: UrlState): void {
  const s = store.getState();
  const f = u.f ? resolveFeatureId(u.f) : null;
  const frame = f !== null && f !== s.selectedFeature && !u.map;
  store.setState({
    lang: u.lang,
    provision: u.p,
    selectedFeature: f,
    visibleLayers: u.layers ?? s.defaultLayers,
    basemap: u.basemap,
    query: u.q,
    near: u.near,
    story: u.story,
    kiosk: u.kiosk,
    presenter: u.presenter,
    filters: u.filters,
    tab: u.tab ?? (u.p != null || u.q ? 'reader' : u.near ? 'near' : 'overview'),
    embed: u.embed,
    view: u.map ?? s.view,
  });
  if (frame) store.getState().openFeature(f);
}

export interface UrlSyncOptions {
  ctx?: CodecContext;
  /** Called with the keys whose values were rejected, so the app can show a short notice. */
  onRejected?: (keys: string[]) => void;
  /** Called when the URL carried a map view (the camera is uncontrolled: the adapter reads it once). */
  onInitialView?: (u: UrlState) => void;
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: UseBoundStore<StoreApi<AppState>>, opts: UrlSyncOptions = {}): () => void {
  const read = () => {
    const { state, rejected } = decodeHash(window.location.hash, opts.ctx);
    applyUrlState(store, state);
    if (rejected.length) opts.onRejected?.(rejected);
    return state;
  };
  const initial = read();
  opts.onInitialView?.(initial);

  // Compare with the fragment as it stands, so that a link with unusable or non-canonical values is rewritten at once.
  let last = window.location.hash.replace(/^#/, '');
  const write = () => {
    const next = encodeHash(toUrlState(store.getState()));
    if (next === last) return;
    last = next;
    const url = `${window.location.pathname}${window.location.search}${next ? `#${next}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
  };
  write();
  const unsub = store.subscribe(write);
  const onHash = () => {
    if (window.location.hash.replace(/^#/, '') === last) return;
    read();
    last = encodeHash(toUrlState(store.getState()));
  };
  window.addEventListener('hashchange', onHash);
  return () => {
    unsub();
    window.removeEventListener('hashchange', onHash);
  };
}
