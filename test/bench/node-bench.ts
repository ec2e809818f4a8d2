/**
 * The pure searches timed in node over the real data: provision search per keystroke over the whole plan, place
 * search per keystroke, and the near-me query over every plan feature. Each figure is a median over many runs, ms.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Catalog, MapFeatureProps } from '../../geo/schema.ts';
import { LAYER_IDS } from '../../src/layers/registry.ts';
import { nearby } from '../../src/lib/near.ts';
import { searchPlaces } from '../../src/lib/place-search.ts';
import { buildNearData } from '../../src/panels/near/near-data.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import { searchProvisions } from '../../src/plan/search.ts';
import { summarise, type Summary } from './stats.ts';

const GEO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'geo');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(GEO, path), 'utf8')) as T;

export interface NodeFigures {
  /** Label → summary of per-call times, ms. */
  timings: Record<string, Summary>;
  sizes: { provisions: number; places: number; features: number };
}

/** Times `fn` over every input, `rounds` times after a warm-up, and returns per-call times in ms. */
function time<T>(inputs: readonly T[], fn: (x: T) => unknown, rounds: number): number[] {
  for (const x of inputs) fn(x);
  const out: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t0 = performance.now();
      const res = fn(x);
      out.push(performance.now() - t0);
      sink += res ? 1 : 0;
    }
  }
  if (sink < 0) console.log(sink);
  return out;
}

/** Every prefix of `s` (what the box holds after each keystroke). */
const prefixes = (s: string) => Array.from(s, (_, i) => s.slice(0, i + 1));

/** Runs the node benchmarks and returns their figures. */
export async function runNodeBenchmarks(): Promise<NodeFigures> {
  const catalog = readJson<Catalog>('catalog.json');
  const layers = LAYER_IDS.map((id) => readJson<FeatureCollection<Geometry, MapFeatureProps>>(`layers/${id}.geojson`));
  const ctx = Object.fromEntries(
    ['city', 'seats', 'counties', 'metro-stations', 'parks', 'colleges'].map((n) => [n, readJson(`context/${n}.geojson`)]),
  );
  const t0 = performance.now();
  const data = buildNearData(catalog, layers, ctx as never);
  const indexMs = performance.now() - t0;

  const provisionKeys = [...prefixes('黄河流域生态保护'), ...prefixes('新质生产力'), ...prefixes('ecology'), '22', '产业 园区'];
  const placeKeys = [...prefixes('盛乐机场'), ...prefixes('shengle'), ...prefixes('hhht'), ...prefixes('Saihan')];
  const pins: [number, number][] = [
    [111.68, 40.82],
    [111.75, 40.84],
    [111.57, 40.48],
    [111.2, 40.4],
    [112.0, 40.9],
  ];
  const timings: Record<string, Summary> = {
    'provision search, per keystroke': summarise(time(provisionKeys, (q) => searchProvisions(PLAN.provisions, q), 40)),
    'place search, per keystroke': summarise(time(placeKeys, (q) => searchPlaces(data.places, q), 40)),
    'near-me query, 3 km, all features': summarise(time(pins, (p) => nearby(data.features, p, 3000), 60)),
    'near-me query, 20 km, all features': summarise(time(pins, (p) => nearby(data.features, p, 20_000), 30)),
    'place index build (once)': summarise([indexMs]),
  };
  return {
    timings,
    sizes: { provisions: PLAN.provisions.length, places: data.places.entries.length, features: data.features.length },
  };
}
