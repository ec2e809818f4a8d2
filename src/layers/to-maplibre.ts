import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/lang.ts';
import { metresPerPixel } from './mercator.ts';
import { LAYERS, layerFile, type LayerDef } from './registry.ts';
import { mapTextFont } from './fonts.ts';

/**
 * Pure translation of the layer registry into MapLibre sources and layers. Layer ids are `<layer-id>-<type>`
 * (`industry-belts-fill`, `industry-belts-line`, `industry-belts-label`…). Precision is drawn, not only told:
 * schematic polygons get a soft fill, a hatch and a dashed outline and fade past their `fade_zoom`; schematic lines are
 * dashed; approximate points carry a halo whose radius is their `uncertainty_m` on the ground; inferred features are
 * lighter and their labels carry a `?`.
 */

/** The latitude the halo radii are computed at (the city centre), degrees. */
export const CITY_LAT = 40.82;

/** Metadata keys on layer specs, read by the map adapter. */
export const META_LABEL = 'hohhot:label';
export const META_BASEMAP = 'hohhot:basemap';
export const META_OVERLAY = 'hohhot:overlay';

/** Image id of the hatch pattern of a layer (generated at run time by the map adapter). */
export const hatchImageId = (layerId: string) => `hatch-${layerId}`;

/** Returns the layer id a hatch image belongs to, or null when the image id is not a hatch. */
export const hatchImageLayer = (imageId: string): string | null =>
  imageId.startsWith('hatch-') ? imageId.slice('hatch-'.length) : null;

/** Returns CSS pixels per metre on the ground at zoom 0 at latitude `lat` (degrees). Doubles with each zoom. */
export function pixelsPerMetreAtZoom0(lat = CITY_LAT): number {
  return 1 / metresPerPixel(0, lat);
}

/** Returns the on-screen radius in px of `metres` on the ground at `zoom` (at the city's latitude). */
export function metresToPixels(metres: number, zoom: number, lat = CITY_LAT): number {
  return metres * pixelsPerMetreAtZoom0(lat) * 2 ** zoom;
}

const POLYGON: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINE: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const LINE_OR_POLYGON: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']],
];
const IS_SCHEMATIC: ExpressionSpecification = ['==', ['get', 'precision'], 'schematic'];
const NOT_SCHEMATIC: ExpressionSpecification = ['!=', ['get', 'precision'], 'schematic'];

const inferredFactor = (light: number): ExpressionSpecification => [
  'case',
  ['==', ['get', 'interpretation'], 'inferred'],
  light,
  1,
];

/**
 * Returns an opacity expression: `base` times a factor that is 1 up to the feature's fade zoom (its `fade_zoom`, or
 * the layer's default) and falls linearly to `floor` over the next 2 zoom levels, for schematic features only.
 * Zoom stops must be literals, so the fade is sampled at every integer zoom with a per-feature output.
 */
export function fadeOpacity(base: number, fadeZoom: number, floor = 0.15, inferredLight = 0.6): ExpressionSpecification {
  const fz: ExpressionSpecification = ['coalesce', ['get', 'fade_zoom'], fadeZoom];
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = 3; z <= 20; z++) {
    const factor: ExpressionSpecification = [
      'case',
      ['==', ['get', 'precision'], 'schematic'],
      ['max', floor, ['min', 1, ['-', 1, ['/', ['-', z, fz], 2]]]],
      1,
    ];
    stops.push(z, ['*', base, factor, inferredFactor(inferredLight)]);
  }
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

/**
 * Returns the label text expression: `name_en` (falling back to `name_zh`) in English, `name_zh` in Chinese; `plan`
 * labels add ` ?` to inferred features.
 */
export function textField(kind: 'plain' | 'plan', lang: Lang): ExpressionSpecification {
  const name: ExpressionSpecification =
    lang === 'en'
      ? ['coalesce', ['get', 'name_en'], ['get', 'name_zh'], ['get', 'name'], '']
      : ['coalesce', ['get', 'name_zh'], ['get', 'name'], ['get', 'name_en'], ''];
  if (kind === 'plain') return name;
  return ['concat', name, ['case', ['==', ['get', 'interpretation'], 'inferred'], ' ?', '']];
}

