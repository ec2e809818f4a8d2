/**
 * Checks a parsed GeoJSON text against RFC 7946, independently of the code that wrote it: object types and required
 * members, positions of two or three finite numbers in [lng, lat] order within range, closed linear rings of four or
 * more positions wound by the right-hand rule (exterior counter-clockwise, holes clockwise, §3.1.6), no `crs` member
 * (§4), and at most `maxDecimals` decimals per coordinate (§11.2). Returns the problems found (empty when valid).
 */

type Json = Record<string, unknown>;

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

export interface Rfc7946Options {
  /** Most decimals allowed in a coordinate (RFC 7946 suggests 6 for about 10 cm). */
  maxDecimals?: number;
  /** Optional [minLng, minLat, maxLng, maxLat] every position must fall in (catches swapped axes). */
  within?: [number, number, number, number];
}

/** Shoelace sum over a ring in lng/lat: positive when counter-clockwise. */
function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

export function checkRfc7946(doc: unknown, opts: Rfc7946Options = {}): string[] {
  const problems: string[] = [];
  const maxDecimals = opts.maxDecimals ?? 7;
  const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

  const position = (p: unknown, at: string) => {
    if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      problems.push(`${at}: a position is not 2–3 finite numbers`);
      return;
    }
    const [lng, lat] = p as number[];
    if (lng < -180 || lng > 180 || lat < -90 || lat > 90) problems.push(`${at}: [${lng}, ${lat}] is out of range for [lng, lat]`);
    if (opts.within) {
      const [a, b, c, d] = opts.within;
      if (lng < a || lng > c || lat < b || lat > d) problems.push(`${at}: [${lng}, ${lat}] lies outside the expected area (axes swapped?)`);
    }
    for (const n of p as number[]) {
      const dec = (String(n).split('.')[1] ?? '').replace(/e.*$/, '').length;
      if (dec > maxDecimals || /e-/.test(String(n))) problems.push(`${at}: ${n} has more than ${maxDecimals} decimals`);
    }
  };
  const positions = (ps: unknown, at: string, min: number) => {
    if (!Array.isArray(ps) || ps.length < min) problems.push(`${at}: needs at least ${min} positions`);
    else ps.forEach((p) => position(p, at));
  };
  const polygon = (rings: unknown, at: string) => {
    if (!Array.isArray(rings) || !rings.length) return problems.push(`${at}: a polygon needs rings`);
    rings.forEach((r, i) => {
      positions(r, `${at} ring ${i}`, 4);
      if (!Array.isArray(r) || r.length < 4) return;
      const first = r[0] as number[];
      const last = r[r.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${at} ring ${i}: not closed`);
      const a = signedArea(r as number[][]);
      if (i === 0 && a < 0) problems.push(`${at}: exterior ring is clockwise (right-hand rule wants counter-clockwise)`);
      if (i > 0 && a > 0) problems.push(`${at}: hole ${i} is counter-clockwise (right-hand rule wants clockwise)`);
    });
  };
  const geometry = (g: unknown, at: string): void => {
    if (g === null) return;
    if (!isObj(g) || !GEOMETRY_TYPES.includes(String(g.type))) return void problems.push(`${at}: not a geometry`);
    if ('crs' in g) problems.push(`${at}: has a crs member (removed in RFC 7946)`);
    const c = g.coordinates;
    switch (g.type) {
      case 'Point':
        return position(c, at);
      case 'MultiPoint':
        return positions(c, at, 1);
      case 'LineString':
        return positions(c, at, 2);
      case 'MultiLineString':
        if (!Array.isArray(c)) return void problems.push(`${at}: no coordinates`);
        return c.forEach((l, i) => positions(l, `${at} part ${i}`, 2));
      case 'Polygon':
        return void polygon(c, at);
      case 'MultiPolygon':
        if (!Array.isArray(c)) return void problems.push(`${at}: no coordinates`);
        return c.forEach((p, i) => void polygon(p, `${at} part ${i}`));
      case 'GeometryCollection':
        if (!Array.isArray(g.geometries)) return void problems.push(`${at}: no geometries`);
        return g.geometries.forEach((x, i) => geometry(x, `${at} geometry ${i}`));
    }
  };

  if (!isObj(doc)) return ['not a JSON object'];
  if ('crs' in doc) problems.push('the collection has a crs member (removed in RFC 7946)');
  if (doc.type !== 'FeatureCollection') return [...problems, 'not a FeatureCollection'];
  if (!Array.isArray(doc.features)) return [...problems, 'features is not an array'];
  doc.features.forEach((f, i) => {
    const at = `feature ${i}`;
    if (!isObj(f) || f.type !== 'Feature') return void problems.push(`${at}: not a Feature`);
    if (!('geometry' in f)) problems.push(`${at}: no geometry member`);
    if (!('properties' in f) || (f.properties !== null && !isObj(f.properties))) problems.push(`${at}: properties must be an object or null`);
    if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') problems.push(`${at}: id must be a string or number`);
    if ('crs' in f) problems.push(`${at}: has a crs member`);
    geometry(f.geometry, `${at} (${isObj(f.properties) ? String(f.properties.id) : '?'})`);
  });
  return problems;
}
