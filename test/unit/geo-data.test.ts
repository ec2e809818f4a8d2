import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearGeoDataCache, GeoDataError, GEO_ATTRIBUTION, loadCatalog, loadContext, loadLayer } from '../../src/lib/geo-data.ts';

const CATALOG = { generated_by: 'x', features: {}, unplaced: [], layers: {}, districts: {}, attribution: [] };
const LAYER = { type: 'FeatureCollection', features: [] };

function respond(body: string, status = 200): Response {
  return new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' });
}

describe('geo-data loader', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    clearGeoDataCache();
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  test('loads the catalog from a relative URL', async () => {
    fetchMock.mockResolvedValue(respond(JSON.stringify(CATALOG)));
    await expect(loadCatalog()).resolves.toEqual(CATALOG);
    const url = String(fetchMock.mock.calls[0]![0]);
    expect(url).toMatch(/^(\.\/|\/)?geo\/catalog\.json$/);
    expect(url.startsWith('http')).toBe(false);
  });

  test('fetches each file once (cached promise)', async () => {
    fetchMock.mockImplementation(async () => respond(JSON.stringify(LAYER)));
    const [a, b] = await Promise.all([loadLayer('industry-parks'), loadLayer('industry-parks')]);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test('an HTTP error throws GeoDataError naming the file and the status', async () => {
    fetchMock.mockResolvedValue(respond('nope', 404));
    const err = await loadLayer('industry-parks').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GeoDataError);
    expect((err as GeoDataError).file).toBe('geo/layers/industry-parks.geojson');
    expect((err as Error).message).toMatch(/geo\/layers\/industry-parks\.geojson: HTTP 404/);
  });

  test('invalid JSON throws GeoDataError naming the file', async () => {
    fetchMock.mockResolvedValue(respond('{"type": "FeatureCollection", '));
    await expect(loadContext('counties')).rejects.toThrow(/geo\/context\/counties\.geojson: the file is not valid JSON/);
  });

  test('a wrong shape throws GeoDataError naming the file', async () => {
    fetchMock.mockResolvedValue(respond(JSON.stringify({ type: 'Feature' })));
    await expect(loadLayer('regional-links')).rejects.toThrow(/geo\/layers\/regional-links\.geojson: expected a GeoJSON FeatureCollection/);
  });

  test('a catalog without its features throws GeoDataError', async () => {
    fetchMock.mockResolvedValue(respond(JSON.stringify({ ...CATALOG, features: undefined })));
    await expect(loadCatalog()).rejects.toThrow(/geo\/catalog\.json: catalog\.features is missing/);
  });

  test('a network failure throws GeoDataError', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(loadCatalog()).rejects.toThrow(/geo\/catalog\.json: network error/);
  });

  test('a failed load is retried on the next call', async () => {
    fetchMock.mockResolvedValueOnce(respond('x', 500)).mockResolvedValueOnce(respond(JSON.stringify(LAYER)));
    await expect(loadLayer('consumption')).rejects.toBeInstanceOf(GeoDataError);
    await expect(loadLayer('consumption')).resolves.toEqual(LAYER);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('an unknown context name is rejected without fetching', async () => {
    await expect(loadContext('atlantis' as never)).rejects.toThrow(/not a context file name/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('exports an attribution line for OpenStreetMap with its licence', () => {
    const osm = GEO_ATTRIBUTION.find((a) => a.id === 'osm');
    expect(osm?.short_en).toMatch(/OpenStreetMap contributors/);
    expect(osm?.short_zh).toMatch(/OpenStreetMap 贡献者/);
    expect(osm?.licence_en).toBe('ODbL 1.0');
  });
});
