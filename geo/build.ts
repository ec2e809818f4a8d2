import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  along,
  area,
  bbox as turfBbox,
  booleanIntersects,
  booleanPointInPolygon,
  buffer,
  centerOfMass,
  length as turfLength,
  pointOnFeature,
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { FEATURE_ALIASES } from './aliases.ts';
import { SOURCES } from './attribution.ts';
import { geometryGcj02ToWgs84 } from './gcj02.ts';
import { boundsForLayer, GEO_LAYER_IDS, layerOfFile } from './layers.ts';
import { loadProvisionTexts } from './plan-text.ts';
import type { Attribution, Catalog, CatalogEntry, FeatureProps, MapFeatureProps, UnplacedEntry } from './schema.ts';
import {
  cityOutline,
  unplacedEntries,
  validateAll,
  validateContextCollection,
  validateFeatureCollection,
  type NamedData,
  type Problem,
} from './validate.ts';

/** How far (km) a plan drawing may stray outside the municipal boundary before it must say why. */
export const CITY_TOLERANCE_KM = 1;

/**
 * `npm run geo:build`: validates `geo/features/*.geojson` and `geo/unplaced.json`, converts GCJ-02 input to WGS84,
 * measures and places every feature, and writes what the app serves under `public/geo/` (layers, catalog, context).
 * Output is deterministic (sorted ids and keys, coordinates rounded to 6 decimals ≈ 0.1 m), so a fresh build of
 * unchanged input changes no file.
 */

/** The county-level units of Hohhot: adcode → names. */
export const HOHHOT_DISTRICTS: Record<string, { name_zh: string; name_en: string }> = {
  '150102': { name_zh: '新城区', name_en: 'Xincheng' },
  '150103': { name_zh: '回民区', name_en: 'Huimin' },
  '150104': { name_zh: '玉泉区', name_en: 'Yuquan' },
  '150105': { name_zh: '赛罕区', name_en: 'Saihan' },
  '150121': { name_zh: '土默特左旗', name_en: 'Tumed Left Banner' },
  '150122': { name_zh: '托克托县', name_en: 'Togtoh' },
  '150123': { name_zh: '和林格尔县', name_en: 'Horinger' },
  '150124': { name_zh: '清水河县', name_en: 'Qingshuihe' },
  '150125': { name_zh: '武川县', name_en: 'Wuchuan' },
};

/** What a build produced: files (repo-relative path → content), problems (any ⇒ nothing may be written), warnings. */
export interface BuildResult {
  outputs: Map<string, string>;
  problems: Problem[];
  warnings: string[];
  catalog: Catalog | null;
}

type Bbox = [number, number, number, number];

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
const round2 = (n: number): number => Math.round(n * 100) / 100;

function roundCoords(c: unknown): unknown {
  if (typeof c === 'number') return round6(c);
  if (Array.isArray(c)) return c.map(roundCoords);
  return c;
}

/** Returns a copy of a JSON value with object keys sorted (arrays keep their order), for byte-stable output. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** Returns a FeatureCollection as text with one feature per line (small diffs, still compact). */
export function stringifyCollection(fc: { type: 'FeatureCollection'; features: unknown[]; [k: string]: unknown }): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(sortKeys(rest));
  const body = features.map((f) => JSON.stringify(sortKeys(f))).join(',\n');
  return `${head.slice(0, -1)},"features":[\n${body}${features.length ? '\n' : ''}]}\n`;
}

function readJson(path: string, name: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const problem = `is not valid JSON: ${(e as Error).message}`;
    problems.push({ file: name, feature: null, problem, message: `${name}: ${problem}` });
    return undefined;
  }
}

