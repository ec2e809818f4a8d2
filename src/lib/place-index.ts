import { pinyin } from 'pinyin-pro';
import { compact, HAN, KIND_PRIORITY, type Entry, type Form, type Place, type PlaceIndex, type PlaceKind } from './place-search.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Builds the place index that `searchPlaces` queries, and the places themselves from the plan catalog, the
 * administrative units and the landmark files. The only module that needs the pinyin dictionary (about 200 KB),
 * so it is loaded with the near-me data, not with the app.
 */

/** Builds the search index over `places` (the pinyin of every name is computed here, once). */
export function buildPlaceIndex(places: readonly Place[]): PlaceIndex {
  const entries: Entry[] = places.map((place) => {
    const zhNames = [place.name_zh, ...(place.aliases ?? []).filter((a) => HAN.test(a))];
    const enNames = [place.name_en, ...(place.aliases ?? []).filter((a) => !HAN.test(a))];
    return {
      place,
      forms: zhNames.filter(Boolean).map(makeForm),
      en: enNames.map(englishForm).filter((f) => f.text.length > 0),
      priority: KIND_PRIORITY[place.kind] ?? 9,
    };
  });
  return { entries };
}

function englishForm(name: string): { text: string; starts: Set<number> } {
  return joinWithStarts(name.split(/[\s\-–—/()（）·,]+/u).map(compact).filter(Boolean));
}

function syllables(text: string, toneType: 'none' | 'symbol'): string[] {
  const arr = pinyin(text, { type: 'array', toneType, v: toneType === 'none', nonZh: 'consecutive' });
  return arr.map((s) => compact(s)).filter((s) => s.length > 0);
}

function joinWithStarts(parts: string[]): { text: string; starts: Set<number> } {
  const starts = new Set<number>();
  let text = '';
  for (const p of parts) {
    starts.add(text.length);
    text += p;
  }
  return { text, starts };
}

function makeForm(name: string): Form {
  const plain = syllables(name, 'none');
  const toned = syllables(name, 'symbol').map((s) => s.normalize('NFC'));
  const a = joinWithStarts(plain);
  const b = joinWithStarts(toned);
  const initials = plain.map((s) => s[0]).join('');
  // zh/ch/sh are typed as two letters by many people (`shl` for 沙良); keep both styles.
  const initialsZh = plain.map((s) => (/^[zcs]h/.test(s) ? s.slice(0, 2) : s[0])).join('');
  return {
    text: compact(name),
    py: a.text,
    pyStarts: a.starts,
    pyTone: b.text,
    pyToneStarts: b.starts,
    initials,
    initialsZh,
  };
}

/** Returns a readable pinyin rendering of a Chinese name, e.g. `Xinhua Guangchang` for 新华广场. */
export function pinyinName(nameZh: string): string {
  const words = pinyin(nameZh, { type: 'array', toneType: 'none', nonZh: 'consecutive' });
  // Group syllables in pairs, which reads like most Chinese place words (新华 广场) without a word segmenter.
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const w = words.slice(i, i + 2).join('');
    if (w.trim()) out.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return out.join(' ');
}

/**
 * Returns `places` without repeated Chinese names, keeping the first of each by kind priority (a plan feature
 * wins over the park or metro station of the same name, so choosing it also selects the feature).
 */
