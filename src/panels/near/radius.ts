/** Radius presets offered as buttons, in metres. */
export const RADIUS_PRESETS_M = [500, 1000, 3000, 5000, 10_000, 20_000] as const;
export const RADIUS_SLIDER_MIN_M = 500;
export const RADIUS_SLIDER_MAX_M = 20_000;
/** Slider positions 0…SLIDER_STEPS; the scale is logarithmic so that 500 m–1 km is as easy to set as 10–20 km. */
export const SLIDER_STEPS = 1000;

const RATIO = RADIUS_SLIDER_MAX_M / RADIUS_SLIDER_MIN_M;

/** Returns the radius in metres for a slider position, rounded to a step a person would choose (50/100/500 m). */
export function sliderToRadius(pos: number): number {
  const p = Math.min(Math.max(pos, 0), SLIDER_STEPS) / SLIDER_STEPS;
  const r = RADIUS_SLIDER_MIN_M * RATIO ** p;
  const step = r < 1000 ? 50 : r < 5000 ? 100 : 500;
  return Math.min(Math.max(Math.round(r / step) * step, RADIUS_SLIDER_MIN_M), RADIUS_SLIDER_MAX_M);
}

/** Returns the slider position for a radius in metres (clamped to the slider's range). */
export function radiusToSlider(radiusM: number): number {
  const r = Math.min(Math.max(radiusM, RADIUS_SLIDER_MIN_M), RADIUS_SLIDER_MAX_M);
  return Math.round((Math.log(r / RADIUS_SLIDER_MIN_M) / Math.log(RATIO)) * SLIDER_STEPS);
}
