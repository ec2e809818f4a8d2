import { useEffect, useRef, useState } from 'react';
import { MAP_STRINGS } from '../i18n/map.ts';
import { Legend } from '../panels/legend.tsx';
import { selectLang } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import './map.css';

type ViewState = 'loading' | 'idle' | 'error' | 'unavailable';

/** Returns whether the browser can give the map a WebGL context (checked before creating the map). */
export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * The map: created once per mount (never by a re-render), destroyed on unmount. The container reports its state in
 * `data-map-state` (`loading` → `idle` once the first data is drawn, or `error` / `unavailable`). MapLibre itself is
 * loaded as a separate chunk, so the rest of the app renders without waiting for it.
 */
export function MapView() {
  // A restored WebGL context cannot bring deck.gl back: remount the whole map (a new key) instead.
  const [generation, setGeneration] = useState(0);
  return <MapInstance key={generation} onContextRestored={() => setGeneration((g) => g + 1)} />;
}

function MapInstance({ onContextRestored }: { onContextRestored: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ViewState>('loading');
  const lang = useAppStore(selectLang);
  const t = MAP_STRINGS[lang];
  const restored = useRef(onContextRestored);
  restored.current = onContextRestored;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!hasWebGL()) {
      setState('unavailable');
      useAppStore.getState().setMapAvailable(false);
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
          console.error('the map could not be created', err);
          if (!abort.signal.aborted) setState('error');
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
      {state !== 'unavailable' && <Legend />}
      {state !== 'idle' && (
        <div className="map-view__message" aria-live="polite">
          <p>{state === 'loading' ? t.mapLoading : state === 'error' ? t.mapError : t.noWebgl}</p>
        </div>
      )}
    </div>
  );
}
