import type { Geometry, Position } from 'geojson';
import type { ExportCollection } from './collection.ts';
import { flatTable, type Cell, type Column } from './table.ts';

/**
 * The CSV export: pure data per RFC 4180 — a header row, then exactly one record per feature, CRLF line ends, fields
 * quoted when they hold a comma, quote, CR or LF — in UTF-8 with a byte-order mark so that spreadsheets read the
 * Chinese. No comment or note rows (CSV has none: a reader would take them for records); the attribution, licence,
 * precision and a link back travel in per-row columns and in the package's README. The last column, `WKT`, holds the
 * geometry (GIS programs such as QGIS and GDAL read a column of that name as the geometry). Pure.
 */

/** The geometry column's name: GDAL's CSV driver and QGIS take a column named `WKT` for the geometry. */
export const WKT_COLUMN: Column = {
  name: 'WKT',
  type: 'text',
  zh: '几何（WKT，WGS84 经纬度）',
  en: 'geometry as WKT (WGS84 lng/lat)',
};

/** Returns one CSV field quoted per RFC 4180 when it contains a comma, a quote, CR or LF. */
export function csvField(value: Cell | undefined): string {
  if (value == null) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const list = (ps: readonly Position[]) => `(${ps.map(pos).join(', ')})`;
const rings = (rs: readonly Position[][]) => `(${rs.map(list).join(', ')})`;

/** Returns the geometry as OGC Well-Known Text (2D), e.g. `POINT (111.46 39.74)`. */
export function toWkt(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${list(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING ${rings(g.coordinates)}`;
    case 'Polygon':
      return `POLYGON ${rings(g.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map(rings).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${g.geometries.map(toWkt).join(', ')})`;
  }
}

/** Returns the columns of the CSV: the shared table's, then `WKT`. */
export function csvColumns(fc: ExportCollection): Column[] {
  return [...flatTable(fc).columns, WKT_COLUMN];
}

/** Returns the collection as CSV text (BOM, header, one CRLF-terminated record per feature). */
export function buildCsv(fc: ExportCollection): string {
  const table = flatTable(fc);
  const lines = [[...table.columns.map((col) => col.name), WKT_COLUMN.name].map(csvField).join(',')];
  table.rows.forEach((row, i) => lines.push([...row, toWkt(fc.features[i].geometry)].map(csvField).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
