import { expression, latest, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapLayers, CONTEXT_FILES, embeddedStyle, LAZY_CONTEXT, lazyContextDue } from '../../src/layers/basemap-style.ts';
import { adoptRemoteStyle, availableBasemaps, rasterStyle } from '../../src/layers/basemaps.ts';
import { LAYER_IDS, LAYERS } from '../../src/layers/registry.ts';
import {
  AREA_LABELS_SOURCE,
  fadeOpacity,
  firstLabelLayerId,
  idFilter,
  interactiveLayerIds,
  META_BASEMAP,
  metresToPixels,
  overlayLayers,
  overlaySources,
  specIdsOf,
  textField,
} from '../../src/layers/to-maplibre.ts';
import { deckDescriptors, toDeckData } from '../../src/layers/to-deck.ts';
import { CONTEXT_NAMES } from '../../src/lib/geo-data.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const BASE = 'http://127.0.0.1:5173/app/';

function fullStyle(lang: Lang, visible: string[] = LAYER_IDS, selected: string[] = []): StyleSpecification {
  const base = embeddedStyle({ lang, baseUrl: BASE });
  return {
    ...base,
    sources: { ...base.sources, ...overlaySources(BASE) },
    layers: [...base.layers, ...overlayLayers({ lang, visible, selected })],
  };
}

describe('embedded basemap + overlays', () => {
  it('validate against the MapLibre style spec in both languages', () => {
    expect(validateStyleMin(fullStyle('zh'))).toEqual([]);
    expect(validateStyleMin(fullStyle('en', [], ['park-jinshan']))).toEqual([]);
  });

  it('have no glyphs property, so every label is drawn locally', () => {
    expect(fullStyle('zh')).not.toHaveProperty('glyphs');
  });

  it('fetch every source from the app itself, relative to the page', () => {
    for (const s of Object.values(fullStyle('zh').sources)) {
      expect('data' in s && typeof s.data === 'string' && s.data.startsWith(BASE)).toBe(true);
    }
  });

  it('read exactly the context files the geo loader knows', () => {
    expect([...CONTEXT_FILES].sort()).toEqual([...CONTEXT_NAMES].sort());
  });

  it('tag every basemap layer, so a basemap switch can tell them from overlays', () => {
    for (const l of basemapLayers('zh')) expect((l.metadata as Record<string, unknown>)[META_BASEMAP], l.id).toBe(true);
  });

  it('name overlay layers <layer-id>-<type> with unique ids', () => {
    const specs = overlayLayers({ lang: 'zh', visible: [] });
    const ids = specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['industry-belts-fill', 'industry-belts-line', 'industry-belts-label']));
    for (const s of specs) expect(LAYER_IDS.some((id) => s.id.startsWith(`${id}-`)), s.id).toBe(true);
  });

  it('set visibility from the visible list only', () => {
    const specs = overlayLayers({ lang: 'zh', visible: ['industry-parks'] });
    const vis = (id: string) => (specs.find((s) => s.id === id)?.layout as { visibility?: string }).visibility;
    expect(vis('industry-parks-point')).toBe('visible');
    expect(vis('industry-belts-fill')).toBe('none');
  });

  it('point only the already-shown layers at their files; the others start empty and valid', () => {
    const sources = overlaySources(BASE, LAYERS, new Set(['industry-parks']));
    expect(sources['industry-parks']!.data).toBe(`${BASE}geo/layers/industry-parks.geojson`);
    expect(sources['industry-belts']!.data).toEqual({ type: 'FeatureCollection', features: [] });
    expect(Object.keys(sources).sort()).toEqual(Object.keys(overlaySources(BASE)).sort());
    const base = embeddedStyle({ lang: 'zh', baseUrl: BASE });
    const style = { ...base, sources: { ...base.sources, ...sources }, layers: [...base.layers, ...overlayLayers({ lang: 'zh', visible: ['industry-parks'] })] };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draw every MapLibre-rendered registry layer and none of the deck ones', () => {
    const specs = overlayLayers({ lang: 'zh', visible: [] });
    for (const l of LAYERS) expect(specIdsOf(l.id, specs).length > 0, l.id).toBe(l.render === 'maplibre');
  });

  it('keep labels above every geometry layer (deck layers go before the first label)', () => {
    const ids = overlayLayers({ lang: 'zh', visible: [] }).map((s) => s.id);
    const firstLabel = ids.indexOf(firstLabelLayerId());
    expect(firstLabel).toBeGreaterThan(0);
    expect(ids.slice(firstLabel).every((id) => id.includes('-label'))).toBe(true);
  });

  it('only lets clickable layers be hit', () => {
    const hit = interactiveLayerIds();
    expect(hit).toContain('industry-parks-point');
    expect(hit.some((id) => id.startsWith('regional-links'))).toBe(false);
  });
});

