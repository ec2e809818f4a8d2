import { execFileSync } from 'node:child_process';
import type { Feature, FeatureCollection } from 'geojson';

/**
 * GDAL/OGR as the independent reader of the exports (Debian's `gdal-bin`, which `test/run-all.sh` installs when
 * missing): layers are listed by `ogrinfo`, and every layer is read back through `ogr2ogr` into GeoJSON on stdout,
 * which is what the tests compare. Nothing of the app's code is involved in reading.
 */

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** Throws a clear message when GDAL's command-line tools are not installed. */
export function requireGdal(): string {
  try {
    return run('ogrinfo', ['--version']).trim();
  } catch {
    throw new Error("GDAL's ogrinfo is needed to read the exports back: install Debian's gdal-bin (npm test does it when run as root).");
  }
}

/** Returns the layer names of a data source, in order. */
export function ogrLayers(path: string, openOptions: string[] = []): string[] {
  const out = run('ogrinfo', ['-ro', '-so', '-al', ...openOptions.flatMap((o) => ['-oo', o]), path]);
  return [...out.matchAll(/^Layer name: (.*)$/gm)].map((m) => m[1]);
}

/** Reads one layer (or the only one) through GDAL and returns it as GeoJSON. */
export function ogrRead(path: string, layer?: string, openOptions: string[] = []): FeatureCollection {
  const out = run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', ...openOptions.flatMap((o) => ['-oo', o]), path, ...(layer ? [layer] : [])]);
  return JSON.parse(out) as FeatureCollection;
}

/** Reads every layer of a data source; returns the features with the layer each came from. */
export function ogrReadAll(path: string, openOptions: string[] = []): { layer: string; feature: Feature }[] {
  return ogrLayers(path, openOptions).flatMap((layer) => ogrRead(path, layer, openOptions).features.map((feature) => ({ layer, feature })));
}

/** Runs SQL on a data source through GDAL (SQLite's own SQL for GeoPackage and SQLite files); returns the rows. */
export function ogrSql(path: string, sql: string): Record<string, unknown>[] {
  const out = run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', path, '-sql', sql]);
  return (JSON.parse(out) as FeatureCollection).features.map((f) => f.properties ?? {});
}

/** Runs GDAL's GeoPackage validator (`validate_gpkg.py`, shipped with gdal-bin); returns '' when valid, else its report. */
export function validateGpkg(path: string): string {
  try {
    run('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', path]);
    return '';
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() || err.message;
  }
}

/** Modifies a GeoPackage or SQLite file in place with SQL (for tests that break a file on purpose). */
export function ogrExec(path: string, sql: string): void {
  run('ogrinfo', ['-q', path, '-sql', sql]);
}
