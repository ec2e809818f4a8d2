import { SECTORS, STATUS_CLASSES, type Sector, type StatusClass } from '../../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Filters, MapView, NearState, PanelTab, UrlState } from './types.ts';

/**
 * The one codec between the URL fragment and the app state. Readable keys, fixed precision, defaults omitted,
 * `URLSearchParams` encoding. `decodeHash` never throws: a bad value falls back to its default and is reported in
 * `rejected` so the app can say so.
 */

export const DEFAULT_BASEMAP = 'embedded';
export const PROVISION_COUNT = 53;
export const NEAR_RADIUS_MIN_M = 100;
export const NEAR_RADIUS_MAX_M = 50_000;
const TABS: readonly PanelTab[] = ['overview', 'reader', 'near', 'layers'];
const ID_RE = /^[a-z0-9][a-z0-9-]{0,80}$/;
const MAX_LIST = 200;

export const EMPTY_FILTERS: Filters = { sectors: [], statuses: [], districts: [] };

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'zh',
  p: null,
  f: null,
  layers: null,
  map: null,
  basemap: DEFAULT_BASEMAP,
  q: '',
  near: null,
  story: null,
  kiosk: false,
  presenter: false,
  filters: EMPTY_FILTERS,
  tab: null,
  embed: false,
};

/** What the codec may check values against; without it any well-formed id is accepted. */
export interface CodecContext {
  layerIds?: readonly string[];
  basemaps?: readonly string[];
  storySteps?: number;
}

export interface DecodeResult {
  state: UrlState;
  /** Keys whose values were present but unusable (for a short notice). */
  rejected: string[];
}

function parseIntStrict(s: string | null): number | null {
  if (s == null || !/^\d{1,6}$/.test(s)) return null;
  return Number(s);
}

function parseNum(s: string): number | null {
  if (!/^-?\d{1,4}(\.\d{1,10})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parseList(s: string | null, ok: (v: string) => boolean): string[] | null {
  if (s == null) return null;
  if (s === '') return [];
  const items = s.split(',').slice(0, MAX_LIST);
  const out = [...new Set(items.filter(ok))];
  return out;
}

function decodeMap(s: string): MapView | null {
  const parts = s.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const nums = parts.map(parseNum);
  if (nums.some((n) => n == null)) return null;
  const [zoom, lat, lng, bearing, pitch] = nums as number[];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  const view: MapView = { zoom, lat, lng };
  if (bearing !== undefined && bearing !== 0) {
    if (bearing < -360 || bearing > 360) return null;
    view.bearing = bearing;
  }
  if (pitch !== undefined && pitch !== 0) {
    if (pitch < 0 || pitch > 85) return null;
    view.pitch = pitch;
  }
  return view;
}

function decodeNear(s: string): NearState | null {
  const parts = s.split(',');
  if (parts.length !== 3) return null;
  const [lng, lat, radius] = parts.map(parseNum);
  if (lng == null || lat == null || radius == null) return null;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85) return null;
  if (radius < NEAR_RADIUS_MIN_M || radius > NEAR_RADIUS_MAX_M) return null;
  return { lng, lat, radius: Math.round(radius) };
}

/** Parses a location fragment (with or without the leading `#`) into a complete, valid state. */
export function decodeHash(hash: string, ctx: CodecContext = {}): DecodeResult {
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS } };
  const rejected: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, rejected: ['hash'] };
  }
  const get = (k: string) => params.get(k);
  const reject = (k: string) => rejected.push(k);

  const lang = get('lang');
  if (lang != null) (lang === 'en' || lang === 'zh' ? (state.lang = lang as Lang) : reject('lang'));

  const p = get('p');
  if (p != null) {
    const n = parseIntStrict(p.replace(/^\(|\)$/g, ''));
    if (n != null && n >= 1 && n <= PROVISION_COUNT) state.p = n;
    else reject('p');
  }

  const f = get('f');
  if (f != null) (ID_RE.test(f) ? (state.f = f) : reject('f'));

  const layerOk = (v: string) => ID_RE.test(v) && (!ctx.layerIds || ctx.layerIds.includes(v));
  const layers = get('layers');
  if (layers != null) {
    const list = parseList(layers, layerOk);
    if (list == null) reject('layers');
    else {
      if (list.length < layers.split(',').filter(Boolean).length) reject('layers');
      state.layers = list;
    }
  }

  const map = get('map');
  if (map != null) {
    const v = decodeMap(map);
    if (v) state.map = v;
    else reject('map');
  }

  const basemap = get('basemap');
  if (basemap != null) {
    if (ID_RE.test(basemap) && (!ctx.basemaps || ctx.basemaps.includes(basemap))) state.basemap = basemap;
    else reject('basemap');
  }

  const q = get('q');
  if (q != null) state.q = q.slice(0, 100);

  const near = get('near');
  if (near != null) {
    const v = decodeNear(near);
    if (v) state.near = v;
    else reject('near');
  }

  const story = get('story');
  if (story != null) {
    const n = parseIntStrict(story);
    const max = ctx.storySteps ?? 99;
    if (n != null && n >= 1 && n <= max) state.story = n;
    else reject('story');
  }

  const kiosk = get('kiosk');
  if (kiosk != null) state.kiosk = kiosk === '1' || kiosk === 'true';
  const presenter = get('presenter');
  if (presenter != null) state.presenter = presenter === '1' || presenter === 'true';

  // Filter values outside the schema's lists are dropped (and the key reported), like unknown layers.
  const filterList = <T extends string>(key: string, ok: (v: string) => v is T): T[] => {
    const raw = get(key);
    if (raw == null) return [];
    const list = parseList(raw, ok) ?? [];
    if (list.length < raw.split(',').filter(Boolean).length) reject(key);
    return list as T[];
  };
  state.filters = {
    sectors: filterList('sector', (v): v is Sector => (SECTORS as readonly string[]).includes(v)),
    statuses: filterList('status', (v): v is StatusClass => (STATUS_CLASSES as readonly string[]).includes(v)),
    districts: filterList('district', (v): v is string => /^[a-z0-9-]{1,40}$/.test(v)),
  };

  const tab = get('tab');
  if (tab != null) (TABS.includes(tab as PanelTab) ? (state.tab = tab as PanelTab) : reject('tab'));

  const embed = get('embed');
  if (embed != null) state.embed = embed === '1' || embed === 'true';

  return { state, rejected };
}

