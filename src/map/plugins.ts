import type { Map as MaplibreMap } from 'maplibre-gl';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { AppState } from '../store/store.ts';

/**
 * Map plugins: self-contained behaviours (the near-me pin and radius, print capture…) that the map adapter attaches
 * once the style has loaded, and detaches on teardown. They live in `src/map/` because they touch the map instance;
 * everything else they need comes from the store.
 */
export interface MapPlugin {
  id: string;
  /** Called once after the map's `load`; returns a cleanup function. Re-add sources/layers on `style.load` if needed. */
  attach: (map: MaplibreMap, store: UseBoundStore<StoreApi<AppState>>) => () => void;
}

/** Registered plugins, in attach order. Each plugin module appends itself here by import in `plugin-list.ts`. */
export const MAP_PLUGINS: MapPlugin[] = [];

export function registerMapPlugin(plugin: MapPlugin): void {
  if (!MAP_PLUGINS.some((p) => p.id === plugin.id)) MAP_PLUGINS.push(plugin);
}
