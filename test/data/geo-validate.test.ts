import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProvisionTexts } from '../../geo/plan-text.ts';
import { validateAll, validateFeatureCollection, validateUnplaced, type Problem } from '../../geo/validate.ts';

// One test per validation rule: a good fixture, broken in exactly one way, must fail with a message that names the
// file, the feature and the problem.

const ROOT = join(import.meta.dirname, '..', '..');
const PROVISIONS = loadProvisionTexts(ROOT);
const FILE = 'industry-parks.geojson';

type Fc = { type: string; features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };

function fixture(): Fc {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', FILE), 'utf8')) as Fc;
}

function validate(fc: unknown, file = FILE): Problem[] {
  return validateFeatureCollection(file, fc, { provisions: PROVISIONS });
}

/** Asserts exactly one problem, for `featureId`, whose message names the file, the feature and `phrase`. */
function expectOneProblem(problems: Problem[], featureId: string, phrase: RegExp, file = FILE): void {
  expect(problems.map((p) => p.message)).toHaveLength(1);
  const [p] = problems;
  expect(p!.file).toBe(file);
  expect(p!.feature).toBe(featureId);
  expect(p!.message).toContain(`${file}: feature "${featureId}"`);
  expect(p!.message).toMatch(phrase);
}

describe('geo validator on a fixture', () => {
  test('accepts the good fixture', () => {
    expect(validate(fixture())).toEqual([]);
  });

  test('rejects a file that is not a FeatureCollection', () => {
    const problems = validate({ type: 'Feature' });
    expect(problems[0]!.message).toMatch(/industry-parks\.geojson: is not a GeoJSON FeatureCollection/);
  });

  test('rejects bad coordinates (a non-finite number)', () => {
    const fc = fixture();
    fc.features[2]!.geometry.coordinates = [111.95, Number.NaN];
    expectOneProblem(validate(fc), 'fixture-point', /bad coordinates: .*non-finite/);
  });

  test('rejects bad coordinates (not a position)', () => {
    const fc = fixture();
    fc.features[2]!.geometry.coordinates = ['111.95', 40.77];
    expectOneProblem(validate(fc), 'fixture-point', /bad coordinates: .*not a \[lng, lat\] position/);
  });

  test('rejects lat/lng swapped (outside the layer bounds)', () => {
    const fc = fixture();
    fc.features[2]!.geometry.coordinates = [40.77, 111.95];
    expectOneProblem(validate(fc), 'fixture-point', /outside the layer's bounds .*\[lat, lng\] swapped/);
  });

  test('accepts far-away coordinates in a regional layer but not in a local one', () => {
    const fc = fixture();
    fc.features[2]!.geometry.coordinates = [80.4, 44.2]; // 霍尔果斯
    expect(validate(fc, 'regional-links.geojson').filter((p) => /bounds/.test(p.message))).toEqual([]);
    expectOneProblem(validate(fc), 'fixture-point', /outside the layer's bounds/);
  });

  test('rejects missing precision', () => {
    const fc = fixture();
    delete fc.features[1]!.properties.precision;
    expectOneProblem(validate(fc), 'fixture-axis', /precision is missing/);
  });

  test('rejects approximate without uncertainty_m', () => {
    const fc = fixture();
    delete fc.features[0]!.properties.uncertainty_m;
    expectOneProblem(validate(fc), 'fixture-park', /approximate but uncertainty_m .* is missing/);
  });

  test('rejects inferred without interpretation_note', () => {
    const fc = fixture();
    fc.features[1]!.properties.interpretation_note = ' ';
    expectOneProblem(validate(fc), 'fixture-axis', /inferred but interpretation_note .* is missing/);
  });

  test('rejects an unknown provision', () => {
    const fc = fixture();
    fc.features[0]!.properties.mentions = [{ p: 99, text: '金山高新区' }];
    expectOneProblem(validate(fc), 'fixture-park', /unknown provision 99/);
  });

  test('rejects a mention not found verbatim', () => {
    const fc = fixture();
    fc.features[0]!.properties.mentions = [{ p: 22, text: '金山高新技术开发区' }];
    expectOneProblem(validate(fc), 'fixture-park', /"金山高新技术开发区" not found verbatim in provision 22/);
  });

  test('rejects a mention quoted from the wrong provision', () => {
    const fc = fixture();
    fc.features[0]!.properties.mentions = [{ p: 21, text: '金山高新区' }];
    expectOneProblem(validate(fc), 'fixture-park', /not found verbatim in provision 21/);
  });

  test('rejects a status not found in the feature’s provisions', () => {
    const fc = fixture();
    fc.features[0]!.properties.status = '建成投运';
    expectOneProblem(validate(fc), 'fixture-park', /status "建成投运" not found verbatim/);
  });

  test('rejects a duplicate id within a file', () => {
    const fc = fixture();
    fc.features[1]!.properties.id = 'fixture-park';
    const problems = validate(fc).filter((p) => /duplicate/.test(p.message));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/industry-parks\.geojson: feature "fixture-park": duplicate id "fixture-park"/);
  });

  test('rejects a duplicate id across files', () => {
    const other = fixture();
    other.features = [other.features[0]!];
    const problems = validateAll(
      [
        { name: FILE, data: fixture() },
        { name: 'ecology-water.geojson', data: other },
      ],
      null,
      { provisions: PROVISIONS },
    );
    expectOneProblem(problems, 'fixture-park', /duplicate id "fixture-park" \(already used in industry-parks\.geojson\)/, 'ecology-water.geojson');
  });

  test('rejects raw gcj02 left unconverted in a built layer', () => {
    const fc = fixture();
    const f = fc.features[2]!;
    const built = {
      type: 'FeatureCollection',
      features: [{ ...f, properties: { ...pick(f.properties), layer: 'industry-parks', input_crs: 'gcj02' } }],
    };
    const problems = validateFeatureCollection(FILE, built, { provisions: PROVISIONS, stage: 'output' });
    expectOneProblem(problems, 'fixture-point', /raw input_crs "gcj02" left in a built layer/);
  });

  test('rejects an unknown input_crs in an authored file', () => {
    const fc = fixture();
    fc.features[2]!.properties.input_crs = 'bd09';
    expectOneProblem(validate(fc), 'fixture-point', /input_crs "bd09" is not wgs84 or gcj02/);
  });

  test('rejects a self-intersecting polygon', () => {
    const fc = fixture();
    fc.features[0]!.geometry.coordinates = [[[111.45, 40.76], [111.51, 40.8], [111.51, 40.76], [111.45, 40.8], [111.45, 40.76]]];
    expectOneProblem(validate(fc), 'fixture-park', /invalid geometry: polygon intersects itself/);
  });

  test('rejects an unclosed ring', () => {
    const fc = fixture();
    fc.features[0]!.geometry.coordinates = [[[111.45, 40.76], [111.51, 40.76], [111.51, 40.8], [111.45, 40.8]]];
    expectOneProblem(validate(fc), 'fixture-park', /invalid geometry: polygon outer ring is not closed/);
  });

  test('rejects a ring of fewer than 4 positions', () => {
    const fc = fixture();
    fc.features[0]!.geometry.coordinates = [[[111.45, 40.76], [111.51, 40.76], [111.45, 40.76]]];
    expectOneProblem(validate(fc), 'fixture-park', /has 3 positions, needs at least 4/);
  });

  test('rejects a line without 2 distinct positions', () => {
    const fc = fixture();
    fc.features[1]!.geometry.coordinates = [[111.45, 40.78], [111.45, 40.78]];
    expectOneProblem(validate(fc), 'fixture-axis', /needs at least 2 distinct positions/);
  });

  test('rejects a geometry type outside the allowed set', () => {
    const fc = fixture();
    fc.features[2]!.geometry = { type: 'GeometryCollection', coordinates: [] };
    expectOneProblem(validate(fc), 'fixture-point', /geometry type "GeometryCollection" is not allowed/);
  });

  test('rejects an id that is not kebab-case', () => {
    const fc = fixture();
    fc.features[2]!.properties.id = 'Fixture_Point';
    expectOneProblem(validate(fc), 'Fixture_Point', /not kebab-case/);
  });

  test('rejects a kind outside KINDS', () => {
    const fc = fixture();
    fc.features[2]!.properties.kind = 'warehouse';
    expectOneProblem(validate(fc), 'fixture-point', /kind "warehouse" is not one of KINDS/);
  });

  test('rejects an empty name_en', () => {
    const fc = fixture();
    fc.features[2]!.properties.name_en = '';
    expectOneProblem(validate(fc), 'fixture-point', /name_en is missing or empty/);
  });

  test('rejects a misspelt property', () => {
    const fc = fixture();
    fc.features[2]!.properties.uncertainty = 500;
    expectOneProblem(validate(fc), 'fixture-point', /unknown property uncertainty/);
  });

  test('rejects a part_of that resolves to nothing', () => {
    const fc = fixture();
    fc.features[0]!.properties.part_of = 'layout-nowhere';
    expectOneProblem(validate(fc), 'fixture-park', /part_of "layout-nowhere" is neither a feature id nor a known slogan id/);
  });

  test('rejects an unplaced entry without a reason', () => {
    const entry = {
      id: 'fixture-unplaced',
      name_zh: '石峡口水库',
      name_en: 'Shixiakou Reservoir',
      kind: 'reservoir',
      sector: 'water',
      status_class: 'underway',
      mentions: [{ p: 38, text: '石峡口水库' }],
      reason: '',
    };
    expect(validateUnplaced('unplaced.json', [{ ...entry, reason: 'site not published' }], { provisions: PROVISIONS })).toEqual([]);
    expectOneProblem(validateUnplaced('unplaced.json', [entry], { provisions: PROVISIONS }), 'fixture-unplaced', /reason .* is missing/, 'unplaced.json');
  });
});

function pick(p: Record<string, unknown>): Record<string, unknown> {
  const keep = ['id', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'interpretation', 'status_class', 'sector'];
  return Object.fromEntries(Object.entries(p).filter(([k]) => keep.includes(k)));
}
