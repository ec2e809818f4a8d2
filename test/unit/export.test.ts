import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { attributionFor } from '../../src/lib/export/attribution.ts';
import { buildGeoJsonExport, exportFileName, geoJsonText, rfc7946Geometry, ringArea2, type ExportInput } from '../../src/lib/export/collection.ts';
import { buildCsv, csvColumns, csvField, toWkt } from '../../src/lib/export/csv.ts';
import { buildKml, kmlColor, xmlEscape } from '../../src/lib/export/kml.ts';
import { buildExport, packageFiles } from '../../src/lib/export/package.ts';
import { loadPlanFile, planJsonText } from '../../src/lib/export/plan-json.ts';
import { flatTable } from '../../src/lib/export/table.ts';
import { crc32, zip } from '../../src/lib/export/zip.ts';
import { matchingFeatureIds } from '../../src/lib/filters.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import type { Filters } from '../../src/store/types.ts';
import { readCsvStrict } from '../helpers/rfc4180.ts';
import { checkRfc7946 } from '../helpers/rfc7946.ts';
import { makeCatalog, makeLayers } from './fixtures/catalog.ts';

const F = (f: Partial<Filters>): Filters => ({ sectors: [], statuses: [], districts: [], ...f });
const VISIBLE = ['industry-belts', 'industry-parks', 'transport-urban', 'transport-highway', 'ecology-water', 'regional-links', 'projects-health'];

function input(over: Partial<ExportInput> = {}): ExportInput {
  const catalog = over.catalog ?? makeCatalog();
  return {
    catalog,
    layers: makeLayers(catalog),
    visibleLayers: VISIBLE,
    filters: F({}),
    generatedAt: '2026-03-01T08:00:00.000Z',
    url: 'https://example.org/map/#sector=transport',
    ...over,
  };
}

