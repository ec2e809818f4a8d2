import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { chooseFont } from './lib/fonts.ts';
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
  // The page is prerendered (vite.config.ts). Let the browser paint it first (the map's setup is a long task that
  // would hold the first paint back), then hydrate: the map starts while the panels, which wait for their data and
  // code, hydrate as these arrive (React keeps their prerendered markup on screen until then).
  requestAnimationFrame(() => setTimeout(() => hydrateRoot(root, <App />)));
} else {
  createRoot(root).render(<App />);
}

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
