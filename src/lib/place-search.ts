import { pinyin } from 'pinyin-pro';

/**
 * One search over everything a resident may type to find a place: the plan's mapped features, the nine
 * districts/banners/counties, county-seat towns and well-known landmarks (metro stations, named parks, colleges).
 * Matches Chinese, English and pinyin (with or without tone marks, or initials such as `hhht`, `shl`).
 * Ranking: exact > prefix > substring > initials. Pure: build the index once, query it as the user types.
 * Coordinates are WGS84 `[lng, lat]`.
 */

/** What sort of place a search result is (drives its label and what choosing it does). */
export type PlaceKind = 'feature' | 'city' | 'district' | 'town' | 'metro' | 'park' | 'college' | 'landmark';

/** A searchable place. */
export interface Place {
  /** Unique within the index, e.g. `feature:park-jinshan`, `district:150105`, `metro:新华广场`. */
  id: string;
  kind: PlaceKind;
  name_zh: string;
  /** English name; for places without one, a pinyin rendering is generated. */
  name_en: string;
  /** Other names it goes by (e.g. `托县` for 托克托县), searched like the name. */
  aliases?: string[];
  /** Where the pin goes when the place is chosen, `[lng, lat]`. */
  point: [number, number];
  /** `[minLng, minLat, maxLng, maxLat]` when the place has an extent. */
  bbox?: [number, number, number, number];
  /** The plan feature's id, for `kind: 'feature'`. */
  featureId?: string;
  /** The county-level unit's adcode, for districts and seat towns. */
  adcode?: string;
  /** A short qualifier shown under the name (feature kind, metro line, the county a town is the seat of). */
  detail_zh?: string;
  detail_en?: string;
}

/** How well a place matched; lower is better. */
export const MATCH_RANKS = ['exact', 'prefix', 'substring', 'initials'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

/** One search result. */
export interface PlaceHit {
  place: Place;
  rank: MatchRank;
}

interface Form {
  /** Chinese (or any non-Latin) text, NFKC, lower case, without spaces and punctuation. */
  text: string;
  /** Toneless pinyin with ü as v, compact, and the offsets where syllables start. */
  py: string;
  pyStarts: Set<number>;
  /** Pinyin with tone marks (NFC), compact, and syllable starts. */
  pyTone: string;
  pyToneStarts: Set<number>;
  /** First letter of each syllable (`hhht`), and the same with zh/ch/sh kept whole (`shl` for 沙良). */
  initials: string;
  initialsZh: string;
}

interface Entry {
  place: Place;
  forms: Form[];
  /** English name and aliases, compact and lower case, with the offsets where words start. */
  en: { text: string; starts: Set<number> }[];
  priority: number;
}

/** A prepared search index (build once with `buildPlaceIndex`). */
export interface PlaceIndex {
  entries: Entry[];
}

// Plan features first: the app is about them; then administrative units, then landmarks.
const KIND_PRIORITY: Record<PlaceKind, number> = {
  city: 0,
  district: 1,
  feature: 2,
  town: 3,
  metro: 4,
  landmark: 5,
  park: 6,
  college: 7,
};

const HAN = /\p{Script=Han}/u;
// Tone marks survive NFD as combining diacritics U+0300–U+030C; the diaeresis of ü (U+0308) is not a tone.
const TONE_MARK = /[\u0300\u0301\u0304\u030C]/u;

/** Returns the text lower-cased, NFKC-normalised, without whitespace and punctuation (keeps letters and digits). */
export function compact(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
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

function rankText(hay: string, q: string): number {
  if (!hay || !q) return 9;
  if (hay === q) return 0;
  if (hay.startsWith(q)) return 1;
  if (hay.includes(q)) return 2;
  return 9;
}

/** Ranks `q` against `hay`, where matches inside `hay` count only when they begin at one of `starts`. */
function rankAtStarts(hay: string, starts: Set<number>, q: string): number {
  if (!hay) return 9;
  if (hay === q) return 0;
  if (hay.startsWith(q)) return 1;
  // Inside the pinyin, only matches that begin on a syllable count: `han` finds 赛罕, `aiha` finds nothing.
  for (let i = hay.indexOf(q, 1); i !== -1; i = hay.indexOf(q, i + 1)) if (starts.has(i)) return 2;
  return 9;
}

function rankEntry(e: Entry, q: string, qLatin: boolean, qToned: boolean): number {
  let best = 9;
  if (!qLatin) {
    for (const f of e.forms) best = Math.min(best, rankText(f.text, q));
    return best;
  }
  // English, like pinyin, matches inside a name only from the start of a word (`east` finds "Hohhot East").
  for (const en of e.en) best = Math.min(best, rankAtStarts(en.text, en.starts, q));
  if (best === 0) return 0;
  for (const f of e.forms) {
    best = qToned
      ? Math.min(best, rankAtStarts(f.pyTone, f.pyToneStarts, q))
      : Math.min(best, rankAtStarts(f.py, f.pyStarts, q));
    if (best > 3 && q.length >= 2 && (f.initials.startsWith(q) || f.initialsZh.startsWith(q))) best = 3;
  }
  return best;
}

/**
 * Returns up to `limit` places matching `query`, best first: exact before prefix before substring before initials,
 * then city/districts before plan features before landmarks, then shorter names. An empty query returns nothing.
 * A query with tone marks (`sàihǎn`) must match the tones; without them (`saihan`) any tones match.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceHit[] {
  const raw = query.normalize('NFC').trim();
  if (!raw) return [];
  const qToned = TONE_MARK.test(raw.normalize('NFD'));
  const q = qToned ? compact(raw).normalize('NFC') : stripTones(compact(raw));
  if (!q) return [];
  const qLatin = !HAN.test(q) && /[a-z]/.test(q);
  const hits: { entry: Entry; rank: number }[] = [];
  for (const entry of index.entries) {
    const rank = rankEntry(entry, q, qLatin, qToned);
    if (rank <= 3) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.entry.priority - b.entry.priority ||
      a.entry.place.name_zh.length - b.entry.place.name_zh.length ||
      a.entry.place.name_zh.localeCompare(b.entry.place.name_zh, 'zh'),
  );
  return hits.slice(0, limit).map((h) => ({ place: h.entry.place, rank: MATCH_RANKS[h.rank]! }));
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
export function placesFromCatalog(catalog: PlaceCatalog, kindLabel: (kind: string, lang: 'zh' | 'en') => string): Place[] {
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
