import type { Catalog } from '../../../geo/schema.ts';
import { englishMentionsOf, type EnglishEdition } from '../../plan/english.ts';
import { buildMentionData } from '../../plan/mentions.ts';
import { PLAN } from '../../plan/plan-data.ts';
import type { ExportEnglish } from './collection.ts';

/**
 * Returns what the downloads take from the English edition: its label, the English provision titles and each
 * feature's English words (the spans the reader links, derived from the same mention index as the Chinese).
 */
export function englishForExport(english: EnglishEdition, catalog: Pick<Catalog, 'features' | 'unplaced'>): ExportEnglish {
  const mentions = buildMentionData(PLAN.provisions, catalog);
  const index = english.mentions(mentions.index, mentions.names).index;
  const provisions = english.plan.provisions;
  return {
    label: english.plan.label_en,
    titleOf: (p) => provisions.find((x) => x.number === p)?.title,
    mentionsOf: (id) => englishMentionsOf(index, provisions, id),
  };
}
