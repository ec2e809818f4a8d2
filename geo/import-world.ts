import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxClip, cleanCoords, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * One-off import of the world context `geo/context/world.geojson`: the few countries that provision 25's ports and
 * corridors cross (the China–Europe trains and the China–Mongolia–Russia corridor), so that the regional view is not
 * drawn over an empty background. Source: Natural Earth 1:110m Admin 0 countries (public domain), as TopoJSON in the
 * npm package `world-atlas` (2.0.2), converted with `topojson-client`. Run it by hand with `npx tsx geo/import-world.ts`.
 *
 * China, Taiwan, Hong Kong and Macao are never taken from this dataset: China's outline is the union of the DataV
 * provinces in `provinces.geojson`, drawn above this layer. The list below is closed, so no other country can slip in.
 * Coordinates are WGS84 `[lng, lat]`, rounded to 3 decimals (≈ 100 m, far below the 1:110m generalisation).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The countries drawn, by ISO 3166-1 numeric code (the ids of world-atlas), with their names. */
export const WORLD_COUNTRIES: readonly { iso: string; name_zh: string; name_en: string; why: string }[] = [
  { iso: '496', name_zh: '蒙古国', name_en: 'Mongolia', why: 'China–Europe trains via 二连浩特; China–Mongolia–Russia corridor' },
  { iso: '643', name_zh: '俄罗斯', name_en: 'Russia', why: 'both China–Europe routes; China–Mongolia–Russia corridor' },
  { iso: '398', name_zh: '哈萨克斯坦', name_en: 'Kazakhstan', why: 'China–Europe trains via 阿拉山口 and 霍尔果斯' },
  { iso: '112', name_zh: '白俄罗斯', name_en: 'Belarus', why: 'both China–Europe routes (Brest)' },
  { iso: '616', name_zh: '波兰', name_en: 'Poland', why: 'both China–Europe routes (Małaszewicze, Warsaw)' },
  { iso: '276', name_zh: '德国', name_en: 'Germany', why: 'the Central European end of the routes (Duisburg, Hamburg)' },
];

/** Codes that must never come from a world dataset (China and the areas China's outline covers). */
const NEVER = new Set(['156', '158', '344', '446']);

/**
 * Longitudes west of this are the far side of the antimeridian (Russia's Chukotka, stored at −180…−169): they are
 * shifted by 360° so that each ring is continuous, and the result is cut at 180°.
 */
const WEST_LIMIT = -20;

const round3 = (n: number): number => Math.round(n * 1000) / 1000 + 0;

function tidyPolygons(g: Polygon | MultiPolygon, label: string): Polygon | MultiPolygon {
  const polys: Position[][][] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const shifted: Polygon = { type: 'Polygon', coordinates: rings.map((ring) => ring.map((p) => [p[0]! < WEST_LIMIT ? p[0]! + 360 : p[0]!, p[1]!])) };
    const clipped = bboxClip(shifted, [WEST_LIMIT, -90, 180, 90]).geometry as Polygon;
    const kept = clipped.coordinates
      .map((ring) => ring.map((p): Position => [round3(p[0]!), round3(p[1]!)]))
      .filter((ring) => ring.length >= 4);
    if (kept.length > 0) polys.push(kept);
  }
  if (polys.length === 0) throw new Error(`${label}: nothing left between ${WEST_LIMIT}° and 180°`);
  const out = cleanCoords(polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys }) as
    | Polygon
    | MultiPolygon;
  const parts = out.type === 'Polygon' ? [out.coordinates] : out.coordinates;
  if (parts.some((rings) => kinks({ type: 'Polygon', coordinates: rings }).features.length > 0)) throw new Error(`${label}: self-intersection after rounding`);
  return out;
}

/** Returns the world context FeatureCollection (with metadata) from the world-atlas TopoJSON. */
export function worldContext(): FeatureCollection & { metadata: Record<string, string> } {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature<Polygon | MultiPolygon, Record<string, string>>[] = WORLD_COUNTRIES.map((c) => {
    if (NEVER.has(c.iso)) throw new Error(`${c.name_en}: never taken from a world dataset`);
    const f = all.features.find((x) => String(x.id) === c.iso);
    if (!f) throw new Error(`world-atlas: no country ${c.iso} (${c.name_en})`);
    return {
      type: 'Feature',
      properties: { id: `country-${c.iso}`, name_zh: c.name_zh, name_en: c.name_en, kind: 'country', iso_n3: c.iso },
      geometry: tidyPolygons(f.geometry, c.name_en),
    };
  });
  return {
    type: 'FeatureCollection',
    metadata: {
      source: 'Natural Earth 1:110m Admin 0 countries, as TopoJSON in the npm package world-atlas 2.0.2, converted with topojson-client 3.1.0',
      licence: 'public domain (Natural Earth); the world-atlas package is ISC-licensed',
      crs: 'WGS84',
      note: `only the countries along the China–Europe rail routes and the China–Mongolia–Russia corridor of provision 25 (${WORLD_COUNTRIES.map((c) => c.name_en).join(', ')}); coarse (1:110m), for small zooms; China is not taken from this dataset (its outline is provinces.geojson, from DataV); Russia cut at the antimeridian (180°), its easternmost tip left out`,
    },
    features,
  };
}

function main(): void {
  const fc = worldContext();
  const text = `{"type":"FeatureCollection","metadata":${JSON.stringify(fc.metadata)},"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeFileSync(join(ROOT, 'geo', 'context', 'world.geojson'), text);
  console.log(`world.geojson: ${fc.features.length} countries, ${(text.length / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
