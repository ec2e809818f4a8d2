import type { Geometry, Position } from 'geojson';
import type { ExportCollection } from './collection.ts';
import { sqliteDatabase, type SqlTable, type SqlValue } from './sqlite.ts';
import { flatTable, type ColumnType } from './table.ts';

/**
 * The GeoPackage 1.3 export (OGC 12-128r18), the format QGIS and ArcGIS open natively: one feature table per geometry
 * family (`hohhot_plan_points`, `_lines`, `_polygons`; single or multi type as the data needs), every field of the
 * shared table as a typed column, WGS84 (EPSG:4326), and an attributes table `hohhot_plan_about` holding the title,
 * the link back, the precision caveat and every attribution line. Written by our own SQLite writer (no SQLite engine
 * shipped); checked in tests by GDAL's GeoPackage validator, `ogrinfo` and `sqlite3`. Pure.
 */

export const GPKG_APPLICATION_ID = 0x47504b47; // "GPKG"
export const GPKG_USER_VERSION = 10300; // 1.3.0

/** The EPSG:4326 definition as the GeoPackage specification lists it. */
const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
  'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

const SQL_SPATIAL_REF_SYS =
  'CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL, ' +
  'organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)';
const SQL_CONTENTS =
  "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', " +
  "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, " +
  'srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))';
const SQL_GEOMETRY_COLUMNS =
  'CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, ' +
  'srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), ' +
  'CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), ' +
  'CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))';

// WKB geometry type codes (2D).
const WKB = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6 } as const;

/** Little-endian byte writer for WKB. */
class Bytes {
  private buf = new Uint8Array(256);
  private dv = new DataView(this.buf.buffer);
  length = 0;
  private room(n: number) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.dv = new DataView(next.buffer);
  }
  u8(v: number) {
    this.room(1);
    this.buf[this.length++] = v;
  }
  u32(v: number) {
    this.room(4);
    this.dv.setUint32(this.length, v, true);
    this.length += 4;
  }
  i32(v: number) {
    this.room(4);
    this.dv.setInt32(this.length, v, true);
    this.length += 4;
  }
  f64(v: number) {
    this.room(8);
    this.dv.setFloat64(this.length, v, true);
    this.length += 8;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

type Simple = { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] } | { type: 'Polygon'; coordinates: Position[][] };

function writeWkb(b: Bytes, g: Simple | Geometry): void {
  const pts = (ps: readonly Position[]) => {
    b.u32(ps.length);
    for (const p of ps) {
      b.f64(p[0]);
      b.f64(p[1]);
    }
  };
  b.u8(1); // little-endian
  switch (g.type) {
    case 'Point':
      b.u32(WKB.Point);
      b.f64(g.coordinates[0]);
      b.f64(g.coordinates[1]);
      return;
    case 'LineString':
      b.u32(WKB.LineString);
      pts(g.coordinates);
      return;
    case 'Polygon':
      b.u32(WKB.Polygon);
      b.u32(g.coordinates.length);
      for (const r of g.coordinates) pts(r);
      return;
    case 'MultiPoint':
      b.u32(WKB.MultiPoint);
      b.u32(g.coordinates.length);
      for (const c of g.coordinates) writeWkb(b, { type: 'Point', coordinates: c });
      return;
    case 'MultiLineString':
      b.u32(WKB.MultiLineString);
      b.u32(g.coordinates.length);
      for (const c of g.coordinates) writeWkb(b, { type: 'LineString', coordinates: c });
      return;
    case 'MultiPolygon':
      b.u32(WKB.MultiPolygon);
      b.u32(g.coordinates.length);
      for (const c of g.coordinates) writeWkb(b, { type: 'Polygon', coordinates: c });
      return;
    case 'GeometryCollection':
      throw new Error('GeoPackage export: geometry collections are not exported');
  }
}

/** Returns every position of a geometry. */
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

