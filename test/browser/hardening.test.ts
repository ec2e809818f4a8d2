import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, baseUrl, launch, openApp, waitForMapIdle } from './harness.ts';

/**
 * Robustness and security of the built app in Debian's Chromium: bad links, no WebGL, missing or corrupt data, an
 * unreachable online basemap, no request leaving the origin, the Content-Security-Policy, plan text never turned
 * into markup, and offline use after a first visit (with an update path). Denied geolocation: see near.test.ts.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Long waits: the map under software WebGL on a small, busy machine can take a while to draw. */
const MAP_WAIT = 150_000;
const SLOW = { timeout: MAP_WAIT + 90_000 };
const TWO_MAPS = { timeout: 2 * MAP_WAIT + 120_000 };

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens the app at `hash` in a fresh context that records page errors (uncaught exceptions, rejected promises). */
async function open(hash: string, opts: { options?: BrowserContextOptions; on?: Browser; before?: (c: BrowserContext) => Promise<unknown> } = {}): Promise<Session> {
  const context = await (opts.on ?? browser).newContext(opts.options ?? DESKTOP);
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  await opts.before?.(context);
  const page = await openApp(context, hash);
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** The text of every notice on screen. */
async function notices(page: Page): Promise<string[]> {
  return page.locator('[data-notice]').allTextContents();
}

/** Opens the reader tab, then a provision: proof that the panel still works. */
async function readerWorks(page: Page): Promise<void> {
  await page.getByTestId('tab-reader').click();
  await page.getByTestId('reader').waitFor({ state: 'visible' });
  await page.evaluate(() => (location.hash = '#p=22'));
  await page.getByTestId('provision-view').waitFor({ state: 'visible' });
  expect(await page.getByTestId('provision-view').getAttribute('data-provision')).toBe('22');
}

describe('malformed links in the real browser', () => {
  const LONG = `#q=${'规划'.repeat(3000)}&layers=${'industry-belts,'.repeat(400)}&p=${'9'.repeat(500)}`;
  it.each([
    ['#p=%E4%B8', '#p=%E4%B8', false],
    ['#map=NaN/NaN/NaN', '#map=NaN/NaN/NaN', true],
    ['#map=1e308/-999/Infinity', '#map=1e308/-999/Infinity', true],
    ['#layers=,,,', '#layers=,,,', true],
    ['#near=1,2', '#near=1,2', false],
    ['#near=NaN,NaN,-5', '#near=NaN,NaN,-5', false],
    ['markup in f, story=0, tab=__proto__', '#f=%3Cscript%3Ealert(1)%3C%2Fscript%3E&story=0&tab=__proto__', false],
    ['empty keys and a path in basemap', '#=&&&==&p&lang=xx&basemap=../../etc', false],
    [`a ${LONG.length}-character hash`, LONG, true],
  ])('%s: no page error, and the reader (and the map, for map keys) still work', SLOW, async (_label, hash, map) => {
    const { context, page, errors } = await open(hash);
    try {
      if (map) await waitForMapIdle(page, MAP_WAIT);
      await readerWorks(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('says plainly that the map needs WebGL, and the reader still opens provisions', async () => {
    const { context, page, errors } = await open('#p=22', { on: noGl });
    try {
      await page.waitForSelector('[data-map-state="unavailable"]');
      await expect.poll(() => page.getByTestId('map').textContent()).toContain('WebGL');
      await readerWorks(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a browser that has WebGL but refuses a context (a blocked GPU) gets the same message, not an error', SLOW, async () => {
    const { context, page, errors } = await open('#p=22', {
      before: (c) =>
        c.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            return /webgl/.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
          } as typeof original;
        }),
    });
    try {
      await page.waitForSelector('[data-map-state="unavailable"]', { timeout: 60_000 });
      await expect.poll(() => page.getByTestId('map').textContent()).toContain('WebGL');
      await readerWorks(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('still searches the plan text', async () => {
    const { context, page } = await open('#tab=reader', { on: noGl });
    try {
      await page.waitForSelector('[data-map-state="unavailable"]');
      await page.getByRole('searchbox').fill('园区');
      await page.getByTestId('search-results').waitFor();
      expect(await page.getByTestId('result-count').count()).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  it('still lists what is planned near a point', async () => {
    const { context, page } = await open('#near=111.68,40.82,3000', { on: noGl });
    try {
      await page.waitForSelector('[data-map-state="unavailable"]');
      const items = page.getByTestId('near-list').locator('li');
      await items.first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await items.count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('missing or corrupt data files', () => {
  it('a missing catalogue: a notice says so; the map draws and the reader works', SLOW, async () => {
    const { context, page, errors } = await open('', {
      before: (c) => c.route('**/geo/catalog.json', (r) => r.fulfill({ status: 404, body: 'not found' })),
    });
    try {
      await expect.poll(() => notices(page), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/目录/)]));
      await waitForMapIdle(page, MAP_WAIT);
      await readerWorks(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a corrupt layer file: a notice names the file; the map draws the other layers', SLOW, async () => {
    const { context, page, errors } = await open('', {
      before: (c) =>
        c.route('**/geo/layers/industry-parks.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "FeatureCo' })),
    });
    try {
      await expect.poll(() => notices(page), { timeout: 60_000 }).toEqual(
        expect.arrayContaining([expect.stringContaining('geo/layers/industry-parks.geojson')]),
      );
      await waitForMapIdle(page, MAP_WAIT);
      await readerWorks(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('an unreachable online basemap', () => {
  it('falls back to the embedded basemap and says so', SLOW, async () => {
    const { context, page, errors } = await open('#basemap=osm', {
      before: (c) => c.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort('internetdisconnected')),
    });
    try {
      // The online basemap is tried once the map has loaded; its tiles fail, and the app goes back.
      await page.waitForSelector('[data-map-state="idle"], [data-map-state="error"]', { timeout: MAP_WAIT });
      await expect
        .poll(() => notices(page), { timeout: 60_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/在线底图.*内置底图/)]));
      await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('basemap=osm');
      await waitForMapIdle(page, MAP_WAIT);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('security', () => {
  it('with the default settings no request leaves the origin during a full session', TWO_MAPS, async () => {
    const requests: string[] = [];
    const { context, page, errors } = await open('', {
      before: async (c) => {
        c.on('request', (r) => requests.push(r.url()));
        // Nothing may get out even if something tried: the test then fails on the recorded URL, not on a timeout.
        await c.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort('blockedbyclient'));
      },
    });
    try {
      await waitForMapIdle(page, MAP_WAIT);
      await page.getByTestId('tab-layers').click();
      const toggles = page.locator('[data-testid^="layer-toggle-"]');
      await toggles.first().waitFor();
      const n = await toggles.count();
      expect(n).toBeGreaterThanOrEqual(21);
      for (let i = 0; i < n; i++) await toggles.nth(i).click();
      await page.waitForTimeout(3000);
      await page.evaluate(() => (location.hash = '#p=2'));
      const mention = page.locator('.pt-mention').first();
      await mention.waitFor({ state: 'visible' });
      await mention.click();
      await page.waitForTimeout(2000);
      await page.evaluate(() => (location.hash = '#story=1'));
      await page.waitForTimeout(3000);
      await page.waitForLoadState('networkidle');
      const origin = new URL(baseUrl()).origin;
      const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(requests.length).toBeGreaterThan(30);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves index.html with a CSP meta tag: scripts from self only, no eval, no inline script', async () => {
    const html = await (await fetch(baseUrl())).text();
    const meta = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    const csp = meta![1]!.replace(/&#39;|&apos;/g, "'");
    const script = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim();
    expect(script).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1]!) || m[2]!.trim());
    expect(inline).toEqual([]);
  });

  it('raises no CSP violation while the app loads, draws and opens the briefing', SLOW, async () => {
    const { context, page } = await open('', {
      before: (c) =>
        c.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
        }),
    });
    try {
      await waitForMapIdle(page, MAP_WAIT);
      await page.evaluate(() => (location.hash = '#story=1&layers=regional-links'));
      await page.waitForTimeout(4000);
      await page.evaluate(() => (location.hash = '#tab=near&near=111.68,40.82,3000'));
      await page.getByTestId('near-list').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a search for markup as literal text and never runs it', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const { context, page, errors } = await open(`#tab=reader&q=${encodeURIComponent(attack)}`);
    try {
      let dialog = false;
      page.on('dialog', (d) => ((dialog = true), void d.dismiss()));
      await page.getByRole('searchbox').waitFor();
      expect(await page.getByRole('searchbox').inputValue()).toBe(attack);
      await page.getByRole('searchbox').fill(`${attack} 园区`);
      await page.waitForTimeout(500);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.getByTestId('app-panel').textContent()).toContain('<img');
      expect(dialog).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('offline after the first visit', () => {
  it('reloads with the network off: the app and the map still render from the service worker', TWO_MAPS, async () => {
    const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
    try {
      const page = await openApp(context);
      await waitForMapIdle(page, MAP_WAIT);
      const cached = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        const keys = await caches.keys();
        const cache = await caches.open(keys.find((k) => k.startsWith('hohhot-plan-'))!);
        return { active: reg.active?.state, entries: (await cache.keys()).length };
      });
      expect(cached.active).toBe('activated');
      expect(cached.entries).toBeGreaterThan(50);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 30_000 });
      await waitForMapIdle(page, MAP_WAIT);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await page.evaluate(() => (location.hash = '#p=22'));
      await page.getByTestId('provision-view').waitFor({ state: 'visible' });
    } finally {
      await context.close();
    }
  });

  it('offers the update when a new version is deployed', SLOW, async () => {
    const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
    const swFile = join(inject('outDir'), 'sw.js');
    const original = readFileSync(swFile, 'utf8');
    try {
      const page = await openApp(context);
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
      expect(await page.locator('[data-notice="offline-update"]').count()).toBe(0);
      // A new deployment: same files, a new cache version, so the browser sees a changed service worker.
      const next = original.replace(/const CACHE = 'hohhot-plan-([0-9a-f]+)'/, "const CACHE = 'hohhot-plan-$1-next'");
      expect(next).not.toBe(original);
      writeFileSync(swFile, next);
      await page.reload();
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
      const notice = page.locator('[data-notice="offline-update"]');
      await notice.waitFor({ state: 'visible', timeout: 120_000 });
      expect(await notice.textContent()).toMatch(/新版本/);
      // The reload the notice asks for brings the new version in (the old cache is dropped).
      await page.reload();
      const cacheNames = () => page.evaluate(() => caches.keys()).catch(() => [] as string[]);
      await expect.poll(cacheNames, { timeout: 60_000 }).toEqual([expect.stringMatching(/^hohhot-plan-[0-9a-f]+-next$/)]);
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
    } finally {
      writeFileSync(swFile, original);
      await context.close();
    }
  });
});
