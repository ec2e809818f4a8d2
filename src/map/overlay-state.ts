import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Catalog } from '../../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { LAYERS } from '../layers/registry.ts';
import { META_BASEMAP, META_LABEL, META_OVERLAY, overlayLayers, overlaySources, textField } from '../layers/to-maplibre.ts';
import { toMaplibreFilter } from '../lib/filters.ts';
import type { AppState } from '../store/store.ts';

/**
 * The store → map path as data, in the manner of react-map-gl's `updateLayer`: the app state gives the overlay it
 * should show (`overlayLayers`, the same builder the first style is made from); `overlayState` keeps of it only what
 * changes at run time (visibility, filters including the dashboard's and the selection, label text per language,
 * which layer files are loaded, which deck.gl layers are shown), and `overlayOps` lists the MapLibre calls that turn
 * one state into the next. Pure: no MapLibre instance, tested in node; `map-controller.ts` only applies the list.
 */

/** A label layer of the current basemap: its text follows the interface language. */
export interface BaseLabel {
  id: string;
  kind: 'plain' | 'plan';
}

/** What the overlay shows, resolved from the app state. */
export interface OverlayInput {
  lang: Lang;
  /** Visible registry layer ids. */
  visible: readonly string[];
  /** Feature ids drawn as selected or highlighted. */
  selected: readonly string[];
  /** The dashboard's filters as an expression, or null. */
  filter: FilterSpecification | null;
  baseLabels: readonly BaseLabel[];
}

/** The run-time properties of one map layer. */
export interface LayerProps {
  visibility?: 'visible' | 'none';
  filter?: FilterSpecification | null;
  textField?: ExpressionSpecification;
}

/** The overlay as the map should show it. */
export interface OverlayState {
  /** Per MapLibre layer id. */
  layers: Readonly<Record<string, LayerProps>>;
  /** MapLibre-rendered registry layers whose source points at their file (once shown, a file stays loaded). */
  loaded: readonly string[];
  /** Visible deck.gl-rendered registry layers, in registry order. */
  deck: readonly string[];
}

/** One call on the map. */
export type MapOp =
  | { op: 'load'; source: string }
  | { op: 'visibility'; layer: string; value: 'visible' | 'none' }
  | { op: 'text'; layer: string; value: ExpressionSpecification }
  | { op: 'filter'; layer: string; value: FilterSpecification | null };

type OverlaySlice = Pick<AppState, 'lang' | 'visibleLayers' | 'selectedFeature' | 'highlighted' | 'filters'>;

/** Returns the feature ids drawn as selected: the selected feature and the highlighted ones, without repeats. */
export const selectedIds = (s: Pick<AppState, 'selectedFeature' | 'highlighted'>): string[] => [
  ...new Set([...(s.selectedFeature ? [s.selectedFeature] : []), ...s.highlighted]),
];

/** Returns the overlay input of an app state. District filters need the catalog (without it they match nothing). */
export function overlayInput(s: OverlaySlice, catalog: Catalog | null, baseLabels: readonly BaseLabel[]): OverlayInput {
  return {
    lang: s.lang,
    visible: s.visibleLayers,
    selected: selectedIds(s),
    filter: toMaplibreFilter(s.filters, catalog) as FilterSpecification | null,
    baseLabels,
  };
}

/** Returns the label layers of a basemap style (the embedded basemap's labels; raster basemaps have none). */
export function baseLabelsOf(style: Pick<StyleSpecification, 'layers'>): BaseLabel[] {
  return style.layers.flatMap((l) => {
    const kind = metadata(l)[META_LABEL];
    return metadata(l)[META_BASEMAP] && (kind === 'plain' || kind === 'plan') ? [{ id: l.id, kind }] : [];
  });
}

const metadata = (l: LayerSpecification) => (l.metadata ?? {}) as Record<string, unknown>;

/** Returns the overlay's layer specs for an input (the same builder the style is made from). */
const specsOf = (input: OverlayInput) =>
  overlayLayers({ lang: input.lang, visible: input.visible, selected: input.selected, filter: input.filter });

/** Returns the overlay state for `input`; `loadedBefore` are the files already loaded (they stay loaded). */
export function overlayState(input: OverlayInput, loadedBefore: readonly string[] = []): OverlayState {
  const layers: Record<string, LayerProps> = {};
  for (const spec of specsOf(input)) {
    const props: LayerProps = {
      visibility: spec.layout?.visibility === 'none' ? 'none' : 'visible',
      filter: 'filter' in spec && spec.filter ? spec.filter : null,
    };
    if (metadata(spec)[META_LABEL] && spec.type === 'symbol') props.textField = spec.layout?.['text-field'] as ExpressionSpecification;
    layers[spec.id] = props;
  }
  for (const b of input.baseLabels) layers[b.id] = { textField: textField(b.kind, input.lang) };
  const visible = new Set(input.visible);
  const loaded = new Set(loadedBefore);
  for (const l of LAYERS) if (l.render === 'maplibre' && visible.has(l.id)) loaded.add(l.id);
  return {
    layers,
    loaded: LAYERS.filter((l) => loaded.has(l.id)).map((l) => l.id),
    deck: LAYERS.filter((l) => l.render === 'deck' && visible.has(l.id)).map((l) => l.id),
  };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Returns the calls that turn the map from `prev` into `next`: newly loaded files first, then every changed
 * visibility, filter and label text. Layers only in `next` are skipped (they are not on the map).
 */
export function overlayOps(prev: OverlayState, next: OverlayState): MapOp[] {
  const ops: MapOp[] = [];
  for (const source of next.loaded) if (!prev.loaded.includes(source)) ops.push({ op: 'load', source });
  for (const [layer, p] of Object.entries(next.layers)) {
    const q = prev.layers[layer];
    if (!q) continue;
    if (p.visibility && p.visibility !== q.visibility) ops.push({ op: 'visibility', layer, value: p.visibility });
    if (p.filter !== undefined && !same(p.filter, q.filter)) ops.push({ op: 'filter', layer, value: p.filter });
    if (p.textField && !same(p.textField, q.textField)) ops.push({ op: 'text', layer, value: p.textField });
  }
  return ops;
}

/**
 * Returns a whole style: the basemap `base`, the overlay for `input` (sources pointing at the files of `loaded`), and
 * `foreign`, the layers and sources other code (map plugins) added, kept across basemap switches.
 */
export function composeStyle(
  base: StyleSpecification,
  input: OverlayInput,
  loaded: readonly string[],
  baseUrl: string,
  foreign: Pick<StyleSpecification, 'sources' | 'layers'> = { sources: {}, layers: [] },
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = { ...overlaySources(baseUrl, LAYERS, new Set(loaded)) };
  return {
    ...base,
    sources: { ...base.sources, ...sources, ...foreign.sources },
    layers: [...base.layers, ...specsOf(input), ...foreign.layers],
  };
}

/** Returns the layers (and their sources) of a style that are neither basemap nor overlay: map plugins' own. */
export function foreignParts(style: Pick<StyleSpecification, 'sources' | 'layers'>): Pick<StyleSpecification, 'sources' | 'layers'> {
  const layers = style.layers.filter((l) => !metadata(l)[META_BASEMAP] && !metadata(l)[META_OVERLAY]);
  const used = new Set(layers.map((l) => ('source' in l ? l.source : undefined)).filter(Boolean));
  return { sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id))), layers };
}