/** Returns the entry names of a ZIP archive, read from its central directory. */
function zipNames(z: Uint8Array): string[] {
  const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
  const end = z.length - 22;
  const names: string[] = [];
  let o = dv.getUint32(end + 16, true);
  for (let i = 0; i < dv.getUint16(end + 10, true); i++) {
    const n = dv.getUint16(o + 28, true);
    names.push(new TextDecoder().decode(z.subarray(o + 46, o + 46 + n)));
    o += 46 + n + dv.getUint16(o + 30, true) + dv.getUint16(o + 32, true);
  }
  return names;
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

  it('validates as RFC 7946: no crs, [lng, lat] in range, six decimals, right-hand rule', () => {
    const doc = JSON.parse(geoJsonText(buildGeoJsonExport(input())));
    expect(checkRfc7946(doc, { maxDecimals: 6, within: [100, 30, 125, 50] })).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"crs"');
  });

  it('rewinds rings by the right-hand rule and rounds coordinates to six decimals', () => {
    const cw: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[111.1, 40.1], [111.1, 40.2], [111.2, 40.2], [111.2, 40.1], [111.1, 40.1]],
        [[111.12, 40.12], [111.18, 40.12], [111.18, 40.18], [111.12, 40.18], [111.12, 40.12]],
      ],
    };
    expect(ringArea2(cw.coordinates[0])).toBeLessThan(0);
    const out = rfc7946Geometry({ ...cw, coordinates: cw.coordinates.map((r) => r.map(([x, y]) => [x + 1e-9, y])) }) as Polygon;
    expect(ringArea2(out.coordinates[0])).toBeGreaterThan(0);
    expect(ringArea2(out.coordinates[1])).toBeLessThan(0);
    expect(out.coordinates[0][0]).toEqual([111.1, 40.1]);
    expect(checkRfc7946({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: out }] }, { maxDecimals: 6 })).toEqual([]);
  });

  it('carries each feature’s provisions, precision, interpretation, status and source in both languages', () => {
    const fc = buildGeoJsonExport(input());
    const p = fc.features.find((f) => f.properties.id === 'park-jinshan')!.properties;
    expect(p.provisions).toEqual([15, 22]);
    expect(p.mentions).toEqual([{ p: 22, text: '金山高新区' }, { p: 15, text: '金山' }]);
    expect([p.precision, p.uncertainty_m, p.interpretation, p.status]).toEqual(['approximate', 2000, 'stated', '加快建设']);
    expect(p.precision_zh).toContain('±2 公里');
    expect(p.precision_en).toContain('±2 km');
    expect([p.name_zh, p.name_en, p.layer_zh, p.layer_en]).toEqual(['金山高新区', 'Jinshan Hi-tech Zone', '产业园区', 'Industrial parks']);
    expect([p.district_names_zh, p.district_names_en]).toEqual([['土默特左旗'], ['Tumed Left Banner']]);
    expect(p.source_en).toMatch(/drawn/);
    expect(p.source_zh).toMatch(/绘制/);
    expect(p.link).toBe('https://example.org/map/#f=park-jinshan');
  });

  it('carries the attribution lines of the exported layers, in the metadata and per feature, in both languages', () => {
    const fc = buildGeoJsonExport(input());
    const texts = fc.metadata.attribution.map((a) => a.text);
    // Exports are bilingual documents: each line carries both languages (ecology-water is visible).
    expect(texts).toContain('© OpenStreetMap 贡献者 / © OpenStreetMap contributors');
    expect(texts).toContain('本项目据规划文本绘制 / Drawn by the project from the plan text'); // applies to every layer
    expect(texts.some((t) => t.includes('DataV'))).toBe(false); // urban-structure is not visible
    expect(fc.metadata.attribution.find((a) => a.id === 'osm')).toMatchObject({ text_zh: '© OpenStreetMap 贡献者', licence_en: 'ODbL 1.0' });
    const lake = fc.features.find((f) => f.properties.id === 'wetland-hasuhai')!.properties;
    expect(lake.attribution_en).toContain('© OpenStreetMap contributors (ODbL 1.0)');
    expect(lake.attribution_zh).toContain('© OpenStreetMap 贡献者（ODbL 1.0）');
    const park = fc.features.find((f) => f.properties.id === 'park-jinshan')!.properties;
    expect(park.attribution_en).not.toContain('OpenStreetMap');
  });

  it('exports a feature drawn in two visible layers (a second role) once', () => {
    const base = input();
    const twin = base.layers['industry-parks']!.features.find((f) => f.properties.id === 'park-jinshan')!;
    const urban = base.layers['transport-urban']!;
    const layers = { ...base.layers, 'transport-urban': { ...urban, features: [...urban.features, twin] } };
    const ids = buildGeoJsonExport({ ...base, layers }).features.map((f) => f.properties.id);
    expect(ids.filter((id) => id === 'park-jinshan')).toHaveLength(1);
  });

  it('carries bilingual fields the catalog gains later (e.g. a place_zh / place_en pair) in every format', () => {
    const catalog = makeCatalog();
    Object.assign(catalog.features['park-jinshan'], { place_zh: '土左旗金川', place_en: 'Jinchuan, Tumed Left Banner' });
    const fc = buildGeoJsonExport(input({ catalog }));
    const p = fc.features.find((f) => f.properties.id === 'park-jinshan')!.properties;
    expect(p.place_zh).toBe('土左旗金川');
    const cols = csvColumns(fc).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['place_zh', 'place_en']));
    expect(cols.indexOf('place_en')).toBe(cols.indexOf('place_zh') + 1);
    expect(new Set(cols).size).toBe(cols.length);
    expect(buildKml(fc)).toContain('<SimpleData name="place_zh">土左旗金川</SimpleData>');
  });

  it('carries the English translation’s titles and words of each feature’s provisions, with its label', () => {
    const english = {
      label: 'Unofficial English translation prepared for this map; the Chinese text is authoritative.',
      titleOf: (p: number) => (p === 22 ? 'Make industrial parks cluster' : p === 15 ? 'Build the six clusters' : undefined),
      mentionsOf: (id: string) => (id === 'park-jinshan' ? [{ p: 22, text: 'Jinshan High-tech Zone' }] : []),
    };
    const fc = buildGeoJsonExport(input({ english }));
    const p = fc.features.find((f) => f.properties.id === 'park-jinshan')!.properties;
    expect(p.provision_titles_zh).toEqual([`(15) ${PLAN.provisions[14].title}`, `(22) ${PLAN.provisions[21].title}`]);
    expect(p.provision_titles_en).toEqual(['(15) Build the six clusters', '(22) Make industrial parks cluster']);
    expect(fc.metadata.translation_note).toBe(english.label);
    const csv = readCsvStrict(buildCsv(fc));
    const row = csv.records.find((r) => r[0] === 'park-jinshan')!;
    expect(row[csv.header.indexOf('mentions_en')]).toBe('(22) Jinshan High-tech Zone');
    expect(row[csv.header.indexOf('provision_titles_zh')]).toBe(`(15) ${PLAN.provisions[14].title} | (22) ${PLAN.provisions[21].title}`);
    // Without the translation the English columns stay, empty.
    const plain = readCsvStrict(buildCsv(buildGeoJsonExport(input())));
    expect(plain.records.find((r) => r[0] === 'park-jinshan')![plain.header.indexOf('mentions_en')]).toBe('');
  });

  it('records the filters, the layers and the feature count in the metadata', () => {
    const fc = buildGeoJsonExport(input({ filters: F({ sectors: ['transport'] }) }));
    expect(fc.metadata.filters.sectors).toEqual(['transport']);
    expect(fc.metadata.count).toBe(fc.features.length);
    expect(fc.metadata.layers[0]).toBe('industry-belts');
    expect(fc.metadata.coordinates).toMatch(/WGS84/);
  });
});

