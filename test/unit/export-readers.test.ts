import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import { DEFAULT_VISIBLE_LAYERS, LAYER_IDS } from '../../src/layers/registry.ts';
import { buildGeoJsonExport, exportStem, type ExportInput } from '../../src/lib/export/collection.ts';
import { csvColumns } from '../../src/lib/export/csv.ts';
import { GPKG_ABOUT_TABLE } from '../../src/lib/export/gpkg.ts';
import { buildExport, englishForExport, EXPORT_FORMATS, type ExportFormat } from '../../src/lib/export/package.ts';
import { ENGLISH } from '../../src/plan/english-data.ts';
import { sqliteDatabase } from '../../src/lib/export/sqlite.ts';
import { zip } from '../../src/lib/export/zip.ts';
import type { Filters } from '../../src/store/types.ts';
import { ogrExec, ogrLayers, ogrRead, ogrReadAll, ogrSql, requireGdal, validateGpkg } from '../helpers/gdal.ts';
import { readCsvStrict } from '../helpers/rfc4180.ts';
import { checkRfc7946 } from '../helpers/rfc7946.ts';

/**
 * The exports read back by readers that know nothing of the app: GDAL/OGR (`ogrinfo`, `ogr2ogr`, GDAL's GeoPackage
 * validator), a strict RFC 4180 reader and an RFC 7946 checker. Built from the shipped data (`public/geo`), for the
 * whole plan and for a filtered view. Every format must hold the same records (same ids, same count) with the same
 * field values and geometry. A last group proves the checks fail on the faults they are there to catch.
 */

const GEO = 'public/geo';
const catalog = JSON.parse(readFileSync(`${GEO}/catalog.json`, 'utf8')) as Catalog;
const layerFiles = Object.fromEntries(LAYER_IDS.map((id) => [id, JSON.parse(readFileSync(`${GEO}/layers/${id}.geojson`, 'utf8'))]));
const NOW = new Date(2026, 2, 1, 9, 30);
const STEM = exportStem(NOW);
const F = (f: Partial<Filters>): Filters => ({ sectors: [], statuses: [], districts: [], ...f });

const SCENARIOS: { name: string; input: ExportInput }[] = [
  {
    name: 'every layer, no filter',
    input: { catalog, layers: layerFiles, visibleLayers: LAYER_IDS, filters: F({}), generatedAt: NOW.toISOString(), url: 'https://example.org/map/#layers=all', lang: 'zh' },
  },
  {
    // The view of the original complaint: default layers, transport and industry.
    name: 'default layers, sector = transport or industry',
    input: {
      catalog,
      layers: layerFiles,
      visibleLayers: DEFAULT_VISIBLE_LAYERS,
      filters: F({ sectors: ['transport', 'industry'] }),
      generatedAt: NOW.toISOString(),
      url: 'https://example.org/map/#sector=transport,industry&lang=en',
      lang: 'en',
      english: englishForExport(ENGLISH, catalog),
    },
  },
];

let dir: string;
const path = (scenario: number, ext: string) => join(dir, `s${scenario}`, `${STEM}.${ext}`);

