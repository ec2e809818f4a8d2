import { booleanPointInPolygon, distance, kinks } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { FEATURE_ALIASES } from './aliases.ts';
import { SOURCES } from './attribution.ts';
import { enProblem, zhProblem } from './lang-check.ts';
import { INTERPRETATIONS, KINDS, PLACED_BY, PRECISIONS, SECTORS, STATUS_CLASSES } from './schema.ts';
import { boundsForLayer, CONTEXT_BOUNDS, GEO_LAYER_IDS, HOHHOT_BOUNDS, layerOfFile, type Bounds } from './layers.ts';
import { SLOGAN_IDS } from './slogans.ts';

/**
 * The pure validator of the plan's geography. The build script and the data tests run the same functions, so a bad
 * feature fails both with the same message: `<file>: feature "<id>": <problem>`.
 */

/** One problem found: where (file, feature id or null for the file itself) and what. */
export interface Problem {
  file: string;
  /** The feature id (or `#<index>` when it has no usable id); null for a problem with the file as a whole. */
  feature: string | null;
  problem: string;
  /** `file: feature "id": problem`, ready to print. */
  message: string;
}

/** What the validator needs to know beyond the file itself. */
export interface ValidationContext {
  /** Provision number → verbatim text. */
  provisions: ReadonlyMap<number, string>;
  /**
   * `authored` (default): `geo/features/*.geojson` with full `FeatureProps`.
   * `output`: a built `public/geo/layers/*.geojson` with flat `MapFeatureProps` (no mentions; no `input_crs`).
   */
  stage?: 'authored' | 'output';
  /** Overrides the bounds derived from the file name. */
  bounds?: Bounds;
  /** Every feature id across all files, for `part_of`; defaults to the ids of this file. */
  knownIds?: ReadonlySet<string>;
  /** Id → file that first used it, shared across files to catch duplicates; a fresh map when omitted. */
  seenIds?: Map<string, string>;
  /**
   * The municipal boundary (`context/city.geojson`), for the rule that plan features stay inside the city unless they
   * say why they extend beyond it. Without it that rule is skipped.
   */
  city?: CityOutline | null;
}

