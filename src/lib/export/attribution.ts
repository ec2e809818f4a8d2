import type { Catalog } from '../../../geo/schema.ts';

/**
 * The attribution lines that go with exported data. Kept apart from the export builders so that the print dialog
 * can credit its sources without loading them.
 */

/** One attribution line as carried by exports. */
export interface ExportAttribution {
  /** The source's id in the catalog (e.g. `osm`). */
  id?: string;
  text: string;
  licence: string;
  url?: string;
  /** The line in Chinese / English, when the catalog has it in that language. */
  text_zh?: string;
  text_en?: string;
}

/** Returns the attribution lines that apply to `layerIds` (lines used by one of them, or by no layer in particular). */
export function attributionFor(catalog: Catalog, layerIds: readonly string[]): ExportAttribution[] {
  const ids = new Set(layerIds);
  return catalog.attribution
    .filter((a) => a.used_by.length === 0 || a.used_by.includes('*') || a.used_by.some((u) => ids.has(u)))
    .map((a) => {
      const out: ExportAttribution = { id: a.id, text: a.text, licence: a.licence };
      if (a.url) out.url = a.url;
      // Translations of the line travel with it when the catalog has them.
      for (const k of ['text_zh', 'text_en'] as const) {
        const v = (a as unknown as Record<string, unknown>)[k];
        if (typeof v === 'string' && v) out[k] = v;
      }
      return out;
    });
}
