import type { EnglishPlanExport } from '../../plan/english.ts';
import type { Plan } from '../../plan/types.ts';

/** Returns the text of `data/plan.json` exactly as shipped (segments included), loaded on demand for the download. */
export function loadPlanFile(): Promise<string> {
  return import('../../../data/plan.json?raw').then((m: { default: string }) => m.default);
}

/**
 * Returns the structured plan as formatted JSON text: `planFile` is the text of `data/plan.json` (see
 * `loadPlanFile`), its content unchanged; with `english`, also the English edition (unofficial translation with its
 * label, aligned paragraph by paragraph) as the member `translation_en`.
 */
export function planJsonText(planFile: string, english?: EnglishPlanExport): string {
  const plan = JSON.parse(planFile) as Plan;
  return `${JSON.stringify(english ? { ...plan, translation_en: english } : plan, null, 2)}\n`;
}
