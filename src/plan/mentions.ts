import type { Catalog, Mention } from '../../geo/schema.ts';
import type { Provision } from './types.ts';

/**
 * The mention index: where the plan text names a mapped (or unplaced) feature, as clickable spans per provision.
 * Pure: no DOM.
 */

/** Anything that is mentioned in the text: a catalog feature or an unplaced entry. */
export interface MentionSource {
  id: string;
  mentions: Mention[];
}

/** A run of a provision's `text` that names one or more features (several when they share the same words). */
export interface MentionSpan {
  /** Start index in `Provision.text` (UTF-16 code units). */
  start: number;
  /** End index, exclusive. */
  end: number;
  /** Ids of every entry whose mention is exactly these words here, sorted. */
  ids: string[];
}

/** Provision number → its mention spans, sorted by `start`, never overlapping. */
export type MentionIndex = Record<number, MentionSpan[]>;

/** A mention whose words do not occur in the provision it names. */
export interface UnresolvedMention {
  id: string;
  p: number;
  text: string;
}

function candidates(provisions: readonly Provision[], entries: readonly MentionSource[]) {
  const byNumber = new Map(provisions.map((p) => [p.number, p]));
  const found = new Map<number, Map<string, MentionSpan>>();
  const unresolved: UnresolvedMention[] = [];
  for (const e of entries) {
    for (const m of e.mentions) {
      const p = byNumber.get(m.p);
      if (!p || !m.text) {
        unresolved.push({ id: e.id, p: m.p, text: m.text });
        continue;
      }
      let at = p.text.indexOf(m.text, p.title_start);
      if (at < 0) unresolved.push({ id: e.id, p: m.p, text: m.text });
      const spans = found.get(m.p) ?? new Map<string, MentionSpan>();
      found.set(m.p, spans);
      for (; at >= 0; at = p.text.indexOf(m.text, at + m.text.length)) {
        const key = `${at}:${at + m.text.length}`;
        const span = spans.get(key) ?? { start: at, end: at + m.text.length, ids: [] };
        if (!span.ids.includes(e.id)) span.ids.push(e.id);
        spans.set(key, span);
      }
    }
  }
  return { found, unresolved };
}

/**
 * Returns, for each provision, the non-overlapping spans of its text that mention the entries. Every occurrence of a
 * mention's words in its provision is linked; where spans overlap the longest wins (then the earliest); entries that
 * mention the very same words share one span listing all their ids.
 */
export function buildMentionIndex(provisions: readonly Provision[], entries: readonly MentionSource[]): MentionIndex {
  const { found } = candidates(provisions, entries);
  const index: MentionIndex = {};
  for (const [n, spans] of found) {
    const byLength = [...spans.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: MentionSpan[] = [];
    for (const s of byLength) {
      if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
      kept.push({ ...s, ids: [...s.ids].sort() });
    }
    if (kept.length) index[n] = kept.sort((a, b) => a.start - b.start);
  }
  return index;
}

/** Returns the mentions whose words are not found in the provision they name (a data error to report). */
export function unresolvedMentions(
  provisions: readonly Provision[],
  entries: readonly MentionSource[],
): UnresolvedMention[] {
  return candidates(provisions, entries).unresolved;
}

/** Returns the catalog's features and unplaced entries as mention sources (features first). */
export function catalogMentionSources(catalog: Pick<Catalog, 'features' | 'unplaced'>): MentionSource[] {
  return [...Object.values(catalog.features), ...catalog.unplaced].map((e) => ({ id: e.id, mentions: e.mentions }));
}

/** Everything the reader needs to link the text to the map, derived once from the catalog. */
export interface MentionData {
  index: MentionIndex;
  /** Ids of features drawn on the map (catalog features; unplaced entries are not). */
  mapped: ReadonlySet<string>;
  /** Id → names, for accessible labels and notes. */
  names: ReadonlyMap<string, { name_zh: string; name_en: string }>;
  /** Provision number → ids of the mapped features it mentions, sorted. */
  mappedByProvision: ReadonlyMap<number, string[]>;
}

/** Mention data with no catalog: no links, nothing mapped. */
export const EMPTY_MENTION_DATA: MentionData = {
  index: {},
  mapped: new Set(),
  names: new Map(),
  mappedByProvision: new Map(),
};

/** Returns the mention data for the provisions from a catalog (features are mapped; unplaced entries are not). */
export function buildMentionData(
  provisions: readonly Provision[],
  catalog: Pick<Catalog, 'features' | 'unplaced'>,
): MentionData {
  const features = Object.values(catalog.features);
  const mappedByProvision = new Map<number, string[]>();
  for (const f of features) {
    for (const p of new Set(f.mentions.map((m) => m.p))) {
      const list = mappedByProvision.get(p) ?? [];
      list.push(f.id);
      mappedByProvision.set(p, list);
    }
  }
  for (const list of mappedByProvision.values()) list.sort();
  const names = new Map<string, { name_zh: string; name_en: string }>();
  for (const e of [...features, ...catalog.unplaced]) names.set(e.id, { name_zh: e.name_zh, name_en: e.name_en });
  return {
    index: buildMentionIndex(provisions, catalogMentionSources(catalog)),
    mapped: new Set(features.map((f) => f.id)),
    names,
    mappedByProvision,
  };
}
