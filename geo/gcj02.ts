/**
 * China's GCJ-02 ("Mars") coordinate offset: the public forward formula (WGS84 → GCJ-02) and its iterative inverse
 * (GCJ-02 → WGS84). Pure functions over `[lng, lat]` pairs in degrees.
 *
 * Maps published in China (Amap/高德, Tencent, DataV) are in GCJ-02; at Hohhot the offset is about 580 m east and
 * 160 m north. The formula has no closed inverse, so `gcj02ToWgs84` iterates the forward formula until the residual
 * is far below a millimetre.
 */

/** A position `[lng, lat]` in degrees (an optional third value, e.g. elevation, is carried through unchanged). */
export type LngLat = [number, number] | [number, number, number];

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as used by the GCJ-02 formula
const EE = 0.00669342162296594323; // its first eccentricity squared

/** Returns true when `[lng, lat]` lies outside the rectangle where GCJ-02 applies an offset (then it is WGS84 as is). */
export function outOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

/** Returns the GCJ-02 position `[lng, lat]` of a WGS84 position `[lng, lat]` (degrees); unchanged outside China. */
export function wgs84ToGcj02(position: LngLat): LngLat {
  const [lng, lat] = position;
  if (outOfChina(lng, lat)) return [...position] as LngLat;
  let dLat = transformLat(lng - 105.0, lat - 35.0);
  let dLng = transformLng(lng - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return withRest([lng + dLng, lat + dLat], position);
}

/**
 * Returns the WGS84 position `[lng, lat]` of a GCJ-02 position `[lng, lat]` (degrees), by fixed-point iteration of
 * the forward formula (residual < 1e-10° ≈ 0.01 mm); unchanged outside China.
 */
export function gcj02ToWgs84(position: LngLat): LngLat {
  const [gLng, gLat] = position;
  if (outOfChina(gLng, gLat)) return [...position] as LngLat;
  let lng = gLng;
  let lat = gLat;
  for (let i = 0; i < 50; i++) {
    const [fLng, fLat] = wgs84ToGcj02([lng, lat]);
    const dLng = fLng - gLng;
    const dLat = fLat - gLat;
    lng -= dLng;
    lat -= dLat;
    if (Math.abs(dLng) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return withRest([lng, lat], position);
}

function withRest(pair: [number, number], original: LngLat): LngLat {
  return original.length > 2 ? [pair[0], pair[1], original[2] as number] : pair;
}

/**
 * Returns a copy of a GeoJSON geometry with every position converted from GCJ-02 to WGS84 (`[lng, lat]`).
 * Geometry types other than the six simple ones are returned unchanged (the validator rejects them anyway).
 */
export function geometryGcj02ToWgs84<G extends { type: string; coordinates?: unknown }>(geometry: G): G {
  const convert = (c: unknown): unknown => {
    if (Array.isArray(c) && typeof c[0] === 'number') return gcj02ToWgs84(c as LngLat);
    if (Array.isArray(c)) return c.map(convert);
    return c;
  };
  if (!('coordinates' in geometry)) return geometry;
  return { ...geometry, coordinates: convert(geometry.coordinates) };
}