/** Returns `[minX, minY, maxX, maxY]` of a geometry. */
export function envelope(g: Geometry): [number, number, number, number] {
  let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions(g)) {
    a = Math.min(a, p[0]);
    b = Math.min(b, p[1]);
    c = Math.max(c, p[0]);
    d = Math.max(d, p[1]);
  }
  return [a, b, c, d];
}

/**
 * Returns a GeoPackage geometry blob: the `GP` header (version 0, little-endian, srs id, an XY envelope except for
 * points, as GDAL writes them) followed by standard WKB.
 */
export function gpkgGeometry(g: Geometry, srsId = 4326): Uint8Array {
  const b = new Bytes();
  const withEnvelope = g.type !== 'Point';
  b.u8(0x47); // G
  b.u8(0x50); // P
  b.u8(0); // version 1
  b.u8(0x01 | (withEnvelope ? 1 << 1 : 0)); // little-endian; envelope [minx, maxx, miny, maxy]
  b.i32(srsId);
  if (withEnvelope) {
    const [x0, y0, x1, y1] = envelope(g);
    b.f64(x0);
    b.f64(x1);
    b.f64(y0);
    b.f64(y1);
  }
  writeWkb(b, g);
  return b.bytes();
}

type Family = 'points' | 'lines' | 'polygons';
const FAMILY: Record<Exclude<Geometry['type'], 'GeometryCollection'>, Family> = {
  Point: 'points',
  MultiPoint: 'points',
  LineString: 'lines',
  MultiLineString: 'lines',
  Polygon: 'polygons',
  MultiPolygon: 'polygons',
};
const SINGLE: Record<Family, 'Point' | 'LineString' | 'Polygon'> = { points: 'Point', lines: 'LineString', polygons: 'Polygon' };
const MULTI: Record<Family, 'MultiPoint' | 'MultiLineString' | 'MultiPolygon'> = { points: 'MultiPoint', lines: 'MultiLineString', polygons: 'MultiPolygon' };

/** Returns `g` as its family's multi type (a single part becomes a one-part multi geometry). */
function toMulti(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'MultiPoint', coordinates: [g.coordinates] };
    case 'LineString':
      return { type: 'MultiLineString', coordinates: [g.coordinates] };
    case 'Polygon':
      return { type: 'MultiPolygon', coordinates: [g.coordinates] };
    default:
      return g;
  }
}

const SQL_TYPES: Record<ColumnType, string> = { text: 'TEXT', integer: 'INTEGER', real: 'REAL' };
const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The feature tables' names, by geometry family. */
export const GPKG_TABLES: Record<Family, string> = {
  points: 'hohhot_plan_points',
  lines: 'hohhot_plan_lines',
  polygons: 'hohhot_plan_polygons',
};
export const GPKG_ABOUT_TABLE = 'hohhot_plan_about';

