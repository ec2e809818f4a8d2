import type { AppState } from './store.ts';

/** Named selectors: components read the store only through these (with `useShallow` for arrays built here). */
export const selectLang = (s: AppState) => s.lang;
export const selectTab = (s: AppState) => s.tab;
export const selectEmbed = (s: AppState) => s.embed;
export const selectNotices = (s: AppState) => s.notices;
export const selectProvision = (s: AppState) => s.provision;
export const selectQuery = (s: AppState) => s.query;
export const selectReaderParallel = (s: AppState) => s.readerParallel;
export const selectVisibleLayers = (s: AppState) => s.visibleLayers;
export const selectBasemap = (s: AppState) => s.basemap;
export const selectFocus = (s: AppState) => s.focus;
export const selectSelectedFeature = (s: AppState) => s.selectedFeature;
export const selectHighlighted = (s: AppState) => s.highlighted;
export const selectMapAvailable = (s: AppState) => s.mapAvailable;
export const selectNear = (s: AppState) => s.near;
export const selectStory = (s: AppState) => s.story;
export const selectKiosk = (s: AppState) => s.kiosk;
export const selectPresenter = (s: AppState) => s.presenter;
export const selectMapView = (s: AppState) => s.view;
export const selectFilters = (s: AppState) => s.filters;
/** The actions the dashboard and filter chips use (stable functions: read with `useShallow`). */
export const selectFilterActions = (s: AppState) => ({
  toggleFilter: s.toggleFilter,
  setFilters: s.setFilters,
  clearFilters: s.clearFilters,
});
/** The navigation actions the overview's figures trigger (stable functions: read with `useShallow`). */
export const selectOverviewActions = (s: AppState) => ({
  selectProvision: s.selectProvision,
  setTab: s.setTab,
  focusFeatures: s.focusFeatures,
  highlight: s.highlight,
  selectFeature: s.selectFeature,
  setLayersVisible: s.setLayersVisible,
});
export const selectIsLayerVisible = (id: string) => (s: AppState) => s.visibleLayers.includes(id);