describe('buildCsv', () => {
  it('is pure RFC 4180 data: BOM, header, one CRLF record per feature and nothing else', () => {
    const fc = buildGeoJsonExport(input());
    const text = buildCsv(fc);
    const csv = readCsvStrict(text);
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(csvColumns(fc).map((c) => c.name));
    expect(csv.records.map((r) => r[0])).toEqual(fc.features.map((f) => f.properties.id));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(csv.records.some((r) => r[0].startsWith('#'))).toBe(false);
  });

  it('keeps quotes and commas intact and writes the anchor and geometry', () => {
    const fc = buildGeoJsonExport(input({ visibleLayers: ['industry-parks', 'projects-health'] }));
    const csv = readCsvStrict(buildCsv(fc));
    const col = (name: string) => csv.header.indexOf(name);
    const jinshan = csv.records.find((r) => r[0] === 'park-jinshan')!;
    expect([Number(jinshan[col('anchor_lng')]), Number(jinshan[col('anchor_lat')])]).toEqual([111.55, 40.78]);
    expect(jinshan[col('district_names_zh')]).toBe('土默特左旗');
    expect(jinshan[col('WKT')]).toMatch(/^POLYGON \(\(111\.55 40\.78, /);
    const hospital = csv.records.find((r) => r[0] === 'hospital-first')!;
    expect(hospital[col('mentions')]).toBe('(44) 第一医院, "新院区"');
    expect(hospital[col('WKT')]).toBe('POINT (111.7 40.8)');
  });

  it('quotes fields per RFC 4180 and writes WKT for every geometry type', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(toWkt({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] })).toBe('MULTIPOINT ((1 2), (3 4))');
    expect(toWkt({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] })).toBe('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))');
    expect(toWkt({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] })).toBe('MULTILINESTRING ((0 0, 1 1))');
  });
});

describe('buildKml', () => {
  it('writes one folder per layer, one placemark per feature with every table field as SchemaData', () => {
    const fc = buildGeoJsonExport(input());
    const kml = buildKml(fc);
    const table = flatTable(fc);
    expect(kml.match(/<Placemark[ >]/g)).toHaveLength(fc.features.length);
    expect(kml.match(/<Folder /g)).toHaveLength(new Set(fc.features.map((f) => f.properties.layer)).size);
    for (const c of table.columns) expect(kml).toContain(`<SimpleField type="${c.type === 'real' ? 'double' : c.type === 'integer' ? 'int' : 'string'}" name="${c.name}">`);
    expect(kml).toContain('<name>金山高新区 Jinshan Hi-tech Zone</name>');
    expect(kml).toContain('<SimpleData name="mentions">(44) 第一医院, &quot;新院区&quot;</SimpleData>');
    expect(kml).toContain('© OpenStreetMap contributors (ODbL 1.0)');
    expect(kml).toContain('© OpenStreetMap 贡献者（ODbL 1.0）');
    expect(kml).not.toMatch(/<(?![?/]?[A-Za-z])/); // no stray '<' from the data
  });

  it('escapes XML and converts colours to aabbggrr', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(kmlColor('#c62f3b', 0.5)).toBe('803b2fc6');
  });
});

