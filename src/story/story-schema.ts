/**
 * The briefing sequence (`data/story.json`, files saved by the editor, the data of shared links; the types are in
 * `src/store/story-types.ts`): one pure validator that turns any parsed JSON into either a typed story of the current
 * version or a list of issues, each naming the step and the field. Version 1 (quotes as words) is read and migrated
 * to version 2 (quotes as offsets into the verbatim text). No React, no DOM.
 *
 * Camera centres are `[lng, lat]` (WGS84); zoom is a MapLibre zoom level; bearing and pitch are degrees. Quote offsets
 * count UTF-16 code units of `Provision.text` (as `String.prototype.slice` does), end exclusive.
 *
 * Everything read from a file or a link is untrusted: values are only compared, looked up in `Set`s and `Map`s, and
 * copied field by field into fresh objects, never used to index a plain object.
 */

import { SECTORS, STATUS_CLASSES } from '../../geo/schema.ts';
import type { StoryIssue, StoryIssueCode } from '../i18n/story-issues.ts';
import type { Story, StoryExcerpt, StoryFilters, StorySettings, StoryStep } from '../store/story-types.ts';

export type { StoryIssue, StoryIssueCode } from '../i18n/story-issues.ts';
export type { Story, StoryCamera, StoryExcerpt, StoryFilters, StorySettings, StoryStep } from '../store/story-types.ts';

/** The version this code writes. Files and links of versions 1..`STORY_VERSION` are read. */
export const STORY_VERSION: Story['version'] = 2;

/** What the validator may check against; without a list, ids are only checked for their form. */
export interface StoryContext {
  layerIds?: readonly string[];
  /** Feature ids of the built catalog; omit while the catalog is not available. */
  featureIds?: ReadonlySet<string> | readonly string[];
  /** Verbatim text of provision n (1-based), to check quotes; undefined for a number with no provision. */
  provisionText?: (n: number) => string | undefined;
  /** Accept a story without steps (a draft being written); files and links need at least one. */
  allowEmpty?: boolean;
  /**
   * Allowed filter values per key. Sectors and status classes default to the schema's lists; districts (the
   * catalog's adcodes) are checked for form only when left out.
   */
  filterValues?: Partial<Record<keyof StoryFilters, ReadonlySet<string> | readonly string[]>>;
}

export type StoryValidation =
  | { ok: true; story: Story; issues: []; migratedFrom: number | null }
  | { ok: false; story: null; issues: StoryIssue[]; migratedFrom: null };

export const MAX_STEPS = 30;
export const MAX_TITLE = 80;
export const MAX_CAPTION = 200;
export const MAX_NOTES = 4000;
/** Longest quotation, in characters: a slide quotes a phrase, not a page. */
export const MAX_QUOTE = 300;
export const MAX_QUOTE_EN = 600;
const MAX_LIST = 60;
export const ID_RE = /^[a-z0-9][a-z0-9-]{0,80}$/;
const FILTER_VALUE_RE = /^[a-z0-9-]{1,40}$/;
export const PROVISION_MAX = 53;
export const DEFAULT_SETTINGS: StorySettings = { kiosk_advance_s: 40, kiosk_idle_reset_s: 120 };

