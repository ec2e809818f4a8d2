import type { Sector, StatusClass } from '../../geo/schema.ts';

/**
 * A briefing sequence as data: what `data/story.json`, the editor's files and the briefing links hold once
 * validated and migrated by `src/story/story-schema.ts` (the store keeps the one being shown). Plain JSON-safe data.
 *
 * Camera centres are `[lng, lat]` (WGS84); zoom is a MapLibre zoom level; bearing and pitch are degrees. Quote offsets
 * count UTF-16 code units of `Provision.text` (as `String.prototype.slice` does), end exclusive.
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

/**
 * A quotation from a cited provision, stored as a range of its verbatim text so that it can never differ from the
 * plan: the words shown are always `provision.text.slice(start, end)`.
 */
export interface StoryExcerpt {
  /** Provision number 1–53. */
  p: number;
  /** Offset of the first quoted character in the provision's text. */
  start: number;
  /** Offset just after the last quoted character. */
  end: number;
  /** Optional English rendering of the quoted words (a translation, shown beside the verbatim Chinese). */
  text_en?: string;
}

/** The dashboard filters a step applies (values as in the URL: sector ids, status classes, adcodes or `outside`). */
export interface StoryFilters {
  sectors: Sector[];
  statuses: StatusClass[];
  districts: string[];
}

/**
 * One step of a briefing. Texts may be written in one language or both (`stepText` shows the other language's when
 * one is empty); all may be empty in a draft, where the step is then called by its number.
 */
export interface StoryStep {
  /** Stable kebab-case id, unique in the story (for notes, links and tests). */
  id: string;
  title_zh: string;
  title_en: string;
  caption_zh: string;
  caption_en: string;
  /** Speaker notes (only the presenter sees them); may be empty. */
  notes_zh: string;
  notes_en: string;
  camera: StoryCamera;
  /** Layer ids from the registry shown in this step (all others hidden). */
  layers: string[];
  /** Feature ids (from the catalog) lit up in this step. */
  highlight: string[];
  /** Filters applied to the map and lists in this step (empty lists: no filter). */
  filters: StoryFilters;
  /** Provisions cited (1–53), the first being the one the step is about. */
  provisions: number[];
  /** Verbatim quotations shown on screen; each belongs to a cited provision. */
  excerpts: StoryExcerpt[];
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

/** A briefing sequence, as the app uses it (always the current version once validated). */
export interface Story {
  /** The format version (see `STORY_VERSION` in `src/story/story-schema.ts`). */
  version: 2;
  title_zh: string;
  title_en: string;
  settings: StorySettings;
  steps: StoryStep[];
}

