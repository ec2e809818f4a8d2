import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MAP_STRINGS } from '../i18n/map.ts';
import { selectLang } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import './map.css';

/** What the map reports (see map-controller.ts); this module names it without loading MapLibre. */
type MapState = 'loading' | 'idle' | 'moving' | 'error';
type ViewState = MapState | 'unavailable';

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
 * `data-map-state` (`loading` → `idle` once the first data is drawn, then `moving` ⇄ `idle` whenever it works and
 * settles again; or `error` / `unavailable`) and counts the times it settled in `data-map-idle-seq`, so that tests
 * and tools wait for the map instead of sleeping. MapLibre itself is loaded as a separate chunk, so the rest of the
 * app renders without waiting for it. `children` (the legend) are drawn over the map while there is one.
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

/** How a map instance reports to the component that shows it. */
interface MapHooks {
  onState: (s: MapState) => void;
  onContextRestored: () => void;
}

/** A map being created, with where it reports; `done` resolves to its destroy function. */
interface MapHandle {
  container: HTMLElement;
  abort: AbortController;
  done: Promise<() => void>;
  /** The last state it reported (for a component that adopts it later). */
  state: MapState;
  hooks: MapHooks | null;
}

function createMap(container: HTMLElement, hooks: MapHooks | null): MapHandle {
  const abort = new AbortController();
  const handle: MapHandle = { container, abort, done: Promise.resolve(() => undefined), state: 'loading', hooks };
  handle.done = import('./map-controller.ts').then((m) =>
    m.createMapController({
      container,
      store: useAppStore,
      signal: abort.signal,
      onState: (s) => {
        // For the benchmark (test/bench): the time from navigation to the first fully drawn map.
        if (s === 'idle' && !performance.getEntriesByName('map-idle').length) performance.mark('map-idle');
        handle.state = s;
        handle.hooks?.onState(s);
      },
      onContextRestored: () => handle.hooks?.onContextRestored(),
    }),
  );
  return handle;
}

let early: MapHandle | null = null;

/**
 * Starts the map in the prerendered page's map container before React has hydrated the page (see main.tsx), so
 * that the map's setup overlaps the panels' hydration; the first map component adopts it. The container's children
 * belong to MapLibre (React renders it with an empty inner HTML and never looks inside).
 */
export function startMapEarly(container: HTMLElement): void {
  if (!early && mayHaveWebGL()) early = createMap(container, null);
}

function MapInstance({ onContextRestored, children }: { onContextRestored: () => void; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ViewState>('loading');
  const [idleSeq, setIdleSeq] = useState(0);
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
    let reported: MapState = 'loading';
    const report = (s: MapState) => {
      // `moving` comes with every frame drawn: only changes are news.
      if (s === reported) return;
      reported = s;
      setState(s);
      if (s === 'idle') setIdleSeq((n) => n + 1);
    };
    const hooks: MapHooks = { onState: report, onContextRestored: () => restored.current() };
    // Adopt the map started before hydration when it lives in this very container; otherwise it is orphaned (the
    // page was rendered afresh): stop it and start one here.
    let handle: MapHandle;
    if (early && early.container === el) {
      handle = early;
      handle.hooks = hooks;
      report(handle.state);
    } else {
      if (early) {
        early.abort.abort();
        void early.done.then((d) => d(), () => undefined);
      }
      handle = createMap(el, hooks);
    }
    early = null;
    let destroy: (() => void) | null = null;
    handle.done.then(
      (d) => {
        if (handle.abort.signal.aborted) d();
        else destroy = d;
      },
      (err) => {
        if (handle.abort.signal.aborted) return;
        if (isNoWebGLError(err)) return unavailable();
        console.error('the map could not be created', err);
        setState('error');
      },
    );
    return () => {
      handle.abort.abort();
      handle.hooks = null;
      destroy?.();
    };
  }, []);

  return (
    <div className="map-view" data-map-state={state} data-map-idle-seq={idleSeq} data-testid="map">
      <div ref={ref} className="map-view__canvas" role="region" aria-label={t.mapLabel} dangerouslySetInnerHTML={MAPLIBRE_OWNS_THIS} />
      {state !== 'unavailable' && children}
      {state !== 'idle' && state !== 'moving' && (
        <div className="map-view__message" aria-live="polite">
          <p>{state === 'loading' ? t.mapLoading : state === 'error' ? t.mapError : t.noWebgl}</p>
        </div>
      )}
    </div>
  );
}

/** The map container's inner HTML as React knows it: none, so React never touches what MapLibre puts there. */
const MAPLIBRE_OWNS_THIS = { __html: '' };
