import { validateStyleMin, type FilterSpecification, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { embeddedStyle } from '../../src/layers/basemap-style.ts';
import { rasterStyle, availableBasemaps } from '../../src/layers/basemaps.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { idFilter, META_OVERLAY, overlayLayers, SELECT_TYPES, textField } from '../../src/layers/to-maplibre.ts';
import {
  baseLabelsOf,
  composeStyle,
  foreignParts,
  overlayInput,
  overlayOps,
  overlayState,
  type MapOp,
  type OverlayInput,
  type OverlayState,
} from '../../src/map/overlay-state.ts';
import type { Filters } from '../../src/store/types.ts';
import { makeCatalog } from './fixtures/catalog.ts';

type LayerOp = Exclude<MapOp, { op: 'load' }>;
const BASE = 'http://127.0.0.1:5173/app/';
const NO_FILTERS: Filters = { sectors: [], statuses: [], districts: [] };
const baseLabels = baseLabelsOf(embeddedStyle({ lang: 'zh', baseUrl: BASE }));

/** An app-state slice with the defaults of a first visit. */
const app = (over: Partial<Parameters<typeof overlayInput>[0]> = {}) => ({
  lang: 'zh' as const,
  visibleLayers: ['industry-belts', 'industry-parks'],
  selectedFeature: null,
  highlighted: [],
  filters: NO_FILTERS,
  ...over,
});
const input = (over: Partial<Parameters<typeof overlayInput>[0]> = {}, catalog = makeCatalog()) => overlayInput(app(over), catalog, baseLabels);

/** The sub-layer ids of a registry layer. */
const subLayers = (id: string) => overlayLayers({ lang: 'zh', visible: [] }).filter((l) => (l.metadata as Record<string, unknown>)[META_OVERLAY] === id).map((l) => l.id);
const selectionIds = new Set(LAYERS.flatMap((l) => SELECT_TYPES.map((t) => `${l.id}-${t.type}`)));

/** A stand-in map: the layers of a composed style, changed by the ops as MapLibre would change them. */
function fakeMap(i: OverlayInput, loaded: readonly string[]) {
  const style = composeStyle(embeddedStyle({ lang: i.lang, baseUrl: BASE }), i, loaded, BASE);
  const layers = new Map(style.layers.map((l) => [l.id, structuredClone(l)]));
  const sources = structuredClone(style.sources) as Record<string, { data?: unknown }>;
  return {
    apply(ops: MapOp[]) {
      for (const o of ops) {
        if (o.op === 'load') sources[o.source]!.data = `${BASE}geo/layers/${o.source}.geojson`;
        else if (o.op === 'filter') (layers.get(o.layer) as { filter?: unknown }).filter = o.value ?? undefined;
        else {
          const l = layers.get(o.layer) as LayerSpecification & { layout?: Record<string, unknown> };
          l.layout = { ...l.layout, [o.op === 'text' ? 'text-field' : 'visibility']: o.value };
        }
      }
    },
    /** What is drawn, as the properties a fresh style would have. */
    snapshot() {
      return { layers: [...layers.values()].map(({ id, layout, filter }: Record<string, unknown>) => JSON.stringify({ id, layout, filter })), sources: JSON.stringify(sources) };
    },
  };
}

describe('store → map as data', () => {
  it('asks for nothing when nothing that the map shows changed', () => {
    const a = overlayState(input());
    expect(overlayOps(a, overlayState(input(), a.loaded))).toEqual([]);
    // A new array with the same layers is no change either.
    expect(overlayOps(a, overlayState(input({ visibleLayers: ['industry-parks', 'industry-belts'] }), a.loaded))).toEqual([]);
  });

  it('shows a layer: its file is loaded once, and each of its sub-layers becomes visible', () => {
    const a = overlayState(input());
    const b = overlayState(input({ visibleLayers: ['industry-belts', 'industry-parks', 'transport-rail'] }), a.loaded);
    const ops = overlayOps(a, b);
    expect(ops[0]).toEqual({ op: 'load', source: 'transport-rail' });
    expect(ops.filter((o) => o.op === 'load')).toHaveLength(1);
    const shown = ops.flatMap((o) => (o.op === 'visibility' ? [o.layer] : []));
    expect(shown.sort()).toEqual(subLayers('transport-rail').sort());
    expect(ops.every((o) => o.op === 'load' || (o.op === 'visibility' && o.value === 'visible'))).toBe(true);
    // Hidden again, then shown again: no second load.
    const c = overlayState(input(), b.loaded);
    expect(overlayOps(b, c).filter((o) => o.op === 'load')).toEqual([]);
    expect(c.loaded).toContain('transport-rail');
    expect(overlayOps(c, overlayState(input({ visibleLayers: ['industry-belts', 'industry-parks', 'transport-rail'] }), c.loaded)).filter((o) => o.op === 'load')).toEqual([]);
  });

  it('keeps a hidden layer unloaded and lists the visible deck.gl layers', () => {
    const a = overlayState(input({ visibleLayers: ['industry-belts', 'regional-links'] }));
    expect(a.loaded).toEqual(['industry-belts']);
    expect(a.deck).toEqual(['regional-links']);
  });

  it('selects a feature through the selection layers only', () => {
    const a = overlayState(input());
    const ops = overlayOps(a, overlayState(input({ selectedFeature: 'park-jinshan', highlighted: ['belt-central', 'park-jinshan'] }), a.loaded)) as LayerOp[];
    expect(ops.length).toBe(LAYERS.filter((l) => l.render === 'maplibre').length * SELECT_TYPES.length);
    for (const o of ops) {
      expect(o.op).toBe('filter');
      expect(selectionIds.has(o.layer)).toBe(true);
    }
    const glow = ops.find((o) => o.layer === 'industry-parks-glow') as Extract<MapOp, { op: 'filter' }>;
    expect(glow.value).toEqual(idFilter(['park-jinshan', 'belt-central'], SELECT_TYPES[0].geometry));
  });

  it('narrows every layer but the selection by the dashboard filters, and undoes it', () => {
    const a = overlayState(input());
    const filtered = overlayState(input({ filters: { ...NO_FILTERS, sectors: ['silicon'] } }), a.loaded);
    const ops = overlayOps(a, filtered) as LayerOp[];
    expect(ops.length).toBeGreaterThan(0);
    const extra = ['in', ['get', 'sector'], ['literal', ['silicon']]];
    for (const o of ops) {
      expect(o.op).toBe('filter');
      expect(selectionIds.has(o.layer)).toBe(false);
      const own = a.layers[o.layer]!.filter;
      expect((o as Extract<MapOp, { op: 'filter' }>).value).toEqual(own ? ['all', own, extra] : extra);
    }
    const back = overlayOps(filtered, overlayState(input(), a.loaded)) as LayerOp[];
    expect(back.map((o) => [o.layer, (o as Extract<MapOp, { op: 'filter' }>).value])).toEqual(ops.map((o) => [o.layer, a.layers[o.layer]!.filter]));
  });

  it('resolves a district filter through the catalog (none matches before it arrives)', () => {
    const district = { ...NO_FILTERS, districts: ['150123'] };
    const without = overlayInput(app({ filters: district }), null, baseLabels).filter;
    expect(without).toEqual(['in', ['get', 'id'], ['literal', []]]);
    const catalog = makeCatalog();
    const ids = Object.values(catalog.features).filter((f) => f.districts.includes('150123')).map((f) => f.id).sort();
    expect(input({ filters: district }, catalog).filter).toEqual(['in', ['get', 'id'], ['literal', ids]]);
  });

  it('switches every label, the overlay’s and the basemap’s, to the other language', () => {
    const a = overlayState(input());
    const ops = overlayOps(a, overlayState(input({ lang: 'en' }), a.loaded)) as LayerOp[];
    expect(ops.every((o) => o.op === 'text')).toBe(true);
    const layers = new Set(ops.map((o) => o.layer));
    for (const b of baseLabels) expect(layers.has(b.id)).toBe(true);
    expect(layers.has('industry-belts-label')).toBe(true);
    expect(ops.find((o) => o.layer === 'industry-belts-label')).toMatchObject({ value: textField('plan', 'en') });
    expect(baseLabels.length).toBeGreaterThan(3);
    expect(baseLabelsOf(rasterStyle(availableBasemaps({})[2]!, { lang: 'zh' })!)).toEqual([]);
  });

  it('brings a map from any state to the next one exactly as a fresh style would draw it', () => {
    const steps: Partial<Parameters<typeof overlayInput>[0]>[] = [
      {},
      { visibleLayers: ['industry-belts', 'transport-rail', 'regional-links'] },
      { visibleLayers: ['transport-rail'], selectedFeature: 'park-jinshan', lang: 'en' },
      { visibleLayers: ['transport-rail', 'industry-parks'], filters: { sectors: ['transport'], statuses: ['underway'], districts: ['150105'] } },
      { visibleLayers: [], highlighted: ['belt-north'] },
      { lang: 'zh' },
    ];
    let i = input(steps[0]);
    let state: OverlayState = overlayState(i);
    const map = fakeMap(i, state.loaded);
    for (const step of steps.slice(1)) {
      i = input(step);
      const next = overlayState(i, state.loaded);
      map.apply(overlayOps(state, next));
      state = next;
      expect(map.snapshot()).toEqual(fakeMap(i, state.loaded).snapshot());
    }
  });

  it('composes a valid style and keeps the layers other code added', () => {
    const i = input({ filters: { ...NO_FILTERS, statuses: ['planned'] } });
    const near = { id: 'near-radius-fill', type: 'fill', source: 'near-radius', paint: { 'fill-color': '#000' } } as LayerSpecification;
    const withPlugin = composeStyle(embeddedStyle({ lang: 'zh', baseUrl: BASE }), i, ['industry-belts'], BASE, {
      sources: { 'near-radius': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [near],
    });
    expect(validateStyleMin(withPlugin)).toEqual([]);
    expect(foreignParts(withPlugin)).toEqual({ sources: { 'near-radius': withPlugin.sources['near-radius'] }, layers: [near] });
    const first = withPlugin.layers.find((l) => l.id === 'industry-belts-fill') as { filter: FilterSpecification };
    expect(JSON.stringify(first.filter)).toContain('planned');
  });
});
