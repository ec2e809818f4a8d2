import { kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import { INTERPRETATIONS, KINDS, PRECISIONS, SECTORS, STATUS_CLASSES } from './schema.ts';
import { boundsForLayer, CONTEXT_BOUNDS, HOHHOT_BOUNDS, layerOfFile, type Bounds } from './layers.ts';
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
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const AUTHORED_KEYS = new Set([
  'id', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'interpretation', 'interpretation_note', 'status',
  'status_class', 'sector', 'mentions', 'source', 'part_of', 'note_zh', 'note_en', 'target', 'sectors_text',
  'fade_zoom', 'input_crs',
]);
// `input_crs` is listed only so that its own, clearer rule reports it in a built layer.
const OUTPUT_KEYS = new Set([
  'id', 'layer', 'name_zh', 'name_en', 'kind', 'precision', 'uncertainty_m', 'interpretation', 'status_class', 'sector',
  'fade_zoom', 'input_crs',
]);
const UNPLACED_KEYS = new Set([
  'id', 'name_zh', 'name_en', 'kind', 'sector', 'status', 'status_class', 'mentions', 'reason', 'area_hint',
]);

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
    if (props.interpretation === 'inferred' && !nonEmptyString(props.interpretation_note)) {
      r('interpretation is inferred but interpretation_note (the reason) is missing');
    }
    if (!nonEmptyString(props.source)) r('source is missing or empty');
    const ps = checkMentions(props.mentions, ctx.provisions, r);
    checkStatus(props.status, ps, ctx.provisions, r);
    if (props.part_of !== undefined) {
      if (!nonEmptyString(props.part_of)) r('part_of, when given, must be a feature id or a slogan id');
      else if (!knownIds.has(props.part_of) && !SLOGAN_IDS.has(props.part_of)) {
        r(`part_of "${props.part_of}" is neither a feature id nor a known slogan id (see geo/slogans.ts)`);
      }
    }
    for (const k of ['note_zh', 'note_en', 'target', 'sectors_text', 'interpretation_note'] as const) {
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
    if (!nonEmptyString(e.reason)) r('reason (why it is not on the map) is missing or empty');
    if (e.area_hint !== undefined && typeof e.area_hint !== 'string') r('area_hint must be a string');
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
  });
  return problems;
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
  ctx: Pick<ValidationContext, 'provisions'>,
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
  if (unplaced) problems.push(...validateUnplaced(unplaced.name, unplaced.data, { ...ctx, seenIds }));
  return problems;
}
