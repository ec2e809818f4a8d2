import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

/**
 * Extracts the few surveyed river lines the plan's ecology layers use from the shared data folder
 * (`../shared/geodata/`, next to the repository): the Yellow River and the 大黑河 from China's 1:4,000,000 national
 * basic geographic data (国家基础地理信息 1:400万), already in WGS84 there. Pure functions of those files: the same input
 * gives the same output. All coordinates are `[lng, lat]`, rounded to 5 decimals (≈ 1 m, far below the data's
 * ≈ 0.4 km accuracy).
 */

const GEODATA = new URL('../../../shared/geodata/', import.meta.url);

type Line = Feature<LineString, Record<string, unknown>>;

function readLines(file: string): Line[] {
  const fc = JSON.parse(readFileSync(fileURLToPath(new URL(file, GEODATA)), 'utf8')) as FeatureCollection;
  return fc.features.filter((f): f is Line => f.geometry?.type === 'LineString');
}

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5 + 0;

function near(a: Position, b: Position, tol = 1e-4): boolean {
  return Math.abs(a[0]! - b[0]!) < tol && Math.abs(a[1]! - b[1]!) < tol;
}

/**
 * Returns one line chained from segments that share end points, starting at `start` and following the given segments
 * in order (each reversed when needed). Throws, naming the segment, when the chain breaks.
 */
export function chain(segments: Position[][], start: Position): Position[] {
  const out: Position[] = [start];
  let end = start;
  segments.forEach((seg, i) => {
    const first = seg[0]!;
    const last = seg[seg.length - 1]!;
    let s: Position[];
    if (near(first, end)) s = seg;
    else if (near(last, end)) s = [...seg].reverse();
    else throw new Error(`segment ${i} does not continue the chain at [${end.join(', ')}]`);
    out.push(...s.slice(1));
    end = out[out.length - 1]!;
  });
  return out;
}

/** Returns a line simplified by `tolerance` degrees (Douglas–Peucker, high quality), rounded to 5 decimals. */
export function tidyLine(coords: Position[], tolerance = 0.0004): Position[] {
  const s = simplify({ type: 'LineString', coordinates: coords } as LineString, { tolerance, highQuality: true });
  const out: Position[] = [];
  for (const p of s.coordinates) {
    const q = [r5(p[0]!), r5(p[1]!)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out;
}

function findSegment(lines: Line[], from: Position, to: Position, vertices?: number): Position[] {
  const hit = lines.find((l) => {
    const c = l.geometry.coordinates;
    const ends = near(c[0]!, from, 2e-3) && near(c[c.length - 1]!, to, 2e-3);
    const rev = near(c[0]!, to, 2e-3) && near(c[c.length - 1]!, from, 2e-3);
    return (ends || rev) && (vertices === undefined || c.length === vertices);
  });
  if (!hit) throw new Error(`no segment from [${from.join(', ')}] to [${to.join(', ')}]`);
  return hit.geometry.coordinates;
}

/**
 * Returns the Yellow River (黄河) through the region, upstream (west, 110.9E) to downstream (south, 39.5N), as one
 * line along the bank that passes the 大黑河 mouth. The source draws the wide reach below Togtoh twice (both banks)
 * and a few islands as closed rings: one bank is kept and the islands are left out.
 */
export function yellowRiver(): LineString {
  const lines = readLines('yellow_river_nbgd4m_wgs84.geojson');
  const segs = [
    findSegment(lines, [110.9, 40.256], [111.2071, 40.1882], 65),
    findSegment(lines, [111.2071, 40.1882], [111.4121, 39.9885], 60),
    findSegment(lines, [111.4121, 39.9885], [111.4364, 39.9297]),
    findSegment(lines, [111.4364, 39.9297], [111.4292, 39.642]),
    findSegment(lines, [111.4292, 39.642], [111.4148, 39.5]),
  ];
  const start = segs[0]![0]![0]! < segs[0]![segs[0]!.length - 1]![0]! ? segs[0]![0]! : segs[0]![segs[0]!.length - 1]!;
  return { type: 'LineString', coordinates: tidyLine(chain(segs, start)) };
}

/**
 * Returns the main stem of the 大黑河, from where it enters the region in the east (112.4E) to its mouth at the
 * Yellow River (≈ 111.208E 40.188N). Between 111.51E and 111.95E the source has two near-parallel channels; the
 * southern one is kept (it passes the 大黑河 park at 111.80E 40.77N mapped in OpenStreetMap). The third, northern
 * channel through the south of the city is returned by `xiaoheiChannel()`.
 */
export function daheiRiver(): LineString {
  const lines = readLines('dahei_river_nbgd4m_wgs84.geojson').filter((l) => l.properties.NAME === '大黑河');
  const segs = [
    findSegment(lines, [112.4, 40.977], [111.995, 40.79]),
    findSegment(lines, [111.995, 40.79], [111.954, 40.793], 20),
    findSegment(lines, [111.954, 40.793], [111.512, 40.676], 74),
    findSegment(lines, [111.512, 40.676], [111.471, 40.679], 13),
    findSegment(lines, [111.471, 40.679], [111.324, 40.587]),
    findSegment(lines, [111.324, 40.587], [111.208, 40.188]),
  ];
  const first = segs[0]!;
  const start = first[0]![0]! > first[first.length - 1]![0]! ? first[0]! : first[first.length - 1]!;
  return { type: 'LineString', coordinates: tidyLine(chain(segs, start)) };
}

/**
 * Returns the northern channel that the 1:4M source also labels 大黑河: it leaves the main stem near 111.995E 40.79N,
 * crosses the south of the city (≈ 40.76–40.80N) and rejoins it near 111.471E 40.679N. Its course matches the
 * 小黑河, a branch of the 大黑河 through the southern urban area; that identification is the project's.
 */
export function xiaoheiChannel(): LineString {
  const lines = readLines('dahei_river_nbgd4m_wgs84.geojson').filter((l) => l.properties.NAME === '大黑河');
  const segs = [
    findSegment(lines, [111.995, 40.79], [111.67, 40.761], 40),
    findSegment(lines, [111.67, 40.761], [111.471, 40.679], 35),
  ];
  const first = segs[0]!;
  const start = first[0]![0]! > first[first.length - 1]![0]! ? first[0]! : first[first.length - 1]!;
  return { type: 'LineString', coordinates: tidyLine(chain(segs, start)) };
}

/** Returns the number of vertices of each extracted line, for a quick check. */
export function summary(): Record<string, number> {
  return {
    yellow: yellowRiver().coordinates.length,
    dahei: daheiRiver().coordinates.length,
    xiaohei: xiaoheiChannel().coordinates.length,
  };
}