/** Returns a point `[lng, lat]` on or in the geometry: the middle of a line, a point inside a polygon. */
export function anchorOf(geometry: Geometry): [number, number] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0]!, geometry.coordinates[1]!];
    case 'MultiPoint': {
      const pts = geometry.coordinates;
      const mx = pts.reduce((s, p) => s + p[0]!, 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1]!, 0) / pts.length;
      const best = pts.reduce((a, p) => ((p[0]! - mx) ** 2 + (p[1]! - my) ** 2 < (a[0]! - mx) ** 2 + (a[1]! - my) ** 2 ? p : a));
      return [best[0]!, best[1]!];
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const km = (l: LineString) => turfLength({ type: 'Feature', properties: {}, geometry: l });
      const longest = lines
        .map((coordinates) => ({ type: 'LineString', coordinates }) as LineString)
        .reduce((a, l) => (km(l) > km(a) ? l : a));
      const c = along(longest, km(longest) / 2).geometry.coordinates;
      return [c[0]!, c[1]!];
    }
    default: {
      // The centre of mass reads best as a label position; a concave outline may put it outside, then any inside point.
      const poly = geometry as Polygon | MultiPolygon;
      const com = centerOfMass(poly).geometry.coordinates;
      const c = booleanPointInPolygon(com, poly) ? com : pointOnFeature(poly).geometry.coordinates;
      return [c[0]!, c[1]!];
    }
  }
}

interface County {
  adcode: string;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: Bbox;
}

