/**
 * Imports every map plugin so that it registers itself (see `plugins.ts`). The map adapter imports this file once.
 * One line per plugin module.
 */
export {};
