import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { chooseFont } from './lib/fonts.ts';
import { registerOffline } from './lib/offline.ts';
import { loadCatalog } from './lib/geo-data.ts';
import { mayHaveWebGL, startMapEarly } from './map/map-view.tsx';
import { useAppStore } from './store/store.ts';
import './app/global.css';

chooseFont();

// The map's chunk is preloaded (see vite.config.ts): preparing the map now overlaps its fonts and settings with the
// first render of the panels instead of starting them once React has mounted the map.
if (mayHaveWebGL()) void import('./map/map-controller.ts').then((m) => m.prepareMap()).catch(() => undefined);

const root = document.getElementById('root')!;
if (root.firstElementChild && !window.location.hash.slice(1)) {
  // The plain address: the page is prerendered in this very state (vite.config.ts). Let the browser paint it first,
  // start the map in its container, and hydrate once the catalog the overview was rendered with is in (it is
  // preloaded beside this script). Without the catalog, the overview renders afresh and says what failed.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const canvas = root.querySelector<HTMLElement>('.map-view__canvas');
      if (canvas) startMapEarly(canvas);
      loadCatalog().then(
        () => hydrateRoot(root, <App />),
        () => createRoot(root).render(<App />),
      );
    }),
  );
} else {
  // A link with its own view (any fragment): the app renders it afresh, replacing the prerendered default view.
  createRoot(root).render(<App />);
}

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
