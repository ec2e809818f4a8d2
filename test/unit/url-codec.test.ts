import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeHash, encodeHash } from '../../src/store/url-codec.ts';
import type { UrlState } from '../../src/store/types.ts';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

describe('url codec', () => {
  it('omits every default', () => {
    expect(encodeHash(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips a full state', () => {
    const s = state({
      lang: 'en',
      p: 22,
      f: 'park-jinshan',
      layers: ['industry-belts', 'industry-parks'],
      map: { zoom: 9.5, lat: 40.81234, lng: 111.65432, bearing: 12.5, pitch: 30 },
      basemap: 'osm',
      q: '大青山',
      near: { lng: 111.68, lat: 40.82, radius: 3000 },
      story: 3,
      filters: { sectors: ['dairy'], statuses: ['planned', 'underway'], districts: ['150105'] },
      tab: 'near',
      embed: true,
    });
    expect(decodeHash(`#${encodeHash(s)}`)).toEqual({ state: s, rejected: [] });
  });

  it('writes readable keys with fixed precision', () => {
    const hash = encodeHash(state({ p: 22, map: { zoom: 10.123456, lat: 40.8123456789, lng: 111.6543219 } }));
    expect(hash).toBe('p=22&map=10.12/40.81235/111.65432');
  });

  it.each(['p=99', 'p=0', 'p=abc', 'p=-1', 'p=22.5', 'p='])('rejects a bad provision: %s', (h) => {
    const r = decodeHash(h);
    expect(r.state.p).toBeNull();
    expect(r.rejected).toContain('p');
  });

  it('accepts the provision in parentheses', () => {
    expect(decodeHash('p=(22)').state.p).toBe(22);
  });

  it('drops unknown layers when the known ids are given', () => {
    const r = decodeHash('layers=industry-belts,nope', { layerIds: ['industry-belts'] });
    expect(r.state.layers).toEqual(['industry-belts']);
    expect(r.rejected).toContain('layers');
  });

  it('drops filter values outside the schema, names the key, and keeps the rest', () => {
    const r = decodeHash('sector=dairy,constructor,nope&status=underway,__proto__&district=150105');
    expect(r.state.filters).toEqual({ sectors: ['dairy'], statuses: ['underway'], districts: ['150105'] });
    expect(r.rejected).toEqual(['sector', 'status']);
    expect(decodeHash('district=150105,<b>').rejected).toEqual(['district']);
  });

  it('keeps an explicitly empty layer list (everything hidden)', () => {
    expect(decodeHash('layers=').state.layers).toEqual([]);
  });

  it.each(['map=1/2', 'map=30/40/111', 'map=10/95/111', 'map=10/40/200', 'map=a/b/c', 'map=10/40/111/9999'])(
    'rejects a bad view: %s',
    (h) => {
      const r = decodeHash(h);
      expect(r.state.map).toBeNull();
      expect(r.rejected).toEqual(['map']);
    },
  );

  it.each(['near=111,40', 'near=111,40,5', 'near=111,40,999999', 'near=x,40,300'])('rejects a bad pin: %s', (h) => {
    expect(decodeHash(h).state.near).toBeNull();
  });

  it('bounds the story step by the sequence length', () => {
    expect(decodeHash('story=9', { storySteps: 8 }).state.story).toBeNull();
    expect(decodeHash('story=8', { storySteps: 8 }).state.story).toBe(8);
  });

  it('ignores unknown keys', () => {
    expect(decodeHash('foo=bar&p=3')).toEqual({ state: state({ p: 3 }), rejected: [] });
  });
});

/** A small deterministic PRNG so that a failing case can be reproduced from its seed. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['p', 'f', 'layers', 'map', 'basemap', 'q', 'near', 'story', 'sector', 'status', 'district', 'tab', 'embed', 'lang', 'x'];
const ATOMS = ['', '0', '22', '-1', '99', 'NaN', 'Infinity', '1e9', '%', '%E4%B8', '%ZZ', '&', '=', '#', '/', ',', '..', '大青山', '\u0000', '\uD800', ' ', '+', '10/40.8/111.7', 'industry-belts', '(22)', 'en', 'zh'];

function randomHash(rand: () => number): string {
  const pick = <T,>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
  const n = Math.floor(rand() * 6);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const value = Array.from({ length: Math.floor(rand() * 4) }, () => pick(ATOMS)).join(pick(['', ',', '/', '.']));
    parts.push(rand() < 0.1 ? value : `${pick(KEYS)}=${value}`);
  }
  if (rand() < 0.2) parts.push(String.fromCharCode(...Array.from({ length: 8 }, () => Math.floor(rand() * 0xffff))));
  return (rand() < 0.5 ? '#' : '') + parts.join(pick(['&', '&&', ';']));
}

function isValidState(s: UrlState): boolean {
  const okNum = (n: number) => Number.isFinite(n);
  return (
    (s.lang === 'zh' || s.lang === 'en') &&
    (s.p === null || (Number.isInteger(s.p) && s.p >= 1 && s.p <= 53)) &&
    (s.map === null || [s.map.zoom, s.map.lat, s.map.lng].every(okNum)) &&
    (s.near === null || (okNum(s.near.lng) && okNum(s.near.lat) && s.near.radius >= 100)) &&
    (s.story === null || (Number.isInteger(s.story) && s.story >= 1)) &&
    typeof s.q === 'string' &&
    Array.isArray(s.filters.sectors)
  );
}

describe('url codec under random and malformed input', () => {
  it('never throws and always yields a valid state that re-encodes stably (5,000 hashes)', () => {
    const rand = mulberry32(20251125);
    for (let i = 0; i < 5000; i++) {
      const hash = randomHash(rand);
      const { state: s } = decodeHash(hash);
      expect(isValidState(s), `hash #${i}: ${JSON.stringify(hash)}`).toBe(true);
      const again = decodeHash(encodeHash(s)).state;
      expect(again, `re-encode of hash #${i}: ${JSON.stringify(hash)}`).toEqual(s);
    }
  });
});
