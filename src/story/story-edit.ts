import type { Filters, MapView } from '../store/types.ts';
import {
  DEFAULT_SETTINGS,
  MAX_STEPS,
  STORY_VERSION,
  type Story,
  type StoryExcerpt,
  type StoryStep,
} from './story-schema.ts';
import { rangesOverlap } from './story-text.ts';

/**
 * Pure operations on a briefing being written: capture the current view as a step, reorder, duplicate, delete and
 * restore, quote, append another briefing. Each returns a new story and never changes its input.
 */

/** Returns an empty draft with the given title. */
export function emptyStory(title: { zh: string; en: string }): Story {
  return { version: STORY_VERSION, title_zh: title.zh, title_en: title.en, settings: { ...DEFAULT_SETTINGS }, steps: [] };
}

/** Returns a step id not in `taken`: `step-` and four base-36 characters from `random` (0 ≤ x < 1). */
export function newStepId(taken: ReadonlySet<string> | readonly string[], random: () => number = Math.random): string {
  const used = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  for (let i = 0; ; i++) {
    const id = `step-${Math.floor(random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0')}`;
    if (!used.has(id)) return id;
    // A broken random source must not loop forever.
    if (i > 50) {
      let n = used.size + 1;
      while (used.has(`step-${n}`)) n++;
      return `step-${n}`;
    }
  }
}

/** What the app shows at the moment a view is captured (a subset of the app store). */
export interface CaptureSource {
  view: MapView | null;
  visibleLayers: readonly string[];
  selectedFeature: string | null;
  highlighted: readonly string[];
  filters: Filters;
  /** Provision open in the reader, or null. */
  provision: number | null;
}

/** The view used when the map has not reported one yet (the whole city). */
export const FALLBACK_VIEW: MapView = { zoom: 8.2, lat: 40.52, lng: 111.55 };

const round = (n: number, digits: number) => {
  const v = Number(n.toFixed(digits));
  return Object.is(v, -0) ? 0 : v;
};

/**
 * Returns a new untitled step that shows what the app shows now: the camera, the visible layers (in `layerOrder`),
 * the selected and highlighted features, the filters, and the open provision as the first cited one.
 */
export function captureStep(src: CaptureSource, id: string, layerOrder: readonly string[] = []): StoryStep {
  const v = src.view ?? FALLBACK_VIEW;
  const order = new Map(layerOrder.map((l, i) => [l, i]));
  const layers = [...new Set(src.visibleLayers)].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
  const highlight = [...new Set([...(src.selectedFeature ? [src.selectedFeature] : []), ...src.highlighted])];
  return {
    id,
    title_zh: '',
    title_en: '',
    caption_zh: '',
    caption_en: '',
    notes_zh: '',
    notes_en: '',
    camera: {
      center: [round(v.lng, 5), round(v.lat, 5)],
      zoom: round(v.zoom, 2),
      bearing: round(v.bearing ?? 0, 1),
      pitch: round(v.pitch ?? 0, 1),
    },
    layers,
    highlight,
    filters: { sectors: [...src.filters.sectors], statuses: [...src.filters.statuses], districts: [...src.filters.districts] },
    provisions: src.provision != null ? [src.provision] : [],
    excerpts: [],
    essential_motion: false,
  };
}

/** Returns the step's map part replaced by a capture (texts and quotations kept; the open provision added if new). */
export function recaptureStep(step: StoryStep, captured: StoryStep): StoryStep {
  const provisions = [...step.provisions];
  for (const p of captured.provisions) if (!provisions.includes(p)) provisions.push(p);
  return {
    ...step,
    camera: captured.camera,
    layers: captured.layers,
    highlight: captured.highlight,
    filters: captured.filters,
    provisions,
  };
}

/** Returns the story with `step` inserted at `index` (default: at the end). Refuses past `MAX_STEPS`. */
export function insertStep(story: Story, step: StoryStep, index = story.steps.length): Story {
  if (story.steps.length >= MAX_STEPS) return story;
  const steps = [...story.steps];
  steps.splice(Math.max(0, Math.min(index, steps.length)), 0, step);
  return { ...story, steps };
}

/** Returns the story with step `id` changed by `patch` (its id kept). */
export function updateStep(story: Story, id: string, patch: Partial<Omit<StoryStep, 'id'>>): Story {
  return { ...story, steps: story.steps.map((s) => (s.id === id ? { ...s, ...patch, id: s.id } : s)) };
}

