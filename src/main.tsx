import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { ErrorBoundary } from './panels/error-boundary.tsx';
import { registerOffline } from './lib/offline.ts';
import { mayHaveWebGL } from './map/map-view.tsx';
import { useAppStore } from './store/store.ts';
import { decodeHash } from './store/url-codec.ts';
import './app/global.css';

// The map's chunk is preloaded (see vite.config.ts): preparing the map now overlaps its fonts and settings with the
// first render of the panels instead of starting them once React has mounted the map.
if (mayHaveWebGL()) void import('./map/map-controller.ts').then((m) => m.prepareMap()).catch(() => undefined);

// The last resort: each panel and the map have their own boundary, so this one shows only if the shell itself fails.
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary area="app" lang={decodeHash(window.location.hash).state.lang}>
    <App />
  </ErrorBoundary>,
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
