/**
 * Registers the service worker that keeps the app usable without network after a first visit (production builds
 * only). Returns a promise that resolves once the app is fully cached, and calls `onUpdate` when a newer deployment
 * has been downloaded and will be used after a reload.
 */
export interface OfflineOptions {
  onCached?: () => void;
  onUpdate?: () => void;
}

export function registerOffline(opts: OfflineOptions = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((reg) => {
      // A reload alone never hands over to a downloaded update (the old worker keeps serving while it has a client),
      // so the reload that the update notice asks for activates the waiting version here and loads it once.
      if (reg.waiting && hadController) void applyUpdate();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state !== 'installed') return;
          if (hadController) opts.onUpdate?.();
          else opts.onCached?.();
        });
      });
    })
    .catch(() => {
      // A browser that refuses service workers (private mode, file://) still runs the app online.
    });
}

/** Activates a downloaded update and reloads the page with it. */
export async function applyUpdate(): Promise<void> {
  const reg = await navigator.serviceWorker?.getRegistration();
  reg?.waiting?.postMessage('skip-waiting');
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
}