describe('precision drawn', () => {
  it('converts an uncertainty radius on the ground to pixels that double per zoom', () => {
    // At 40.82°N one pixel at zoom 10 is about 57.8 m (512-px tiles), so 1 km is about 17.3 px.
    expect(metresToPixels(1000, 10)).toBeCloseTo(17.3, 1);
    expect(metresToPixels(1000, 11) / metresToPixels(1000, 10)).toBeCloseTo(2, 6);
  });

  it('dashes schematic lines and hatches schematic areas', () => {
    const specs = overlayLayers({ lang: 'zh', visible: [] });
    const dashed = specs.find((s) => s.id === 'industry-belts-dashed')!;
    expect(dashed.type).toBe('line');
    expect(JSON.stringify((dashed as { filter?: unknown }).filter)).toContain('schematic');
    expect((dashed.paint as Record<string, unknown>)['line-dasharray']).toEqual([3, 2]);
    const hatch = specs.find((s) => s.id === 'industry-belts-hatch')!;
    expect((hatch.paint as Record<string, unknown>)['fill-pattern']).toBe('hatch-industry-belts');
  });

  it('fades schematic features past their fade zoom and leaves others alone', () => {
    const expr = fadeOpacity(0.5, 12);
    expect(expr[0]).toBe('interpolate');
    const stops = expr.slice(3) as unknown[];
    const at = (z: number) => JSON.stringify(stops[stops.indexOf(z) + 1]);
    expect(at(16)).toContain('schematic');
    expect(at(16)).toContain('fade_zoom');
  });

  it('marks inferred features in plan labels only', () => {
    expect(JSON.stringify(textField('plan', 'zh'))).toContain('inferred');
    expect(JSON.stringify(textField('plain', 'zh'))).not.toContain('inferred');
    expect(JSON.stringify(textField('plain', 'en'))).toContain('name_en');
  });

  it('selects by feature id', () => {
    expect(JSON.stringify(idFilter(['a', 'b'], ['==', 1, 1]))).toContain('["literal",["a","b"]]');
  });
});

describe('basemaps', () => {
  it('offer Tianditu only with a key', () => {
    expect(availableBasemaps({}).map((b) => b.id)).toEqual(['embedded', 'openfreemap', 'osm']);
    expect(availableBasemaps({ tiandituKey: 'abc' }).map((b) => b.id)).toContain('tianditu');
  });

  it('build valid raster styles that credit their source', () => {
    for (const b of availableBasemaps({ tiandituKey: 'abc' }).filter((x) => x.kind === 'raster')) {
      const style = rasterStyle(b, { tiandituKey: 'abc', lang: 'zh' })!;
      expect(validateStyleMin(style), b.id).toEqual([]);
      expect(b.attribution).not.toBe('');
    }
  });

  it('strip glyphs from a remote style and tag its layers', () => {
    const remote: StyleSpecification = {
      version: 8,
      glyphs: 'https://example.org/{fontstack}/{range}.pbf',
      sources: { openmaptiles: { type: 'vector', url: 'https://example.org/tiles.json' } },
      layers: [{ id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' }],
    };
    const adopted = adoptRemoteStyle(remote);
    expect(adopted).not.toHaveProperty('glyphs');
    expect(adopted.layers[0]).toMatchObject({ source: 'basemap-openmaptiles', metadata: { [META_BASEMAP]: true } });
    expect(validateStyleMin(adopted)).toEqual([]);
  });
});

describe('deck descriptors', () => {
  it('turn lines into arcs from first to last vertex and points into dots', () => {
    const data = toDeckData({
      features: [
        { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'LineString', coordinates: [[111, 40], [112, 41], [116, 40]] } },
        { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } },
      ],
    });
    expect(data.arcs).toEqual([expect.objectContaining({ id: 'a', source: [111, 40], target: [116, 40] })]);
    expect(data.dots).toEqual([expect.objectContaining({ id: 'b', position: [116.4, 39.9] })]);
  });

  it('are hidden, not removed, when their layer is off', () => {
    const d = deckDescriptors({ 'regional-links': { arcs: [], dots: [] } }, []);
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => !x.visible)).toBe(true);
  });
});

