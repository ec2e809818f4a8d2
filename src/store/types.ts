/**
 * The app's state: plain, serialisable data only (no map, overlay or class instances).
 * Coordinates are `[lng, lat]`; distances in metres.
 */

import type { Sector, StatusClass } from '../../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import type { NoticeKey } from '../i18n/notices.ts';

/** The map view as the store last learned it from the map (on `moveend`), never pushed back every frame. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
  bearing?: number;
  pitch?: number;
}

/** A pin with its search radius, for "what is planned near me?". */
export interface NearState {
  lng: number;
  lat: number;
  /** Radius in metres. */
  radius: number;
}

/**
 * A camera intent for the map adapter to fulfil: fit features, fly to a view. `seq` makes repeated intents distinct;
 * the adapter tags the moves it makes so they are not echoed back into the URL as user moves.
 */
export type FocusIntent =
  | { kind: 'features'; ids: string[]; seq: number }
  | { kind: 'view'; view: MapView; seq: number; essential?: boolean }
  | { kind: 'bbox'; bbox: [number, number, number, number]; seq: number };

/** Filters that drive map, lists and reader together (empty = no filter). */
export interface Filters {
  sectors: Sector[];
  statuses: StatusClass[];
  /** County-level adcodes, or `outside` (see `OUTSIDE_CITY`). */
  districts: string[];
}

/** Which tab the side panel (or bottom sheet on a phone) shows. */
export type PanelTab = 'overview' | 'reader' | 'near' | 'layers';

/** A message for the user; `id` lets the same condition replace itself instead of stacking. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** Which message (`NOTICE_STRINGS`): translated when shown, so it follows a language switch. */
  key: NoticeKey;
  /** Values for the message's `{name}` slots: text that is not translated (file names, link keys). */
  values?: Readonly<Record<string, string | number>>;
}

/** The part of the state that the URL carries (see `url-codec.ts`). Everything optional is omitted at its default. */
export interface UrlState {
  lang: Lang;
  /** Provision number 1–53 open in the reader. */
  p: number | null;
  /** Selected feature id. */
  f: string | null;
  /** Visible layer ids; null = the registry's defaults. */
  layers: string[] | null;
  map: MapView | null;
  basemap: string;
  /** Reader search query. */
  q: string;
  near: NearState | null;
  /** Briefing step (1-based), null when not presenting. */
  story: number | null;
  /** Briefing runs unattended: auto-advance and return to step 1 after idle (`kiosk=1`). */
  kiosk: boolean;
  /** This window is the presenter's companion window: notes shown, step synced (`presenter=1`). */
  presenter: boolean;
  filters: Filters;
  tab: PanelTab | null;
  embed: boolean;
}
