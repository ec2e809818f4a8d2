import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { FEATURE_ALIASES } from '../../geo/aliases.ts';
import { SOURCES } from '../../geo/attribution.ts';
import { buildGeo } from '../../geo/build.ts';
import { enProblem, zhProblem } from '../../geo/lang-check.ts';
import { PLACED_BY } from '../../geo/schema.ts';
import { worldContext, WORLD_COUNTRIES } from '../../geo/import-world.ts';
import { GEO_LAYER_IDS } from '../../geo/layers.ts';
import { loadProvisionTexts } from '../../geo/plan-text.ts';
import {
  SURVEY_GRADE_SOURCES,
  unplacedEntries,
  validateAll,
  validateContextCollection,
  validateFeatureCollection,
  type NamedData,
} from '../../geo/validate.ts';
import { CONTEXT_NAMES } from '../../src/lib/geo-data.ts';
import { LAYER_IDS } from '../../src/layers/registry.ts';
import { buildMentionIndex } from '../../src/plan/mentions.ts';
import type { Provision } from '../../src/plan/types.ts';

// The real dataset: every authored and context file valid, every quote verbatim, the served files in public/geo
// exactly what a fresh build produces.

const ROOT = join(import.meta.dirname, '..', '..');
const PROVISIONS = loadProvisionTexts(ROOT);

function geojsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort() : [];
}

function readNamed(dir: string): NamedData[] {
  return geojsonFiles(dir).map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }));
}

const FEATURE_FILES = readNamed(join(ROOT, 'geo', 'features'));
const CONTEXT_FILES = readNamed(join(ROOT, 'geo', 'context'));
const UNPLACED_PATH = join(ROOT, 'geo', 'unplaced.json');
const UNPLACED: NamedData | null = existsSync(UNPLACED_PATH)
  ? { name: 'unplaced.json', data: JSON.parse(readFileSync(UNPLACED_PATH, 'utf8')) as unknown }
  : null;

interface AnyFeature {
  properties: { id: string; mentions: { p: number; text: string }[] };
}
const ALL_FEATURES: { file: string; f: AnyFeature }[] = FEATURE_FILES.flatMap((file) =>
  ((file.data as { features: AnyFeature[] }).features ?? []).map((f) => ({ file: file.name, f })),
);
const ALL_UNPLACED = ((UNPLACED ? unplacedEntries(UNPLACED.data) : []) ?? []) as AnyFeature['properties'][];

describe('the authored geography', () => {
  test('the plan text has 53 provisions to check mentions against', () => {
    expect([...PROVISIONS.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
  });

  test('every authored file and the unplaced list pass the validator', () => {
    expect(validateAll(FEATURE_FILES, UNPLACED, { provisions: PROVISIONS }).map((p) => p.message)).toEqual([]);
  });

  test('every mention is quoted verbatim from its provision', () => {
    const missing = [...ALL_FEATURES.map((x) => x.f.properties), ...ALL_UNPLACED].flatMap((props) =>
      (props.mentions ?? [])
        .filter((m) => !(PROVISIONS.get(m.p) ?? '').includes(m.text))
        .map((m) => `${props.id}: (${m.p}) ${m.text}`),
    );
    expect(missing).toEqual([]);
  });

  test('every mention stays a link: no longer, overlapping mention of another entry hides it', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'data', 'plan.json'), 'utf8')) as { provisions: Provision[] };
    const entries = [...ALL_FEATURES.map((x) => x.f.properties), ...ALL_UNPLACED].map((e) => ({ id: e.id, mentions: e.mentions ?? [] }));
    const index = buildMentionIndex(plan.provisions, entries);
    const hidden = entries.flatMap((e) =>
      e.mentions.filter((m) => !(index[m.p] ?? []).some((s) => s.ids.includes(e.id))).map((m) => `${e.id}: (${m.p}) ${m.text}`),
    );
    expect(hidden).toEqual([]);
  });

  test('the China–Europe routes and port links start at the 沙良 logistics park as drawn', () => {
    const point = (id: string) => ALL_FEATURES.find((x) => x.f.properties.id === id)!.f as unknown as { geometry: { coordinates: number[] } };
    const shaliang = point('park-shaliang').geometry.coordinates;
    for (const id of ['route-china-europe-erenhot', 'route-china-europe-alashankou', 'link-port-erenhot', 'link-port-tianjin']) {
      const line = point(id).geometry.coordinates as unknown as number[][];
      expect(line[0], id).toEqual(shaliang);
    }
  });

  test('ids are unique across all files and the unplaced list', () => {
    const ids = [...ALL_FEATURES.map((x) => x.f.properties.id), ...ALL_UNPLACED.map((e) => e.id)];
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  test('every feature file is named after a registry layer', () => {
    const stems = FEATURE_FILES.map((f) => f.name.split('.')[0]);
    expect(stems.filter((s) => !LAYER_IDS.includes(s!))).toEqual([]);
  });

  test('the build knows the same layer ids as the app registry', () => {
    expect([...GEO_LAYER_IDS].sort()).toEqual([...LAYER_IDS].sort());
  });
});

