import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProvisionTexts } from '../../geo/plan-text.ts';
import { cityOutline, validateAll, validateFeatureCollection, validateUnplaced, type Problem } from '../../geo/validate.ts';

// One test per validation rule: a good fixture, broken in exactly one way, must fail with a message that names the
// file, the feature and the problem.

const ROOT = join(import.meta.dirname, '..', '..');
const PROVISIONS = loadProvisionTexts(ROOT);
const FILE = 'industry-parks.geojson';
const NO_ALIASES: ReadonlyMap<string, string> = new Map();

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
    delete fc.features[1]!.properties.interpretation_note_zh;
    delete fc.features[1]!.properties.interpretation_note_en;
    expectOneProblem(validate(fc), 'fixture-axis', /inferred but interpretation_note_zh\/_en .* is missing/);
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
      { provisions: PROVISIONS, aliases: NO_ALIASES },
    );
    expectOneProblem(
      problems.filter((p) => /duplicate id/.test(p.message)),
      'fixture-park',
      /duplicate id "fixture-park" \(already used in industry-parks\.geojson\)/,
      'ecology-water.geojson',
    );
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
    fc.features[0]!.properties.roles = [{ part_of: 'layout-nowhere', interpretation: 'stated' }];
    expectOneProblem(validate(fc), 'fixture-park', /role 1: part_of "layout-nowhere" is neither a feature id nor a known slogan id/);
  });

  test('rejects an inferred role without its reason (when the feature itself is not inferred)', () => {
    const fc = fixture();
    fc.features[0]!.properties.roles = [{ part_of: 'layout-four-industrial-belts', interpretation: 'inferred' }];
    expectOneProblem(validate(fc), 'fixture-park', /role 1: an inferred role needs interpretation_note_zh\/_en/);
  });

  test('rejects a role drawn in an unknown layer or in its own', () => {
    const fc = fixture();
    fc.features[0]!.properties.roles = [{ part_of: 'layout-four-industrial-belts', interpretation: 'stated', layer: 'industry-parks' }];
    expectOneProblem(validate(fc), 'fixture-park', /role 1: layer "industry-parks" is the feature's own layer/);
    fc.features[0]!.properties.roles = [{ part_of: 'layout-four-industrial-belts', interpretation: 'stated', layer: 'nowhere' }];
    expectOneProblem(validate(fc), 'fixture-park', /role 1: layer "nowhere" is not a layer id/);
  });

  test('rejects a source in one language only', () => {
    const fc = fixture();
    delete fc.features[0]!.properties.source_zh;
    const problems = validate(fc).map((p) => p.message);
    expect(problems.some((m) => /source_zh and source_en come together/.test(m))).toBe(true);
  });

  test('rejects English prose in a _zh field and Chinese prose in an _en field', () => {
    const fc = fixture();
    fc.features[1]!.properties.interpretation_note_zh = 'Drawn through the parks the provision names.';
    expectOneProblem(validate(fc), 'fixture-axis', /interpretation_note_zh is not Chinese prose/);
    const fc2 = fixture();
    fc2.features[1]!.properties.interpretation_note_en = '依规划所列园区绘制，范围未公布。';
    expectOneProblem(validate(fc2), 'fixture-axis', /interpretation_note_en is not English prose/);
  });

  test('rejects an approximate feature without placed_by, and placed_by on a schematic one', () => {
    const fc = fixture();
    delete fc.features[0]!.properties.placed_by;
    expectOneProblem(validate(fc), 'fixture-park', /placed_by is missing/);
    const fc2 = fixture();
    fc2.features[1]!.properties.placed_by = 'osm';
    expectOneProblem(validate(fc2), 'fixture-axis', /placed_by is only for approximate features/);
  });

  test('rejects a radius smaller than a description allows', () => {
    const fc = fixture();
    fc.features[0]!.properties.uncertainty_m = 100;
    expectOneProblem(validate(fc), 'fixture-park', /uncertainty_m 100 is too small for a position placed by described-position \(at least 250 m\)/);
    fc.features[0]!.properties.placed_by = 'inferred';
    fc.features[0]!.properties.uncertainty_m = 800;
    expectOneProblem(validate(fc), 'fixture-park', /too small for a position placed by inferred \(at least 1000 m\)/);
  });

  test('checks a published coordinate against the geometry', () => {
    const fc = fixture();
    const p = fc.features[2]!.properties;
    p.placed_by = 'published-coordinate';
    p.uncertainty_m = 500;
    delete p.input_crs;
    p.source_en = 'Coordinate published in an encyclopaedia: 40.7700 N, 111.9500 E.';
    expect(validate(fc)).toEqual([]);
    p.source_en = 'Coordinate published in an encyclopaedia: 40.7800 N, 111.9500 E.';
    expectOneProblem(validate(fc), 'fixture-point', /lies 1112 m from the geometry, beyond its uncertainty_m 500/);
    p.source_en = 'A coordinate was published somewhere.';
    expectOneProblem(validate(fc), 'fixture-point', /quotes no coordinate/);
  });

  test('accepts surveyed only from a survey-grade source', () => {
    const fc = fixture();
    const p = fc.features[2]!.properties;
    p.precision = 'surveyed';
    delete p.uncertainty_m;
    delete p.placed_by;
    expectOneProblem(validate(fc), 'fixture-point', /surveyed needs a survey-grade source/);
    p.source_en = 'Amap metro station position, converted to WGS84.';
    expect(validate(fc)).toEqual([]);
  });

  test('rejects two features that are one place, unless one is part of the other', () => {
    const other = fixture();
    const twin = other.features[2]!;
    twin.properties.id = 'fixture-twin';
    twin.geometry.coordinates = [111.95005, 40.77005]; // ≈ 7 m away
    const files = (f: Fc) => [
      { name: FILE, data: fixture() },
      { name: 'transport-logistics.geojson', data: { ...f, features: [twin] } },
    ];
    expectOneProblem(validateAll(files(other), null, { provisions: PROVISIONS, aliases: NO_ALIASES }), 'fixture-point', /lies 7\.\d m from "fixture-twin".*one place is one feature/);
    twin.properties.roles = [{ part_of: 'fixture-point', interpretation: 'stated' }];
    expect(validateAll(files(other), null, { provisions: PROVISIONS, aliases: NO_ALIASES })).toEqual([]);
    const copy = fixture().features[0]!;
    copy.properties.id = 'fixture-copy';
    const problems = validateAll([{ name: FILE, data: fixture() }, { name: 'ecology-water.geojson', data: { type: 'FeatureCollection', features: [copy] } }], null, {
      provisions: PROVISIONS,
      aliases: NO_ALIASES,
    });
    expectOneProblem(problems, 'fixture-park', /has the same geometry as "fixture-copy"/);
  });

  test('rejects a drawing that leaves the city without saying why', () => {
    const city = cityOutline(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[111.4, 40.7], [112, 40.7], [112, 40.9], [111.4, 40.9], [111.4, 40.7]]] } }] },
      1,
      (g) => g,
    );
    const fc = fixture();
    fc.features[1]!.geometry.coordinates = [[111.45, 40.78], [112.3, 40.78]];
    const run = () => validateFeatureCollection(FILE, fc, { provisions: PROVISIONS, city });
    expectOneProblem(run(), 'fixture-axis', /outside the municipal boundary .* set beyond_city: true and say why/);
    fc.features[1]!.properties.beyond_city = true;
    fc.features[1]!.properties.note_zh = '示意线伸出市界，表示去向。';
    fc.features[1]!.properties.note_en = 'The line runs past the boundary to show where it leads.';
    expect(run()).toEqual([]);
    fc.features[1]!.geometry.coordinates = [[111.45, 40.78], [111.9, 40.78]];
    expectOneProblem(run(), 'fixture-axis', /beyond_city is set but the geometry lies inside/);
  });

  test('rejects an alias whose target does not exist or whose old id is in use again', () => {
    const fc = fixture();
    fc.features[2]!.properties.id = 'eco-screen-north';
    const problems = validateAll([{ name: FILE, data: fc }], null, { provisions: PROVISIONS }).map((p) => p.message);
    expect(problems).toContain('aliases.ts: alias "eco-screen-north": the retired id is in use again (industry-parks.geojson); remove the alias or pick another id');
    expect(problems.some((m) => /alias "urban-sub-centre-horinger": points at "park-horinger-new-area", which is neither/.test(m))).toBe(true);
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
      reason_zh: '',
      reason_en: '',
    };
    expect(validateUnplaced('unplaced.json', [{ ...entry, reason_zh: '选址未公布', reason_en: 'site not published' }], { provisions: PROVISIONS })).toEqual([]);
    expectOneProblem(validateUnplaced('unplaced.json', [entry], { provisions: PROVISIONS }), 'fixture-unplaced', /reason_zh and reason_en .* are required/, 'unplaced.json');
  });
});

function pick(p: Record<string, unknown>): Record<string, unknown> {
  const keep = ['id', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'interpretation', 'status_class', 'sector'];
  return Object.fromEntries(Object.entries(p).filter(([k]) => keep.includes(k)));
}
