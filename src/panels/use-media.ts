import { useSyncExternalStore } from 'react';

/** The width below which the app uses the phone layout (map on top, panel in a bottom sheet), in CSS pixels. */
export const PHONE_MAX_WIDTH = 719.98;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/** Returns whether the media query matches, following changes (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/** The width from which the reader shows the plan's two languages side by side (in a wider panel), in CSS pixels. */
export const SIDE_BY_SIDE_MIN_WIDTH = 1280;
export const SIDE_BY_SIDE_QUERY = `(min-width: ${SIDE_BY_SIDE_MIN_WIDTH}px)`;
