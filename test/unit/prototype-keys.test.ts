import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import { LINK_CONTEXT, reportRejected, watchSelectedFeature } from '../../src/app/start.ts';
import { DEFAULT_VISIBLE_LAYERS, LAYER_IDS, layerById } from '../../src/layers/registry.ts';
import { buildGeoJsonExport } from '../../src/lib/export/collection.ts';
import { buildCsv } from '../../src/lib/export/csv.ts';
import { own } from '../../src/lib/own.ts';
import { kindWord, sectorLabel, statusLabel } from '../../src/lib/words.ts';
import { FILTER_KEYS, filterValueLabel } from '../../src/panels/filter-bar.tsx';
import { noticeText } from '../../src/panels/notices.tsx';
import * as selectors from '../../src/store/selectors.ts';
import { createAppStore } from '../../src/store/store.ts';
import { decodeHash } from '../../src/store/url-codec.ts';
import { applyUrlState } from '../../src/store/url-sync.ts';
import { PROTOTYPE_NAMES } from './fixtures/prototype-names.ts';

/**
 * Links whose values are names every plain object inherits (`#f=constructor`, `#sector=__proto__` …) once blanked the
 * app: looked up in a plain object they resolve to functions. Here each such link goes through the codec into a
 * store, and every selector and every lookup the panels make from that state must give data, never a function.
 */

const catalog = JSON.parse(readFileSync('public/geo/catalog.json', 'utf8')) as Catalog;
/** The built layer files, as the map and the export receive them. */
const LAYER_FILES = Object.fromEntries(LAYER_IDS.map((id) => [id, JSON.parse(readFileSync(`public/geo/layers/${id}.geojson`, 'utf8'))]));
const KEYS = ['p', 'f', 'layers', 'map', 'basemap', 'q', 'near', 'story', 'sector', 'status', 'district', 'tab', 'lang'];
/** Selectors that hand out the store's actions (functions by design). */
const ACTION_SELECTORS = new Set(['selectFilterActions', 'selectOverviewActions']);

/** Paths of every function inside `v` (own enumerable properties, arrays included). */
function functionsIn(v: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof v === 'function') return [path];
  if (!v || typeof v !== 'object' || seen.has(v)) return [];
  seen.add(v);
  return Object.entries(v).flatMap(([k, x]) => functionsIn(x, `${path}.${k}`, seen));
}

describe('names of Object.prototype in links', () => {
  it.each(KEYS.flatMap((key) => PROTOTYPE_NAMES.map((name) => [key, name] as const)))('%s=%s never resolves to a function', (key, name) => {
    const store = createAppStore();
    store.getState().initLayers(DEFAULT_VISIBLE_LAYERS);
    const { state, rejected } = decodeHash(`${key}=${encodeURIComponent(name)}`, LINK_CONTEXT);
    applyUrlState(store, state);
    reportRejected(store, rejected);
    const stop = watchSelectedFeature(store, catalog);
    try {
      const s = store.getState();
      for (const [sel, fn] of Object.entries(selectors)) {
        if (ACTION_SELECTORS.has(sel)) continue;
        const value = sel === 'selectIsLayerVisible' ? (fn as (id: string) => (st: typeof s) => unknown)(name)(s) : (fn as (st: typeof s) => unknown)(s);
        expect(functionsIn(value), `${sel} after ${key}=${name}`).toEqual([]);
      }
      expect(selectors.selectIsLayerVisible(name)(s)).toBe(false);

      // The lookups the panels and the map make from the state.
      if (s.selectedFeature) expect(own(catalog.features, s.selectedFeature)).toBeTypeOf('object');
      for (const id of [...s.visibleLayers, ...s.highlighted]) expect(typeof (layerById(id) ?? own(catalog.features, id))).toBe('object');
      for (const k of FILTER_KEYS) for (const v of s.filters[k]) expect(filterValueLabel(k, v, s.lang, catalog.districts)).toBeTypeOf('string');
      for (const n of s.notices) for (const lang of ['zh', 'en'] as const) expect(noticeText(n, lang)).toBeTypeOf('string');
      const fc = buildGeoJsonExport({ catalog, layers: LAYER_FILES, visibleLayers: s.visibleLayers, filters: s.filters, generatedAt: '', url: '' });
      expect(functionsIn(fc)).toEqual([]);
      expect(buildCsv(fc)).toBeTypeOf('string');
    } finally {
      stop();
    }
  });

  it('a feature id the catalog does not hold is dropped with a notice that names it, in either language', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('f=constructor&p=22', LINK_CONTEXT).state);
    expect(store.getState().selectedFeature).toBe('constructor');
    const stop = watchSelectedFeature(store, catalog);
    expect(store.getState().selectedFeature).toBeNull();
    expect(store.getState().provision).toBe(22);
    const notice = store.getState().notices.find((n) => n.id === 'url-f')!;
    expect(noticeText(notice, 'zh')).toContain('“constructor”不在目录中');
    expect(noticeText(notice, 'en')).toContain('“constructor” that is not in the catalogue');
    // Later selections are checked too (a pasted link while the app runs); known ones stay.
    store.getState().selectFeature('park-shaliang');
    expect(store.getState().selectedFeature).toBe('park-shaliang');
    store.getState().selectFeature('toString');
    expect(store.getState().selectedFeature).toBeNull();
    // A place the plan names but the map does not draw has a panel of its own: it stays selected.
    const listed = catalog.unplaced[0]!.id;
    store.getState().selectFeature(listed);
    expect(store.getState().selectedFeature).toBe(listed);
    stop();
  });

  it('lookups by such names find nothing in the catalog and the label tables', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(own(catalog.features, name)).toBeUndefined();
      expect(own(catalog.districts, name)).toBeUndefined();
      expect(sectorLabel(name, 'zh')).toBe(name);
      expect(statusLabel(name, 'en')).toBe(name);
      expect(layerById(name)).toBeUndefined();
      expect(kindWord(name, 'zh')).toBeTypeOf('string');
      expect(kindWord(name, 'zh')).toBe(kindWord('no-such-kind', 'zh'));
      expect(filterValueLabel('districts', name, 'zh', catalog.districts)).toBe(name);
      expect(filterValueLabel('sectors', name, 'en', catalog.districts)).toBe(name);
    }
  });
});
