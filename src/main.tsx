import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { registerOffline } from './lib/offline.ts';
import { useAppStore } from './store/store.ts';
import './app/global.css';

createRoot(document.getElementById('root')!).render(<App />);

registerOffline({
  onUpdate: () => useAppStore.getState().notify({ id: 'offline-update', level: 'info', text: 'updateReady' }),
});
