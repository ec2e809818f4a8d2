/**
 * The briefing sequence (`data/story.json`) as types, and a pure validator that turns any parsed JSON into either a
 * typed story or a list of messages that name the step and the field. No React, no DOM.
 *
 * Camera centres are `[lng, lat]` (WGS84); zoom is a MapLibre zoom level; bearing and pitch are degrees.
 */

/** The camera of a step. */
export interface StoryCamera {
  /** `[lng, lat]`. */
  center: [number, number];
  zoom: number;
  /** Degrees clockwise from north, −180..180. */
  bearing: number;
  /** Degrees from vertical, 0..85. */
  pitch: number;
}

/** A short verbatim excerpt of a cited provision. */
export interface StoryExcerpt {
  /** Provision number 1–53. */
  p: number;
  /** Words exactly as they stand in the provision's text. */
  text: string;
  /** The same words in the English edition, exactly as they stand in the aligned English paragraph (a data test
   * checks them); shown in the English interface. */
  text_en?: string;
}

/** One step of the briefing. */
export interface StoryStep {
  /** Stable kebab-case id (for notes and tests). */
  id: string;
  title_zh: string;
  title_en: string;
  caption_zh: string;
  caption_en: string;
  camera: StoryCamera;
  /** Layer ids from the registry shown in this step (all others hidden). */
  layers: string[];
  /** Feature ids (from the catalog) lit up in this step. */
  highlight: string[];
  /** Provisions cited (1–53). */
  provisions: number[];
  /** Verbatim excerpts shown on screen; each must belong to a cited provision. */
  excerpts: StoryExcerpt[];
  notes_zh: string;
  notes_en: string;
  /** When true the camera flies even under `prefers-reduced-motion: reduce` (the motion carries meaning). */
  essential_motion: boolean;
}

/** Kiosk timings. */
export interface StorySettings {
  /** Seconds per step when auto-advancing. */
  kiosk_advance_s: number;
  /** Seconds without input after which the kiosk returns to step 1. */
  kiosk_idle_reset_s: number;
}

/** `data/story.json`. */
export interface Story {
  version: 1;
  title_zh: string;
  title_en: string;
  settings: StorySettings;
  steps: StoryStep[];
}

/** What the validator may check against; without it, ids are only checked for form. */
export interface StoryContext {
  layerIds?: readonly string[];
  /** Feature ids of the built catalog; omit while the catalog does not exist. */
  featureIds?: ReadonlySet<string> | readonly string[];
  /** Verbatim text of provision n (1-based), to check excerpts. */
  provisionText?: (n: number) => string | undefined;
}

export type StoryValidation = { ok: true; story: Story; errors: [] } | { ok: false; story: null; errors: string[] };

export const MAX_STEPS = 30;
const ID_RE = /^[a-z0-9][a-z0-9-]{0,80}$/;
const MAX_CAPTION = 200;
const MAX_TITLE = 80;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Returns the typed story when `input` is a valid briefing sequence, otherwise every problem found, each message
 * naming where it is (`step 3 (transport).layers[1]: …`).
 */
