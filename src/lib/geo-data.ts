import type { FeatureCollection, Geometry } from 'geojson';
import { SOURCES } from '../../geo/attribution.ts';
import type { Catalog, MapFeatureProps } from '../../geo/schema.ts';

/**
 * The browser's loader for the built geography under `public/geo/` (written by `npm run geo:build`). Every URL is
 * relative (`geo/…`) to the app's base, so the app works from any folder and offline. Each file is fetched once: the
 * promise is cached, and dropped again on failure so that a later call can retry.
 */

/** The names of the basemap context files (`public/geo/context/<name>.geojson`). */
export const CONTEXT_NAMES = [
  'city',
  'counties',
  'neighbours',
  'provinces',
  'yellow-river',
  'dahei-river',
  'lakes',
  'seats',
  'metro-lines',
  'metro-stations',
  'parks',
  'colleges',
  'railway',
  'rail-stations',
  'world',
] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

/** A context feature's properties (names where known; other keys vary by file). */
export type ContextProps = { name_zh?: string; name_en?: string; adcode?: string; kind?: string } & Record<string, unknown>;

/** Thrown when a geo file cannot be loaded: HTTP error, network failure, invalid JSON or unexpected shape. */
export class GeoDataError extends Error {
  /** The file that failed, relative to the app, e.g. `geo/catalog.json`. */
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`Could not load ${file}: ${problem}`);
    this.name = 'GeoDataError';
    this.file = file;
  }
}

/** One record per source for the map's attribution control (short forms; full records are in the catalog). */
export const GEO_ATTRIBUTION: readonly {
  id: string;
  short_zh: string;
  short_en: string;
  licence_zh: string;
  licence_en: string;
  url?: string;
}[] = SOURCES.map((s) => ({
  id: s.id,
  short_zh: s.short_zh,
  short_en: s.short_en,
  licence_zh: s.licence_zh,
  licence_en: s.licence_en,
  ...(s.url ? { url: s.url } : {}),
}));

/** Returns the short attribution lines in one language (the other language's lines are never mixed in). */
export function geoAttributionLines(lang: 'zh' | 'en', withLicence = false): string[] {
  return GEO_ATTRIBUTION.map((a) => {
    const text = lang === 'en' ? a.short_en : a.short_zh;
    const licence = lang === 'en' ? a.licence_en : a.licence_zh;
    return withLicence ? (lang === 'en' ? `${text} (${licence})` : `${text}（${licence}）`) : text;
  });
}

const cache = new Map<string, Promise<unknown>>();

function baseUrl(): string {
  // Vite sets BASE_URL ('./' in this app); outside Vite (node tests) fall back to a relative path.
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? './';
  return base.endsWith('/') ? base : `${base}/`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function fetchJson(file: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl()}${file}`);
  } catch (e) {
    throw new GeoDataError(file, `network error (${(e as Error).message})`);
  }
  if (!response.ok) throw new GeoDataError(file, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GeoDataError(file, 'the file is not valid JSON');
  }
}

function cached<T>(file: string, check: (data: unknown) => string | null): Promise<T> {
  const hit = cache.get(file);
  if (hit) return hit as Promise<T>;
  const p = fetchJson(file).then((data) => {
    const problem = check(data);
    if (problem) throw new GeoDataError(file, problem);
    return data as T;
  });
  cache.set(file, p);
  p.catch(() => cache.delete(file));
  return p;
}

function checkCollection(data: unknown): string | null {
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    return 'expected a GeoJSON FeatureCollection';
  }
  return null;
}

function checkCatalog(data: unknown): string | null {
  if (!isObject(data)) return 'expected a catalog object';
  for (const k of ['features', 'layers', 'districts'] as const) if (!isObject(data[k])) return `catalog.${k} is missing or not an object`;
  for (const k of ['unplaced', 'attribution'] as const) if (!Array.isArray(data[k])) return `catalog.${k} is missing or not a list`;
  return null;
}

let catalogValue: Catalog | null = null;

/** Returns the catalog (`geo/catalog.json`): every feature's full record, the unplaced places, layers, attribution. */
export function loadCatalog(): Promise<Catalog> {
  return cached<Catalog>('geo/catalog.json', checkCatalog).then((c) => (catalogValue = c));
}

/**
 * Returns the catalog if it has already loaded, else null: lets a component's first render use it at once, which
 * the prerendered page relies on (its hydration must render what the build rendered).
 */
export function peekCatalog(): Catalog | null {
  return catalogValue;
}

/** Makes `catalog` the loaded catalog without fetching it (the build's prerender reads it from disk). */
export function primeCatalog(catalog: Catalog): void {
  catalogValue = catalog;
  cache.set('geo/catalog.json', Promise.resolve(catalog));
}

/** Returns one plan layer (`geo/layers/<id>.geojson`) with flat map properties; coordinates are `[lng, lat]`. */
export function loadLayer(id: string): Promise<FeatureCollection<Geometry, MapFeatureProps>> {
  if (!/^[a-z0-9-]+$/.test(id)) return Promise.reject(new GeoDataError(`geo/layers/${id}.geojson`, 'not a layer id'));
  return cached(`geo/layers/${id}.geojson`, checkCollection);
}

/** Returns one basemap context file (`geo/context/<name>.geojson`); coordinates are `[lng, lat]`. */
export function loadContext(name: ContextName): Promise<FeatureCollection<Geometry, ContextProps>> {
  if (!(CONTEXT_NAMES as readonly string[]).includes(name)) {
    return Promise.reject(new GeoDataError(`geo/context/${name}.geojson`, 'not a context file name'));
  }
  return cached(`geo/context/${name}.geojson`, checkCollection);
}

/** Returns every character a map label may draw (`geo/label-chars.txt`), for a device that needs the bundled font. */
export function loadLabelChars(): Promise<string> {
  const file = 'geo/label-chars.txt';
  const hit = cache.get(file);
  if (hit) return hit as Promise<string>;
  const p = fetch(`${baseUrl()}${file}`).then((r) => {
    if (!r.ok) throw new GeoDataError(file, `HTTP ${r.status}`);
    return r.text();
  });
  cache.set(file, p);
  p.catch(() => cache.delete(file));
  return p;
}

/** Forgets every cached file (for tests, and for a retry after the data changed). */
export function clearGeoDataCache(): void {
  cache.clear();
  catalogValue = null;
}
