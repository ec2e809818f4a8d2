/**
 * The label shown wherever the English translation of the plan is shown (reader, feature panel, downloads, PNG sheet,
 * briefing): in the English interface in English, in the Chinese interface in Chinese. `data/plan.en.json` carries the
 * same words (a test keeps them equal).
 */
export const TRANSLATION_LABEL = {
  en: 'Unofficial English translation prepared for this map; the Chinese text is authoritative.',
  zh: '英文为本图非官方译文，以中文原文为准。',
} as const;