/** Returns a filter that keeps only features whose `id` is in `ids` (none when empty), within `geometry`. */
export function idFilter(ids: readonly string[], geometry: ExpressionSpecification): ExpressionSpecification {
  return ['all', geometry, ['in', ['get', 'id'], ['literal', [...ids]]]];
}

/** The three selection layer types with their geometry filters (the adapter calls `setFilter` with `idFilter`). */
export const SELECT_TYPES = [
  { type: 'glow', geometry: LINE_OR_POLYGON },
  { type: 'select', geometry: LINE_OR_POLYGON },
  { type: 'select-point', geometry: POINT },
] as const;

/** Returns the ids of the selection layers of a registry layer. */
export const selectionLayerIds = (layerId: string) => SELECT_TYPES.map((s) => `${layerId}-${s.type}`);

/** The address of a layer's GeoJSON file, resolved against the page's base URL. */
export const layerUrl = (layerId: string, baseUrl: string): string => new URL(layerFile(layerId), baseUrl).href;

/** A GeoJSON source that holds nothing yet: a hidden layer's file is fetched only when the layer is first shown. */
const EMPTY_DATA = { type: 'FeatureCollection', features: [] } as const;

/**
 * Source id of the plan's area labels: one point per polygon feature and layer (`public/geo/labels.geojson`, built
 * from the catalog anchors), so that an area is labelled once, not once per tile it crosses.
 */
export const AREA_LABELS_SOURCE = 'plan-area-labels';
/** The address of the area label file, resolved against the page's base URL. */
export const areaLabelsUrl = (baseUrl: string): string => new URL('geo/labels.geojson', baseUrl).href;

/**
 * Returns a GeoJSON source per MapLibre-rendered layer, keyed by layer id, with URLs resolved against `baseUrl`.
 * With `loaded`, only those layers point at their file and the others start empty, so a first visit downloads and
 * parses only what is on screen.
 */
export function overlaySources(
  baseUrl: string,
  layers: readonly LayerDef[] = LAYERS,
  loaded?: ReadonlySet<string>,
): Record<string, GeoJSONSourceSpecification> {
  const out: Record<string, GeoJSONSourceSpecification> = {};
  for (const l of layers) {
    if (l.render !== 'maplibre') continue;
    const data = !loaded || loaded.has(l.id) ? layerUrl(l.id, baseUrl) : EMPTY_DATA;
    // promoteId lets feature-state and filters address features by their stable id.
    out[l.id] = { type: 'geojson', data: data as GeoJSONSourceSpecification['data'], promoteId: 'id', attribution: '' };
  }
  if (layers.some((l) => l.render === 'maplibre')) out[AREA_LABELS_SOURCE] = { type: 'geojson', data: areaLabelsUrl(baseUrl), attribution: '' };
  return out;
}

export interface OverlayOptions {
  lang: Lang;
  /** Visible registry layer ids. */
  visible: readonly string[];
  /** Feature ids to draw as selected or highlighted. */
  selected?: readonly string[];
  /**
   * The dashboard's filters as an expression (see `toMaplibreFilter`): every layer but the selection layers keeps its
   * own filter (geometry type, precision) and gains this one, so map, lists and reader show the same items.
   */
  filter?: FilterSpecification | null;
}

/** Returns a layer's own filter narrowed by `extra` (either may be absent). */
function narrowed(own: FilterSpecification | undefined, extra: FilterSpecification | null | undefined): FilterSpecification | undefined {
  if (!extra) return own;
  return own ? (['all', own, extra] as FilterSpecification) : extra;
}

const darken = (hex: string, f = 0.55): string => {
  const n = parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(v * f));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

const lineWidth = (w: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.4],
  ['zoom'],
  5,
  w * 0.5,
  10,
  w,
  15,
  w * 2,
];

