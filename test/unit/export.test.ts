import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { CSV_COLUMNS, attributionFor, buildCsv, buildGeoJsonExport, csvField, exportFileName, planJsonText, type ExportInput } from '../../src/lib/export.ts';
import { loadPlanFile } from '../../src/plan/plan-data.ts';
import { matchingFeatureIds } from '../../src/lib/filters.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import type { Filters } from '../../src/store/types.ts';
import { makeCatalog, makeLayers } from './fixtures/catalog.ts';

const F = (f: Partial<Filters>): Filters => ({ sectors: [], statuses: [], districts: [], ...f });

function input(over: Partial<ExportInput> = {}): ExportInput {
  const catalog = makeCatalog();
  return {
    catalog,
    layers: makeLayers(catalog),
    visibleLayers: ['industry-belts', 'industry-parks', 'transport-urban', 'transport-highway', 'ecology-water', 'regional-links'],
    filters: F({}),
    generatedAt: '2026-03-01T08:00:00.000Z',
    url: 'https://example.org/map/#sector=transport',
    ...over,
  };
}

/** A minimal RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF line ends, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

describe('buildGeoJsonExport', () => {
  it('exports the features of the visible layers only', () => {
    const fc = buildGeoJsonExport(input({ visibleLayers: ['transport-urban', 'transport-highway'] }));
    expect(fc.features.map((f) => f.properties.id).sort()).toEqual(['ring-third', 'road-s43']);
  });

  it('applies the filters on top of the visible layers', () => {
    const i = input({ filters: F({ statuses: ['underway'] }) });
    const fc = buildGeoJsonExport(i);
    const visible = new Set(i.visibleLayers);
    const expected = matchingFeatureIds(i.catalog, i.filters).filter((id) => visible.has(i.catalog.features[id].layer));
    expect(fc.features.map((f) => f.properties.id).sort()).toEqual(expected);
  });

  it('is a valid FeatureCollection: every feature has a geometry, properties and finite [lng, lat] coordinates', () => {
    const fc = JSON.parse(JSON.stringify(buildGeoJsonExport(input())));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(typeof f.properties).toBe('object');
      const pts = positions(f.geometry);
      expect(pts.length).toBeGreaterThan(0);
      for (const [lng, lat] of pts) {
        expect(Number.isFinite(lng) && lng >= -180 && lng <= 180).toBe(true);
        expect(Number.isFinite(lat) && lat >= -90 && lat <= 90).toBe(true);
      }
    }
  });

  it('carries each feature’s provisions, mentions, precision, interpretation, status and source', () => {
    const fc = buildGeoJsonExport(input());
    const p = fc.features.find((f) => f.properties.id === 'park-jinshan')!.properties;
    expect(p.provisions).toEqual([15, 22]);
    expect(p.mentions).toEqual([{ p: 22, text: '金山高新区' }, { p: 15, text: '金山' }]);
    expect(p.precision).toBe('approximate');
    expect(p.uncertainty_m).toBe(2000);
    expect(p.interpretation).toBe('stated');
    expect(p.status).toBe('加快建设');
    expect(p.source_en).toMatch(/drawn/);
    expect(p.source_zh).toMatch(/绘制/);
  });

  it('exports a feature drawn in two visible layers (a second role) once', () => {
    const base = input();
    const parks = base.layers['industry-parks']!;
    const twin = parks.features.find((f) => f.properties.id === 'park-jinshan')!;
    const layers = { ...base.layers, 'transport-urban': { ...base.layers['transport-urban']!, features: [...base.layers['transport-urban']!.features, twin] } };
    const ids = buildGeoJsonExport({ ...base, layers }).features.map((f) => f.properties.id);
    expect(ids.filter((id) => id === 'park-jinshan')).toHaveLength(1);
  });

  it('carries the attribution lines of the exported layers in the metadata', () => {
    const fc = buildGeoJsonExport(input());
    const texts = fc.metadata.attribution.map((a) => a.text);
    // Exports are bilingual documents: each line carries both languages (ecology-water is visible).
    expect(texts).toContain('© OpenStreetMap 贡献者 / © OpenStreetMap contributors');
    expect(texts).toContain('本项目据规划文本绘制 / Drawn by the project from the plan text'); // applies to every layer
    expect(texts.some((t) => t.includes('DataV'))).toBe(false); // urban-structure is not visible
    expect(fc.metadata.attribution.find((a) => a.text.includes('OpenStreetMap'))!.licence).toBe('ODbL 1.0 / ODbL 1.0');
  });

  it('gives the attribution in one language when asked (the print sheet of each interface)', () => {
    const c = makeCatalog();
    expect(attributionFor(c, ['ecology-water'], 'zh').map((a) => a.text)).toEqual(['© OpenStreetMap 贡献者', '本项目据规划文本绘制']);
    expect(attributionFor(c, ['ecology-water'], 'en').map((a) => a.text)).toEqual(['© OpenStreetMap contributors', 'Drawn by the project from the plan text']);
  });

  it('records the filters, the layers and the feature count in the metadata', () => {
    const fc = buildGeoJsonExport(input({ filters: F({ sectors: ['transport'] }) }));
    expect(fc.metadata.filters.sectors).toEqual(['transport']);
    expect(fc.metadata.count).toBe(fc.features.length);
    expect(fc.metadata.layers[0]).toBe('industry-belts');
    expect(fc.metadata.crs).toMatch(/WGS84/);
  });
});

describe('buildCsv', () => {
  it('starts with a UTF-8 byte-order mark and the header row', () => {
    const csv = buildCsv(buildGeoJsonExport(input()), makeCatalog());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('parses back with one row per feature plus the attribution rows', () => {
    const fc = buildGeoJsonExport(input());
    const rows = parseCsv(buildCsv(fc, makeCatalog()).slice(1));
    const data = rows.slice(1).filter((r) => !r[0].startsWith('#'));
    const notes = rows.slice(1).filter((r) => r[0].startsWith('#'));
    expect(data).toHaveLength(fc.features.length);
    expect(rows).toHaveLength(1 + fc.features.length + notes.length);
    for (const r of data) expect(r).toHaveLength(CSV_COLUMNS.length);
    for (const a of fc.metadata.attribution) expect(notes.some((n) => n[0].includes(a.text) && n[0].includes(a.licence))).toBe(true);
  });

  it('writes the anchor as lng/lat and keeps quotes and commas intact', () => {
    const rows = parseCsv(buildCsv(buildGeoJsonExport(input({ visibleLayers: ['industry-parks', 'projects-health'] })), makeCatalog()).slice(1));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const jinshan = rows.find((r) => r[0] === 'park-jinshan')!;
    expect([Number(jinshan[col('anchor_lng')]), Number(jinshan[col('anchor_lat')])]).toEqual([111.55, 40.78]);
    expect(jinshan[col('district_names')]).toBe('土默特左旗');
    const hospital = rows.find((r) => r[0] === 'hospital-first')!;
    expect(hospital[col('mentions')]).toBe('(44) 第一医院, "新院区"');
  });

  it('quotes fields per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });
});

describe('plan download and file names', () => {
  it('downloads data/plan.json byte for byte, segments included, while the app keeps the rest', async () => {
    const text = await loadPlanFile();
    expect(text).toBe(readFileSync(new URL('../../data/plan.json', import.meta.url), 'utf8'));
    const back = JSON.parse(text) as Record<string, unknown>;
    expect(back.segments).toBeInstanceOf(Array);
    expect({ ...back, segments: undefined }).toEqual({ ...PLAN, segments: undefined });
  });

  it('writes the plan file’s content unchanged, with the English edition beside it when given', async () => {
    const file = await loadPlanFile();
    expect(JSON.parse(planJsonText(file))).toEqual(JSON.parse(file));
    const english = { label: 'Unofficial', provisions: [] } as unknown as Parameters<typeof planJsonText>[1];
    const both = JSON.parse(planJsonText(file, english)) as Record<string, unknown>;
    expect(both.translation_en).toEqual(english);
    expect({ ...both, translation_en: undefined }).toEqual({ ...JSON.parse(file), translation_en: undefined });
  });

  it('names files by date', () => {
    expect(exportFileName('csv', new Date(2026, 2, 1))).toBe('hohhot-15th-fyp-20260301.csv');
  });
});
