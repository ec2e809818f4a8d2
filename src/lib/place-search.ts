/**
 * One search over everything a resident may type to find a place: the plan's mapped features, the nine
 * districts/banners/counties, county-seat towns and well-known landmarks (metro stations, named parks, colleges).
 * Matches Chinese, English and pinyin (with or without tone marks, or initials such as `hhht`, `shl`).
 * Ranking: exact > prefix > substring > initials. Pure: build the index once (`place-index.ts`), query it as the user
 * types. This module holds the query side only, so the pinyin dictionary is not needed until the index is built.
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

export interface Form {
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

export interface Entry {
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
export const KIND_PRIORITY: Record<PlaceKind, number> = {
  city: 0,
  district: 1,
  feature: 2,
  town: 3,
  metro: 4,
  landmark: 5,
  park: 6,
  college: 7,
};

export const HAN = /\p{Script=Han}/u;
// Tone marks survive NFD as combining diacritics U+0300–U+030C; the diaeresis of ü (U+0308) is not a tone.
const TONE_MARK = /[\u0300\u0301\u0304\u030C]/u;

/** Returns the text lower-cased, NFKC-normalised, without whitespace and punctuation (keeps letters and digits). */
export function compact(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
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