/** Returns the collection as a GeoPackage file. */
export function buildGpkg(fc: ExportCollection): Uint8Array {
  const table = flatTable(fc);
  const m = fc.metadata;
  const lastChange = new Date(m.generated_at).toISOString();
  const credit = m.attribution.map((a) => `${a.text} (${a.licence})`).join(' | ');

  const byFamily = new Map<Family, number[]>();
  fc.features.forEach((f, i) => {
    if (f.geometry.type === 'GeometryCollection') return;
    const fam = FAMILY[f.geometry.type];
    byFamily.set(fam, [...(byFamily.get(fam) ?? []), i]);
  });
  const families = (['points', 'lines', 'polygons'] as Family[]).filter((f) => byFamily.has(f));

  const contents: SqlValue[][] = [];
  const geomCols: SqlValue[][] = [];
  const featureTables: SqlTable[] = [];
  const sequence: SqlValue[][] = [];
  for (const fam of families) {
    const idx = byFamily.get(fam)!;
    const name = GPKG_TABLES[fam];
    const single = idx.every((i) => fc.features[i].geometry.type === SINGLE[fam]);
    const typeName = (single ? SINGLE[fam] : MULTI[fam]).toUpperCase();
    const cols = table.columns.map((c) => `${quoteIdent(c.name)} ${SQL_TYPES[c.type]}`);
    featureTables.push({
      name,
      sql: `CREATE TABLE ${quoteIdent(name)} ( "fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" ${typeName}, ${cols.join(', ')})`,
      rows: idx.map((i, k) => {
        const g = fc.features[i].geometry;
        return { rowid: k + 1, values: [null, gpkgGeometry(single ? g : toMulti(g)), ...table.rows[i]] };
      }),
    });
    sequence.push([name, idx.length]);
    const env = idx.map((i) => envelope(fc.features[i].geometry));
    const famWords = { points: ['点', 'points'], lines: ['线', 'lines'], polygons: ['面', 'polygons'] }[fam];
    contents.push([
      name,
      'features',
      `呼和浩特“十五五”规划建议 · ${famWords[0]} / Hohhot 15th FYP · ${famWords[1]}`,
      `${m.title}. ${m.precision_note_zh} ${m.precision_note} Sources: ${credit}`,
      lastChange,
      Math.min(...env.map((e) => e[0])),
      Math.min(...env.map((e) => e[1])),
      Math.max(...env.map((e) => e[2])),
      Math.max(...env.map((e) => e[3])),
      4326,
    ]);
    geomCols.push([name, 'geom', typeName, 4326, 0, 0]);
  }

  const about: [string, string][] = [
    ['title', m.title],
    ['plan_title', m.plan_title],
    ['generated_at', m.generated_at],
    ...(m.url ? ([['url', m.url]] as [string, string][]) : []),
    ['coordinates', m.coordinates],
    ['layers', m.layers.join(',')],
    ['filters', JSON.stringify(m.filters)],
    ['count', String(m.count)],
    ['precision_note_zh', m.precision_note_zh],
    ['precision_note', m.precision_note],
    ...(m.translation_note ? ([['translation_note', m.translation_note]] as [string, string][]) : []),
    ...m.attribution.map((a, i): [string, string] => [`attribution_${i + 1}`, `${a.text} (${a.licence})${a.url ? ` ${a.url}` : ''}`]),
  ];
  contents.push([GPKG_ABOUT_TABLE, 'attributes', '说明与来源 / About and sources', 'Title, link back, precision caveat and attribution', lastChange, null, null, null, null, null]);

  const rowsOf = (values: SqlValue[][]) => values.map((v, i) => ({ rowid: i + 1, values: v }));
  const tables: SqlTable[] = [
    {
      name: 'gpkg_spatial_ref_sys',
      sql: SQL_SPATIAL_REF_SYS,
      rows: [
        { rowid: -1, values: ['Undefined cartesian SRS', null, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'] },
        { rowid: 0, values: ['Undefined geographic SRS', null, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'] },
        { rowid: 4326, values: ['WGS 84 geodetic', null, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'] },
      ],
    },
    { name: 'gpkg_contents', sql: SQL_CONTENTS, rows: rowsOf(contents), autoIndexes: [{ columns: [0] }, { columns: [2] }] },
    { name: 'gpkg_geometry_columns', sql: SQL_GEOMETRY_COLUMNS, rows: rowsOf(geomCols), autoIndexes: [{ columns: [0, 1] }, { columns: [0] }] },
    ...featureTables,
    {
      name: GPKG_ABOUT_TABLE,
      sql: `CREATE TABLE ${quoteIdent(GPKG_ABOUT_TABLE)} ( "fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "key" TEXT NOT NULL, "value" TEXT)`,
      rows: about.map(([k, v], i) => ({ rowid: i + 1, values: [null, k, v] })),
    },
  ];
  sequence.push([GPKG_ABOUT_TABLE, about.length]);
  // SQLite keeps AUTOINCREMENT counters here; it must exist once such a table does.
  tables.push({ name: 'sqlite_sequence', sql: 'CREATE TABLE sqlite_sequence(name,seq)', rows: rowsOf(sequence) });
  return sqliteDatabase(tables, { applicationId: GPKG_APPLICATION_ID, userVersion: GPKG_USER_VERSION });
}
