import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { chooseFont } from './lib/fonts.ts';
import { loadCatalog } from './lib/geo-data.ts';
import { registerOffline } from './lib/offline.ts';
import { mayHaveWebGL } from './map/map-view.tsx';
import { useAppStore } from './store/store.ts';
import './app/global.css';

chooseFont();

// The map's chunk is preloaded (see vite.config.ts): preparing the map now overlaps its fonts and settings with the
// first render of the panels instead of starting them once React has mounted the map.
if (mayHaveWebGL()) void import('./map/map-controller.ts').then((m) => m.prepareMap()).catch(() => undefined);

const root = document.getElementById('root')!;
if (root.firstElementChild) {
  // The page was prerendered with the catalog loaded (vite.config.ts): hydrate once this browser has it too, so the
  // first render matches the markup. Without it, render afresh (the overview then says what failed).
  loadCatalog().then(
    () => hydrateRoot(root, <App />),
    () => {
      root.replaceChildren();
      createRoot(root).render(<App />);
    },
  );
} else {
  createRoot(root).render(<App />);
}

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