describe('the context (basemap) data', () => {
  test('every context file passes the validator', () => {
    const problems = CONTEXT_FILES.flatMap((f) => validateContextCollection(`context/${f.name}`, f.data));
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  test('the context files are exactly the ones the app can load', () => {
    expect(CONTEXT_FILES.map((f) => f.name.replace(/\.geojson$/, '')).sort()).toEqual([...CONTEXT_NAMES].sort());
  });

  test('the world context holds the route countries only, never China, Taiwan, Hong Kong or Macao', () => {
    const world = CONTEXT_FILES.find((f) => f.name === 'world.geojson')!.data as {
      metadata: { source: string };
      features: { properties: { iso_n3: string; name_zh: string } }[];
    };
    expect(world.metadata.source).toMatch(/Natural Earth/);
    const isos = world.features.map((f) => f.properties.iso_n3);
    expect(isos.filter((iso) => ['156', '158', '344', '446'].includes(iso))).toEqual([]);
    expect(world.features.map((f) => f.properties.name_zh).filter((n) => /中国|台湾|香港|澳门/.test(n))).toEqual([]);
    expect(isos.sort()).toEqual(WORLD_COUNTRIES.map((c) => c.iso).sort());
  });

  test('world.geojson is what geo/import-world.ts produces from world-atlas (run it after a change)', () => {
    const world = CONTEXT_FILES.find((f) => f.name === 'world.geojson')!.data as { features: unknown[] };
    expect(world.features).toEqual(worldContext().features);
  });

  test('all context files together stay under 1.5 MB', () => {
    const bytes = geojsonFiles(join(ROOT, 'geo', 'context')).reduce((s, f) => s + statSync(join(ROOT, 'geo', 'context', f)).size, 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('the built files in public/geo', () => {
  const result = buildGeo(ROOT);

  test('a fresh build has no problems', () => {
    expect(result.problems.map((p) => p.message)).toEqual([]);
  });

  test('every built file on disk equals a fresh build (run `npm run geo:build`)', () => {
    const stale = [...result.outputs].filter(([rel, text]) => {
      const path = join(ROOT, rel);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    expect(stale.map(([rel]) => rel)).toEqual([]);
  });

  test('public/geo holds no file a fresh build would not write', () => {
    const onDisk = ['layers', 'context'].flatMap((sub) => geojsonFiles(join(ROOT, 'public', 'geo', sub)).map((f) => `public/geo/${sub}/${f}`));
    expect(onDisk.filter((rel) => !result.outputs.has(rel))).toEqual([]);
  });

  test('built layers carry only flat map properties and no input_crs', () => {
    const problems = GEO_LAYER_IDS.flatMap((id) => {
      const text = result.outputs.get(`public/geo/layers/${id}.geojson`)!;
      return validateFeatureCollection(`${id}.geojson`, JSON.parse(text), { provisions: PROVISIONS, stage: 'output' });
    });
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  test('the catalog has an entry for every authored feature, with an anchor inside its bbox', () => {
    const catalog = result.catalog!;
    expect(Object.keys(catalog.features).sort()).toEqual(ALL_FEATURES.map((x) => x.f.properties.id).sort());
    const outside = Object.values(catalog.features).filter(
      (e) => e.anchor[0] < e.bbox[0] || e.anchor[0] > e.bbox[2] || e.anchor[1] < e.bbox[1] || e.anchor[1] > e.bbox[3],
    );
    expect(outside.map((e) => e.id)).toEqual([]);
  });
});

describe('trustworthy at street scale', () => {
  const result = buildGeo(ROOT);
  const catalog = result.catalog!;

  test('every approximate feature says how it was placed; nothing claims to be surveyed without a survey-grade source', () => {
    const entries = Object.values(catalog.features);
    expect(entries.filter((e) => e.precision === 'approximate' && !PLACED_BY.includes(e.placed_by!)).map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.precision !== 'approximate' && e.placed_by !== undefined).map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.precision === 'surveyed' && !SURVEY_GRADE_SOURCES.some((s) => s.match.test(e.source_en))).map((e) => e.id)).toEqual([]);
  });

  test('each area is labelled once per layer it is drawn in, at a point inside it', () => {
    const labels = JSON.parse(result.outputs.get('public/geo/labels.geojson')!) as FeatureCollection<Point, { id: string; layer: string }>;
    const areas = Object.values(catalog.features).filter((e) => e.geometry_type.endsWith('Polygon'));
    const expected = areas.flatMap((e) => [e.layer, ...e.also_in].map((l) => `${e.id}@${l}`)).sort();
    expect(labels.features.map((f) => `${f.properties.id}@${f.properties.layer}`).sort()).toEqual(expected);
    for (const f of labels.features) expect(f.geometry.coordinates).toEqual(catalog.features[f.properties.id]!.anchor);
  });

  test('a feature with a role in another layer is drawn there under the same id', () => {
    const inLayer = (layer: string) =>
      new Set((JSON.parse(result.outputs.get(`public/geo/layers/${layer}.geojson`)!) as FeatureCollection).features.map((f) => f.properties!.id as string));
    for (const e of Object.values(catalog.features)) for (const l of e.also_in) expect(inLayer(l).has(e.id), `${e.id} in ${l}`).toBe(true);
    expect(catalog.features['park-horinger-new-area']!.also_in).toContain('urban-structure');
    expect(catalog.features['mountain-daqingshan']!.also_in).toEqual(['culture-tourism', 'ecology-layout']);
  });

  test('every retired id resolves to a mapped feature or a listed place, and the catalog carries the table', () => {
    const known = new Set([...Object.keys(catalog.features), ...catalog.unplaced.map((u) => u.id)]);
    for (const [old, current] of FEATURE_ALIASES) {
      expect(known.has(current), `${old} → ${current}`).toBe(true);
      expect(known.has(old), `${old} is retired`).toBe(false);
    }
    expect(catalog.aliases).toEqual(Object.fromEntries(FEATURE_ALIASES));
  });

  test('no shipped geography file carries more than 6 decimals', () => {
    const long = /\d\.\d{7,}/;
    const offenders = [...result.outputs].filter(([, text]) => long.test(text)).map(([rel]) => rel);
    expect(offenders).toEqual([]);
  });

  test('every attribution line is written in both languages', () => {
    for (const s of SOURCES) {
      for (const [zh, en] of [
        [s.text_zh, s.text_en],
        [s.short_zh, s.short_en],
      ] as const) {
        expect(zhProblem(zh), `${s.id}: ${zh}`).toBeNull();
        expect(enProblem(en), `${s.id}: ${en}`).toBeNull();
      }
    }
  });
});
