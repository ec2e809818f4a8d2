import { FONT_CACHE } from './cache-names.ts';

/**
 * Registers the service worker (`sw.js`, built by Workbox: see vite.config.ts) that keeps the app usable without
 * network after a first visit (production builds only). Registration waits until the page has finished its first
 * work, so that precaching never competes with the first paint on a slow link.
 */
export interface OfflineOptions {
  /** Resolves when the page's own first work is done (e.g. the map has drawn); registration waits for it too. */
  after?: Promise<unknown>;
  /** Called once the app has been cached for the first time. */
  onCached?: () => void;
  /** Called when a newer deployment has been downloaded and will be used after a reload. */
  onUpdate?: () => void;
}

const SW_URL = './sw.js';

export function registerOffline(opts: OfflineOptions = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  // A reload alone never hands over to a downloaded update (the old worker keeps serving while it has a client), so
  // the reload that the update notice asks for activates the waiting version here and loads it once. Only an update
  // this tab has offered: the browser may have downloaded a new one while this very page was loading, and that one is
  // offered first (below), never applied unasked.
  const applied = navigator.serviceWorker
    .getRegistration()
    .then((reg) => {
      if (reg?.waiting && hadController && updateOffered(false)) {
        void applyUpdate();
        return true;
      }
      return false;
    })
    .catch(() => false);

  void Promise.all([applied, opts.after, loadedAndIdle()])
    .then(([updating]) => (updating ? null : navigator.serviceWorker.register(SW_URL, { scope: './' })))
    .then((reg) => {
      if (!reg) return;
      const installed = () => {
        if (!hadController) return opts.onCached?.();
        updateOffered(true);
        opts.onUpdate?.();
      };
      const watch = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') installed();
        });
      // Now, and once the worker is active (faces loaded meanwhile would be missed by both).
      void keepFontsUsed();
      void navigator.serviceWorker.ready.then(keepFontsUsed);
      // The browser may have found (or even installed) an update while registration waited.
      if (reg.waiting && hadController) installed();
      else watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    })
    .catch(() => {
      // A browser that refuses service workers (private mode, file://) still runs the app online.
    });
}

const OFFERED_KEY = 'hohhot-plan:update-offered';

/**
 * Whether this tab has offered the waiting update (kept in session storage, so it survives the reload it asks for).
 * `offer` true records the offer; false takes it back and returns whether there was one.
 */
function updateOffered(offer: boolean): boolean {
  try {
    if (offer) {
      sessionStorage.setItem(OFFERED_KEY, '1');
      return true;
    }
    const was = sessionStorage.getItem(OFFERED_KEY) === '1';
    sessionStorage.removeItem(OFFERED_KEY);
    return was;
  } catch {
    // No storage (private mode): a waiting update is applied on the next reload.
    return !offer;
  }
}

/**
 * Puts the font files this page has loaded so far into the worker's font cache. On a device without a CJK font the
 * bundled font was fetched before the worker existed, so the worker never saw it; without this, the next visit
 * offline would draw every Chinese character as a box. They come from the HTTP cache: no second download.
 */
async function keepFontsUsed(): Promise<void> {
  if (!('caches' in window)) return;
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && /\.woff2?$/.test(u.pathname))
    .map((u) => u.href);
  if (!urls.length) return;
  const cache = await caches.open(FONT_CACHE);
  await Promise.all(urls.map(async (u) => (await cache.match(u, { ignoreVary: true })) ?? cache.add(u))).catch(() => undefined);
}

/** Resolves after the window's `load` event and then the browser's next idle period. */
function loadedAndIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 5000 });
        else setTimeout(resolve, 200);
      }),
  );
}

/** Activates a downloaded update and reloads the page with it. */
export async function applyUpdate(): Promise<void> {
  const reg = await navigator.serviceWorker?.getRegistration();
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  // Workbox's worker waits until told so (see `skipWaiting: false` in vite.config.ts).
  reg?.waiting?.postMessage({ type: 'SKIP_WAITING' });
}
