import type { Provision } from './types.ts';
import { parseChineseNumeral } from './parse.ts';

/**
 * Full-text search over the provisions: Chinese substring matching (no word segmentation is needed for substring
 * search), or, for the English edition, case-insensitive matching at the start of words; ranked, with match spans and
 * counts; and look-up by number (`22`, `(22)`, `（22）`, `第22条`, `第二十二条`). Pure: no DOM.
 */

/** A half-open range `[start, end)` of UTF-16 code units in a provision's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** One provision that contains every term of the query. */
export interface SearchHit {
  /** Provision number 1–53. */
  number: number;
  /** Occurrences of all terms in the provision (non-overlapping per term). */
  count: number;
  /** How many of the query's terms occur in the title sentence. */
  titleTerms: number;
  /** Matched ranges in `Provision.text`, sorted, merged where they overlap. */
  spans: Span[];
  score: number;
}

export interface SearchResult {
  /** The query as searched (trimmed, at most {@link MAX_QUERY_LENGTH} characters). */
  query: string;
  /** The terms searched for (split on white space), folded. */
  terms: string[];
  /** The number the query names, if it is a number query, even one out of range (the UI says so). */
  numberQuery: number | null;
  /** `numberQuery` when it names an existing provision. */
  numberMatch: number | null;
  /** Provisions containing every term, best first. */
  hits: SearchHit[];
  /** Occurrences over all hits. */
  total: number;
}

export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;

/**
 * Folds one UTF-16 code unit so that what users type matches what the text has, keeping lengths equal (so spans in
 * the folded text are spans in the original): full-width ASCII → ASCII (the plan uses ASCII `,` and `()` among Chinese
 * characters, phones type `，` and `（）`), ideographic space → space, curly quotes → straight, dashes and hyphens → `-`
 * (the English edition writes `Hohhot–Baotou`, keyboards type `Hohhot-Baotou`), Latin → lower case.
 */
function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  else if (c === 0x201c || c === 0x201d) c = 0x22;
  else if (c === 0x2018 || c === 0x2019) c = 0x27;
  else if (c >= 0x2010 && c <= 0x2014) c = 0x2d;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

/** Returns `s` folded for matching; same length as `s`, position for position. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

const NUMBER_RE = /^(?:第\s*)?\(?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)?\s*(?:条)?$/;

/**
 * Returns the provision number a query names — `22`, `(22)`, `（22）`, `第22条`, `第二十二条`, `p22` — or null when the
 * query is not a number query. The number is not range-checked.
 */
export function parseNumberQuery(q: string): number | null {
  const s = fold(q.trim()).replace(/^p(?=\d)/, '');
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  // A bare Chinese numeral (`十`) is as likely a word as a number: only accept it with 第 or brackets.
  if (!/\d/.test(m[1]) && s === m[1]) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
}

/** Whether the UTF-16 unit at `i` of `s` is a Latin letter or digit (for word boundaries in folded English text). */
const isWordUnit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f);
};

function occurrences(hay: string, needle: string, from: number, wordStart = false): number[] {
  const out: number[] = [];
  let i = hay.indexOf(needle, from);
  while (i >= 0) {
    // Inside a word (a letter before and the needle starting with one): not a match in word-start mode.
    if (wordStart && i > 0 && isWordUnit(hay, i - 1) && isWordUnit(hay, i)) {
      i = hay.indexOf(needle, i + 1);
      continue;
    }
    out.push(i);
    i = hay.indexOf(needle, i + needle.length);
  }
  return out;
}

/** How the text is matched: `substring` anywhere (Chinese), or `word-start` (English: `park` finds `parks`, not `spark`). */
export type SearchMode = 'substring' | 'word-start';

/** Sorts spans and merges the ones that overlap or touch. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Folded provision bodies, computed once per provisions array. */
const foldCache = new WeakMap<readonly Provision[], string[]>();

/**
 * Searches the provisions for `query`. Every white-space-separated term must occur (AND). The number prefix `(22)` is
 * not searched as text. Ranking: terms in the title sentence first, then more occurrences, then document order.
 * Matching is case-insensitive in both modes; `word-start` (for the English edition) only matches where a word starts.
 */
export function searchProvisions(provisions: readonly Provision[], query: string, mode: SearchMode = 'substring'): SearchResult {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  const numberQuery = q ? parseNumberQuery(q) : null;
  const numberMatch =
    numberQuery != null && provisions.some((p) => p.number === numberQuery) ? numberQuery : null;
  const terms = [...new Set(fold(q).split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
  const empty: SearchResult = { query: q, terms, numberQuery, numberMatch, hits: [], total: 0 };
  // `(22)` or `第22条` are only look-ups; a bare `22` is also searched as text (it can be part of a figure).
  if (!terms.length || (numberQuery != null && !/^\d+$/.test(q))) return empty;

  let folded = foldCache.get(provisions);
  if (!folded) {
    folded = provisions.map((p) => fold(p.text));
    foldCache.set(provisions, folded);
  }
  const hits: SearchHit[] = [];
  provisions.forEach((p, i) => {
    const text = folded[i];
    const spans: Span[] = [];
    let count = 0;
    let titleTerms = 0;
    for (const t of terms) {
      const at = occurrences(text, t, p.title_start, mode === 'word-start');
      if (!at.length) return;
      count += at.length;
      if (at[0] + t.length <= p.title_end) titleTerms++;
      for (const s of at) spans.push({ start: s, end: s + t.length });
    }
    hits.push({ number: p.number, count, titleTerms, spans: mergeSpans(spans), score: titleTerms * 1000 + count });
  });
  hits.sort((a, b) => b.score - a.score || a.number - b.number);
  return { ...empty, hits, total: hits.reduce((n, h) => n + h.count, 0) };
}

/** A window of a provision's text around some matches, for a result list. */
export interface Snippet {
  start: number;
  end: number;
  /** The matches inside the window. */
  spans: Span[];
}

/**
 * Returns up to `max` windows of `text` around `spans`, each reaching `radius` characters either side of its
 * matches (windows that would overlap are merged), never starting before `from` (e.g. a provision's `title_start`);
 * with `words`, each window is widened to whole words (for English).
 */
export function makeSnippets(text: string, spans: Span[], radius = 24, max = 3, from = 0, words = false): Snippet[] {
  const out: Snippet[] = [];
  for (const s of mergeSpans(spans)) {
    let start = Math.max(from, s.start - radius);
    let end = Math.min(text.length, s.end + radius);
    // English: widen the window to whole words rather than cut one in half.
    if (words) {
      while (start > from && /\S/.test(text[start - 1])) start--;
      while (end < text.length && /\S/.test(text[end])) end++;
    }
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.spans.push(s);
    } else {
      if (out.length === max) break;
      out.push({ start, end, spans: [s] });
    }
  }
  return out;
}
