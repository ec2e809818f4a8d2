/** The interface languages. Chinese is the default; every interface string exists in both. */
export const LANGS = ['zh', 'en'] as const;

/** An interface language. */
export type Lang = (typeof LANGS)[number];
