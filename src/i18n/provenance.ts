import type { CatalogEntry, PlacedBy, Role, UnplacedEntry } from '../../geo/schema.ts';
import { SLOGANS } from '../../geo/slogans.ts';
import { VOCABULARY } from './vocabulary.ts';

/**
 * Words for where a feature's position and facts come from, in each language: how an approximate feature was placed,
 * its roles in the plan's layouts, and the fields of an unplaced entry. Pure; used by the feature panel.
 */

export type ProvenanceLang = 'zh' | 'en';

export const PROVENANCE_STRINGS = {
  zh: {
    placedBy: '定位方式',
    roles: '在规划中的角色',
    partOf: '属于',
    notDrawn: '未在地图上标绘',
    whyNotDrawn: '原因',
    whereabouts: '大致所在',
    showArea: '在地图上显示所在范围',
    beyondCity: '图形越出市界（原因见说明）',
  },
  en: {
    placedBy: 'How it was placed',
    roles: 'Roles in the plan',
    partOf: 'Part of',
    notDrawn: 'Not drawn on the map',
    whyNotDrawn: 'Why',
    whereabouts: 'Whereabouts',
    showArea: 'Show the area it lies in',
    beyondCity: 'The drawing extends beyond the city boundary (see the note)',
  },
} as const;

/** Returns how an approximate feature was placed, in words ("采用公开发布的坐标" / "a published coordinate"). */
export function placedByPhrase(placedBy: string | undefined, lang: ProvenanceLang): string | null {
  const words = VOCABULARY[lang].precision.placedBy;
  return placedBy && Object.hasOwn(words, placedBy) ? words[placedBy as PlacedBy] : null;
}

/** Returns the text of a bilingual field pair in `lang` (never the other language), or null when absent. */
export function inLang<T extends object>(record: T, field: string, lang: ProvenanceLang): string | null {
  const v = (record as Record<string, unknown>)[`${field}_${lang}`];
  return typeof v === 'string' && v.trim() ? v : null;
}

/** One role as the panel shows it: what it is part of (a name), its own label, and its note, in one language. */
export interface RoleView {
  /** The feature id it is part of (for a link), when `part_of` names a feature. */
  featureId: string | null;
  /** The name of what it is part of: a feature's name or a slogan's phrase / English name. */
  whole: string | null;
  label: string | null;
  interpretation: Role['interpretation'];
  note: string | null;
}

/** Returns the roles of an entry ready to show in `lang`, resolving `part_of` against the catalog and the slogans. */
export function roleViews(
  entry: Pick<CatalogEntry, 'roles'>,
  features: Readonly<Record<string, Pick<CatalogEntry, 'name_zh' | 'name_en'>>>,
  lang: ProvenanceLang,
): RoleView[] {
  return (entry.roles ?? []).map((r) => {
    let whole: string | null = null;
    let featureId: string | null = null;
    if (r.part_of) {
      const slogan = SLOGANS.find((s) => s.id === r.part_of);
      const f = Object.hasOwn(features, r.part_of) ? features[r.part_of] : undefined;
      if (f) {
        featureId = r.part_of;
        whole = lang === 'zh' ? f.name_zh : f.name_en || f.name_zh;
      } else if (slogan) whole = lang === 'zh' ? `“${slogan.phrase}”` : slogan.name_en;
    }
    return { featureId, whole, label: inLang(r, 'label', lang), interpretation: r.interpretation, note: inLang(r, 'interpretation_note', lang) };
  });
}

/** Returns an unplaced entry's reason and whereabouts in `lang`. */
export function unplacedWords(entry: UnplacedEntry, lang: ProvenanceLang): { reason: string | null; hint: string | null } {
  return { reason: inLang(entry, 'reason', lang), hint: inLang(entry, 'area_hint', lang) };
}
