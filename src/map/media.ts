/** Returns whether a CSS media query matches (false where `matchMedia` is missing). */
export const matchesMedia = (query: string): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** Whether the user asked for reduced motion: camera moves jump instead of flying, labels do not fade. */
export const prefersReducedMotion = (): boolean => matchesMedia('(prefers-reduced-motion: reduce)');
