import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { chooseFont } from './lib/fonts.ts';
import { ErrorBoundary } from './panels/error-boundary.tsx';
import { registerOffline } from './lib/offline.ts';
import { loadCatalog } from './lib/geo-data.ts';
import { mayHaveWebGL, startMapEarly } from './map/map-view.tsx';
import { useAppStore } from './store/store.ts';
import { decodeHash } from './store/url-codec.ts';
import './app/global.css';

chooseFont();

const root = document.getElementById('root')!;

// The last resort: each panel and the map have their own boundary, so this one shows only if the shell itself fails.
// It adds nothing to the page, so the prerendered markup hydrates under it.
const shell = (
  <ErrorBoundary area="app" lang={decodeHash(window.location.hash).state.lang}>
    <App />
  </ErrorBoundary>
);

// Everything heavy waits for the first paint of the prerendered page (vite.config.ts): evaluating MapLibre's module
// and setting up the map are long tasks that would otherwise hold that paint back.
requestAnimationFrame(() =>
  setTimeout(() => {
    if (root.firstElementChild && !window.location.hash.slice(1)) {
      // The plain address: the page was prerendered in this very state. Start the map in its container, and hydrate
      // once the catalog the overview was rendered with is in (it is preloaded beside this script). Without the
      // catalog, the overview renders afresh and says what failed.
      const canvas = root.querySelector<HTMLElement>('.map-view__canvas');
      if (canvas) startMapEarly(canvas);
      loadCatalog().then(
        () => hydrateRoot(root, shell),
        () => createRoot(root).render(shell),
      );
    } else {
      // A link with its own view (any fragment): the app renders it afresh over the prerendered default view.
      if (mayHaveWebGL()) void import('./map/map-controller.ts').then((m) => m.prepareMap()).catch(() => undefined);
      createRoot(root).render(shell);
    }
  }),
);

/**
 * Resolves once the map has drawn for the first time (the `map-idle` mark of map-view.tsx) or is known not to draw
 * (no WebGL); after two minutes at most, so that a map that fails never keeps the app from being saved for offline use.
 */
function mapFirstDrawn(): Promise<void> {
  if (!mayHaveWebGL()) return Promise.resolve();
  return new Promise((resolve) => {
    const cleanups: (() => void)[] = [];
    const done = () => {
      cleanups.forEach((c) => c());
      resolve();
    };
    const observer = new PerformanceObserver((list) => list.getEntriesByName('map-idle').length && done());
    observer.observe({ type: 'mark', buffered: true });
    cleanups.push(() => observer.disconnect());
    cleanups.push(useAppStore.subscribe((s) => !s.mapAvailable && done()));
    const timer = setTimeout(done, 120_000);
    cleanups.push(() => clearTimeout(timer));
  });
}

// Precaching downloads the whole app: it starts only once the first screen (the map included) is done.
registerOffline({
  after: mapFirstDrawn(),
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
