import type { Catalog } from '../../../geo/schema.ts';

/**
 * The attribution lines that go with exported data. Kept apart from the export builders so that the print dialog
 * can credit its sources without loading them.
 */

/** One attribution line as carried by exports. */
export interface ExportAttribution {
  /** The source's id in the catalog (e.g. `osm`). */
  id?: string;
  /** The line in the language asked for, or `中文 / English` for the bilingual exports. */
  text: string;
  licence: string;
  url?: string;
  /** The line and its licence in each language. */
  text_zh?: string;
  text_en?: string;
  licence_zh?: string;
  licence_en?: string;
}

/**
 * Returns the attribution lines that apply to `layerIds` (lines used by one of them, or by no layer in particular),
 * in `lang`, or in both languages (`中文 / English`) when no language is given (the bilingual exports); each line
 * also keeps both languages apart.
 */
export function attributionFor(catalog: Catalog, layerIds: readonly string[], lang?: 'zh' | 'en'): ExportAttribution[] {
  const ids = new Set(layerIds);
  const pick = (zh: string, en: string) => (lang === 'zh' ? zh : lang === 'en' ? en : zh === en ? zh : `${zh} / ${en}`);
  return catalog.attribution
    .filter((a) => a.used_by.length === 0 || a.used_by.includes('*') || a.used_by.some((u) => ids.has(u)))
    .map((a) => {
      const line: ExportAttribution = { id: a.id, text: pick(a.text_zh, a.text_en), licence: pick(a.licence_zh, a.licence_en) };
      if (a.url) line.url = a.url;
      return { ...line, text_zh: a.text_zh, text_en: a.text_en, licence_zh: a.licence_zh, licence_en: a.licence_en };
    });
}
