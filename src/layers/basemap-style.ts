import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/lang.ts';
import { mapTextFont } from './fonts.ts';
import { META_BASEMAP, META_LABEL, textField } from './to-maplibre.ts';

/**
 * The embedded, fully offline planning basemap, built from the shipped context files
 * (`public/geo/context/<name>.geojson`). Pure: returns a MapLibre style object.
 *
 * No `glyphs`: MapLibre ≥ 5.11 then draws every label locally (TinySDF) from the page's fonts, in the stack of
 * `fonts.ts` (the device's own CJK font, else the bundled Noto Sans SC), so no glyph server and no request leaves the
 * origin.
 */

/** The context files the basemap draws, by name (file `geo/context/<name>.geojson`). */
export const CONTEXT_FILES = [
  'world',
  'provinces',
  'neighbours',
  'counties',
  'city',
  'lakes',
  'yellow-river',
  'dahei-river',
  'parks',
  'railway',
  'rail-stations',
  'metro-lines',
  'metro-stations',
  'colleges',
  'seats',
] as const;
export type ContextName = (typeof CONTEXT_FILES)[number];

/**
 * Context files that only street-scale views draw, with the zoom from which they are drawn: their sources start empty
 * and are filled when the map first reaches that zoom, so the first view of the whole city downloads none of them.
 */
export const LAZY_CONTEXT: Readonly<Partial<Record<ContextName, number>>> = {
  parks: 10,
  'metro-lines': 10,
  'metro-stations': 12,
  colleges: 12,
  'rail-stations': 9,
};

/** Returns the lazy context files due at `zoom` that have not been fetched yet (in `CONTEXT_FILES` order). */
export function lazyContextDue(zoom: number, fetched: ReadonlySet<string>): ContextName[] {
  return CONTEXT_FILES.filter((n) => {
    const z = LAZY_CONTEXT[n];
    return z !== undefined && zoom >= z && !fetched.has(n);
  });
}

/** A GeoJSON source that holds nothing yet (a lazy context file before its zoom is reached). */
const EMPTY_DATA = { type: 'FeatureCollection', features: [] } as const;

/** The URL of a context file, resolved against the page's base URL. */
export const contextUrl = (name: ContextName, baseUrl: string): string => new URL(`geo/context/${name}.geojson`, baseUrl).href;

/** Source id of a context file. */
export const contextSourceId = (name: ContextName) => `ctx-${name}`;

/** The basemap's palette: light warm-grey land, soft blue water, white and grey admin lines, muted labels. */
export const PALETTE = {
  background: '#e4e2dc',
  land: '#f2f0eb',
  region: '#efece6',
  city: '#faf9f6',
  provinceLine: '#cdc7bb',
  countyLine: '#d4cec2',
  cityLine: '#6d6255',
  cityHalo: '#c7bca9',
  water: '#a8cbe3',
  river: '#86b6da',
  waterLabel: '#3f7199',
  park: '#d5e6c6',
  rail: '#a6a098',
  metro: '#c46a5e',
  label: '#5d564d',
  labelSoft: '#8c857b',
  halo: 'rgba(250,249,246,0.95)',
} as const;

const POLY: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];

const zoomLinear = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/**
 * Returns the GeoJSON sources of the embedded basemap, with URLs resolved against `baseUrl`. The lazy files
 * (`LAZY_CONTEXT`) point at their URL only when listed in `loaded` (or when `loaded` is omitted); otherwise they start
 * empty and the map fills them when their zoom is reached.
 */
export function basemapSources(
  baseUrl: string,
  attribution: Partial<Record<ContextName, string>> = {},
  loaded?: ReadonlySet<string>,
): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (const name of CONTEXT_FILES) {
    const lazy = LAZY_CONTEXT[name] !== undefined && loaded !== undefined && !loaded.has(name);
    const source: GeoJSONSourceSpecification = {
      type: 'geojson',
      data: (lazy ? EMPTY_DATA : contextUrl(name, baseUrl)) as GeoJSONSourceSpecification['data'],
      ...(attribution[name] ? { attribution: attribution[name] } : {}),
    };
    out[contextSourceId(name)] = source;
  }
  return out;
}

const IS_CITY_SEAT: ExpressionSpecification = ['==', ['get', 'level'], 'city'];
/** Seat markers: the city's from zoom 5 to 9 (where its label is), county seats from zoom 7. */
const SEAT_OPACITY: ExpressionSpecification = ['step', ['zoom'], ['case', IS_CITY_SEAT, 1, 0], 7, 1, 9, ['case', IS_CITY_SEAT, 0, 1]];

