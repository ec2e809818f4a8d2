/**
 * The service worker's runtime cache of font files (see vite.config.ts): filled as fonts are used, never precached (a
 * device with its own CJK font needs none). The page fills it too, with the faces it loaded before the worker was
 * in control (src/lib/offline.ts).
 */
export const FONT_CACHE = 'hohhot-fonts';
