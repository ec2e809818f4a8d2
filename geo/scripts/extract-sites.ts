import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { centerOfMass } from '@turf/turf';
import type { FeatureCollection, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import { daheiRiver, xiaoheiChannel } from './extract-surveyed.ts';

/**
 * Derives the geometry of the project sites that are taken from the shared data folder (`../shared/geodata/`, next to
 * the repository) rather than placed by hand, and writes it into the authored feature files in `geo/features/`:
 * colleges from the Baidu place search (already converted from BD-09 to WGS84 there), a museum from an OpenStreetMap
 * park polygon, a hospital placed relative to a metro station (Amap, converted to WGS84), and two leisure belts along
 * the river lines of China's 1:4,000,000 national data. All coordinates are `[lng, lat]`, rounded to 5 decimals.
 *
 * Usage: `npx tsx geo/scripts/extract-sites.ts` writes; `--check` only compares and exits 1 when a file differs.
 */

const GEODATA = new URL('../../../shared/geodata/', import.meta.url);
const FEATURES = new URL('../features/', import.meta.url);

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5 + 0;

interface NamedPoint {
  name: string;
  coordinates: Position;
}

function readGeodata(file: string): FeatureCollection {
  return JSON.parse(readFileSync(fileURLToPath(new URL(file, GEODATA)), 'utf8')) as FeatureCollection;
}

function findByName(file: string, name: string): FeatureCollection['features'][number] {
  const hit = readGeodata(file).features.find((f) => f.properties?.name === name);
  if (!hit) throw new Error(`${file}: no feature named ${name}`);
  return hit;
}

function pointOf(file: string, name: string): NamedPoint {
  const f = findByName(file, name);
  if (f.geometry.type !== 'Point') throw new Error(`${file}: ${name} is not a point`);
  return { name, coordinates: (f.geometry as Point).coordinates };
}

function point(lng: number, lat: number): Point {
  return { type: 'Point', coordinates: [r5(lng), r5(lat)] };
}

/**
 * Returns the part of a line between two meridians (degrees east), cut exactly at them by linear interpolation.
 * The line must cross the band once (true of the river reaches used here).
 */
export function clipToLongitudes(line: Position[], west: number, east: number): LineString {
  const inside = (p: Position): boolean => p[0]! >= west && p[0]! <= east;
  const cut = (a: Position, b: Position, lng: number): Position => {
    const t = (lng - a[0]!) / (b[0]! - a[0]!);
    return [lng, a[1]! + t * (b[1]! - a[1]!)];
  };
  const out: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const prev = line[i - 1];
    if (prev && inside(p) !== inside(prev)) {
      const edge = inside(p) ? (prev[0]! < west ? west : east) : p[0]! < west ? west : east;
      out.push(cut(prev, p, edge));
    }
    if (inside(p)) out.push(p);
  }
  if (out.length < 2) throw new Error(`the line has fewer than 2 positions between ${west}E and ${east}E`);
  return { type: 'LineString', coordinates: out.map((p) => [r5(p[0]!), r5(p[1]!)]) };
}

/** One derived site: which authored file and feature, and how its geometry is computed. */
interface Site {
  file: string;
  id: string;
  derive: () => Geometry;
}

/** Returns the list of derived sites (geometry computed lazily from the shared data). */
export function sites(): Site[] {
  return [
    {
      file: 'projects-science.geojson',
      id: 'sci-inner-mongolia-university',
      // Baidu's point for the north campus (east courtyard); the main campus gate area.
      derive: () => point(...(pointOf('hohhot_universities_baidu_wgs84.geojson', '内蒙古大学(北校区)-东院').coordinates as [number, number])),
    },
    {
      file: 'projects-science.geojson',
      id: 'sci-hohhot-vocational-tech-university',
      derive: () => point(...(pointOf('hohhot_universities_baidu_wgs84.geojson', '呼和浩特职业学院(新校区)').coordinates as [number, number])),
    },
    {
      file: 'culture-heritage.geojson',
      id: 'museum-gongzhufu',
      derive: () => {
        const f = findByName('hohhot_parks_osm_wgs84.geojson', '和硕恪靖公主府');
        const c = centerOfMass(f.geometry as Polygon).geometry.coordinates;
        return point(c[0]!, c[1]!);
      },
    },
    {
      file: 'projects-health.geojson',
      id: 'health-beijing-friendship-im',
      // Reported as "north-east of 什兰岱 metro station": about 300 m east and 300 m north of the station point.
      derive: () => {
        const s = pointOf('hohhot_metro_stations_amap_wgs84.geojson', '什兰岱').coordinates;
        return point(s[0]! + 0.0035, s[1]! + 0.0027);
      },
    },
    {
      file: 'consumption.geojson',
      id: 'consumption-dahei-belt',
      derive: () => clipToLongitudes(daheiRiver().coordinates, 111.58, 111.86),
    },
    {
      file: 'consumption.geojson',
      id: 'consumption-xiaohei-belt',
      derive: () => clipToLongitudes(xiaoheiChannel().coordinates, 111.58, 111.85),
    },
  ];
}

function main(): void {
  const check = process.argv.includes('--check');
  const byFile = new Map<string, Site[]>();
  for (const s of sites()) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  let differs = 0;
  for (const [file, list] of byFile) {
    const path = fileURLToPath(new URL(file, FEATURES));
    const before = readFileSync(path, 'utf8');
    const fc = JSON.parse(before) as FeatureCollection;
    for (const s of list) {
      const f = fc.features.find((x) => x.properties?.id === s.id);
      if (!f) throw new Error(`${file}: no feature "${s.id}"`);
      f.geometry = s.derive();
    }
    const after = JSON.stringify(fc, null, 1) + '\n';
    if (after !== before) {
      differs++;
      if (check) console.log(`${file}: derived geometry differs from the file (run without --check to update)`);
      else writeFileSync(path, after);
    }
    console.log(`${file}: ${list.map((s) => s.id).join(', ')}`);
  }
  if (check && differs > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