/** Returns the embedded basemap's layers (every one tagged as basemap in its metadata). */
export function basemapLayers(lang: Lang): LayerSpecification[] {
  const src = contextSourceId;
  const label = (kind: 'plain') => textField(kind, lang);
  const meta = { [META_BASEMAP]: true };
  const metaLabel = { [META_BASEMAP]: true, [META_LABEL]: 'plain' };
  const halo = { 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4 } as const;
  const alongLine = { 'symbol-placement': 'line', 'symbol-spacing': 500 } as const;
  const belowPoint = { 'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-optional': true } as const;
  /** A label layer of a context file, in the interface language. */
  const labelLayer = (
    id: string,
    ctx: ContextName,
    range: { minzoom?: number; maxzoom?: number; filter?: FilterSpecification },
    layout: Record<string, unknown>,
    color: unknown,
    paint: Record<string, unknown> = {},
  ) =>
    ({
      id,
      type: 'symbol',
      source: src(ctx),
      ...range,
      metadata: metaLabel,
      layout: { 'text-field': label('plain'), ...layout },
      paint: { 'text-color': color, ...halo, ...paint },
    }) as LayerSpecification;
  const layers: LayerSpecification[] = [
    { id: 'bm-background', type: 'background', metadata: meta, paint: { 'background-color': PALETTE.background } },
    {
      // The countries along provision 25's routes (coarse Natural Earth), muted and under China, at small zooms only.
      id: 'bm-world-fill',
      type: 'fill',
      source: src('world'),
      maxzoom: 8,
      filter: POLY,
      metadata: meta,
      paint: { 'fill-color': '#ebe9e3' },
    },
    {
      id: 'bm-world-line',
      type: 'line',
      source: src('world'),
      maxzoom: 8,
      metadata: meta,
      paint: { 'line-color': '#cfc9bd', 'line-width': zoomLinear(2, 0.5, 7, 1) },
    },
    {
      id: 'bm-provinces-fill',
      type: 'fill',
      source: src('provinces'),
      filter: ['all', POLY, ['!=', ['get', 'kind'], 'boundary-line']],
      metadata: meta,
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'bm-neighbours-fill',
      type: 'fill',
      source: src('neighbours'),
      filter: POLY,
      minzoom: 6,
      metadata: meta,
      paint: { 'fill-color': PALETTE.region },
    },
    {
      id: 'bm-counties-fill',
      type: 'fill',
      source: src('counties'),
      filter: POLY,
      metadata: meta,
      paint: { 'fill-color': PALETTE.city },
    },
    {
      id: 'bm-parks',
      type: 'fill',
      source: src('parks'),
      minzoom: 10,
      filter: POLY,
      metadata: meta,
      paint: { 'fill-color': PALETTE.park, 'fill-opacity': zoomLinear(10, 0, 11, 0.9) },
    },
    {
      id: 'bm-lakes',
      type: 'fill',
      source: src('lakes'),
      filter: POLY,
      metadata: meta,
      paint: { 'fill-color': PALETTE.water },
    },
    {
      id: 'bm-neighbours-line',
      type: 'line',
      source: src('neighbours'),
      minzoom: 6,
      metadata: meta,
      paint: { 'line-color': PALETTE.countyLine, 'line-width': zoomLinear(6, 0.4, 10, 1), 'line-dasharray': [4, 2] },
    },
    {
      id: 'bm-provinces-line',
      type: 'line',
      source: src('provinces'),
      filter: ['==', ['get', 'kind'], 'province'],
      metadata: meta,
      paint: { 'line-color': PALETTE.provinceLine, 'line-width': zoomLinear(3, 0.6, 8, 1.4, 12, 2.2) },
    },
    {
      id: 'bm-country-line',
      type: 'line',
      source: src('provinces'),
      filter: ['==', ['get', 'kind'], 'country'],
      // The outline is simplified for national scales; closer in, the provinces' own lines trace the border.
      maxzoom: 6,
      metadata: meta,
      paint: { 'line-color': '#a59d90', 'line-width': zoomLinear(3, 1, 8, 2) },
    },
    {
      // The South China Sea islands line, drawn as the official outline requires.
      id: 'bm-boundary-line',
      type: 'fill',
      source: src('provinces'),
      filter: ['==', ['get', 'kind'], 'boundary-line'],
      metadata: meta,
      paint: { 'fill-color': '#a59d90' },
    },
    {
      id: 'bm-counties-casing',
      type: 'line',
      source: src('counties'),
      metadata: meta,
      paint: { 'line-color': '#ffffff', 'line-width': zoomLinear(6, 1.5, 12, 4) },
    },
    {
      id: 'bm-counties-line',
      type: 'line',
      source: src('counties'),
      metadata: meta,
      paint: { 'line-color': PALETTE.countyLine, 'line-width': zoomLinear(6, 0.5, 12, 1.2) },
    },
    {
      id: 'bm-city-halo',
      type: 'line',
      source: src('city'),
      metadata: meta,
      paint: { 'line-color': PALETTE.cityHalo, 'line-width': zoomLinear(4, 3, 8, 8, 12, 14), 'line-opacity': 0.35, 'line-blur': 3 },
    },
    {
      id: 'bm-city-line',
      type: 'line',
      source: src('city'),
      metadata: meta,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.cityLine, 'line-width': zoomLinear(4, 1, 8, 1.8, 12, 2.6) },
    },
    {
      id: 'bm-yellow-river',
      type: 'line',
      source: src('yellow-river'),
      metadata: meta,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': zoomLinear(4, 1, 8, 2.5, 12, 6) },
    },
    {
      id: 'bm-dahei-river',
      type: 'line',
      source: src('dahei-river'),
      metadata: meta,
      minzoom: 6,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': zoomLinear(6, 0.8, 10, 1.8, 14, 3.5) },
    },
    {
      id: 'bm-railway-base',
      type: 'line',
      source: src('railway'),
      minzoom: 7,
      metadata: meta,
      paint: { 'line-color': PALETTE.rail, 'line-width': zoomLinear(7, 1.2, 12, 3) },
    },
    {
      id: 'bm-railway-dash',
      type: 'line',
      source: src('railway'),
      minzoom: 9,
      metadata: meta,
      paint: { 'line-color': '#ffffff', 'line-width': zoomLinear(9, 0.6, 12, 1.6), 'line-dasharray': [3, 3] },
    },
    {
      // Railway stations (OpenStreetMap): named ones from zoom 9, the unnamed halts only at street scale.
      id: 'bm-rail-stations',
      type: 'circle',
      source: src('rail-stations'),
      minzoom: 9,
      filter: ['any', ['==', ['get', 'named'], 1], ['>=', ['zoom'], 12]],
      metadata: meta,
      paint: {
        'circle-radius': zoomLinear(9, 2.2, 14, 4.5),
        'circle-color': '#ffffff',
        'circle-stroke-color': '#5f5a53',
        'circle-stroke-width': zoomLinear(9, 1.2, 14, 2),
      },
    },
    {
      id: 'bm-metro-lines',
      type: 'line',
      source: src('metro-lines'),
      minzoom: 10,
      metadata: meta,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['coalesce', ['get', 'color'], PALETTE.metro],
        'line-width': zoomLinear(10, 1.2, 14, 3),
        'line-opacity': 0.45,
      },
    },
    {
      id: 'bm-metro-stations',
      type: 'circle',
      source: src('metro-stations'),
      minzoom: 12,
      metadata: meta,
      paint: {
        'circle-radius': zoomLinear(12, 2, 15, 4),
        'circle-color': '#ffffff',
        'circle-stroke-color': PALETTE.metro,
        'circle-stroke-width': 1.2,
        'circle-stroke-opacity': 0.8,
      },
    },
    {
      id: 'bm-colleges',
      type: 'circle',
      source: src('colleges'),
      minzoom: 12,
      metadata: meta,
      paint: { 'circle-radius': 3, 'circle-color': '#9c92b4', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
    {
      id: 'bm-seats',
      type: 'circle',
      source: src('seats'),
      minzoom: 5,
      metadata: meta,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'level'], 'city'], 4, 2.6],
        'circle-color': '#ffffff',
        'circle-stroke-color': PALETTE.label,
        'circle-stroke-width': ['case', ['==', ['get', 'level'], 'city'], 1.6, 1],
        // County seats appear from zoom 7, with their names; the city's seat goes with its name at zoom 9 (closer in,
        // an unnamed ring among the street-scale landmarks would read as one of them).
        'circle-opacity': SEAT_OPACITY,
        'circle-stroke-opacity': SEAT_OPACITY,
      },
    },
    // Labels: smallest and softest first so that collisions keep the important ones.
    labelLayer('bm-river-label', 'yellow-river', { minzoom: 7, filter: LINES }, { ...alongLine, 'text-size': 12, 'text-letter-spacing': 0.3 }, PALETTE.waterLabel),
    labelLayer('bm-dahei-label', 'dahei-river', { minzoom: 9, filter: LINES }, { ...alongLine, 'text-size': 11.5, 'text-letter-spacing': 0.2 }, PALETTE.waterLabel),
    labelLayer('bm-lakes-label', 'lakes', { minzoom: 8 }, { 'text-size': 11.5 }, PALETTE.waterLabel),
    // Street-scale landmarks are labelled from the zoom they are drawn at (named parks once fully drawn): with the
    // railway stations they are the only street-scale landmarks this offline basemap has.
    labelLayer(
      'bm-parks-label',
      'parks',
      { minzoom: 11, filter: ['!=', ['coalesce', ['get', 'name_zh'], ''], ''] },
      { 'text-size': zoomLinear(11, 10.5, 15, 12.5), 'text-max-width': 7, 'text-padding': 4 },
      '#4f7a3a',
    ),
    labelLayer('bm-metro-stations-label', 'metro-stations', { minzoom: 12 }, { ...belowPoint, 'text-size': zoomLinear(12, 10, 15, 12), 'text-max-width': 7 }, '#8a5a53'),
    labelLayer('bm-colleges-label', 'colleges', { minzoom: 12 }, { ...belowPoint, 'text-size': zoomLinear(12, 10, 15, 11.5), 'text-max-width': 7 }, '#6f6688'),
    labelLayer(
      'bm-rail-stations-label',
      'rail-stations',
      { minzoom: 9, filter: ['==', ['get', 'named'], 1] },
      { ...belowPoint, 'text-offset': [0, 0.7], 'text-size': zoomLinear(9, 10.5, 14, 12.5), 'text-font': ['Noto Sans SC Bold'] },
      '#4d4842',
    ),
    // Baotou, Ordos and Ulanqab are labelled at their seats instead.
    labelLayer(
      'bm-neighbours-label',
      'neighbours',
      { minzoom: 5.5, filter: ['all', POLY, ['!', ['in', ['get', 'adcode'], ['literal', ['150200', '150600', '150900']]]]] },
      { 'text-size': 11, 'text-max-width': 6 },
      PALETTE.labelSoft,
    ),
    labelLayer('bm-provinces-label', 'provinces', { maxzoom: 5.5, filter: ['==', ['get', 'kind'], 'province'] }, { 'text-size': 12, 'text-max-width': 6 }, PALETTE.labelSoft),
    // County-level units are named at their seats (a polygon's centre can be far from its town).
    labelLayer(
      'bm-district-seats-label',
      'seats',
      { minzoom: 7, filter: ['==', ['get', 'level'], 'district'] },
      {
        'text-size': zoomLinear(7, 11.5, 11, 14),
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'text-max-width': 6,
        'symbol-sort-key': ['case', ['==', ['slice', ['get', 'adcode'], 0, 4], '1501'], 0, 1],
      },
      ['case', ['==', ['slice', ['get', 'adcode'], 0, 4], '1501'], PALETTE.label, PALETTE.labelSoft],
    ),
    labelLayer(
      'bm-seats-label',
      'seats',
      { minzoom: 3.5, maxzoom: 9, filter: ['==', ['get', 'level'], 'city'] },
      { 'text-size': zoomLinear(4, 12, 8, 15), 'text-anchor': 'left', 'text-offset': [0.6, 0], 'text-font': mapTextFont('Bold') },
      '#3d372f',
      { 'text-halo-width': 1.8 },
    ),
  ];
  return layers;
}

export interface EmbeddedStyleOptions {
  lang: Lang;
  /** The page's base URL (`document.baseURI`): context files are fetched relative to it. */
  baseUrl: string;
  attribution?: Partial<Record<ContextName, string>>;
  /** Lazy context files already fetched (see `LAZY_CONTEXT`); omitted = every file points at its URL. */
  loaded?: ReadonlySet<string>;
}

/** Returns the embedded basemap style (sources and layers only, no overlays), without `glyphs`. */
export function embeddedStyle(opts: EmbeddedStyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Hohhot plan basemap',
    sources: basemapSources(opts.baseUrl, opts.attribution, opts.loaded),
    layers: basemapLayers(opts.lang),
  };
}