/** The municipal boundary, grown by the tolerance the rule allows (see `cityOutline`). */
export interface CityOutline {
  /** The boundary grown by `toleranceKm`, as polygons. */
  grown: (Polygon | MultiPolygon)[];
  toleranceKm: number;
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const AUTHORED_KEYS = new Set([
  'id', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'placed_by', 'interpretation',
  'interpretation_note_zh', 'interpretation_note_en', 'status', 'status_class', 'sector', 'mentions', 'source_zh',
  'source_en', 'roles', 'beyond_city', 'note_zh', 'note_en', 'target', 'sectors_text', 'fade_zoom', 'input_crs',
]);
const ROLE_KEYS = new Set(['part_of', 'label_zh', 'label_en', 'interpretation', 'interpretation_note_zh', 'interpretation_note_en', 'layer']);
// `input_crs` is listed only so that its own, clearer rule reports it in a built layer.
const OUTPUT_KEYS = new Set([
  'id', 'layer', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'interpretation', 'status_class', 'sector',
  'fade_zoom', 'input_crs',
]);
const UNPLACED_KEYS = new Set([
  'id', 'name_zh', 'name_en', 'kind', 'sector', 'status', 'status_class', 'mentions', 'reason_zh', 'reason_en',
  'area_hint_zh', 'area_hint_en', 'within',
]);

/**
 * Sources whose geometry is survey-grade (metre accuracy, checked against independent coordinates): only these may
 * back a `surveyed` feature. Generalised data (rivers at 1:4,000,000, boundaries simplified to ≈ 100 m–2 km, map POIs
 * of unknown accuracy) is `approximate` with its accuracy as the radius.
 */
export const SURVEY_GRADE_SOURCES: readonly { name: string; match: RegExp }[] = [
  { name: 'Amap metro stations (within 3–6 m of independent WGS84 coordinates)', match: /metro station/i },
];

/** Smallest radius (m) each way of placing may claim: a description rarely pins a site to less than a few hundred metres. */
export const MIN_RADIUS_M: Readonly<Record<string, number>> = {
  'published-coordinate': 10,
  'published-geometry': 50,
  osm: 10,
  'described-position': 250,
  inferred: 1000,
};

/** Two features closer than this (m), point to point, are taken to be the same place. */
export const SAME_PLACE_M = 25;

/** Pairs of text fields that must come in both languages (`[zh, en]`). */
const PROSE_PAIRS = [
  ['source_zh', 'source_en'],
  ['interpretation_note_zh', 'interpretation_note_en'],
  ['note_zh', 'note_en'],
] as const;

type Report = (feature: string | null, problem: string) => void;

function reporter(file: string, out: Problem[]): Report {
  return (feature, problem) => {
    const where = feature === null ? file : `${file}: feature "${feature}"`;
    out.push({ file, feature, problem, message: `${where}: ${problem}` });
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function oneOf(list: readonly string[], v: unknown): boolean {
  return typeof v === 'string' && list.includes(v);
}

function fmtBounds(b: Bounds): string {
  return `lng ${b[0]}–${b[2]}, lat ${b[1]}–${b[3]}`;
}

function isPosition(p: unknown): p is number[] {
  return Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((n) => typeof n === 'number');
}

function inBounds(lng: number, lat: number, b: Bounds): boolean {
  return lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];
}

/**
 * Checks one geometry: allowed type, well-formed finite positions inside `bounds`, closed polygon rings of ≥ 4
 * positions without self-intersection (turf `kinks`, per polygon), lines with ≥ 2 distinct positions.
 * Calls `report` with the problem text for each problem found.
 */
export function checkGeometry(geometry: unknown, bounds: Bounds, report: (problem: string) => void): void {
  if (!isObject(geometry)) {
    report('has no geometry (null or not an object)');
    return;
  }
  const type = geometry.type;
  if (!oneOf(GEOMETRY_TYPES, type)) {
    report(`geometry type ${JSON.stringify(type)} is not allowed (use ${GEOMETRY_TYPES.join(', ')})`);
    return;
  }
  const coords = geometry.coordinates;
  // Positions first: everything else assumes well-formed, finite numbers.
  const positions: number[][] = [];
  let malformed = false;
  const depth = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type as string]!;
  const walk = (c: unknown, d: number): void => {
    if (d === 0) {
      if (!isPosition(c)) {
        if (!malformed) report(`bad coordinates: ${JSON.stringify(c)?.slice(0, 60)} is not a [lng, lat] position`);
        malformed = true;
        return;
      }
      positions.push(c);
      return;
    }
    if (!Array.isArray(c)) {
      if (!malformed) report(`bad coordinates: expected nested arrays for a ${String(type)}`);
      malformed = true;
      return;
    }
    for (const x of c) walk(x, d - 1);
  };
  walk(coords, depth);
  if (malformed) return;
  if (positions.length === 0) {
    report(`bad coordinates: the ${String(type)} has no positions`);
    return;
  }
  const notFinite = positions.find((p) => !p.every(Number.isFinite));
  if (notFinite) {
    report(`bad coordinates: ${JSON.stringify(notFinite)} has a non-finite number`);
    return;
  }
  const outside = positions.filter((p) => !inBounds(p[0]!, p[1]!, bounds));
  if (outside.length > 0) {
    const [lng, lat] = outside[0]!;
    const swapped = inBounds(lat!, lng!, bounds);
    report(
      `coordinates outside the layer's bounds (${fmtBounds(bounds)}): ${outside.length} position(s), first [${lng}, ${lat}]` +
        (swapped ? ' — looks like [lat, lng] swapped: positions must be [lng, lat]' : ''),
    );
    return;
  }
  const c = coords as unknown[];
  if (type === 'LineString') checkLine(c as number[][], report, '');
  if (type === 'MultiLineString') (c as number[][][]).forEach((l, i) => checkLine(l, report, ` (part ${i + 1})`));
  if (type === 'Polygon') checkPolygon(c as number[][][], report, '');
  if (type === 'MultiPolygon') (c as number[][][][]).forEach((pg, i) => checkPolygon(pg, report, ` (part ${i + 1})`));
}

function checkLine(line: number[][], report: (p: string) => void, where: string): void {
  const distinct = new Set(line.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 2) report(`invalid geometry: line${where} needs at least 2 distinct positions, has ${distinct.size}`);
}

function checkPolygon(rings: number[][][], report: (p: string) => void, where: string): void {
  if (rings.length === 0) {
    report(`invalid geometry: polygon${where} has no rings`);
    return;
  }
  let ok = true;
  rings.forEach((ring, i) => {
    const name = i === 0 ? 'outer ring' : `hole ${i}`;
    if (ring.length < 4) {
      report(`invalid geometry: polygon${where} ${name} has ${ring.length} positions, needs at least 4`);
      ok = false;
      return;
    }
    const a = ring[0]!;
    const b = ring[ring.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) {
      report(`invalid geometry: polygon${where} ${name} is not closed (first position ≠ last position)`);
      ok = false;
    }
  });
  if (!ok) return;
  const found = kinks({ type: 'Polygon', coordinates: rings } as Polygon).features;
  if (found.length > 0) {
    const at = found[0]!.geometry.coordinates.map((n) => Number(n.toFixed(6)));
    report(`invalid geometry: polygon${where} intersects itself (${found.length} crossing(s), first near [${at.join(', ')}])`);
  }
}

function checkMentions(
  mentions: unknown,
  provisions: ReadonlyMap<number, string>,
  report: (p: string) => void,
): number[] {
  const valid: number[] = [];
  if (!Array.isArray(mentions) || mentions.length === 0) {
    report('mentions must be a non-empty list of {p, text}');
    return valid;
  }
  mentions.forEach((m, i) => {
    if (!isObject(m)) {
      report(`mention ${i + 1} is not an object {p, text}`);
      return;
    }
    const p = m.p;
    if (typeof p !== 'number' || !Number.isInteger(p)) {
      report(`mention ${i + 1}: p must be a provision number, got ${JSON.stringify(p)}`);
      return;
    }
    const text = provisions.get(p);
    if (text === undefined) {
      report(`mention ${i + 1}: unknown provision ${p} (the plan has provisions 1–${Math.max(0, ...provisions.keys())})`);
      return;
    }
    if (!nonEmptyString(m.text)) {
      report(`mention ${i + 1} (provision ${p}): text is empty`);
      return;
    }
    if (!text.includes(m.text)) {
      report(`mention ${i + 1}: text "${m.text}" not found verbatim in provision ${p}`);
      return;
    }
    valid.push(p);
  });
  return valid;
}

function checkStatus(status: unknown, provisionNumbers: number[], provisions: ReadonlyMap<number, string>, report: (p: string) => void): void {
  if (status === undefined) return;
  if (!nonEmptyString(status)) {
    report('status, when given, must be a non-empty string quoted from the text');
    return;
  }
  if (provisionNumbers.length === 0) return; // the mentions already failed
  if (!provisionNumbers.some((p) => provisions.get(p)!.includes(status))) {
    report(`status "${status}" not found verbatim in any of its provisions (${provisionNumbers.join(', ')})`);
  }
}

function checkUnknownKeys(props: Record<string, unknown>, allowed: Set<string>, report: (p: string) => void): void {
  const unknown = Object.keys(props).filter((k) => !allowed.has(k));
  if (unknown.length > 0) report(`unknown propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')}`);
}

function checkId(
  id: unknown,
  file: string,
  seen: Map<string, string>,
  report: (p: string) => void,
): void {
  if (!nonEmptyString(id)) {
    report('id is missing');
    return;
  }
  if (!KEBAB.test(id)) report(`id "${id}" is not kebab-case (lowercase a–z, 0–9 and single hyphens)`);
  const first = seen.get(id);
  if (first !== undefined) report(`duplicate id "${id}" (already used in ${first})`);
  else seen.set(id, file);
}

/** Checks prose pairs: both languages or neither, each a string in its language (see `lang-check.ts`). */
function checkProse(props: Record<string, unknown>, pairs: readonly (readonly [string, string])[], report: (p: string) => void): void {
  for (const [zh, en] of pairs) {
    const a = props[zh];
    const b = props[en];
    // Missing in both languages is for the caller to judge (some pairs are optional, some required).
    if (!nonEmptyString(a) && !nonEmptyString(b)) continue;
    if (!nonEmptyString(a) || !nonEmptyString(b)) {
      report(`${zh} and ${en} come together: both non-empty strings or neither`);
      continue;
    }
    const pz = zhProblem(a);
    if (pz) report(`${zh} is not Chinese prose: it ${pz}`);
    const pe = enProblem(b);
    if (pe) report(`${en} is not English prose: it ${pe}`);
  }
}

/** Returns the first `lat N, lng E` coordinate quoted in a text (decimal degrees), or null. */
export function quotedCoordinate(text: string): [number, number] | null {
  const m = /(-?\d{1,2}\.\d{2,})\s*°?\s*N[,;]?\s+(-?\d{1,3}\.\d{2,})\s*°?\s*E\b/.exec(text);
  return m ? [Number(m[2]), Number(m[1])] : null;
}

/** Returns the positions of a (well-formed) geometry. */
function positionsOf(geometry: Record<string, unknown>): number[][] {
  const out: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}

/** Checks precision ↔ placement: `placed_by` for approximate features only, radii that fit the way of placing. */
function checkPlacement(props: Record<string, unknown>, geometry: unknown, report: (p: string) => void): void {
  const placed = props.placed_by;
  const source = typeof props.source_en === 'string' ? props.source_en : '';
  if (props.precision !== 'approximate') {
    if (placed !== undefined) report(`placed_by is only for approximate features (this one is ${String(props.precision)})`);
    if (props.precision === 'surveyed' && !SURVEY_GRADE_SOURCES.some((s) => s.match.test(source))) {
      report(
        `surveyed needs a survey-grade source (${SURVEY_GRADE_SOURCES.map((s) => s.name).join('; ')}); ` +
          'generalised data is approximate with its accuracy as uncertainty_m',
      );
    }
    return;
  }
  if (!oneOf(PLACED_BY, placed)) {
    report(`placed_by ${placed === undefined ? 'is missing' : JSON.stringify(placed) + ' is not valid'} (one of ${PLACED_BY.join(', ')})`);
    return;
  }
  const r = typeof props.uncertainty_m === 'number' ? props.uncertainty_m : 0;
  const min = MIN_RADIUS_M[placed as string] ?? 0;
  if (r > 0 && r < min) report(`uncertainty_m ${r} is too small for a position placed by ${placed} (at least ${min} m)`);
  if (placed === 'osm' && !/OpenStreetMap/.test(source)) report('placed_by osm but source_en does not credit OpenStreetMap');
  if (placed === 'published-geometry' && !SOURCES.some((s) => s.id !== 'project' && s.match.test(source))) {
    report('placed_by published-geometry but source_en names none of the datasets in geo/attribution.ts');
  }
  if (placed === 'published-coordinate') {
    const c = quotedCoordinate(source);
    if (!c) {
      report('placed_by published-coordinate but source_en quotes no coordinate (write it as "40.4797 N, 111.5731 E")');
      return;
    }
    if (!isObject(geometry)) return;
    const pts = positionsOf(geometry);
    if (pts.length === 0) return;
    const nearest = Math.min(...pts.map((p) => distance([p[0]!, p[1]!], c, { units: 'meters' })));
    const reach = r + (geometry.type === 'Point' ? 0 : r);
    if (nearest > Math.max(reach, 10)) {
      report(`the published coordinate [${c.join(', ')}] quoted in source_en lies ${Math.round(nearest)} m from the geometry, beyond its uncertainty_m ${r}`);
    }
  }
}

/** Checks a feature's roles: known targets and layers, interpretation, notes for inferred roles, label pairs. */
function checkRoles(
  roles: unknown,
  layer: string | null,
  knownIds: ReadonlySet<string>,
  report: (p: string) => void,
  featureExplains = false,
): void {
  if (!Array.isArray(roles) || roles.length === 0) {
    report('roles, when given, must be a non-empty list of {part_of?, label_zh?, label_en?, interpretation, …}');
    return;
  }
  roles.forEach((role, i) => {
    const where = `role ${i + 1}`;
    if (!isObject(role)) {
      report(`${where} is not an object`);
      return;
    }
    checkUnknownKeys(role, ROLE_KEYS, (p) => report(`${where}: ${p}`));
    if (role.part_of !== undefined) {
      if (!nonEmptyString(role.part_of)) report(`${where}: part_of must be a feature id or a slogan id`);
      else if (!knownIds.has(role.part_of) && !SLOGAN_IDS.has(role.part_of)) {
        report(`${where}: part_of "${role.part_of}" is neither a feature id nor a known slogan id (see geo/slogans.ts)`);
      }
    }
    if (role.part_of === undefined && role.label_zh === undefined) report(`${where}: needs a part_of or a label`);
    if (!oneOf(INTERPRETATIONS, role.interpretation)) report(`${where}: interpretation ${JSON.stringify(role.interpretation)} is not one of ${INTERPRETATIONS.join(', ')}`);
    if (role.interpretation === 'inferred' && !nonEmptyString(role.interpretation_note_en) && !featureExplains) {
      report(`${where}: an inferred role needs interpretation_note_zh/_en (the reason), unless the feature is inferred and its own note gives it`);
    }
    checkProse(role, [['interpretation_note_zh', 'interpretation_note_en']], (p) => report(`${where}: ${p}`));
    if (role.label_zh !== undefined || role.label_en !== undefined) {
      if (!nonEmptyString(role.label_zh) || !nonEmptyString(role.label_en)) report(`${where}: label_zh and label_en come together`);
    }
    if (role.layer !== undefined) {
      if (!oneOf(GEO_LAYER_IDS, role.layer)) report(`${where}: layer ${JSON.stringify(role.layer)} is not a layer id`);
      else if (role.layer === layer) report(`${where}: layer "${role.layer}" is the feature's own layer`);
      else if (boundsForLayer(role.layer as string) !== boundsForLayer(layer)) report(`${where}: layer "${role.layer}" has other bounds than the feature's own layer`);
    }
  });
}

/** Returns the municipal boundary grown by `toleranceKm`, from the features of `context/city.geojson`. */
export function cityOutline(fc: unknown, toleranceKm: number, grow: (g: Polygon | MultiPolygon, km: number) => Polygon | MultiPolygon): CityOutline | null {
  if (!isObject(fc) || !Array.isArray(fc.features)) return null;
  const grown = (fc.features as unknown[])
    .map((f) => (isObject(f) && isObject(f.geometry) ? (f.geometry as unknown as Polygon | MultiPolygon) : null))
    .filter((g): g is Polygon | MultiPolygon => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon'))
    .map((g) => grow(g, toleranceKm));
  return grown.length ? { grown, toleranceKm } : null;
}

/** Checks that a local feature stays inside the city (within the tolerance) unless it says why it does not. */
function checkInsideCity(geometry: Record<string, unknown>, props: Record<string, unknown>, city: CityOutline, report: (p: string) => void): void {
  const pts = positionsOf(geometry);
  const outside = pts.filter((p) => !city.grown.some((g) => booleanPointInPolygon([p[0]!, p[1]!], g)));
  if (outside.length > 0 && props.beyond_city !== true) {
    const [lng, lat] = outside[0]!;
    report(
      `${outside.length} position(s) lie more than ${city.toleranceKm} km outside the municipal boundary (first [${lng}, ${lat}]): ` +
        'clip the drawing to the city, or set beyond_city: true and say why in note_zh/note_en',
    );
  }
  if (props.beyond_city === true) {
    if (outside.length === 0) report('beyond_city is set but the geometry lies inside the municipal boundary');
    if (!nonEmptyString(props.note_en)) report('beyond_city is set: note_zh/note_en must say why the drawing extends beyond the city');
  }
}

/**
 * Returns every problem of one FeatureCollection file (authored `geo/features/<layer>.geojson`, or a built layer with
 * `ctx.stage = 'output'`). The bounds come from the file name (`regional-*` → the wide regional rectangle).
 */
export function validateFeatureCollection(fileName: string, fc: unknown, ctx: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(fileName, problems);
  const stage = ctx.stage ?? 'authored';
  const layer = layerOfFile(fileName);
  const bounds = ctx.bounds ?? boundsForLayer(layer);
  const seen = ctx.seenIds ?? new Map<string, string>();
  if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    report(null, 'is not a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": [...]})');
    return problems;
  }
  const features = fc.features as unknown[];
  const ownIds = new Set(
    features.flatMap((f) => (isObject(f) && isObject(f.properties) && typeof f.properties.id === 'string' ? [f.properties.id] : [])),
  );
  const knownIds = ctx.knownIds ?? ownIds;

  features.forEach((f, index) => {
    const label = isObject(f) && isObject(f.properties) && nonEmptyString(f.properties.id) ? f.properties.id : `#${index}`;
    const r = (p: string) => report(label, p);
    if (!isObject(f) || f.type !== 'Feature') {
      r('is not a GeoJSON Feature');
      return;
    }
    checkGeometry(f.geometry, bounds, r);
    const props = f.properties;
    if (!isObject(props)) {
      r('has no properties');
      return;
    }
    checkId(props.id, fileName, seen, r);
    checkUnknownKeys(props, stage === 'output' ? OUTPUT_KEYS : AUTHORED_KEYS, r);
    if (!nonEmptyString(props.name_zh)) r('name_zh is missing or empty');
    if (!nonEmptyString(props.name_en)) r('name_en is missing or empty');
    if (!oneOf(KINDS, props.kind)) r(`kind ${JSON.stringify(props.kind)} is not one of KINDS`);
    if (props.precision === undefined) r('precision is missing (surveyed, approximate or schematic)');
    else if (!oneOf(PRECISIONS, props.precision)) r(`precision ${JSON.stringify(props.precision)} is not one of ${PRECISIONS.join(', ')}`);
    if (props.uncertainty_m !== undefined && !(typeof props.uncertainty_m === 'number' && Number.isFinite(props.uncertainty_m) && props.uncertainty_m > 0)) {
      r(`uncertainty_m must be a positive number of metres, got ${JSON.stringify(props.uncertainty_m)}`);
    } else if (props.precision === 'approximate' && props.uncertainty_m === undefined) {
      r('precision is approximate but uncertainty_m (radius of doubt in metres, > 0) is missing');
    }
    if (props.interpretation === undefined) r('interpretation is missing (stated, confirmed or inferred)');
    else if (!oneOf(INTERPRETATIONS, props.interpretation)) r(`interpretation ${JSON.stringify(props.interpretation)} is not one of ${INTERPRETATIONS.join(', ')}`);
    if (!oneOf(STATUS_CLASSES, props.status_class)) r(`status_class ${JSON.stringify(props.status_class)} is not one of ${STATUS_CLASSES.join(', ')}`);
    if (!oneOf(SECTORS, props.sector)) r(`sector ${JSON.stringify(props.sector)} is not one of SECTORS`);
    if (props.fade_zoom !== undefined && !(typeof props.fade_zoom === 'number' && props.fade_zoom >= 0 && props.fade_zoom <= 24)) {
      r(`fade_zoom must be a zoom level 0–24, got ${JSON.stringify(props.fade_zoom)}`);
    }

    if (stage === 'output') {
      if (props.input_crs !== undefined) r(`raw input_crs ${JSON.stringify(props.input_crs)} left in a built layer: the build must convert and drop it`);
      if (props.layer !== layer) r(`layer ${JSON.stringify(props.layer)} does not match the file (${String(layer)})`);
      return;
    }

    if (layer === null) r(`the file name does not start with a known layer id`);
    if (props.input_crs !== undefined && props.input_crs !== 'wgs84' && props.input_crs !== 'gcj02') {
      r(`input_crs ${JSON.stringify(props.input_crs)} is not wgs84 or gcj02 (convert BD-09 before authoring)`);
    }
    checkProse(props, PROSE_PAIRS, r);
    if (!nonEmptyString(props.source_zh) || !nonEmptyString(props.source_en)) r('source_zh and source_en (where it comes from, in each language) are required');
    if (props.interpretation === 'inferred' && !nonEmptyString(props.interpretation_note_en)) {
      r('interpretation is inferred but interpretation_note_zh/_en (the reason) is missing');
    }
    checkPlacement(props, f.geometry, r);
    const ps = checkMentions(props.mentions, ctx.provisions, r);
    checkStatus(props.status, ps, ctx.provisions, r);
    // An inferred role may rest on the feature's own interpretation note when the feature itself is inferred.
    if (props.roles !== undefined) checkRoles(props.roles, layer, knownIds, r, props.interpretation === 'inferred' && nonEmptyString(props.interpretation_note_en));
    if (props.beyond_city !== undefined && props.beyond_city !== true) r('beyond_city, when given, must be true');
    if (ctx.city && layer !== null && !layer.startsWith('regional-') && isObject(f.geometry)) {
      checkInsideCity(f.geometry, props, ctx.city, r);
    }
    for (const k of ['target', 'sectors_text'] as const) {
      if (props[k] !== undefined && typeof props[k] !== 'string') r(`${k} must be a string`);
    }
  });
  return problems;
}

/**
 * Returns every problem of `geo/unplaced.json`: a JSON array of `UnplacedEntry` (places the text names whose location
 * is unknown), checked like features minus the geometry, plus a non-empty `reason`.
 */
export function validateUnplaced(fileName: string, data: unknown, ctx: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(fileName, problems);
  const seen = ctx.seenIds ?? new Map<string, string>();
  const entries = unplacedEntries(data);
  if (entries === null) {
    report(null, 'must be a JSON array of unplaced entries (or an object {"unplaced": [...]})');
    return problems;
  }
  entries.forEach((e, index) => {
    const label = isObject(e) && nonEmptyString(e.id) ? e.id : `#${index}`;
    const r = (p: string) => report(label, p);
    if (!isObject(e)) {
      r('is not an object');
      return;
    }
    checkId(e.id, fileName, seen, r);
    checkUnknownKeys(e, UNPLACED_KEYS, r);
    if (!nonEmptyString(e.name_zh)) r('name_zh is missing or empty');
    if (!nonEmptyString(e.name_en)) r('name_en is missing or empty');
    if (!oneOf(KINDS, e.kind)) r(`kind ${JSON.stringify(e.kind)} is not one of KINDS`);
    if (!oneOf(SECTORS, e.sector)) r(`sector ${JSON.stringify(e.sector)} is not one of SECTORS`);
    if (!oneOf(STATUS_CLASSES, e.status_class)) r(`status_class ${JSON.stringify(e.status_class)} is not one of ${STATUS_CLASSES.join(', ')}`);
    if (!nonEmptyString(e.reason_zh) || !nonEmptyString(e.reason_en)) r('reason_zh and reason_en (why it is not on the map) are required');
    checkProse(e, [['reason_zh', 'reason_en'], ['area_hint_zh', 'area_hint_en']], r);
    if (e.within !== undefined && (!nonEmptyString(e.within) || (ctx.knownIds && !ctx.knownIds.has(e.within)))) {
      r(`within ${JSON.stringify(e.within)} is not a feature id`);
    }
    const ps = checkMentions(e.mentions, ctx.provisions, r);
    checkStatus(e.status, ps, ctx.provisions, r);
  });
  return problems;
}

/**
 * Returns every problem of a context (basemap) file `geo/context/<name>.geojson`: a FeatureCollection with
 * `metadata` {source, licence, crs: 'WGS84'} and valid geometry inside the file's bounds.
 */
export function validateContextCollection(fileName: string, fc: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(fileName, problems);
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.geojson$/, '');
  const bounds = CONTEXT_BOUNDS[name] ?? HOHHOT_BOUNDS;
  if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    report(null, 'is not a GeoJSON FeatureCollection');
    return problems;
  }
  const meta = fc.metadata;
  if (!isObject(meta) || !nonEmptyString(meta.source) || !nonEmptyString(meta.licence) || meta.crs !== 'WGS84') {
    report(null, 'metadata must give source, licence and crs: "WGS84"');
  }
  (fc.features as unknown[]).forEach((f, index) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    const label = nonEmptyString(props.id) ? props.id : nonEmptyString(props.name_zh) ? `${props.name_zh}` : `#${index}`;
    if (!isObject(f) || f.type !== 'Feature') {
      report(label, 'is not a GeoJSON Feature');
      return;
    }
    checkGeometry(f.geometry, bounds, (p) => report(label, p));
    if (isObject(f.geometry)) {
      // Shipped as is: more than 6 decimals (≈ 0.1 m) only costs bytes.
      const long = positionsOf(f.geometry).flat().find((n) => typeof n === 'number' && decimals(n) > 6);
      if (long !== undefined) report(label, `coordinate ${long} has more than 6 decimals (round to 6)`);
    }
  });
  return problems;
}