export function dedupePlaces(places: readonly Place[]): Place[] {
  const sorted = [...places].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
  const seen = new Set<string>();
  const out: Place[] = [];
  for (const p of sorted) {
    const key = compact(p.name_zh);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the place list from the app's data.

/** The slice of the catalog the place list needs (see `Catalog` in geo/schema.ts). */
export interface PlaceCatalog {
  features: Record<
    string,
    { id: string; name_zh: string; name_en: string; kind: string; anchor: [number, number]; bbox: [number, number, number, number] }
  >;
  districts: Record<string, { name_zh: string; name_en: string }>;
}

/** A GeoJSON-like feature as the context files hold it (names may be `name`, `name_zh`, `name_en`). */
export interface ContextFeature {
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}

/** Short names people use for the county-level units, by adcode. */
const DISTRICT_ALIASES: Record<string, string[]> = {
  '150121': ['土左旗', '土左', 'Tumote Zuoqi'],
  '150122': ['托县', 'Tuoketuo'],
  '150123': ['和林', 'Helingeer'],
  '150124': ['Qingshuihe County'],
  '150125': ['Wuchuan County'],
};

/**
 * The towns that are the seats of the five banners/counties, by adcode: `[name_zh, name_en]`. Their positions come
 * from the seats context file (the county governments' points).
 */
const SEAT_TOWNS: Record<string, [string, string]> = {
  '150121': ['察素齐镇', 'Chasuqi'],
  '150122': ['双河镇', 'Shuanghe'],
  '150123': ['城关镇（和林格尔县）', 'Chengguan (Horinger)'],
  '150124': ['城关镇（清水河县）', 'Chengguan (Qingshuihe)'],
  '150125': ['可可以力更镇', 'Kekeyiligeng'],
};

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function nameOf(p: Record<string, unknown> | null): { zh: string; en: string } {
  if (!p) return { zh: '', en: '' };
  return { zh: str(p.name_zh) || str(p.name) || str(p.NAME), en: str(p.name_en) };
}

function coordsOf(c: unknown, out: number[][]): void {
  if (!Array.isArray(c)) return;
  if (typeof c[0] === 'number' && typeof c[1] === 'number') out.push(c as number[]);
  else for (const x of c) coordsOf(x, out);
}

/** Returns the bbox of a context geometry and a point for its pin (the point itself, or the bbox centre). */
function placeGeometry(
  g: ContextFeature['geometry'],
): { point: [number, number]; bbox?: [number, number, number, number] } | null {
  if (!g) return null;
  const pts: number[][] = [];
  coordsOf(g.coordinates, pts);
  if (pts.length === 0) return null;
  if (g.type === 'Point') return { point: [pts[0]![0]!, pts[0]![1]!] };
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    w = Math.min(w, x!);
    s = Math.min(s, y!);
    e = Math.max(e, x!);
    n = Math.max(n, y!);
  }
  return { point: [(w + e) / 2, (s + n) / 2], bbox: [w, s, e, n] };
}

/** Returns one place per plan feature in the catalog (pin at its anchor). */
export function placesFromCatalog(catalog: PlaceCatalog, kindLabel: (kind: string, lang: Lang) => string): Place[] {
  return Object.values(catalog.features).map((f) => ({
    id: `feature:${f.id}`,
    kind: 'feature' as const,
    name_zh: f.name_zh,
    name_en: f.name_en,
    point: f.anchor,
    bbox: f.bbox,
    featureId: f.id,
    detail_zh: kindLabel(f.kind, 'zh'),
    detail_en: kindLabel(f.kind, 'en'),
  }));
}

/**
 * Returns the city, its nine county-level units (pin at the government seat when the seats file has it, else the
 * centre of the county outline) and the five seat towns.
 */
export function adminPlaces(
  districts: PlaceCatalog['districts'],
  seats: readonly ContextFeature[],
  counties: readonly ContextFeature[],
): Place[] {
  const seatByCode = new Map<string, [number, number]>();
  for (const s of seats) {
    const code = str(s.properties?.adcode);
    const g = placeGeometry(s.geometry);
    if (code && g) seatByCode.set(code, g.point);
  }
  const countyByCode = new Map<string, { point: [number, number]; bbox?: [number, number, number, number] }>();
  for (const c of counties) {
    const code = str(c.properties?.adcode);
    const g = placeGeometry(c.geometry);
    if (code && g) countyByCode.set(code, g);
  }
  const out: Place[] = [];
  const city = seatByCode.get('150100');
  if (city) {
    out.push({
      id: 'city:150100',
      kind: 'city',
      name_zh: '呼和浩特市',
      name_en: 'Hohhot',
      aliases: ['青城', 'Huhehaote'],
      point: city,
      adcode: '150100',
      detail_zh: '市政府',
      detail_en: 'city government',
    });
  }
  for (const [code, names] of Object.entries(districts)) {
    const county = countyByCode.get(code);
    const point = seatByCode.get(code) ?? county?.point;
    if (!point) continue;
    out.push({
      id: `district:${code}`,
      kind: 'district',
      name_zh: names.name_zh,
      name_en: names.name_en,
      aliases: DISTRICT_ALIASES[code],
      point,
      bbox: county?.bbox,
      adcode: code,
    });
    const town = SEAT_TOWNS[code];
    const seat = seatByCode.get(code);
    if (town && seat) {
      out.push({
        id: `town:${code}`,
        kind: 'town',
        name_zh: town[0],
        name_en: town[1],
        aliases: [town[0].replace(/（.*）$/, '')],
        point: seat,
        adcode: code,
        detail_zh: `${names.name_zh}政府驻地`,
        detail_en: `seat of ${names.name_en}`,
      });
    }
  }
  return out;
}

/**
 * Returns the named landmarks of a context file as places of `kind` (unnamed features are skipped). English names
 * fall back to pinyin. `detail` may add a qualifier such as the metro line.
 */
export function landmarkPlaces(
  features: readonly ContextFeature[],
  kind: PlaceKind,
  detail?: (props: Record<string, unknown>) => { zh: string; en: string } | undefined,
): Place[] {
  const out: Place[] = [];
  for (const f of features) {
    const { zh, en } = nameOf(f.properties);
    const g = placeGeometry(f.geometry);
    if (!zh || !g) continue;
    const d = f.properties ? detail?.(f.properties) : undefined;
    out.push({
      id: `${kind}:${zh}`,
      kind,
      name_zh: zh,
      name_en: en || pinyinName(zh),
      point: g.point,
      bbox: g.bbox,
      detail_zh: d?.zh,
      detail_en: d?.en,
    });
  }
  return out;
}