const round = (n: number, digits: number) => {
  const r = Number(n.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
};

/** Serialises a state to a fragment (without `#`), omitting every default. Keys keep a stable order. */
export function encodeHash(s: UrlState): string {
  const out: [string, string][] = [];
  if (s.embed) out.push(['embed', '1']);
  if (s.story != null) out.push(['story', String(s.story)]);
  if (s.kiosk) out.push(['kiosk', '1']);
  if (s.presenter) out.push(['presenter', '1']);
  if (s.tab != null) out.push(['tab', s.tab]);
  if (s.p != null) out.push(['p', String(s.p)]);
  if (s.f) out.push(['f', s.f]);
  if (s.q) out.push(['q', s.q]);
  if (s.near) out.push(['near', `${round(s.near.lng, 5)},${round(s.near.lat, 5)},${Math.round(s.near.radius)}`]);
  if (s.filters.sectors.length) out.push(['sector', s.filters.sectors.join(',')]);
  if (s.filters.statuses.length) out.push(['status', s.filters.statuses.join(',')]);
  if (s.filters.districts.length) out.push(['district', s.filters.districts.join(',')]);
  if (s.layers) out.push(['layers', s.layers.join(',')]);
  if (s.basemap !== DEFAULT_BASEMAP) out.push(['basemap', s.basemap]);
  if (s.map) {
    const parts = [round(s.map.zoom, 2), round(s.map.lat, 5), round(s.map.lng, 5)];
    if (s.map.bearing || s.map.pitch) parts.push(round(s.map.bearing ?? 0, 1));
    if (s.map.pitch) parts.push(round(s.map.pitch, 1));
    out.push(['map', parts.join('/')]);
  }
  if (s.lang !== 'zh') out.push(['lang', s.lang]);
  // URLSearchParams would escape the commas and slashes that make the fragment readable; they are safe in a fragment.
  return new URLSearchParams(out).toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}
