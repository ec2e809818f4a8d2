/**
 * Imports every map plugin so that it registers itself (see `plugins.ts`). The map adapter imports this file once.
 * One line per plugin module.
 */
import './print-plugin.ts';
import './near-plugin.ts';
export {};
