import type { Filters, MapView } from '../store/types.ts';
import type { StoryCamera, StoryStep } from './story-schema.ts';

/**
 * Pure briefing logic: what a key means, which step comes next, what "applying" a step asks of the store, and
 * whether the audience has explored away from the step. No React, no DOM.
 */

/** What a key press asks the briefing to do. */
export type StoryAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; step: number }
  | { type: 'exit' }
  | { type: 'notes' }
  | { type: 'back' }
  | { type: 'fullscreen' };

/**
 * Returns the action for a `KeyboardEvent.key`, or null when the briefing ignores it. Clickers send PageUp/PageDown
 * or the arrow keys; some send `.`/`b` for "blank": we leave those alone.
 */
export function keyToAction(key: string): StoryAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'exit' };
    case 'n':
    case 'N':
      return { type: 'notes' };
    case 'b':
    case 'B':
    case 'r':
    case 'R':
      return { type: 'back' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
  }
  if (/^[1-9]$/.test(key)) return { type: 'goto', step: Number(key) };
  return null;
}

/**
 * Returns the step (1-based) that a navigation action leads to from `current`, clamped to 1..`total`; null for
 * actions that do not change the step. `wrap` makes `next` on the last step return to the first (kiosk).
 */
export function stepAfter(current: number, action: StoryAction, total: number, wrap = false): number | null {
  if (total < 1) return null;
  const clamp = (n: number) => Math.min(total, Math.max(1, n));
  switch (action.type) {
    case 'next':
      return wrap && current >= total ? 1 : clamp(current + 1);
    case 'prev':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'goto':
      return action.step >= 1 && action.step <= total ? action.step : null;
    default:
      return null;
  }
}

/** The store actions a step needs (a subset of the app store, so tests can pass a fresh store). */
export interface StepActions {
  setVisibleLayers: (ids: string[]) => void;
  highlight: (ids: string[]) => void;
  setFilters: (filters: Filters) => void;
  selectFeature: (id: string | null) => void;
  flyTo: (view: MapView, essential?: boolean) => void;
}

/** Converts a step camera (`center: [lng, lat]`) to the store's map view. */
export function cameraToView(c: StoryCamera): MapView {
  return { zoom: c.zoom, lng: c.center[0], lat: c.center[1], bearing: c.bearing, pitch: c.pitch };
}

/**
 * Shows a step on the map: its layers only, its highlighted features, its filters (no leftover selection), and a
 * camera intent to its view.
 */
export function applyStep(actions: StepActions, step: StoryStep): void {
  actions.setVisibleLayers(step.layers);
  actions.selectFeature(null);
  actions.highlight(step.highlight);
  actions.setFilters({
    sectors: [...step.filters.sectors],
    statuses: [...step.filters.statuses],
    districts: [...step.filters.districts],
  });
  actions.flyTo(cameraToView(step.camera), step.essential_motion);
}

/** Smallest angle between two bearings, in degrees (0..180). */
function angleDiff(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 540) % 360 - 180);
  return d;
}

/**
 * Returns true when `view` is visibly away from the step's camera: zoomed by more than ⅓ level, rotated or tilted
 * by more than 5°, or panned by more than about 120 screen pixels (Web Mercator, 512-px tiles).
 */
export function isViewAway(view: MapView, camera: StoryCamera): boolean {
  if (Math.abs(view.zoom - camera.zoom) > 1 / 3) return true;
  if (angleDiff(view.bearing ?? 0, camera.bearing) > 5) return true;
  if (Math.abs((view.pitch ?? 0) - camera.pitch) > 5) return true;
  const pxPerDeg = (512 * 2 ** camera.zoom) / 360;
  const dx = (view.lng - camera.center[0]) * pxPerDeg;
  const dy = (mercY(view.lat) - mercY(camera.center[1])) * pxPerDeg;
  return Math.hypot(dx, dy) > 120;
}

/** Web Mercator y in "degrees" so that it scales like longitude. */
function mercY(lat: number): number {
  const r = (lat * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + r / 2)) * 180) / Math.PI;
}

/** Returns true when the visible layers are not exactly the step's layers (order ignored). */
export function layersDiffer(visible: readonly string[], stepLayers: readonly string[]): boolean {
  if (visible.length !== new Set(stepLayers).size) return true;
  return stepLayers.some((l) => !visible.includes(l));
}