/** Returns the number of decimals a number is written with. */
function decimals(n: number): number {
  const s = String(n);
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2)) + (s.slice(0, e).split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/** Returns the entries of `geo/unplaced.json` (a bare array, or an object with an `unplaced` array); null otherwise. */
export function unplacedEntries(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.unplaced)) return data.unplaced as unknown[];
  return null;
}

/** One authored file: its name (e.g. `industry-parks.geojson`) and parsed content. */
export interface NamedData {
  name: string;
  data: unknown;
}

/**
 * Returns every problem across all authored files and the unplaced list: each file validated, ids unique across all
 * of them, `part_of` resolved against every feature id. An empty list means the data is good.
 */
export function validateAll(
  files: readonly NamedData[],
  unplaced: NamedData | null,
  ctx: Pick<ValidationContext, 'provisions' | 'city'> & {
    /** The table of retired ids (old → current) to check; `geo/aliases.ts` by default. */
    aliases?: ReadonlyMap<string, string>;
  },
): Problem[] {
  const knownIds = new Set<string>();
  for (const f of files) {
    const fc = f.data;
    if (isObject(fc) && Array.isArray(fc.features)) {
      for (const feat of fc.features as unknown[]) {
        if (isObject(feat) && isObject(feat.properties) && typeof feat.properties.id === 'string') knownIds.add(feat.properties.id);
      }
    }
  }
  const seenIds = new Map<string, string>();
  const problems: Problem[] = [];
  for (const f of files) {
    problems.push(...validateFeatureCollection(f.name, f.data, { ...ctx, knownIds, seenIds, stage: 'authored' }));
  }
  if (unplaced) problems.push(...validateUnplaced(unplaced.name, unplaced.data, { ...ctx, knownIds, seenIds }));
  problems.push(...checkSamePlace(files));
  problems.push(...checkAliases(seenIds, ctx.aliases ?? FEATURE_ALIASES));
  return problems;
}

