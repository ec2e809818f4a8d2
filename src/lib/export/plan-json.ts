import { PLAN } from '../../plan/plan-data.ts';
import type { Plan } from '../../plan/types.ts';

/** Returns the structured plan (`data/plan.json`) as formatted JSON text, verbatim. */
export function planJsonText(plan: Plan = PLAN): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
