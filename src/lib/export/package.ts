import { buildGeoJsonExport, exportStem, geoJsonText, type ExportCollection, type ExportInput } from './collection.ts';
import { buildCsv, csvColumns } from './csv.ts';
import { buildGpkg } from './gpkg.ts';
import { buildKml } from './kml.ts';
import { buildReadme, type ReadmeFile } from './readme.ts';
import { zip } from './zip.ts';

export { englishForExport } from './english.ts';

/**
 * The downloads of what is shown, in every format, from one collection: the package (a ZIP holding the CSV, GeoJSON,
 * KML, GeoPackage and a README with fields, precision caveat, sources and licences) or any one file. The export
 * panel loads this module (and the writers behind it) only when someone downloads.
 */

export const EXPORT_FORMATS = ['zip', 'geojson', 'kml', 'gpkg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file ready for download. */
export interface ExportFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

export interface ExportResult {
  file: ExportFile;
  /** Number of features exported (0: nothing was shown, and `file` is not worth offering). */
  count: number;
}

export const MIME: Record<ExportFormat, string> = {
  zip: 'application/zip',
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
  gpkg: 'application/geopackage+sqlite3',
  csv: 'text/csv;charset=utf-8',
};

const FILE_NOTES: Record<Exclude<ExportFormat, 'zip'> | 'readme', { zh: string; en: string }> = {
  csv: {
    zh: '表格（RFC 4180：UTF-8 带 BOM，逗号分隔，CRLF 换行，首行为字段名，无注释行；WKT 列为几何）——Excel、WPS、QGIS',
    en: 'table (RFC 4180: UTF-8 with BOM, comma-separated, CRLF, header row, no comment rows; geometry in the WKT column) — Excel, QGIS',
  },
  geojson: { zh: 'GeoJSON（RFC 7946，WGS84 经纬度）——网络地图、QGIS', en: 'GeoJSON (RFC 7946, WGS84 lng/lat) — web maps, QGIS' },
  kml: { zh: 'KML 2.2（每个图层一个文件夹）——Google 地球、奥维、QGIS', en: 'KML 2.2 (one folder per layer) — Google Earth, QGIS' },
  gpkg: {
    zh: 'GeoPackage 1.3（点、线、面各一个图层，另有说明与来源表）——QGIS、ArcGIS',
    en: 'GeoPackage 1.3 (one layer each for points, lines and polygons, plus an about-and-sources table) — QGIS, ArcGIS',
  },
  readme: { zh: '本说明：字段、精度与来源', en: 'this file: fields, precision and sources' },
};

const enc = new TextEncoder();

/** Returns the bytes of one format of the collection. */
function single(format: Exclude<ExportFormat, 'zip'>, fc: ExportCollection): Uint8Array {
  switch (format) {
    case 'geojson':
      return enc.encode(geoJsonText(fc));
    case 'csv':
      return enc.encode(buildCsv(fc));
    case 'kml':
      return enc.encode(buildKml(fc));
    case 'gpkg':
      return buildGpkg(fc);
  }
}

/** Returns the files of the package, in the order the README lists them (README first). */
export function packageFiles(fc: ExportCollection, input: Pick<ExportInput, 'catalog' | 'lang'>, stem: string): ExportFile[] {
  const formats = ['csv', 'geojson', 'kml', 'gpkg'] as const;
  const listed: ReadmeFile[] = [
    { name: 'README.txt', ...FILE_NOTES.readme },
    ...formats.map((f) => ({ name: `${stem}.${f}`, ...FILE_NOTES[f] })),
  ];
  const readme = buildReadme({ fc, files: listed, columns: csvColumns(fc), lang: input.lang ?? 'zh', districts: input.catalog.districts });
  return [
    { name: 'README.txt', mime: 'text/plain;charset=utf-8', data: enc.encode(readme) },
    ...formats.map((f) => ({ name: `${stem}.${f}`, mime: MIME[f], data: single(f, fc) })),
  ];
}

/**
 * Returns the download of `format` for the view described by `input`, named by the local date of `now`
 * (`hohhot-15th-fyp-20260301.zip`; the package unpacks into a folder of that name).
 */
export async function buildExport(format: ExportFormat, input: ExportInput, now: Date): Promise<ExportResult> {
  const fc = buildGeoJsonExport(input);
  const stem = exportStem(now);
  if (format !== 'zip') return { count: fc.features.length, file: { name: `${stem}.${format}`, mime: MIME[format], data: single(format, fc) } };
  const files = packageFiles(fc, input, stem);
  const data = await zip(
    files.map((f) => ({ name: `${stem}/${f.name}`, data: f.data })),
    { date: now },
  );
  return { count: fc.features.length, file: { name: `${stem}.zip`, mime: MIME.zip, data } };
}