interface Located {
  id: string;
  file: string;
  geometryKey: string;
  points: number[][];
  relatives: Set<string>;
}

/**
 * Returns a problem for every pair of features that are the same place under two ids: equal geometries, or points
 * within `SAME_PLACE_M` metres of each other, unless one is declared a part of the other (a role's `part_of`).
 */
export function checkSamePlace(files: readonly NamedData[]): Problem[] {
  const items: Located[] = [];
  for (const f of files) {
    if (!isObject(f.data) || !Array.isArray(f.data.features)) continue;
    for (const feat of f.data.features as unknown[]) {
      if (!isObject(feat) || !isObject(feat.properties) || !isObject(feat.geometry) || !nonEmptyString(feat.properties.id)) continue;
      const g = feat.geometry;
      const roles = Array.isArray(feat.properties.roles) ? (feat.properties.roles as unknown[]) : [];
      const relatives = new Set(roles.flatMap((r) => (isObject(r) && typeof r.part_of === 'string' ? [r.part_of] : [])));
      const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 1e6) / 1e6 : Array.isArray(c) ? c.map(round) : c);
      items.push({
        id: feat.properties.id,
        file: f.name,
        geometryKey: `${String(g.type)}:${JSON.stringify(round(g.coordinates))}`,
        points: g.type === 'Point' || g.type === 'MultiPoint' ? positionsOf(g) : [],
        relatives,
      });
    }
  }
  const problems: Problem[] = [];
  const related = (a: Located, b: Located) => a.relatives.has(b.id) || b.relatives.has(a.id);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (related(a, b)) continue;
      let why: string | null = null;
      if (a.geometryKey === b.geometryKey) why = 'has the same geometry as';
      else if (a.points.length && b.points.length) {
        const d = Math.min(...a.points.flatMap((p) => b.points.map((q) => distance([p[0]!, p[1]!], [q[0]!, q[1]!], { units: 'meters' }))));
        if (d < SAME_PLACE_M) why = `lies ${d.toFixed(1)} m from`;
      }
      if (why) {
        const problem = `${why} "${b.id}" (${b.file}): one place is one feature — merge them into one feature with several roles, or declare one a part of the other`;
        problems.push({ file: a.file, feature: a.id, problem, message: `${a.file}: feature "${a.id}": ${problem}` });
      }
    }
  }
  return problems;
}

/** Checks the alias table: every retired id points at an existing id and is not itself in use. */
function checkAliases(seenIds: ReadonlyMap<string, string>, aliases: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [old, current] of aliases) {
    const push = (problem: string) => problems.push({ file: 'aliases.ts', feature: old, problem, message: `aliases.ts: alias "${old}": ${problem}` });
    if (seenIds.has(old)) push(`the retired id is in use again (${seenIds.get(old)}); remove the alias or pick another id`);
    if (!seenIds.has(current)) push(`points at "${current}", which is neither a feature nor an unplaced entry`);
  }
  return problems;
}