function bboxesOverlap(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Returns the adcodes (sorted) of the counties the geometry touches. */
function districtsOf(geometry: Geometry, box: Bbox, counties: County[]): string[] {
  return counties
    .filter((c) => bboxesOverlap(box, c.bbox) && booleanIntersects(geometry, c.feature))
    .map((c) => c.adcode)
    .sort();
}

function listGeojson(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort() : [];
}

/**
 * Builds everything in memory from the repository at `root` and returns the files it would write (paths relative to
 * `root`), the validation problems and the warnings. Writes nothing.
 */
export function buildGeo(root: string): BuildResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const outputs = new Map<string, string>();
  const provisions = loadProvisionTexts(root);

  const featureDir = join(root, 'geo', 'features');
  const files: NamedData[] = [];
  for (const name of listGeojson(featureDir)) {
    const data = readJson(join(featureDir, name), name, problems);
    if (data !== undefined) files.push({ name, data });
  }
  const unplacedPath = join(root, 'geo', 'unplaced.json');
  let unplaced: NamedData | null = null;
  if (existsSync(unplacedPath)) {
    const data = readJson(unplacedPath, 'unplaced.json', problems);
    if (data !== undefined) unplaced = { name: 'unplaced.json', data };
  } else warnings.push('geo/unplaced.json is missing: the catalog lists no unplaced places');

  const contextDir = join(root, 'geo', 'context');
  const cityPath = join(contextDir, 'city.geojson');
  const city = existsSync(cityPath)
    ? cityOutline(JSON.parse(readFileSync(cityPath, 'utf8')), CITY_TOLERANCE_KM, (g, km) => buffer(g, km, { units: 'kilometers', steps: 4 })!.geometry as Polygon | MultiPolygon)
    : null;
  if (!city) warnings.push('geo/context/city.geojson is missing: the rule that plan features stay inside the city is not checked');
  problems.push(...validateAll(files, unplaced, { provisions, city }));

  const contextFiles = listGeojson(contextDir);
  for (const name of contextFiles) {
    const text = readFileSync(join(contextDir, name), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      problems.push({ file: `context/${name}`, feature: null, problem: `is not valid JSON: ${(e as Error).message}`, message: `context/${name}: is not valid JSON` });
      continue;
    }
    problems.push(...validateContextCollection(`context/${name}`, data));
    outputs.set(`public/geo/context/${name}`, text);
  }
  if (problems.length > 0) return { outputs: new Map(), problems, warnings, catalog: null };

  const counties: County[] = [];
  const countyPath = join(contextDir, 'counties.geojson');
  if (existsSync(countyPath)) {
    const fc = JSON.parse(readFileSync(countyPath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
    for (const f of fc.features) counties.push({ adcode: String(f.properties.adcode), feature: f, bbox: turfBbox(f) as Bbox });
  } else warnings.push('geo/context/counties.geojson is missing: every feature gets districts []');

  const byLayer = new Map<string, Feature<Geometry, MapFeatureProps>[]>();
  const labels: Feature<Geometry, MapFeatureProps>[] = [];
  const entries: Record<string, CatalogEntry> = {};
  for (const file of files) {
    const layer = layerOfFile(file.name)!;
    const fc = file.data as FeatureCollection<Geometry, FeatureProps>;
    for (const f of fc.features) {
      const { input_crs, ...props } = f.properties;
      const converted = input_crs === 'gcj02' ? geometryGcj02ToWgs84(f.geometry) : f.geometry;
      const geometry = { type: converted.type, coordinates: roundCoords((converted as { coordinates: unknown }).coordinates) } as Geometry;
      const box = (turfBbox(geometry) as number[]).map(round6) as Bbox;
      const schematic = props.precision === 'schematic';
      const isLine = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
      const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
      const alsoIn = [...new Set((props.roles ?? []).flatMap((r) => (r.layer ? [r.layer] : [])))].sort();
      const primary = (props.roles ?? []).find((r) => r.part_of)?.part_of;
      const anchor = anchorOf(geometry).map(round6) as [number, number];
      entries[props.id] = {
        ...props,
        layer,
        also_in: alsoIn,
        ...(primary ? { part_of: primary } : {}),
        geometry_type: geometry.type as CatalogEntry['geometry_type'],
        bbox: box,
        anchor,
        districts: districtsOf(geometry, box, counties),
        length_km: !schematic && isLine ? round2(turfLength({ type: 'Feature', properties: {}, geometry })) : null,
        area_km2: !schematic && isArea ? round2(area(geometry) / 1e6) : null,
      };
      const mapProps = (inLayer: string): MapFeatureProps => ({
        id: props.id,
        layer: inLayer,
        name_zh: props.name_zh,
        name_en: props.name_en,
        kind: props.kind,
        precision: props.precision,
        uncertainty_m: props.uncertainty_m,
        interpretation: props.interpretation,
        status_class: props.status_class,
        sector: props.sector,
        fade_zoom: props.fade_zoom,
      });
      // A feature with a role in another layer is drawn there too, under the same id.
      for (const l of [layer, ...alsoIn]) {
        const list = byLayer.get(l) ?? [];
        list.push({ type: 'Feature', properties: mapProps(l), geometry });
        byLayer.set(l, list);
        // Areas are labelled once, at one point, from a separate file (a polygon split across tiles would repeat its label).
        if (isArea) labels.push({ type: 'Feature', properties: mapProps(l), geometry: { type: 'Point', coordinates: anchor } });
      }
    }
  }
  labels.sort((a, b) => (a.properties.layer + a.properties.id < b.properties.layer + b.properties.id ? -1 : 1));
  outputs.set('public/geo/labels.geojson', stringifyCollection({ type: 'FeatureCollection', features: labels }));

  const layers: Catalog['layers'] = {};
  for (const id of GEO_LAYER_IDS) {
    const feats = (byLayer.get(id) ?? []).sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
    if (feats.length === 0) warnings.push(`layer ${id}: no features (geo/features/${id}.geojson missing or empty); writing an empty layer`);
    const fc = { type: 'FeatureCollection' as const, features: feats };
    const text = stringifyCollection(fc);
    problems.push(...validateFeatureCollection(`${id}.geojson`, JSON.parse(text), { provisions, stage: 'output' }));
    outputs.set(`public/geo/layers/${id}.geojson`, text);
    layers[id] = {
      count: feats.length,
      bbox: feats.length ? ((turfBbox(fc) as number[]).map(round6) as Bbox) : ([...boundsForLayer(id)] as Bbox),
    };
  }

  const unplacedList = ((unplaced ? unplacedEntries(unplaced.data) : []) ?? []) as UnplacedEntry[];
  const catalog: Catalog = {
    generated_by: 'npm run geo:build (geo/build.ts) — generated file, do not edit',
    features: entries,
    unplaced: [...unplacedList].sort((a, b) => (a.id < b.id ? -1 : 1)),
    layers,
    districts: HOHHOT_DISTRICTS,
    attribution: attributionFor(entries, contextFiles.map((n) => n.replace(/\.geojson$/, ''))),
    aliases: Object.fromEntries([...FEATURE_ALIASES].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
  outputs.set('public/geo/catalog.json', `${JSON.stringify(sortKeys(catalog), null, 1)}\n`);
  outputs.set('public/geo/label-chars.txt', `${labelChars(entries, [...outputs].filter(([k]) => k.startsWith('public/geo/context/')).map(([, t]) => t))}\n`);
  if (problems.length > 0) return { outputs: new Map(), problems, warnings, catalog: null };
  return { outputs, problems, warnings, catalog };
}

/**
 * Returns every character a map label may draw (feature and context names in both languages), sorted: a device
 * without CJK fonts loads the bundled font's faces for exactly these before the map draws its first label.
 */
function labelChars(entries: Record<string, CatalogEntry>, contextTexts: string[]): string {
  const names: unknown[] = Object.values(entries).flatMap((e) => [e.name_zh, e.name_en]);
  for (const text of contextTexts) {
    for (const f of (JSON.parse(text) as FeatureCollection).features) names.push(f.properties?.name_zh, f.properties?.name_en, f.properties?.name);
  }
  const set = new Set<string>();
  for (const n of names) if (typeof n === 'string') for (const ch of n) if (ch.trim()) set.add(ch);
  return [...set].sort().join('');
}

/** Returns the attribution list with `used_by` filled in from the context files present and the features' sources. */
function attributionFor(entries: Record<string, CatalogEntry>, contextNames: string[]): Attribution[] {
  return SOURCES.map((s) => {
    const used = new Set<string>();
    if (s.context.some((c) => contextNames.includes(c))) used.add('basemap');
    for (const e of Object.values(entries)) if (s.match.test(e.source_en)) for (const l of [e.layer, ...e.also_in]) used.add(l);
    const { short_zh: _zh, short_en: _en, context: _context, match: _match, ...rest } = s;
    return { ...rest, used_by: [...used].sort() };
  }).filter((a) => a.used_by.length > 0);
}

/** Counts features of a built catalog per layer and per precision (for the build's printed summary). */
export function summarise(catalog: Catalog): { perLayer: Record<string, number>; perPrecision: Record<string, number> } {
  const perLayer: Record<string, number> = {};
  const perPrecision: Record<string, number> = {};
  for (const id of GEO_LAYER_IDS) perLayer[id] = catalog.layers[id]?.count ?? 0;
  for (const e of Object.values(catalog.features)) perPrecision[e.precision] = (perPrecision[e.precision] ?? 0) + 1;
  return { perLayer, perPrecision };
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = buildGeo(root);
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (result.problems.length > 0) {
    console.error(`geo:build failed with ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  ${p.message}`);
    process.exit(1);
  }
  // Remove stale outputs (a context file or layer that no longer exists) before writing.
  for (const sub of ['layers', 'context']) {
    const dir = join(root, 'public', 'geo', sub);
    for (const f of listGeojson(dir)) if (!result.outputs.has(`public/geo/${sub}/${f}`)) rmSync(join(dir, f));
  }
  for (const [rel, text] of result.outputs) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  const { perLayer, perPrecision } = summarise(result.catalog!);
  console.log(`geo:build wrote ${result.outputs.size} files under public/geo/`);
  console.log('features per layer:');
  for (const [id, n] of Object.entries(perLayer)) console.log(`  ${id.padEnd(20)} ${n}`);
  console.log(`features per precision: ${Object.entries(perPrecision).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  console.log(`unplaced places: ${result.catalog!.unplaced.length}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
