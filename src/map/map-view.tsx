import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MAP_STRINGS } from '../i18n/map.ts';
import { selectLang } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import './map.css';

type ViewState = 'loading' | 'idle' | 'error' | 'unavailable';

/**
 * Returns false when the browser has no WebGL 2 at all. A browser that has it may still refuse a context (disabled
 * by policy, blocklisted GPU): MapLibre then throws a `GPUInitializationError`, handled where the map is created.
 * Probing by creating a context of our own would cost a second context (over a second under software rendering).
 */
export function mayHaveWebGL(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/** Whether `err` is MapLibre's "no WebGL context" error (matched by name: this module does not load MapLibre). */
const isNoWebGLError = (err: unknown): boolean => err instanceof Error && err.name === 'GPUInitializationError';

/**
 * The map: created once per mount (never by a re-render), destroyed on unmount. The container reports its state in
 * `data-map-state` (`loading` → `idle` once the first data is drawn, or `error` / `unavailable`). MapLibre itself is
 * loaded as a separate chunk, so the rest of the app renders without waiting for it. `children` (the legend) are
 * drawn over the map while there is one.
 */
export function MapView({ children }: { children?: ReactNode }) {
  // A restored WebGL context cannot bring deck.gl back: remount the whole map (a new key) instead.
  const [generation, setGeneration] = useState(0);
  return (
    <MapInstance key={generation} onContextRestored={() => setGeneration((g) => g + 1)}>
      {children}
    </MapInstance>
  );
}

function MapInstance({ onContextRestored, children }: { onContextRestored: () => void; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ViewState>('loading');
  const lang = useAppStore(selectLang);
  const t = MAP_STRINGS[lang];
  const restored = useRef(onContextRestored);
  restored.current = onContextRestored;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const unavailable = () => {
      setState('unavailable');
      useAppStore.getState().setMapAvailable(false);
    };
    if (!mayHaveWebGL()) {
      unavailable();
      return;
    }
    const abort = new AbortController();
    let destroy: (() => void) | null = null;
    import('./map-controller.ts')
      .then((m) =>
        m.createMapController({
          container: el,
          store: useAppStore,
          signal: abort.signal,
          onState: (s) => {
            // For the benchmark (test/bench): the time from navigation to the first fully drawn map.
            if (s === 'idle' && !performance.getEntriesByName('map-idle').length) performance.mark('map-idle');
            setState(s);
          },
          onContextRestored: () => restored.current(),
        }),
      )
      .then(
        (d) => {
          if (abort.signal.aborted) d();
          else destroy = d;
        },
        (err) => {
          if (abort.signal.aborted) return;
          if (isNoWebGLError(err)) return unavailable();
          console.error('the map could not be created', err);
          setState('error');
        },
      );
    return () => {
      abort.abort();
      destroy?.();
    };
  }, []);

  return (
    <div className="map-view" data-map-state={state} data-testid="map">
      <div ref={ref} className="map-view__canvas" role="region" aria-label={t.mapLabel} />
      {state !== 'unavailable' && children}
      {state !== 'idle' && (
        <div className="map-view__message" aria-live="polite">
          <p>{state === 'loading' ? t.mapLoading : state === 'error' ? t.mapError : t.noWebgl}</p>
        </div>
      )}
    </div>
  );
}
