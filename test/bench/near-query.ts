/**
 * Benchmark (not a test) of the near-me queries over the real built data in public/geo: the radius query
 * (`nearby`) at several radii, the same without the bbox prefilter for comparison, building the place index, and
 * place search. Prints median/min/max/p95 per case.
 *
 *   npx tsx test/bench/near-query.ts [runs]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Catalog, MapFeatureProps } from '../../geo/schema.ts';
import { distanceToGeometry, nearby } from '../../src/lib/near.ts';
import { buildPlaceIndex } from '../../src/lib/place-index.ts';
import { searchPlaces } from '../../src/lib/place-search.ts';
import { buildNearData } from '../../src/panels/near/near-data.ts';
import type { ContextName } from '../../src/lib/geo-data.ts';

const RUNS = Number(process.argv[2] ?? 2000);
const GEO = join(import.meta.dirname, '../../public/geo');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as T;

const catalog = readJson<Catalog>('catalog.json');
const layers = readdirSync(join(GEO, 'layers'))
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => readJson<FeatureCollection<Geometry, MapFeatureProps>>(`layers/${f}`));
const context: Partial<Record<ContextName, FeatureCollection<Geometry, Record<string, unknown>>>> = {};
for (const name of ['city', 'seats', 'counties', 'metro-stations', 'parks', 'colleges'] as const) {
  try {
    context[name] = readJson(`context/${name}.geojson`);
  } catch {
    console.warn(`(context/${name}.geojson missing: place search runs without it)`);
  }
}

// Deterministic pins (mulberry32) spread over the urban area and the whole city, so runs are comparable.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const URBAN: [number, number, number, number] = [111.55, 40.72, 111.85, 40.9];
const CITY: [number, number, number, number] = [110.77, 39.58, 112.3, 41.45];
const pins = (box: [number, number, number, number], n: number): [number, number][] =>
  Array.from({ length: n }, () => [box[0] + rand() * (box[2] - box[0]), box[1] + rand() * (box[3] - box[1])]);

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
  p95: number;
  note: string;
}
function time(name: string, runs: number, fn: (i: number) => number | void): Row {
  for (let i = 0; i < Math.min(50, runs); i++) fn(i); // warm-up (JIT, bbox cache)
  const ms: number[] = [];
  let notes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn(i);
    ms.push(performance.now() - t0);
    if (typeof r === 'number') notes += r;
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!;
  return { name, median: q(0.5), min: ms[0]!, max: ms[ms.length - 1]!, p95: q(0.95), note: `${(notes / runs).toFixed(1)} avg results` };
}

const t0 = performance.now();
const data = buildNearData(catalog, layers, context);
const buildMs = performance.now() - t0;
const features = data.features;
const vertices = features.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);

const rows: Row[] = [];
const urbanPins = pins(URBAN, RUNS);
const cityPins = pins(CITY, RUNS);
for (const r of [500, 3000, 20_000]) {
  rows.push(time(`nearby ${r / 1000} km, urban pins`, RUNS, (i) => nearby(features, urbanPins[i]!, r).length));
}
rows.push(time('nearby 3 km, pins anywhere in the city', RUNS, (i) => nearby(features, cityPins[i]!, 3000).length));
// The same 3 km query measuring every feature (no bbox prefilter), to show what the prefilter saves.
const naive = (pin: [number, number], r: number) =>
  features.filter((f: Feature<Geometry, MapFeatureProps>) => distanceToGeometry(pin, f.geometry) <= r).length;
rows.push(time('no prefilter: 3 km, urban pins', Math.min(RUNS, 300), (i) => naive(urbanPins[i]!, 3000)));

const placeList = data.places.entries.map((e) => e.place);
rows.push(time('build place index (pinyin of every name)', 20, () => void buildPlaceIndex(placeList)));
const QUERIES = ['新华', '赛罕区', 'saihan', 'sàihǎn', 'hhht', 'shl', 'jinshan', '呼和浩特', 'xinhua guangchang', 'daxue', 'h', '公园'];
rows.push(time('place search (12 queries, cycled)', RUNS, (i) => searchPlaces(data.places, QUERIES[i % QUERIES.length]!).length));

const fmt = (n: number) => (n < 0.01 ? n.toFixed(4) : n < 1 ? n.toFixed(3) : n.toFixed(2));
console.log(`data: ${features.length} plan features (~${vertices} vertices) in ${layers.length} layers; ${placeList.length} searchable places`);
console.log(`load-time build (features + place index): ${buildMs.toFixed(1)} ms; runs per case: ${RUNS}; node ${process.version}`);
console.log('');
const head = ['case', 'median ms', 'min ms', 'p95 ms', 'max ms', 'note'];
const table = rows.map((r) => [r.name, fmt(r.median), fmt(r.min), fmt(r.p95), fmt(r.max), r.note]);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
