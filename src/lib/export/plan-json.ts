import type { EnglishPlanExport } from '../../plan/english.ts';
import { PLAN } from '../../plan/plan-data.ts';
import type { Plan } from '../../plan/types.ts';

/**
 * Returns the structured plan (`data/plan.json`) as formatted JSON text, verbatim; with `english`, also the English
 * edition (unofficial translation with its label, aligned paragraph by paragraph) as the member `translation_en`.
 */
export function planJsonText(plan: Plan = PLAN, english?: EnglishPlanExport): string {
  return `${JSON.stringify(english ? { ...plan, translation_en: english } : plan, null, 2)}\n`;
}