/**
 * Returns the list with the item at `from` moved to `to` (both clamped to the list; the others keep their order).
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const dest = Math.max(0, Math.min(to, out.length - 1));
  const [item] = out.splice(from, 1);
  out.splice(dest, 0, item);
  return out;
}

/** Returns the story with the step at `from` moved to position `to` (0-based). */
export function moveStep(story: Story, from: number, to: number): Story {
  return { ...story, steps: moveItem(story.steps, from, to) };
}

/**
 * Returns the story with a copy of step `id` right after it, under `newId`; unchanged when there is no such step or
 * the story is full.
 */
export function duplicateStep(story: Story, id: string, newId: string): Story {
  const i = story.steps.findIndex((s) => s.id === id);
  if (i < 0) return story;
  const s = story.steps[i];
  const copy: StoryStep = structuredCloneStep(s);
  copy.id = newId;
  return insertStep(story, copy, i + 1);
}

function structuredCloneStep(s: StoryStep): StoryStep {
  return {
    ...s,
    camera: { ...s.camera, center: [s.camera.center[0], s.camera.center[1]] },
    layers: [...s.layers],
    highlight: [...s.highlight],
    filters: { sectors: [...s.filters.sectors], statuses: [...s.filters.statuses], districts: [...s.filters.districts] },
    provisions: [...s.provisions],
    excerpts: s.excerpts.map((x) => ({ ...x })),
  };
}

/** A deleted step with its position, so that it can be put back. */
export interface Removed {
  step: StoryStep;
  index: number;
}

/** Returns the story without step `id`, and what was removed (null when there was no such step). */
export function deleteStep(story: Story, id: string): { story: Story; removed: Removed | null } {
  const index = story.steps.findIndex((s) => s.id === id);
  if (index < 0) return { story, removed: null };
  return { story: { ...story, steps: story.steps.filter((s) => s.id !== id) }, removed: { step: story.steps[index], index } };
}

/** Returns the story with a removed step back in its place (renamed if its id was taken meanwhile). */
export function restoreStep(story: Story, removed: Removed): Story {
  const ids = new Set(story.steps.map((s) => s.id));
  const step = ids.has(removed.step.id) ? { ...removed.step, id: newStepId(ids) } : removed.step;
  return insertStep(story, step, removed.index);
}

/** Why a quotation cannot be added. */
export type QuoteRefusal = 'duplicate' | 'overlap';

/**
 * Returns the step with a quotation added (its provision cited if it was not), or why not: the same words are
 * already quoted, or the range overlaps a quotation of the same provision.
 */
export function addExcerpt(step: StoryStep, x: StoryExcerpt): { step: StoryStep } | { refused: QuoteRefusal } {
  const same = step.excerpts.filter((e) => e.p === x.p);
  if (same.some((e) => e.start === x.start && e.end === x.end)) return { refused: 'duplicate' };
  if (same.some((e) => rangesOverlap(e, x))) return { refused: 'overlap' };
  const provisions = step.provisions.includes(x.p) ? step.provisions : [...step.provisions, x.p];
  return { step: { ...step, provisions, excerpts: [...step.excerpts, x] } };
}

/** Returns the step without its quotation at `index`. */
export function removeExcerpt(step: StoryStep, index: number): StoryStep {
  return { ...step, excerpts: step.excerpts.filter((_, i) => i !== index) };
}

/** Returns the step without provision `p` among the cited ones, and without its quotations. */
export function uncite(step: StoryStep, p: number): StoryStep {
  return { ...step, provisions: step.provisions.filter((n) => n !== p), excerpts: step.excerpts.filter((x) => x.p !== p) };
}

/**
 * Returns `base` followed by the steps of `more` (ids made unique), or null when together they exceed `MAX_STEPS`.
 */
export function appendStory(base: Story, more: Story): Story | null {
  if (base.steps.length + more.steps.length > MAX_STEPS) return null;
  const ids = new Set(base.steps.map((s) => s.id));
  const added = more.steps.map((s) => {
    const id = ids.has(s.id) ? newStepId(ids) : s.id;
    ids.add(id);
    return { ...s, id };
  });
  return { ...base, steps: [...base.steps, ...added] };
}