export function validateStory(input: unknown, ctx: StoryContext = {}): StoryValidation {
  const errors: string[] = [];
  const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
  if (!isObj(input)) return { ok: false, story: null, errors: ['story: expected a JSON object'] };

  if (input.version !== 1) err('version', `expected 1, got ${JSON.stringify(input.version)}`);
  for (const k of ['title_zh', 'title_en'] as const) {
    if (typeof input[k] !== 'string' || !(input[k] as string).trim()) err(k, 'expected a non-empty string');
  }

  const settings = input.settings;
  if (!isObj(settings)) err('settings', 'expected an object with kiosk_advance_s and kiosk_idle_reset_s');
  else {
    for (const k of ['kiosk_advance_s', 'kiosk_idle_reset_s'] as const) {
      const v = settings[k];
      if (!isNum(v) || v < 5 || v > 3600) err(`settings.${k}`, `expected seconds between 5 and 3600, got ${JSON.stringify(v)}`);
    }
  }

  const featureIds = ctx.featureIds
    ? ctx.featureIds instanceof Set
      ? (ctx.featureIds as ReadonlySet<string>)
      : new Set(ctx.featureIds as readonly string[])
    : null;

  const steps = input.steps;
  if (!Array.isArray(steps) || steps.length === 0) err('steps', 'expected a non-empty array of steps');
  else if (steps.length > MAX_STEPS) err('steps', `at most ${MAX_STEPS} steps, got ${steps.length}`);
  else {
    const seen = new Set<string>();
    steps.forEach((step: unknown, i: number) => {
      const label = isObj(step) && typeof step.id === 'string' ? `step ${i + 1} (${step.id})` : `step ${i + 1}`;
      if (!isObj(step)) return err(label, 'expected an object');
      const e = (field: string, msg: string) => err(`${label}.${field}`, msg);

      if (typeof step.id !== 'string' || !ID_RE.test(step.id)) e('id', 'expected a kebab-case id');
      else if (seen.has(step.id)) e('id', `duplicate id "${step.id}"`);
      else seen.add(step.id);

      for (const k of ['title_zh', 'title_en'] as const) {
        const v = step[k];
        if (typeof v !== 'string' || !v.trim()) e(k, 'expected a non-empty string');
        else if ([...v].length > MAX_TITLE) e(k, `too long for a slide title (${[...v].length} > ${MAX_TITLE} characters)`);
      }
      for (const k of ['caption_zh', 'caption_en'] as const) {
        const v = step[k];
        if (typeof v !== 'string' || !v.trim()) e(k, 'expected a non-empty string');
        else if ([...v].length > MAX_CAPTION) e(k, `keep captions short (${[...v].length} > ${MAX_CAPTION} characters)`);
      }
      for (const k of ['notes_zh', 'notes_en'] as const) {
        if (typeof step[k] !== 'string') e(k, 'expected a string (may be empty)');
      }
      if (typeof step.essential_motion !== 'boolean') e('essential_motion', 'expected true or false');

      const cam = step.camera;
      if (!isObj(cam)) e('camera', 'expected {center:[lng,lat], zoom, bearing, pitch}');
      else {
        const c = cam.center;
        if (!Array.isArray(c) || c.length !== 2 || !isNum(c[0]) || !isNum(c[1])) {
          e('camera.center', 'expected [lng, lat]');
        } else if (c[0] < -180 || c[0] > 180 || c[1] < -85 || c[1] > 85) {
          e('camera.center', `out of range: [${c[0]}, ${c[1]}] (is it [lng, lat]?)`);
        }
        if (!isNum(cam.zoom) || cam.zoom < 0 || cam.zoom > 22) e('camera.zoom', 'expected a number 0–22');
        if (!isNum(cam.bearing) || cam.bearing < -180 || cam.bearing > 180) e('camera.bearing', 'expected degrees −180..180');
        if (!isNum(cam.pitch) || cam.pitch < 0 || cam.pitch > 85) e('camera.pitch', 'expected degrees 0..85');
      }

      const layers = step.layers;
      if (!Array.isArray(layers)) e('layers', 'expected an array of layer ids');
      else
        layers.forEach((l: unknown, j: number) => {
          if (typeof l !== 'string' || !ID_RE.test(l)) e(`layers[${j}]`, 'expected a layer id');
          else if (ctx.layerIds && !ctx.layerIds.includes(l)) e(`layers[${j}]`, `unknown layer "${l}"`);
        });

      const hl = step.highlight;
      if (!Array.isArray(hl)) e('highlight', 'expected an array of feature ids (may be empty)');
      else
        hl.forEach((f: unknown, j: number) => {
          if (typeof f !== 'string' || !ID_RE.test(f)) e(`highlight[${j}]`, 'expected a feature id');
          else if (featureIds && !featureIds.has(f)) e(`highlight[${j}]`, `no feature "${f}" in the catalog`);
        });

      const provs = step.provisions;
      const cited = new Set<number>();
      if (!Array.isArray(provs)) e('provisions', 'expected an array of provision numbers');
      else
        provs.forEach((p: unknown, j: number) => {
          if (!Number.isInteger(p) || (p as number) < 1 || (p as number) > 53) e(`provisions[${j}]`, `expected 1–53, got ${JSON.stringify(p)}`);
          else cited.add(p as number);
        });

      const ex = step.excerpts;
      if (!Array.isArray(ex)) e('excerpts', 'expected an array of {p, text}');
      else
        ex.forEach((x: unknown, j: number) => {
          if (!isObj(x) || !Number.isInteger(x.p) || typeof x.text !== 'string' || !x.text) {
            return e(`excerpts[${j}]`, 'expected {p: number, text: string}');
          }
          const p = x.p as number;
          if (!cited.has(p)) e(`excerpts[${j}]`, `provision (${p}) is quoted but not listed in provisions`);
          const full = ctx.provisionText?.(p);
          if (ctx.provisionText && full === undefined) e(`excerpts[${j}]`, `no provision (${p})`);
          else if (full !== undefined && !full.includes(x.text)) {
            e(`excerpts[${j}]`, `not found verbatim in provision (${p}): "${x.text}"`);
          }
          if ('text_en' in x && (typeof x.text_en !== 'string' || !x.text_en.trim())) {
            e(`excerpts[${j}].text_en`, 'expected the English words (a non-empty string) or no text_en');
          }
        });
    });
  }

  if (errors.length) return { ok: false, story: null, errors };
  return { ok: true, story: input as unknown as Story, errors: [] };
}

/**
 * Returns the words inside Chinese double quotes “…” in `text`: the plan's own slogans, which must be quoted
 * verbatim wherever a title, caption or note repeats them.
 */
export function quotedWords(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
}
