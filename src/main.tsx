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

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', key: 'updateReady' }),
});
