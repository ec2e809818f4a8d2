import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { chooseFont } from './lib/fonts.ts';
import { registerOffline } from './lib/offline.ts';
import { loadCatalog } from './lib/geo-data.ts';
import { mayHaveWebGL, startMapEarly } from './map/map-view.tsx';
import { useAppStore } from './store/store.ts';
import './app/global.css';

chooseFont();

const root = document.getElementById('root')!;

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
        () => hydrateRoot(root, <App />),
        () => createRoot(root).render(<App />),
      );
    } else {
      // A link with its own view (any fragment): the app renders it afresh over the prerendered default view.
      if (mayHaveWebGL()) void import('./map/map-controller.ts').then((m) => m.prepareMap()).catch(() => undefined);
      createRoot(root).render(<App />);
    }
  }),
);

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
