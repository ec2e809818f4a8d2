import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/*
 * How to write a browser test here
 * --------------------------------
 * Every page load costs the whole app plus a software-rendered WebGL map (seconds on a small machine); a change of
 * `location.hash` costs almost nothing, and the app follows it exactly like a pasted link. So:
 *
 * - One page per `describe`: open it once in `beforeAll` with `openSession(browser, hash)`, close it in `afterAll`,
 *   and move between states with `goto(page, '#p=22&f=park-shaliang')`. A fresh page only where the test is about
 *   a first load (routes or init scripts set before loading, no WebGL, offline, a new deployment).
 * - Contexts: `DESKTOP` (1280×800) by default; `PROJECTOR` (1920×1080) only for what is about the big screen or its
 *   screenshots; `PHONE` for phones. All of them ask for reduced motion, so camera moves are jumps; a test about
 *   camera flights switches its page with `page.emulateMedia({ reducedMotion: 'no-preference' })`. Service workers
 *   are blocked unless a test allows them.
 * - No fixed sleeps. Wait for a state: `waitForMapIdle(page)` (drawn and settled), `waitForMapSettled(page, seq)`
 *   after an action that changes the map (take `seq = await mapIdleSeq(page)` before the action),
 *   `waitForMapQuiet(page)` when the action may or may not change it, `networkQuiet(...)` for requests, a selector,
 *   or `expect.poll`. The map view reports `data-map-state` (`loading`, then `moving` ⇄ `idle`) and counts every
 *   settle in `data-map-idle-seq`.
 * - A session records page errors (uncaught exceptions, rejected promises) in `errors`: assert `toEqual([])` where
 *   the test is about something not failing.
 */

/** Debian's Chromium, never a downloaded browser. Software WebGL through SwiftShader; no request leaves the machine. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const baseUrl = () => inject('baseUrl');

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A desktop browser (above the phone breakpoint, panel beside the map), reduced motion, service workers blocked. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' };
/** A projector or big screen at 1920×1080: for what is about that size (layout, screenshots). */
export const PROJECTOR: BrowserContextOptions = { ...DESKTOP, viewport: { width: 1920, height: 1080 } };
export const PHONE: BrowserContextOptions = {
  serviceWorkers: 'block',
  reducedMotion: 'reduce',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Opens the app at `hash` (e.g. `#p=22`) in a new page and waits until the app shell is on screen. */
export async function openApp(context: BrowserContext, hash = '', timeout = 60_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${hash ? (hash.startsWith('#') ? hash : `#${hash}`) : ''}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout });
  return page;
}

/** A page in its own context, with the page errors it raised. */
export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export interface SessionOptions {
  options?: BrowserContextOptions;
  /** Runs on the new context before the page loads (routes, init scripts, request listeners). */
  before?: (context: BrowserContext) => Promise<unknown> | void;
  /** Default timeout of the page's actions and waits. */
  timeout?: number;
}

/**
 * Opens the app at `hash` in a fresh context that records page errors (uncaught exceptions, rejected promises).
 * Close it with `session.context.close()`.
 */
export async function openSession(browser: Browser, hash = '', opts: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext(opts.options ?? DESKTOP);
  context.setDefaultTimeout(opts.timeout ?? 90_000);
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  await opts.before?.(context);
  const page = await openApp(context, hash, opts.timeout ?? 90_000);
  return { context, page, errors };
}

/**
 * Moves the page to another state as a pasted link would: sets `location.hash` and resolves once the app has read
 * it (after its `hashchange` handler ran). Everything the fragment does not name returns to its default, except the
 * camera, which stays where it is unless `map=` is given.
 */
export async function goto(page: Page | Frame, hash: string): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((resolve) => {
        // The same fragment (however it was escaped) fires no hashchange: nothing to wait for.
        if (new URL(`#${h}`, location.href).hash === location.hash) return resolve();
        // Listeners run in the order they were added: the app's own has read the fragment when this one runs.
        window.addEventListener('hashchange', () => resolve(), { once: true });
        location.hash = h;
      }),
    hash.replace(/^#/, ''),
  );
}

/** The fragment's value for `key`, or null. */
export const hashParam = (page: Page, key: string): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/** Returns the `near` value of the page's URL fragment as [lng, lat, radius], or null. */
export function nearOf(page: Page): [number, number, number] | null {
  const v = hashParam(page, 'near');
  return v ? (v.split(',').map(Number) as [number, number, number]) : null;
}

/** Returns the number of list items in the near-me list once it is shown. */
export async function listCount(page: Page): Promise<number> {
  await page.getByTestId('near-list').waitFor({ state: 'attached' });
  return page.getByTestId('near-list').locator(':scope > li').count();
}

/** Waits until the map has drawn and settled (`data-map-state="idle"`). */
export async function waitForMapIdle(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForSelector('[data-map-state="idle"]', { timeout });
}

/** How many times the map has settled so far (`data-map-idle-seq`; 0 before the first draw). */
export async function mapIdleSeq(page: Page): Promise<number> {
  return Number((await page.getByTestId('map').getAttribute('data-map-idle-seq')) ?? 0);
}

/**
 * Waits until the map has settled again after an action that changed it: `seq` is `mapIdleSeq(page)` taken before
 * the action. (An action that does not change the map never settles it again: do not wait for those.)
 */
export async function waitForMapSettled(page: Page, seq: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (before) => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      return !!el && el.dataset.mapState === 'idle' && Number(el.dataset.mapIdleSeq) > before;
    },
    seq,
    { timeout, polling: 100 },
  );
}

/** Returns the standard deviation of the luminance of a PNG screenshot, decoded by the browser itself (0 = blank). */
export async function luminanceSpread(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const c = document.createElement('canvas');
    c.width = bmp.width;
    c.height = bmp.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    let sq = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const l = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
      sum += l;
      sq += l * l;
    }
    const mean = sum / n;
    return Math.sqrt(sq / n - mean * mean);
  }, png.toString('base64'));
}

/**
 * Waits until the map is idle and stays so over two polls 250 ms apart (no new settle in between): for a state
 * reached by a link that may or may not change the map, where {@link waitForMapSettled} would wait forever.
 */
export async function waitForMapQuiet(page: Page, timeout = 120_000): Promise<void> {
  let last = -1;
  let quiet = 0;
  await expect
    .poll(
      async () => {
        const { state, seq } = await page.getByTestId('map').evaluate((el) => ({ state: el.dataset.mapState, seq: Number(el.dataset.mapIdleSeq) }));
        quiet = state === 'idle' && seq === last ? quiet + 1 : 0;
        last = seq;
        return quiet;
      },
      { timeout, interval: 250 },
    )
    .toBeGreaterThanOrEqual(2);
}

/** Counts the context's requests in flight, so that a test can wait for the network to fall quiet without sleeping. */
export function trackInflight(context: BrowserContext): () => number {
  let n = 0;
  context.on('request', () => n++);
  context.on('requestfinished', () => n--);
  context.on('requestfailed', () => n--);
  return () => n;
}

/** Waits until no request of a {@link trackInflight} counter has been in flight for two polls (250 ms apart). */
export async function networkQuiet(inflight: () => number, timeout = 60_000): Promise<void> {
  let quiet = 0;
  await expect.poll(() => (inflight() === 0 ? ++quiet : (quiet = 0)), { timeout, interval: 250 }).toBeGreaterThanOrEqual(2);
}