describe('street-scale legibility and a light first visit', () => {
  const layers = basemapLayers('zh');
  const byId = (id: string) => layers.find((l) => l.id === id)!;

  it('labels metro stations, colleges, named parks and named railway stations from the zoom they are drawn at', () => {
    const pairs: [string, string][] = [
      ['bm-metro-stations', 'bm-metro-stations-label'],
      ['bm-colleges', 'bm-colleges-label'],
      ['bm-rail-stations', 'bm-rail-stations-label'],
    ];
    for (const [drawn, label] of pairs) expect(byId(label).minzoom, label).toBe(byId(drawn).minzoom);
    // Parks fade in between zoom 10 and 11 and are labelled once fully drawn.
    expect(byId('bm-parks-label').minzoom).toBe(11);
    for (const id of ['bm-metro-stations-label', 'bm-colleges-label', 'bm-parks-label']) expect(byId(id).minzoom!, id).toBeLessThanOrEqual(12);
  });

  it('leaves the street-scale context files empty until their zoom is reached', () => {
    const empty = embeddedStyle({ lang: 'zh', baseUrl: BASE, loaded: new Set() }).sources;
    for (const [name, zoom] of Object.entries(LAZY_CONTEXT)) {
      const src = empty[`ctx-${name}`] as { data: unknown };
      expect(typeof src.data, name).toBe('object');
      expect(byIdSourceLayers(name).every((l) => (l.minzoom ?? 0) >= zoom!), name).toBe(true);
    }
    expect(typeof (empty['ctx-counties'] as { data: unknown }).data).toBe('string');
    const some = embeddedStyle({ lang: 'zh', baseUrl: BASE, loaded: new Set(['parks']) }).sources;
    expect((some['ctx-parks'] as { data: unknown }).data).toBe(`${BASE}geo/context/parks.geojson`);
  });

  it('draws no unnamed ring at street scale: the city seat marker goes with its label at zoom 9', () => {
    const paint = byId('bm-seats').paint as Record<string, unknown>;
    const spec = (latest as unknown as Record<string, Record<string, never>>)['paint_circle']!['circle-opacity'];
    const expr = expression.createExpression(paint['circle-opacity'], 'layers[bm-seats].paint.circle-opacity', spec);
    if (expr.result !== 'success') throw new Error('seat opacity is not a valid expression');
    const at = (zoom: number, level: string) =>
      expr.value.evaluate({ zoom }, { type: 'Point', properties: { level } } as never);
    expect([at(6, 'city'), at(8.9, 'city'), at(9, 'city'), at(13, 'city')]).toEqual([1, 1, 0, 0]);
    expect([at(6, 'district'), at(7, 'district'), at(13, 'district')]).toEqual([0, 1, 1]);
    expect(byId('bm-seats-label').maxzoom).toBe(9);
  });

  it('says which lazy files a zoom needs, once', () => {
    expect(lazyContextDue(8.6, new Set())).toEqual([]);
    expect(lazyContextDue(10.2, new Set())).toEqual(['parks', 'rail-stations', 'metro-lines']);
    expect(lazyContextDue(13, new Set(['parks', 'metro-lines']))).toEqual(['rail-stations', 'metro-stations', 'colleges']);
  });

  it('labels each plan area once, from the area label file, and points from their own file', () => {
    const specs = overlayLayers({ lang: 'zh', visible: LAYER_IDS });
    const area = specs.find((s) => s.id === 'industry-parks-label-area') as { source: string; filter: unknown };
    expect(area.source).toBe(AREA_LABELS_SOURCE);
    expect(area.filter).toEqual(['==', ['get', 'layer'], 'industry-parks']);
    const point = specs.find((s) => s.id === 'industry-parks-label') as { source: string; filter: unknown };
    expect(point.source).toBe('industry-parks');
    expect(JSON.stringify(point.filter)).not.toContain('Polygon');
    expect(overlaySources(BASE)[AREA_LABELS_SOURCE]).toMatchObject({ type: 'geojson', data: `${BASE}geo/labels.geojson` });
  });
});

function byIdSourceLayers(name: string) {
  return basemapLayers('zh').filter((l) => 'source' in l && l.source === `ctx-${name}`);
}