/**
 * Returns the MapLibre layers of the registry's MapLibre-rendered layers: first every geometry layer (in registry
 * order), then the selection layers, then every label layer, so that labels stay on top of all overlays.
 */
export function overlayLayers(opts: OverlayOptions, layers: readonly LayerDef[] = LAYERS): LayerSpecification[] {
  const geometry: LayerSpecification[] = [];
  const selection: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  const visible = new Set(opts.visible);
  const selected = opts.selected ?? [];
  for (const l of layers) {
    if (l.render !== 'maplibre') continue;
    const common = {
      source: l.id,
      minzoom: l.minzoom,
      maxzoom: l.maxzoom,
      metadata: { [META_OVERLAY]: l.id },
      layout: { visibility: visible.has(l.id) ? 'visible' : 'none' },
    } as const;
    const fillOpacity = l.style.fillOpacity ?? 0.18;
    const w = l.style.lineWidth ?? 1.8;
    const r = l.style.pointRadius ?? 5;
    geometry.push(
      {
        ...common,
        id: `${l.id}-fill`,
        type: 'fill',
        filter: POLYGON,
        paint: { 'fill-color': l.color, 'fill-opacity': fadeOpacity(fillOpacity, l.fadeZoom) },
      },
      {
        ...common,
        id: `${l.id}-hatch`,
        type: 'fill',
        filter: ['all', POLYGON, IS_SCHEMATIC],
        paint: { 'fill-pattern': hatchImageId(l.id), 'fill-opacity': fadeOpacity(0.75, l.fadeZoom) },
      },
      {
        ...common,
        id: `${l.id}-line`,
        type: 'line',
        filter: ['all', LINE_OR_POLYGON, NOT_SCHEMATIC],
        layout: { ...common.layout, 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': l.color, 'line-width': lineWidth(w), 'line-opacity': fadeOpacity(0.95, l.fadeZoom, 0.15, 0.55) },
      },
      {
        ...common,
        id: `${l.id}-dashed`,
        type: 'line',
        filter: ['all', LINE_OR_POLYGON, IS_SCHEMATIC],
        layout: { ...common.layout, 'line-join': 'round' },
        paint: {
          'line-color': l.color,
          'line-width': lineWidth(w),
          'line-dasharray': [3, 2],
          'line-opacity': fadeOpacity(0.9, l.fadeZoom, 0.2, 0.55),
        },
      },
      {
        ...common,
        id: `${l.id}-halo`,
        type: 'circle',
        filter: ['all', POINT, ['==', ['get', 'precision'], 'approximate'], ['has', 'uncertainty_m']],
        paint: {
          // The uncertainty on the ground: metres → px doubles with each zoom level (exponential base 2).
          'circle-radius': [
            'interpolate',
            ['exponential', 2],
            ['zoom'],
            0,
            ['*', ['to-number', ['get', 'uncertainty_m'], 0], pixelsPerMetreAtZoom0()],
            22,
            ['*', ['to-number', ['get', 'uncertainty_m'], 0], pixelsPerMetreAtZoom0() * 2 ** 22],
          ],
          'circle-color': l.color,
          'circle-opacity': 0.1,
          'circle-stroke-color': l.color,
          'circle-stroke-width': 1,
          'circle-stroke-opacity': 0.45,
          'circle-pitch-alignment': 'map',
        },
      },
      {
        ...common,
        id: `${l.id}-point`,
        type: 'circle',
        filter: POINT,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, r * 0.7, 12, r, 16, r * 1.4],
          'circle-color': l.color,
          'circle-opacity': inferredFactor(0.55),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    );
    for (const s of SELECT_TYPES) {
      const id = `${l.id}-${s.type}`;
      const filter = idFilter(selected, s.geometry);
      if (s.type !== 'select-point') {
        // A soft yellow glow under a dark outline.
        const paint =
          s.type === 'glow'
            ? { 'line-color': '#ffd23f', 'line-width': w + 10, 'line-blur': 6, 'line-opacity': 0.9 }
            : { 'line-color': '#1b1b1b', 'line-width': w + 1.5, 'line-opacity': 0.95 };
        selection.push({ ...common, id, type: 'line', filter, layout: { ...common.layout, 'line-join': 'round' }, paint });
      } else {
        selection.push({
          ...common,
          id,
          type: 'circle',
          filter,
          paint: {
            'circle-radius': r + 6,
            'circle-color': '#ffd23f',
            'circle-opacity': 0.35,
            'circle-stroke-color': '#1b1b1b',
            'circle-stroke-width': 2.5,
          },
        });
      }
    }
    const text = {
      'text-field': textField('plan', opts.lang),
      'text-size': l.style.textSize ?? 13,
      'text-font': mapTextFont('Regular'),
      'text-max-width': 8,
      'text-optional': true,
    } as const;
    const paint = {
      'text-color': darken(l.color),
      'text-halo-color': 'rgba(255,255,255,0.92)',
      'text-halo-width': 1.6,
      'text-opacity': inferredFactor(0.75),
    } as const;
    labels.push(
      {
        ...common,
        id: `${l.id}-label`,
        type: 'symbol',
        minzoom: Math.max(l.minzoom, l.style.labelMinzoom ?? 8),
        filter: POINT,
        metadata: { [META_OVERLAY]: l.id, [META_LABEL]: 'plan' },
        layout: { ...common.layout, ...text, 'text-anchor': 'top', 'text-offset': [0, 0.7] },
        paint,
      },
      {
        ...common,
        // Areas are labelled at their anchor point, once (a polygon's own label would repeat in every tile it crosses).
        id: `${l.id}-label-area`,
        type: 'symbol',
        source: AREA_LABELS_SOURCE,
        minzoom: Math.max(l.minzoom, l.style.labelMinzoom ?? 8),
        filter: ['==', ['get', 'layer'], l.id],
        metadata: { [META_OVERLAY]: l.id, [META_LABEL]: 'plan' },
        layout: { ...common.layout, ...text, 'text-anchor': 'center' },
        paint: { ...paint, 'text-opacity': fadeOpacity(1, l.fadeZoom, 0.35, 0.75) },
      },
      {
        ...common,
        id: `${l.id}-label-line`,
        type: 'symbol',
        minzoom: Math.max(l.minzoom, l.style.labelMinzoom ?? 9),
        filter: LINE,
        metadata: { [META_OVERLAY]: l.id, [META_LABEL]: 'plan' },
        layout: { ...common.layout, ...text, 'symbol-placement': 'line', 'symbol-spacing': 400 },
        paint,
      },
    );
  }
  const filtered = (specs: LayerSpecification[]) =>
    specs.map((s) => {
      const filter = narrowed('filter' in s ? s.filter : undefined, opts.filter);
      return filter ? ({ ...s, filter } as LayerSpecification) : s;
    });
  return [...filtered(geometry), ...selection, ...filtered(labels)];
}

/** Returns the id of the first overlay label layer: deck.gl layers are inserted before it so labels stay on top. */
export function firstLabelLayerId(layers: readonly LayerDef[] = LAYERS): string {
  const first = layers.find((l) => l.render === 'maplibre');
  return `${first!.id}-label`;
}

/** Returns the ids of the MapLibre layers that belong to a registry layer. */
export function specIdsOf(layerId: string, specs: readonly LayerSpecification[]): string[] {
  return specs.filter((s) => (s.metadata as Record<string, unknown> | undefined)?.[META_OVERLAY] === layerId).map((s) => s.id);
}

/** Returns the MapLibre layer ids a click or hover may hit (clickable, MapLibre-rendered layers). */
export function interactiveLayerIds(layers: readonly LayerDef[] = LAYERS): string[] {
  return layers
    .filter((l) => l.render === 'maplibre' && l.clickable)
    .flatMap((l) => [`${l.id}-point`, `${l.id}-line`, `${l.id}-dashed`, `${l.id}-fill`]);
}