beforeAll(async () => {
  requireGdal();
  dir = mkdtempSync(join(tmpdir(), 'hohhot-export-'));
  for (const [i, s] of SCENARIOS.entries()) {
    for (const f of EXPORT_FORMATS) {
      const { file } = await buildExport(f, s.input, NOW);
      const p = path(i, f);
      mkdirSync(join(dir, `s${i}`), { recursive: true });
      writeFileSync(p, file.data);
    }
  }
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A cell as every reader can agree on it: empty and null alike, numbers by value, the rest as text. */
function norm(v: unknown): string | number | null {
  if (v == null || v === '') return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return String(v);
}

/** Returns a geometry's positions, parts flattened (so a one-part MultiPolygon equals its Polygon). */
function flat(g: Geometry | null): Position[] {
  if (!g) return [];
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
      return g.geometries.flatMap(flat);
  }
}
const samePositions = (a: Position[], b: Position[]) =>
  a.length === b.length && a.every((p, i) => Math.abs(p[0] - b[i][0]) < 1e-9 && Math.abs(p[1] - b[i][1]) < 1e-9);

for (const [si, scenario] of SCENARIOS.entries()) {
  // GDAL runs as a separate process per read: generous time on a busy machine.
  describe(`exports read by independent readers: ${scenario.name}`, { timeout: 60_000 }, () => {
    const fc = buildGeoJsonExport(scenario.input);
    const ids = fc.features.map((f) => f.properties.id);
    const columns = csvColumns(fc)
      .map((c) => c.name)
      .filter((c) => c !== 'WKT');

    /** Every format read by GDAL, as id → feature. */
    const read: Partial<Record<ExportFormat, Map<string, Feature>>> = {};
    const byId = (features: Feature[]) => new Map(features.map((f) => [String(f.properties?.id), f]));
    beforeAll(() => {
      read.csv = byId(ogrRead(path(si, 'csv')).features);
      read.geojson = byId(ogrRead(path(si, 'geojson')).features);
      read.kml = byId(ogrReadAll(path(si, 'kml')).map((x) => x.feature));
      read.gpkg = byId(ogrReadAll(path(si, 'gpkg')).filter((x) => x.layer !== GPKG_ABOUT_TABLE).map((x) => x.feature));
    }, 120_000);

    it('has something to compare', () => {
      expect(ids.length).toBe(si === 0 ? Object.keys(catalog.features).length : ids.length);
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('CSV: pure RFC 4180 data; a strict reader and GDAL both see exactly one record per feature', () => {
      const csv = readCsvStrict(readFileSync(path(si, 'csv'), 'utf8'));
      expect(csv.bom).toBe(true);
      expect(csv.records.map((r) => r[0])).toEqual(ids);
      const gdal = ogrRead(path(si, 'csv'));
      expect(gdal.features.map((f) => f.properties?.id)).toEqual(ids);
      // GDAL takes the WKT column for the geometry.
      expect(gdal.features.every((f) => f.geometry != null)).toBe(true);
    });

    it('GeoJSON: valid RFC 7946 (right-hand rule, no crs, [lng, lat], six decimals) and GDAL reads the same records', () => {
      const doc = JSON.parse(readFileSync(path(si, 'geojson'), 'utf8'));
      // Everything the plan maps lies between western Europe (China–Europe routes) and north-east China.
      expect(checkRfc7946(doc, { maxDecimals: 6, within: [0, 20, 135, 60] })).toEqual([]);
      expect([...read.geojson!.keys()]).toEqual(ids);
    });

    it('KML: GDAL reads one layer per map layer, one placemark per feature, with every field', () => {
      const layers = ogrLayers(path(si, 'kml'));
      expect(layers.length).toBe(new Set(fc.features.map((f) => f.properties.layer)).size);
      expect([...read.kml!.keys()].sort()).toEqual([...ids].sort());
      const any = read.kml!.get(ids[0])!;
      for (const c of ['id', 'name_zh', 'name_en', 'precision', 'precision_en', 'attribution_zh', 'attribution_en', 'link', 'provision_titles_zh']) {
        expect(Object.keys(any.properties!)).toContain(c);
      }
    });

    it('GeoPackage: passes GDAL’s validator and SQLite’s integrity check; GDAL reads the same records', () => {
      expect(validateGpkg(path(si, 'gpkg'))).toBe('');
      expect(ogrSql(path(si, 'gpkg'), 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect([...read.gpkg!.keys()].sort()).toEqual([...ids].sort());
      const about = ogrRead(path(si, 'gpkg'), GPKG_ABOUT_TABLE).features.map((f) => f.properties!);
      const text = about.map((r) => `${r.key}=${r.value}`).join('\n');
      for (const a of fc.metadata.attribution) expect(text).toContain(a.text);
      expect(about.map((r) => r.key)).toContain('precision_note_zh');
      expect(text).toContain(`url=${scenario.input.url}`);
    });

    it('every format carries the same field values for every record', () => {
      const mismatches: string[] = [];
      for (const id of ids) {
        const ref = read.csv!.get(id)!.properties!;
        for (const fmt of ['kml', 'gpkg'] as const) {
          const p = read[fmt]!.get(id)!.properties!;
          for (const c of columns) if (norm(p[c]) !== norm(ref[c])) mismatches.push(`${fmt} ${id}.${c}: ${JSON.stringify(p[c])} ≠ ${JSON.stringify(ref[c])}`);
        }
        const gj = read.geojson!.get(id)!.properties!;
        for (const c of ['name_zh', 'name_en', 'precision', 'uncertainty_m', 'precision_zh', 'precision_en', 'interpretation', 'source_zh', 'source_en', 'attribution_zh', 'attribution_en', 'link', 'status', 'layer_en', 'placed_by']) {
          if (norm(gj[c]) !== norm(ref[c])) mismatches.push(`geojson ${id}.${c}`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('every format carries the same geometry', () => {
      const bad: string[] = [];
      for (const f of fc.features) {
        const want = flat(f.geometry);
        for (const fmt of ['csv', 'geojson', 'kml', 'gpkg'] as const) {
          if (!samePositions(flat(read[fmt]!.get(f.properties.id)!.geometry), want)) bad.push(`${fmt} ${f.properties.id}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it(scenario.input.english ? 'the English words of the plan reach every format' : 'without the translation, the English plan columns are empty', () => {
      for (const fmt of ['csv', 'kml', 'gpkg'] as const) {
        const withEnglish = [...read[fmt]!.values()].filter((f) => norm(f.properties!.mentions_en) != null);
        if (scenario.input.english) {
          // Every feature whose provisions the translation names has its English words and titles.
          expect(withEnglish.length, fmt).toBeGreaterThan(ids.length / 2);
          for (const f of withEnglish) expect(String(f.properties!.provision_titles_en), fmt).toMatch(/^\(\d+\) [A-Z]/);
        } else expect(withEnglish, fmt).toEqual([]);
      }
      const jinshan = read.csv!.get('park-jinshan');
      if (scenario.input.english && jinshan) expect(String(jinshan.properties!.mentions_en)).toMatch(/Jinshan/);
    });

    it('both languages, the precision and the attribution reach every record', () => {
      for (const fmt of ['csv', 'kml', 'gpkg', 'geojson'] as const) {
        for (const f of read[fmt]!.values()) {
          const p = f.properties!;
          expect(p.name_zh && p.name_en && p.precision_zh && p.precision_en && p.attribution_zh && p.attribution_en, `${fmt} ${p.id}`).toBeTruthy();
          expect(p.source_zh && p.source_en, `${fmt} ${p.id}`).toBeTruthy();
          if (p.precision === 'approximate') expect(Number(p.uncertainty_m), `${fmt} ${p.id}`).toBeGreaterThan(0);
        }
      }
    });

    it('the package holds the README and the four files, which GDAL reads inside the ZIP', () => {
      const z = path(si, 'zip');
      const inner = (ext: string) => `/vsizip/${z}/${STEM}/${STEM}.${ext}`;
      expect(ogrRead(inner('csv')).features.map((f) => f.properties?.id)).toEqual(ids);
      expect(ogrRead(inner('geojson')).features.map((f) => f.properties?.id)).toEqual(ids);
      expect(ogrReadAll(inner('kml')).length).toBe(ids.length);
      expect(ogrReadAll(inner('gpkg')).filter((x) => x.layer !== GPKG_ABOUT_TABLE).length).toBe(ids.length);
    });
  });
}

describe('the checks fail on the faults they catch', { timeout: 60_000 }, () => {
  const fc = buildGeoJsonExport(SCENARIOS[1].input);

  it('a CSV with comment rows is rejected: the strict reader stops at the first, and GDAL counts them as records', () => {
    const good = readFileSync(path(1, 'csv'), 'utf8');
    const bad = `${good}# 呼和浩特“十五五”规划建议空间布局; generated 2026-03-01\r\n# © OpenStreetMap contributors (ODbL 1.0)\r\n`;
    expect(() => readCsvStrict(bad)).toThrow(/record \d+: 1 fields where the header has/);
    const p = join(dir, 'with-comments.csv');
    writeFileSync(p, bad);
    expect(ogrRead(p).features.length).toBe(fc.features.length + 2);
  });

  it('a CSV with bare LF line ends or a stray quote is rejected', () => {
    expect(() => readCsvStrict('a,b\r\n1,2\n3,4\r\n')).toThrow(/CRLF/);
    expect(() => readCsvStrict('a,b\r\n1,x"y\r\n')).toThrow(/quote/);
  });

  it('a clockwise exterior ring, a crs member, swapped axes or long decimals fail the RFC 7946 check', () => {
    const feature = (geometry: unknown) => ({ type: 'Feature', properties: { id: 'x' }, geometry });
    const square = [[111, 40], [111.1, 40], [111.1, 40.1], [111, 40.1], [111, 40]];
    const ok = { type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [square] })] };
    expect(checkRfc7946(ok, { maxDecimals: 6, within: [0, 20, 135, 60] })).toEqual([]);
    const cw = { type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [[...square].reverse()] })] };
    expect(checkRfc7946(cw).join()).toMatch(/clockwise/);
    expect(checkRfc7946({ ...ok, crs: { type: 'name', properties: { name: 'EPSG:4326' } } }).join()).toMatch(/crs/);
    const swapped = { type: 'FeatureCollection', features: [feature({ type: 'Point', coordinates: [40.8, 111.7] })] };
    expect(checkRfc7946(swapped, { within: [0, 20, 135, 60] }).join()).toMatch(/out of range|outside/);
    const long = { type: 'FeatureCollection', features: [feature({ type: 'Point', coordinates: [111.123456789, 40.1] })] };
    expect(checkRfc7946(long, { maxDecimals: 6 }).join()).toMatch(/decimals/);
  });

  it('a GeoPackage whose declared geometry type does not match its table is rejected by GDAL’s validator', () => {
    const p = join(dir, 'broken.gpkg');
    writeFileSync(p, readFileSync(path(0, 'gpkg')));
    ogrExec(p, "UPDATE gpkg_geometry_columns SET geometry_type_name = 'POINT' WHERE table_name = 'hohhot_plan_lines'");
    expect(validateGpkg(p)).toMatch(/Req 31|geometry_type_name/);
  });
});

describe('the SQLite writer, read by SQLite through GDAL', { timeout: 60_000 }, () => {
  it('writes deep tables, overflow pages, negative rowids, automatic indexes and a multi-page schema intact', () => {
    const long = (n: number) => '长'.repeat(n);
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      rowid: i + 1,
      values: [null, `row ${i + 1}`, (i + 1) * 0.5, i % 50 === 0 ? long(3000 + i) : 'short', i % 3 ? null : new Uint8Array([i & 255, 7])],
    }));
    const db = sqliteDatabase([
      { name: 'big', sql: 'CREATE TABLE big (fid INTEGER PRIMARY KEY, name TEXT, v REAL, t TEXT, b BLOB)', rows },
      {
        name: 'keyed',
        sql: 'CREATE TABLE keyed (k TEXT NOT NULL PRIMARY KEY, n INTEGER, u TEXT UNIQUE)',
        rows: [
          { rowid: -5, values: ['zeta', -9_007_199_254_740_991, 'b'] },
          { rowid: 0, values: ['alpha', 2 ** 40, null] },
          { rowid: 7, values: ['中文', 0, 'a'] },
        ],
        autoIndexes: [{ columns: [0] }, { columns: [2] }],
      },
      ...Array.from({ length: 40 }, (_, k) => ({ name: `t${k}`, sql: `CREATE TABLE t${k} (a TEXT /* ${'x'.repeat(400)} */)`, rows: [] })),
    ]);
    const p = join(dir, 'writer.sqlite');
    writeFileSync(p, db);
    expect(ogrSql(p, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const [agg] = ogrSql(p, 'SELECT count(*) AS n, sum(v) AS s, sum(length(t)) AS l, count(b) AS nb FROM big');
    expect(agg).toEqual({
      n: 6000,
      s: (6000 * 6001) / 4,
      l: rows.reduce((n, r) => n + (r.values[3] as string).length, 0),
      nb: 2000,
    });
    expect(ogrSql(p, "SELECT rowid AS r, CAST(n AS TEXT) AS n FROM keyed WHERE k = 'zeta'")).toEqual([{ r: -5, n: '-9007199254740991' }]);
    expect(ogrSql(p, "SELECT k FROM keyed WHERE u = 'a'")).toEqual([{ k: '中文' }]);
    expect(ogrSql(p, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'index'")).toEqual([{ n: 2 }]);
  });

  it('writes ZIP archives that GDAL reads, stored or deflated', async () => {
    const csv = new TextEncoder().encode('\uFEFFid,WKT\r\na,POINT (111.5 40.8)\r\nb,POINT (111.6 40.9)\r\n');
    for (const deflate of [false, true]) {
      const p = join(dir, `t-${deflate}.zip`);
      writeFileSync(p, await zip([{ name: 'd/x.csv', data: csv }], { date: NOW, deflate }));
      expect(ogrRead(`/vsizip/${p}/d/x.csv`).features.map((f) => f.properties?.id)).toEqual(['a', 'b']);
    }
  });
});
