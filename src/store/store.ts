import { create, type StateCreator } from 'zustand';
import { DEFAULT_VISIBLE_LAYERS } from '../layers/registry.ts';
import { resolveFeatureId } from '../../geo/aliases.ts';
import { DEFAULT_BASEMAP, EMPTY_FILTERS } from './url-codec.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Story } from './story-types.ts';
import type { Filters, FocusIntent, MapView, NearState, Notice, PanelTab } from './types.ts';

/**
 * The app store, built from slices (one per concern). Read it only through the named selectors in `selectors.ts`.
 * Actions are verbs. Nothing here touches the DOM, the map or the URL: `url-sync.ts` projects it onto the fragment.
 */

export interface UiSlice {
  lang: Lang;
  tab: PanelTab;
  embed: boolean;
  notices: Notice[];
  setLang: (lang: Lang) => void;
  setTab: (tab: PanelTab) => void;
  setEmbed: (embed: boolean) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export interface ReaderSlice {
  /** Provision number open in the reader, or null for the contents. */
  provision: number | null;
  query: string;
  /**
   * The reader also shows the plan in the other language: beside the interface language where the screen is wide,
   * instead of it on narrow screens.
   */
  readerParallel: boolean;
  selectProvision: (n: number | null) => void;
  setQuery: (q: string) => void;
  setReaderParallel: (on: boolean) => void;
}

export interface MapSlice {
  /** Visible layer ids, in no particular order. */
  visibleLayers: string[];
  /** The registry's default visible layers (set once at start-up) so the URL can omit them. */
  defaultLayers: string[];
  basemap: string;
  /** Last view reported by the map (on moveend). */
  view: MapView | null;
  focus: FocusIntent | null;
  /** Selected feature (clicked on the map or chosen in a list). */
  selectedFeature: string | null;
  /** Features lit up by a mention link or a provision's "show on map". */
  highlighted: string[];
  /** Whether the map could be created (false when WebGL is missing). */
  mapAvailable: boolean;
  initLayers: (defaults: string[], visible?: string[] | null) => void;
  setLayerVisible: (id: string, visible: boolean) => void;
  setLayersVisible: (ids: string[], visible: boolean) => void;
  setVisibleLayers: (ids: string[]) => void;
  setBasemap: (id: string) => void;
  reportView: (view: MapView) => void;
  focusFeatures: (ids: string[]) => void;
  /**
   * Opens a feature from a link (a `#f=` fragment, a list, a mention, a role): selects it and asks the map to frame
   * it. Retired ids (merged features) resolve to the feature that replaced them.
   */
  openFeature: (id: string) => void;
  flyTo: (view: MapView, essential?: boolean) => void;
  fitBbox: (bbox: [number, number, number, number]) => void;
  selectFeature: (id: string | null) => void;
  highlight: (ids: string[]) => void;
  setMapAvailable: (ok: boolean) => void;
}

export interface NearSlice {
  near: NearState | null;
  setNear: (near: NearState | null) => void;
  setNearRadius: (radius: number) => void;
}

/** The briefing being shown: the sequence itself (plain data) and the link code it came from (null: built-in). */
export interface ActiveStory {
  story: Story;
  brief: string | null;
}

export interface StorySlice {
  /** Current briefing step (1-based), or null when not presenting. */
  story: number | null;
  /** Unattended kiosk mode (auto-advance, reset after idle). */
  kiosk: boolean;
  /** This window is the presenter's companion (notes shown, step synced with the audience window). */
  presenter: boolean;
  /** Link code of the briefing to play instead of the built-in one (`brief=` in the URL), or null. */
  brief: string | null;
  /** The briefing the briefing mode has resolved and shows (for the exported sheet and the editor), or null. */
  activeStory: ActiveStory | null;
  /** The briefing editor is open. */
  authoring: boolean;
  setStory: (step: number | null) => void;
  setKiosk: (kiosk: boolean) => void;
  setPresenter: (presenter: boolean) => void;
  setActiveStory: (active: ActiveStory | null) => void;
  setAuthoring: (open: boolean) => void;
  /** Plays `active` from `step` (1-based): its code goes into the URL, the briefing shows it without unpacking it. */
  playStory: (active: ActiveStory, step?: number) => void;
}

export interface FilterSlice {
  filters: Filters;
  setFilters: (filters: Filters) => void;
  /** Adds `value` to the filter `key`, or removes it when present. */
  toggleFilter: <K extends keyof Filters>(key: K, value: Filters[K][number]) => void;
  clearFilters: () => void;
}

export type AppState = UiSlice & ReaderSlice & MapSlice & NearSlice & StorySlice & FilterSlice;
type Slice<T> = StateCreator<AppState, [], [], T>;

export const DEFAULT_NEAR_RADIUS_M = 3000;

const createUiSlice: Slice<UiSlice> = (set) => ({
  lang: 'zh',
  tab: 'overview',
  embed: false,
  notices: [],
  setLang: (lang) => set({ lang }),
  setTab: (tab) => set({ tab }),
  setEmbed: (embed) => set({ embed }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

const createReaderSlice: Slice<ReaderSlice> = (set) => ({
  provision: null,
  query: '',
  readerParallel: false,
  selectProvision: (provision) => set({ provision }),
  setQuery: (query) => set({ query }),
  setReaderParallel: (readerParallel) => set({ readerParallel }),
});

let focusSeq = 0;
const createMapSlice: Slice<MapSlice> = (set) => ({
  // The registry's defaults from the start (not only once the app starts): the prerendered page and its hydration
  // draw the legend of the layers a first visit shows.
  visibleLayers: [...DEFAULT_VISIBLE_LAYERS],
  defaultLayers: [...DEFAULT_VISIBLE_LAYERS],
  basemap: DEFAULT_BASEMAP,
  view: null,
  focus: null,
  selectedFeature: null,
  highlighted: [],
  mapAvailable: true,
  initLayers: (defaults, visible) => set({ defaultLayers: [...defaults], visibleLayers: [...(visible ?? defaults)] }),
  setLayerVisible: (id, visible) =>
    set((s) => ({
      visibleLayers: visible
        ? s.visibleLayers.includes(id)
          ? s.visibleLayers
          : [...s.visibleLayers, id]
        : s.visibleLayers.filter((l) => l !== id),
    })),
  setLayersVisible: (ids, visible) =>
    set((s) => ({
      visibleLayers: visible
        ? [...new Set([...s.visibleLayers, ...ids])]
        : s.visibleLayers.filter((l) => !ids.includes(l)),
    })),
  setVisibleLayers: (ids) => set({ visibleLayers: [...new Set(ids)] }),
  setBasemap: (basemap) => set({ basemap }),
  reportView: (view) => set({ view }),
  focusFeatures: (ids) => set({ focus: { kind: 'features', ids: [...new Set(ids.map(resolveFeatureId))], seq: ++focusSeq } }),
  openFeature: (id) => {
    const current = resolveFeatureId(id);
    set({ selectedFeature: current, focus: { kind: 'features', ids: [current], seq: ++focusSeq } });
  },
  flyTo: (view, essential) => set({ focus: { kind: 'view', view, essential, seq: ++focusSeq } }),
  fitBbox: (bbox) => set({ focus: { kind: 'bbox', bbox, seq: ++focusSeq } }),
  selectFeature: (id) => set({ selectedFeature: id === null ? null : resolveFeatureId(id) }),
  highlight: (highlighted) => set({ highlighted }),
  setMapAvailable: (mapAvailable) => set({ mapAvailable }),
});

const createNearSlice: Slice<NearSlice> = (set) => ({
  near: null,
  setNear: (near) => set({ near }),
  setNearRadius: (radius) => set((s) => (s.near ? { near: { ...s.near, radius } } : {})),
});

const createStorySlice: Slice<StorySlice> = (set) => ({
  story: null,
  kiosk: false,
  presenter: false,
  brief: null,
  activeStory: null,
  authoring: false,
  // Leaving the briefing forgets a briefing carried by the link.
  setStory: (story) => set(story == null ? { story, brief: null } : { story }),
  setKiosk: (kiosk) => set({ kiosk }),
  setPresenter: (presenter) => set({ presenter }),
  setActiveStory: (activeStory) => set({ activeStory }),
  setAuthoring: (authoring) => set({ authoring }),
  playStory: (active, step = 1) => set({ activeStory: active, brief: active.brief, story: step }),
});

const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (filters) => set({ filters }),
  toggleFilter: (key, value) =>
    set((s) => {
      const list: readonly string[] = s.filters[key];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
});

/** Builds a fresh store (tests make one per test; the app uses `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createUiSlice(...a),
    ...createReaderSlice(...a),
    ...createMapSlice(...a),
    ...createNearSlice(...a),
    ...createStorySlice(...a),
    ...createFilterSlice(...a),
  }));

export const useAppStore = createAppStore();
