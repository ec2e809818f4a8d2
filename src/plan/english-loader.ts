import type { EnglishEdition } from './english.ts';

/**
 * Loads the English edition on demand (its own chunk): only when the interface is English, the reader asks for the
 * translation, or the plan is downloaded. A failed load is forgotten so that the next request tries again.
 */
let pending: Promise<EnglishEdition> | null = null;

/** Returns the English edition, loading it on first use. */
export function loadEnglish(): Promise<EnglishEdition> {
  pending ??= import('./english-data.ts').then(
    (m) => m.ENGLISH,
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