describe('the package', () => {
  it('zips README, CSV, GeoJSON, KML and GeoPackage in a dated folder; the README has both languages and every source', async () => {
    const i = input({ lang: 'en' });
    const { file, count } = await buildExport('zip', i, new Date(2026, 2, 1, 9, 30));
    expect(file.name).toBe('hohhot-15th-fyp-20260301.zip');
    expect(count).toBe(buildGeoJsonExport(i).features.length);
    const fc = buildGeoJsonExport(i);
    const files = packageFiles(fc, i, 'hohhot-15th-fyp-20260301');
    expect(files.map((f) => f.name)).toEqual([
      'README.txt',
      'hohhot-15th-fyp-20260301.csv',
      'hohhot-15th-fyp-20260301.geojson',
      'hohhot-15th-fyp-20260301.kml',
      'hohhot-15th-fyp-20260301.gpkg',
    ]);
    const readme = new TextDecoder().decode(files[0].data);
    expect(readme.indexOf('Precision (read before use)')).toBeLessThan(readme.indexOf('精度说明（使用前请阅读）'));
    for (const a of fc.metadata.attribution) {
      expect(readme).toContain(a.text_zh);
      expect(readme).toContain(a.text_en);
    }
    for (const c of csvColumns(fc)) expect(readme).toMatch(new RegExp(`^${c.name} +\\S`, 'm'));
    expect(readme).toContain('https://example.org/map/#sector=transport');
    expect(zipNames(file.data)).toEqual(files.map((f) => `hohhot-15th-fyp-20260301/${f.name}`));
  });

  it('reports an empty view instead of an empty file', async () => {
    const r = await buildExport('csv', input({ visibleLayers: [] }), new Date());
    expect(r.count).toBe(0);
  });
});

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('stores or deflates, and writes consistent local headers, central directory and end record', async () => {
    const data = new TextEncoder().encode('呼和浩特 '.repeat(500));
    for (const deflate of [false, true]) {
      const z = await zip([{ name: 'a/b.txt', data }, { name: 'c.bin', data: new Uint8Array([1, 2, 3]) }], { date: new Date(2026, 2, 1, 9, 30, 10), deflate });
      const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
      const end = z.length - 22;
      expect(dv.getUint32(end, true)).toBe(0x06054b50);
      expect(dv.getUint16(end + 10, true)).toBe(2);
      const cd = dv.getUint32(end + 16, true);
      expect(dv.getUint32(cd, true)).toBe(0x02014b50);
      expect(dv.getUint16(cd + 10, true)).toBe(deflate ? 8 : 0);
      expect(dv.getUint32(cd + 16, true)).toBe(crc32(data));
      expect(dv.getUint32(cd + 24, true)).toBe(data.length);
      if (deflate) expect(dv.getUint32(cd + 20, true)).toBeLessThan(data.length / 5);
      // DOS date: 2026-03-01 09:30:10.
      expect(dv.getUint16(cd + 14, true)).toBe(((2026 - 1980) << 9) | (3 << 5) | 1);
      expect(dv.getUint16(cd + 12, true)).toBe((9 << 11) | (30 << 5) | 5);
    }
  });

  it('refuses duplicate names', async () => {
    await expect(zip([{ name: 'a', data: new Uint8Array(1) }, { name: 'a', data: new Uint8Array(1) }], { date: new Date() })).rejects.toThrow(/duplicate/);
  });
});

describe('attribution, plan text and file names', () => {
  it('selects the attribution lines of the given layers', () => {
    const c = makeCatalog();
    expect(attributionFor(c, ['urban-structure']).map((a) => a.text)).toEqual([
      'DataV.GeoAtlas / 高德 / DataV.GeoAtlas / Amap',
      '本项目据规划文本绘制 / Drawn by the project from the plan text',
    ]);
  });

  it('gives the attribution in one language when asked (the print sheet of each interface)', () => {
    const c = makeCatalog();
    expect(attributionFor(c, ['ecology-water'], 'zh').map((a) => a.text)).toEqual(['© OpenStreetMap 贡献者', '本项目据规划文本绘制']);
    expect(attributionFor(c, ['ecology-water'], 'en').map((a) => a.text)).toEqual(['© OpenStreetMap contributors', 'Drawn by the project from the plan text']);
  });

  it('downloads data/plan.json with its content unchanged, segments included, and the English beside it when given', async () => {
    const file = await loadPlanFile();
    expect(file).toBe(readFileSync(new URL('../../data/plan.json', import.meta.url), 'utf8'));
    const back = JSON.parse(planJsonText(file)) as Record<string, unknown>;
    expect(back).toEqual(JSON.parse(file));
    expect(back.segments).toBeInstanceOf(Array);
    expect({ ...back, segments: undefined }).toEqual({ ...PLAN, segments: undefined });
    const english = { label: 'Unofficial', provisions: [] } as unknown as Parameters<typeof planJsonText>[1];
    const both = JSON.parse(planJsonText(file, english)) as Record<string, unknown>;
    expect(both.translation_en).toEqual(english);
  });

  it('names files by date', () => {
    expect(exportFileName('csv', new Date(2026, 2, 1))).toBe('hohhot-15th-fyp-20260301.csv');
    expect(exportFileName('gpkg', new Date(2026, 11, 31))).toBe('hohhot-15th-fyp-20261231.gpkg');
  });
});
