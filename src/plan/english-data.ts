import glossaryJson from '../../data/glossary.json';
import planEnJson from '../../data/plan.en.json';
import type { MentionIndex } from './mentions.ts';
import {
  buildEnglishMentions,
  buildEnglishPlan,
  englishPlanExport,
  type EnglishEdition,
  type EnglishMentions,
  type EntryNames,
  type Glossary,
  type PlanEnFile,
} from './english.ts';
import { PLAN } from './plan-data.ts';

/**
 * The English edition's data (`data/plan.en.json`, `data/glossary.json`) and the code that needs it. Never imported
 * statically by the app: `loadEnglish` loads it as its own chunk, so Chinese readers do not download it.
 */
export const PLAN_EN_FILE = planEnJson as PlanEnFile;
export const GLOSSARY = glossaryJson as Glossary;

const plan = buildEnglishPlan(PLAN_EN_FILE, PLAN, GLOSSARY);
const cache = new WeakMap<MentionIndex, EnglishMentions>();

/** The English edition: the plan, its mention spans for a given Chinese mention index, and its download form. */
export const ENGLISH: EnglishEdition = {
  plan,
  mentions(zhIndex: MentionIndex, names: EntryNames) {
    let m = cache.get(zhIndex);
    if (!m) {
      m = buildEnglishMentions(PLAN.provisions, plan.provisions, zhIndex, names, GLOSSARY);
      cache.set(zhIndex, m);
    }
    return m;
  },
  exportData: () => englishPlanExport(PLAN_EN_FILE, GLOSSARY),
};