const STORY_KEYS = new Set(['version', 'title_zh', 'title_en', 'settings', 'steps']);
const SETTINGS_KEYS = new Set(['kiosk_advance_s', 'kiosk_idle_reset_s']);
const STEP_KEYS = new Set([
  'id',
  'title_zh',
  'title_en',
  'caption_zh',
  'caption_en',
  'notes_zh',
  'notes_en',
  'camera',
  'layers',
  'highlight',
  'filters',
  'provisions',
  'excerpts',
  'essential_motion',
]);
const CAMERA_KEYS = new Set(['center', 'zoom', 'bearing', 'pitch']);
const FILTER_KEYS = ['sectors', 'statuses', 'districts'] as const;
const EXCERPT_KEYS = new Set(['p', 'start', 'end', 'text', 'text_en']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
/** Reads an own property only (never one inherited from `Object.prototype`). */
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
/** Length in characters as a reader counts them (code points). */
export const charCount = (s: string): number => [...s].length;
const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const toSet = (v: ReadonlySet<string> | readonly string[] | undefined): ReadonlySet<string> | null =>
  v == null ? null : v instanceof Set ? (v as ReadonlySet<string>) : new Set(v as readonly string[]);

/**
 * Returns the typed story (current version) when `input` is a valid briefing of version 1 or 2, otherwise every
 * problem found. Optional texts may be left out (they read as empty); version 1 quotes (`{p, text}`) are located in
 * the provision's text and turned into offsets.
 */
export function validateStory(input: unknown, ctx: StoryContext = {}): StoryValidation {
  const issues: StoryIssue[] = [];
  const fail = (): StoryValidation => ({ ok: false, story: null, issues, migratedFrom: null });
  if (!isObj(input)) {
    issues.push({ field: 'story', code: 'notObject' });
    return fail();
  }

  const version = own(input, 'version');
  if (version === undefined) issues.push({ field: 'version', code: 'versionMissing' });
  else if (!isInt(version) || version < 1) issues.push({ field: 'version', code: 'versionInvalid', values: { got: show(version), max: STORY_VERSION } });
  else if (version > STORY_VERSION) issues.push({ field: 'version', code: 'versionNewer', values: { got: version, max: STORY_VERSION } });
  // Another version's fields mean other things: say only that, rather than a page of consequences.
  if (issues.length) return fail();
  const v1 = version === 1;

  for (const k of Object.keys(input)) if (!STORY_KEYS.has(k)) issues.push({ field: k, code: 'unknownField', values: { name: k } });

  const text = (o: Record<string, unknown>, k: string, max: number, push: (field: string, code: StoryIssueCode, values?: StoryIssue['values']) => void): string => {
    const v = own(o, k);
    if (v === undefined) return '';
    if (typeof v !== 'string') {
      push(k, 'textType');
      return '';
    }
    if (charCount(v) > max) push(k, 'tooLong', { n: charCount(v), max });
    return v;
  };
  const top = (field: string, code: StoryIssueCode, values?: StoryIssue['values']) => issues.push({ field, code, values });

  const title_zh = text(input, 'title_zh', MAX_TITLE, top);
  const title_en = text(input, 'title_en', MAX_TITLE, top);

  let settings: StorySettings = { ...DEFAULT_SETTINGS };
  const rawSettings = own(input, 'settings');
  if (rawSettings !== undefined) {
    if (!isObj(rawSettings)) top('settings', 'settingsShape');
    else {
      for (const k of Object.keys(rawSettings)) if (!SETTINGS_KEYS.has(k)) top(`settings.${k}`, 'unknownField', { name: k });
      const read = (k: keyof StorySettings): number => {
        const v = own(rawSettings, k);
        if (v === undefined) return DEFAULT_SETTINGS[k];
        if (!isNum(v) || v < 5 || v > 3600) {
          top(`settings.${k}`, 'seconds', { min: 5, max: 3600, got: show(v) });
          return DEFAULT_SETTINGS[k];
        }
        return v;
      };
      settings = { kiosk_advance_s: read('kiosk_advance_s'), kiosk_idle_reset_s: read('kiosk_idle_reset_s') };
    }
  }

  const layerIds = ctx.layerIds ? new Set(ctx.layerIds) : null;
  const featureIds = toSet(ctx.featureIds);
  const filterSets = new Map<keyof StoryFilters, ReadonlySet<string> | null>([
    ['sectors', toSet(ctx.filterValues?.sectors ?? SECTORS)],
    ['statuses', toSet(ctx.filterValues?.statuses ?? STATUS_CLASSES)],
    ['districts', toSet(ctx.filterValues?.districts)],
  ]);

  const steps: StoryStep[] = [];
  const rawSteps = own(input, 'steps');
  if (!Array.isArray(rawSteps) || (rawSteps.length === 0 && !ctx.allowEmpty)) top('steps', 'stepsEmpty');
  else if (rawSteps.length > MAX_STEPS) top('steps', 'stepsTooMany', { n: rawSteps.length, max: MAX_STEPS });
  else {
    const seen = new Set<string>();
    rawSteps.forEach((raw: unknown, i: number) => {
      const n = i + 1;
      const rawId = isObj(raw) ? own(raw, 'id') : undefined;
      const stepId = typeof rawId === 'string' && ID_RE.test(rawId) ? rawId : undefined;
      const e = (field: string, code: StoryIssueCode, values?: StoryIssue['values']) =>
        issues.push({ step: n, ...(stepId ? { stepId } : {}), field, code, values });
      if (!isObj(raw)) return e('step', 'stepShape');

      for (const k of Object.keys(raw)) if (!STEP_KEYS.has(k)) e(k, 'unknownField', { name: k });

      if (stepId === undefined) e('id', 'idInvalid', { got: show(rawId) });
      else if (seen.has(stepId)) e('id', 'idDuplicate', { id: stepId });
      else seen.add(stepId);

      const step: StoryStep = {
        id: stepId ?? '',
        title_zh: text(raw, 'title_zh', MAX_TITLE, e),
        title_en: text(raw, 'title_en', MAX_TITLE, e),
        caption_zh: text(raw, 'caption_zh', MAX_CAPTION, e),
        caption_en: text(raw, 'caption_en', MAX_CAPTION, e),
        notes_zh: text(raw, 'notes_zh', MAX_NOTES, e),
        notes_en: text(raw, 'notes_en', MAX_NOTES, e),
        camera: { center: [0, 0], zoom: 0, bearing: 0, pitch: 0 },
        layers: [],
        highlight: [],
        filters: { sectors: [], statuses: [], districts: [] },
        provisions: [],
        excerpts: [],
        essential_motion: false,
      };

      const motion = own(raw, 'essential_motion');
      if (motion !== undefined && typeof motion !== 'boolean') e('essential_motion', 'boolean');
      else step.essential_motion = motion === true;

      const cam = own(raw, 'camera');
      if (!isObj(cam)) e('camera', 'cameraShape');
      else {
        for (const k of Object.keys(cam)) if (!CAMERA_KEYS.has(k)) e(`camera.${k}`, 'unknownField', { name: k });
        const c = own(cam, 'center');
        if (!Array.isArray(c) || c.length !== 2 || !isNum(c[0]) || !isNum(c[1])) e('camera.center', 'centerInvalid');
        else if (c[0] < -180 || c[0] > 180 || c[1] < -85 || c[1] > 85) e('camera.center', 'centerRange', { lng: c[0], lat: c[1] });
        else step.camera.center = [c[0], c[1]];
        const zoom = own(cam, 'zoom');
        if (!isNum(zoom) || zoom < 0 || zoom > 22) e('camera.zoom', 'zoomRange', { got: show(zoom) });
        else step.camera.zoom = zoom;
        const bearing = own(cam, 'bearing') ?? 0;
        if (!isNum(bearing) || bearing < -180 || bearing > 180) e('camera.bearing', 'bearingRange', { got: show(bearing) });
        else step.camera.bearing = bearing;
        const pitch = own(cam, 'pitch') ?? 0;
        if (!isNum(pitch) || pitch < 0 || pitch > 85) e('camera.pitch', 'pitchRange', { got: show(pitch) });
        else step.camera.pitch = pitch;
      }

      const list = (k: string): unknown[] | null => {
        const v = own(raw, k);
        if (v === undefined) return [];
        if (!Array.isArray(v)) {
          e(k, 'listType');
          return null;
        }
        if (v.length > MAX_LIST) {
          e(k, 'listTooLong', { n: v.length, max: MAX_LIST });
          return null;
        }
        return v;
      };

      const layers = list('layers');
      layers?.forEach((l, j) => {
        if (typeof l !== 'string' || !ID_RE.test(l)) e(`layers[${j}]`, 'layerInvalid', { got: show(l) });
        else if (layerIds && !layerIds.has(l)) e(`layers[${j}]`, 'layerUnknown', { id: l });
        else if (!step.layers.includes(l)) step.layers.push(l);
      });

      const highlight = list('highlight');
      highlight?.forEach((f, j) => {
        if (typeof f !== 'string' || !ID_RE.test(f)) e(`highlight[${j}]`, 'featureInvalid', { got: show(f) });
        else if (featureIds && !featureIds.has(f)) e(`highlight[${j}]`, 'featureUnknown', { id: f });
        else if (!step.highlight.includes(f)) step.highlight.push(f);
      });

      const filters = own(raw, 'filters');
      if (filters !== undefined) {
        if (!isObj(filters)) e('filters', 'filtersShape');
        else {
          for (const k of Object.keys(filters)) {
            if (!(FILTER_KEYS as readonly string[]).includes(k)) e(`filters.${k}`, 'unknownField', { name: k });
          }
          for (const key of FILTER_KEYS) {
            const vals = own(filters, key);
            if (vals === undefined) continue;
            if (!Array.isArray(vals) || vals.length > MAX_LIST) {
              e(`filters.${key}`, 'listType');
              continue;
            }
            const allowed = filterSets.get(key) ?? null;
            vals.forEach((v: unknown, j: number) => {
              if (typeof v !== 'string' || !FILTER_VALUE_RE.test(v)) e(`filters.${key}[${j}]`, 'filterInvalid', { got: show(v) });
              else if (allowed && !allowed.has(v)) e(`filters.${key}[${j}]`, 'filterUnknown', { value: v });
              else if (!(step.filters[key] as string[]).includes(v)) (step.filters[key] as string[]).push(v);
            });
          }
        }
      }

      const provs = list('provisions');
      provs?.forEach((p, j) => {
        if (!isInt(p) || p < 1 || p > PROVISION_MAX) e(`provisions[${j}]`, 'provisionRange', { got: show(p) });
        else if (!step.provisions.includes(p)) step.provisions.push(p);
      });

      const excerpts = list('excerpts');
      excerpts?.forEach((x, j) => {
        const field = `excerpts[${j}]`;
        const excerpt = readExcerpt(x, v1, ctx, (code, values) => e(field, code, values));
        if (!excerpt) return;
        if (provs && !step.provisions.includes(excerpt.p)) return e(field, 'excerptNotCited', { p: excerpt.p });
        step.excerpts.push(excerpt);
      });

      steps.push(step);
    });
  }

  if (issues.length) return fail();
  return {
    ok: true,
    story: { version: STORY_VERSION, title_zh, title_en, settings, steps },
    issues: [],
    migratedFrom: v1 ? 1 : null,
  };
}

/** Validates one quotation; returns it in the current form, or null after reporting what is wrong. */
function readExcerpt(
  x: unknown,
  v1: boolean,
  ctx: StoryContext,
  e: (code: StoryIssueCode, values?: StoryIssue['values']) => void,
): StoryExcerpt | null {
  if (!isObj(x)) {
    e('excerptShape');
    return null;
  }
  for (const k of Object.keys(x)) if (!EXCERPT_KEYS.has(k)) e('unknownField', { name: k });
  const p = own(x, 'p');
  if (!isInt(p) || p < 1 || p > PROVISION_MAX) {
    e('provisionRange', { got: show(p) });
    return null;
  }
  const words = own(x, 'text');
  const rawEn = own(x, 'text_en');
  if (rawEn !== undefined && typeof rawEn !== 'string') {
    e('textType');
    return null;
  }
  const textEn = typeof rawEn === 'string' ? rawEn.trim() : '';
  if (charCount(textEn) > MAX_QUOTE_EN) e('tooLong', { n: charCount(textEn), max: MAX_QUOTE_EN });
  const full = ctx.provisionText?.(p);
  let start = own(x, 'start');
  let end = own(x, 'end');

  // Version 1 quoted words, not offsets: find them (the first occurrence) in the provision.
  if (v1 && start === undefined && end === undefined) {
    if (typeof words !== 'string' || !words) {
      e('excerptShape');
      return null;
    }
    if (full === undefined) {
      // Without the text the words cannot become offsets.
      e('quoteNotFound', { p, text: words });
      return null;
    }
    const at = full.indexOf(words);
    if (at < 0) {
      e('quoteNotFound', { p, text: words });
      return null;
    }
    start = at;
    end = at + words.length;
  }

  if (!isInt(start) || !isInt(end)) {
    e('excerptShape');
    return null;
  }
  if (start >= end) {
    e('offsetsOrder', { start, end });
    return null;
  }
  if (start < 0 || (full !== undefined && end > full.length)) {
    e('offsetsRange', { p, start, end, len: full?.length ?? 0 });
    return null;
  }
  if (full !== undefined) {
    const quoted = full.slice(start, end);
    if (words !== undefined) {
      if (typeof words !== 'string') {
        e('textType');
        return null;
      }
      if (quoted !== words) {
        // A hand-edited file: say what the offsets read, and where the intended words are if they are in the text.
        const at = words ? full.indexOf(words) : -1;
        e('quoteMismatch', { p, start, end, found: quoted, text: words, ...(at >= 0 ? { at, atEnd: at + words.length } : {}) });
        return null;
      }
    }
    if (!quoted.trim()) {
      e('quoteBlank', { p, start, end });
      return null;
    }
    if (charCount(quoted) > MAX_QUOTE) {
      e('quoteTooLong', { n: charCount(quoted), max: MAX_QUOTE });
      return null;
    }
  } else if (end - start > MAX_QUOTE * 2) {
    e('quoteTooLong', { n: end - start, max: MAX_QUOTE });
    return null;
  }
  return textEn ? { p, start, end, text_en: textEn } : { p, start, end };
}

/**
 * Returns the words inside Chinese double quotes “…” in `text`: the plan's own slogans, which must be quoted
 * verbatim wherever a title, caption or note repeats them.
 */
export function quotedWords(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
}
