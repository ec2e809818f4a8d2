import type { StoreApi, UseBoundStore } from 'zustand';
import type { AppState } from '../store/store.ts';
import type { Filters, MapView, PanelTab } from '../store/types.ts';

/**
 * Starting and leaving the briefing from the normal interface: what the user had on screen (layers, view, tab,
 * selection, highlight and filters) is remembered on start and given back on exit, so presenting never loses a
 * planner's working state.
 */

interface ReturnState {
  layers: string[];
  view: MapView | null;
  tab: PanelTab;
  highlighted: string[];
  selected: string | null;
  filters: Filters;
}

let returnState: ReturnState | null = null;

type Store = UseBoundStore<StoreApi<AppState>>;

/** Remembers what is on screen now, to be given back when the briefing ends. */
export function rememberReturnState(store: Store): void {
  const s = store.getState();
  returnState = {
    layers: [...s.visibleLayers],
    view: s.view,
    tab: s.tab,
    highlighted: [...s.highlighted],
    selected: s.selectedFeature,
    filters: s.filters,
  };
}

/** Starts the built-in briefing at `step` (1-based), remembering the current layers, view and tab. */
export function startBriefing(store: Store, step = 1): void {
  rememberReturnState(store);
  store.getState().setStory(step);
}

/**
 * Leaves the briefing. Restores what `startBriefing` remembered (layers, camera, tab, selection, filters); when the
 * briefing was opened from a link there is nothing to restore and the map stays on the last step's view, with the
 * step's filters cleared.
 */
export function exitBriefing(store: Store): void {
  const s = store.getState();
  s.setStory(null);
  s.setKiosk(false);
  s.setPresenter(false);
  if (returnState) {
    const r = returnState;
    returnState = null;
    s.setVisibleLayers(r.layers);
    s.highlight(r.highlighted);
    s.selectFeature(r.selected);
    s.setFilters(r.filters);
    s.setTab(r.tab);
    if (r.view) s.flyTo(r.view);
  } else {
    s.highlight([]);
    s.clearFilters();
  }
}

/** Returns true when leaving will restore a remembered state (for tests and the exit button's hint). */
export function hasReturnState(): boolean {
  return returnState !== null;
}
