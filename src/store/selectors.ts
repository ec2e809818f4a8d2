import type { AppState } from './store.ts';

/** Named selectors: components read the store only through these (with `useShallow` for arrays built here). */
export const selectLang = (s: AppState) => s.lang;
export const selectTab = (s: AppState) => s.tab;
export const selectEmbed = (s: AppState) => s.embed;
export const selectNotices = (s: AppState) => s.notices;
export const selectProvision = (s: AppState) => s.provision;
export const selectQuery = (s: AppState) => s.query;
export const selectVisibleLayers = (s: AppState) => s.visibleLayers;
export const selectBasemap = (s: AppState) => s.basemap;
export const selectFocus = (s: AppState) => s.focus;
export const selectSelectedFeature = (s: AppState) => s.selectedFeature;
export const selectHighlighted = (s: AppState) => s.highlighted;
export const selectMapAvailable = (s: AppState) => s.mapAvailable;
export const selectNear = (s: AppState) => s.near;
export const selectStory = (s: AppState) => s.story;
export const selectFilters = (s: AppState) => s.filters;
export const selectIsLayerVisible = (id: string) => (s: AppState) => s.visibleLayers.includes(id);
