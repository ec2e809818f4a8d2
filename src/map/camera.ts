import type { Map as MaplibreMap, MapOptions } from 'maplibre-gl';
import type { Catalog } from '../../geo/schema.ts';
import { DEFAULT_BOUNDS, ensureMinSpan, fitPadding, roundView, sameView, type BBox, type Rect } from '../lib/camera.ts';
import { frameBoxFor, settledOccluder } from '../lib/frame.ts';
import type { AppState } from '../store/store.ts';
import type { FocusIntent, MapView } from '../store/types.ts';
import { prefersReducedMotion } from './media.ts';

/**
 * The camera: not React state. The store learns the view on `moveend`; focus intents (fit features or a box, fly to a
 * view) and pasted links move the map. Moves the app makes carry `APP_MOVE` as event data, so they are told apart
 * from the user's.
 */

/** Resolves at the next animation frame (or after 100 ms where frames are paused, e.g. a hidden tab). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/** Event data of the camera moves the app makes. */
export const APP_MOVE = { hohhotAppMove: true };

const target = (v: MapView) => ({ center: [v.lng, v.lat] as [number, number], zoom: v.zoom, bearing: v.bearing ?? 0, pitch: v.pitch ?? 0 });

/** The map's first camera: the view of the link, else the whole city. */
export function initialCamera(view: MapView | null): Partial<MapOptions> {
  return view ? target(view) : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 24 } };
}

export interface CameraOptions {
  map: MaplibreMap;
  container: HTMLElement;
  store: { getState: () => AppState };
  /** The catalog, for intents that name features (null when it cannot load). */
  catalog: () => Promise<Catalog | null>;
  signal: AbortSignal;
}

export interface Camera {
  /** Follows a store change: a new focus intent, or a view that a pasted link changed. */
  follow: (s: AppState, prev: AppState) => void;
  /** Once the map has loaded: fulfils what changed while it loaded (`first` is the state it was created with). */
  catchUp: (s: AppState, first: AppState) => void;
}

/** Wires the camera of `map` to the store. */
export function createCamera({ map, container, store, catalog, signal }: CameraOptions): Camera {
  let lastReported: MapView | null = store.getState().view;
  map.on('moveend', () => {
    const c = map.getCenter();
    const v = roundView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
    lastReported = v;
    if (!sameView(v, store.getState().view)) store.getState().reportView(v);
  });

  // Panels that float over the map mark themselves with `data-occludes-map`: fits keep features clear of them. A
  // sheet that is still sliding in declares the height it settles at (`data-occludes-height`).
  const padding = () => {
    const box = (el: Element): Rect => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const occluders = [...document.querySelectorAll<HTMLElement>('[data-occludes-map]')]
      .map((el) => settledOccluder(box(el), el.dataset.occludesHeight ? Number(el.dataset.occludesHeight) : null))
      .filter((b) => b.right > b.left && b.bottom > b.top);
    return fitPadding(box(container), occluders);
  };
  const fitTo = async (b: BBox) => {
    // The panels answer the same store change (the phone's sheet lifts for a selected feature) in React's next
    // render: measure what they cover after it, not before.
    await nextFrame();
    if (signal.aborted) return;
    const [w, s, e, n] = ensureMinSpan(b, 0.01);
    const options = { padding: padding(), maxZoom: 15, animate: !prefersReducedMotion(), duration: 1200 };
    map.fitBounds([[w, s], [e, n]], options, APP_MOVE);
  };
  const fulfil = async (f: FocusIntent) => {
    if (f.kind === 'view') {
      if (prefersReducedMotion() && !f.essential) map.jumpTo(target(f.view), APP_MOVE);
      else map.flyTo({ ...target(f.view), essential: f.essential ?? false }, APP_MOVE);
    } else if (f.kind === 'bbox') await fitTo(f.bbox);
    else {
      const c = await catalog();
      if (!c || signal.aborted) return;
      // Retired ids resolve, unplaced entries frame their area, an approximate feature its whole uncertainty.
      const b = frameBoxFor(c, f.ids);
      if (b) await fitTo(b);
    }
  };
  // A pasted link changed the view: jump there (not a user move to report back).
  const jumpTo = (v: MapView) => {
    lastReported = v;
    map.jumpTo(target(v), APP_MOVE);
  };
  return {
    follow(s, prev) {
      if (s.focus && s.focus !== prev.focus) void fulfil(s.focus);
      if (s.view !== prev.view && s.view && !sameView(s.view, lastReported)) jumpTo(s.view);
    },
    catchUp(s, first) {
      if (s.focus && (s.focus !== first.focus || !first.view)) void fulfil(s.focus);
      else if (s.view && !sameView(s.view, lastReported)) jumpTo(s.view);
    },
  };
}
