import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../unit/fixtures/prototype-names.ts';
import {
  DESKTOP,
  baseUrl,
  goto,
  hashParam,
  launch,
  mapIdleSeq,
  networkQuiet,
  openApp,
  openSession,
  trackInflight,
  waitForMapIdle,
  waitForMapSettled,
  type Session,
} from './harness.ts';

/**
 * Robustness and security of the built app in Debian's Chromium: bad links (names of Object.prototype included), no
 * WebGL, missing or corrupt data, an unreachable online basemap, no request leaving the origin, the
 * Content-Security-Policy, plan text never turned into markup, and offline use after a first visit (with an update
 * path). Denied geolocation: see near.test.ts.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Long waits: the map under software WebGL on a small, busy machine can take a while to draw. */
const SLOW = { timeout: 180_000 };

/** The text of every notice on screen. */
async function notices(page: Page): Promise<string[]> {
  return page.locator('[data-notice]').allTextContents();
}

/** The message of notice `id`, or '' while there is none (does not wait: for `expect.poll`). */
async function noticeText(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-notice="${id}"] .notice-text`).allTextContents()).join('\n');
}

/** Opens the reader tab, then provision 22 through the link: proof that the panel still works. */
async function readerWorks(page: Page): Promise<void> {
  await page.getByTestId('tab-reader').click();
  await page.getByTestId('reader').waitFor({ state: 'visible' });
  await goto(page, '#p=22');
  await page.getByTestId('provision-view').waitFor({ state: 'visible' });
  expect(await page.getByTestId('provision-view').getAttribute('data-provision')).toBe('22');
}

/** Moves the camera through a link and waits until the map has drawn the new view: proof that the map still works. */
async function mapWorks(page: Page): Promise<void> {
  await waitForMapIdle(page);
  const zoom = hashParam(page, 'map')?.startsWith('9.5/') ? 9 : 9.5;
  const seq = await mapIdleSeq(page);
  await goto(page, `#map=${zoom}/40.8/111.7`);
  await waitForMapSettled(page, seq);
  expect(hashParam(page, 'map')).toBe(`${zoom}/40.8/111.7`);
}

/** No part of the screen shows its error message (a render error caught by a boundary). */
async function noFailedPart(page: Page): Promise<void> {
  expect(await page.locator('[data-error-boundary]').evaluateAll((els) => els.map((e) => e.getAttribute('data-error-boundary')))).toEqual([]);
}

describe('malformed and hostile links (one page)', () => {
  const LONG = `#q=${'规划'.repeat(3000)}&layers=${'industry-belts,'.repeat(400)}&p=${'9'.repeat(500)}`;
  const CASES: [string, string, boolean][] = [
    ['#p=%E4%B8', '#p=%E4%B8', false],
    ['#map=NaN/NaN/NaN', '#map=NaN/NaN/NaN', true],
    ['#map=1e308/-999/Infinity', '#map=1e308/-999/Infinity', true],
    ['#layers=,,,', '#layers=,,,', true],
    ['#near=1,2', '#near=1,2', false],
    ['#near=NaN,NaN,-5', '#near=NaN,NaN,-5', false],
    ['markup in f, story=0, tab=__proto__', '#f=%3Cscript%3Ealert(1)%3C%2Fscript%3E&story=0&tab=__proto__', false],
    ['empty keys and a path in basemap', '#=&&&==&p&lang=xx&basemap=../../etc', false],
    [`a ${LONG.length}-character hash`, LONG, true],
  ];
  // The page opens on all of them at once, so that the values also go through the first load (where the map is
  // created from the link); each is then pasted on its own.
  const AT_LOAD = '#p=%E4%B8&map=NaN/NaN/NaN&layers=,,,&near=NaN,NaN,-5&f=%3Cscript%3E&story=0&tab=__proto__&=&&&basemap=../../etc&lang=xx';
  let s: Session;
  beforeAll(async () => {
    s = await openSession(browser, AT_LOAD);
  }, SLOW.timeout);
  afterAll(async () => {
    await s?.context.close();
  });

  it('loads with every malformed value at once: no page error, the reader and the map work', SLOW, async () => {
    await waitForMapIdle(s.page);
    await readerWorks(s.page);
    await mapWorks(s.page);
    await noFailedPart(s.page);
    expect(s.errors).toEqual([]);
  });

  it.each(CASES)('%s: no page error, and the reader (and the map, for map keys) still work', SLOW, async (_label, hash, map) => {
    await goto(s.page, hash);
    // No case names a usable provision: the reader must have left provision 22 (the link was read).
    await s.page.getByTestId('provision-view').waitFor({ state: 'detached' });
    if (map) await mapWorks(s.page);
    await readerWorks(s.page);
    await noFailedPart(s.page);
    expect(s.errors).toEqual([]);
  });

  // `f=constructor` used to blank the whole app: ids from the link indexed plain objects and resolved to functions.
  it('names of Object.prototype on every key: each is refused with a notice, nothing fails, the app keeps working', SLOW, async () => {
    const KEYS = ['f', 'layers', 'basemap', 'sector', 'status', 'district', 'tab', 'lang', 'p', 'story', 'near', 'map', 'q'];
    for (const name of PROTOTYPE_NAMES) {
      for (const key of KEYS) {
        const hash = `#${key}=${encodeURIComponent(name)}`;
        await goto(s.page, hash);
        if (key === 'q') {
          // Free text: searched for, not looked up.
          expect(await s.page.getByRole('searchbox').inputValue(), hash).toBe(name);
        } else if (key === 'p') {
          await s.page.locator('[data-notice="url-p"]').waitFor({ state: 'visible' });
        } else if (key === 'f' && /^[a-z]+$/.test(name)) {
          // A well-formed id: the catalog, not the codec, says it is unknown.
          await expect.poll(() => noticeText(s.page, 'url-f'), { timeout: 30_000 }).toContain(`“${name}”`);
        } else {
          await expect.poll(() => noticeText(s.page, 'url-rejected'), { timeout: 30_000 }).toMatch(new RegExp(`[:：] ?(.*, )?${key}(,|$)`));
        }
        expect(await s.page.locator('[data-app-ready="true"]').count(), hash).toBe(1);
        await noFailedPart(s.page);
        expect(s.errors, hash).toEqual([]);
      }
      expect(hashParam(s.page, 'f')).toBeNull();
      await readerWorks(s.page);
    }
    await mapWorks(s.page);
    await noFailedPart(s.page);
  });
});

describe('a first load of #f=constructor', () => {
  it('renders the reader and the map, and a notice names the refused value', SLOW, async () => {
    const s = await openSession(browser, '#f=constructor');
    try {
      await expect.poll(() => noticeText(s.page, 'url-f'), { timeout: 60_000 }).toContain('“constructor”');
      expect(hashParam(s.page, 'f')).toBeNull();
      await waitForMapIdle(s.page);
      await readerWorks(s.page);
      await noFailedPart(s.page);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  let s: Session;
  beforeAll(async () => {
    noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    s = await openSession(noGl, '#p=22');
  }, SLOW.timeout);
  afterAll(async () => {
    await s?.context.close();
    await noGl?.close();
  });

  it('says plainly that the map needs WebGL, and the reader still opens provisions', async () => {
    await s.page.waitForSelector('[data-map-state="unavailable"]');
    await expect.poll(() => s.page.getByTestId('map').textContent()).toContain('WebGL');
    await readerWorks(s.page);
    expect(s.errors).toEqual([]);
  });

  it('still searches the plan text', async () => {
    await goto(s.page, '#tab=reader');
    await s.page.getByRole('searchbox').fill('园区');
    await s.page.getByTestId('search-results').waitFor();
    expect(await s.page.getByTestId('result-count').count()).toBeGreaterThan(1);
  });

  it('still lists what is planned near a point', async () => {
    await goto(s.page, '#near=111.68,40.82,3000');
    const items = s.page.getByTestId('near-list').locator('li');
    await items.first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(await items.count()).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });

  it('a browser that has WebGL but refuses a context (a blocked GPU) gets the same message, not an error', SLOW, async () => {
    const blocked = await openSession(browser, '#p=22', {
      before: (c) =>
        c.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            return /webgl/.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
          } as typeof original;
        }),
    });
    try {
      await blocked.page.waitForSelector('[data-map-state="unavailable"]', { timeout: 60_000 });
      await expect.poll(() => blocked.page.getByTestId('map').textContent()).toContain('WebGL');
      await readerWorks(blocked.page);
      expect(blocked.errors).toEqual([]);
    } finally {
      await blocked.context.close();
    }
  });
});

describe('missing or corrupt data files (one page: the catalogue missing and a layer file corrupt)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(browser, '', {
      before: async (c) => {
        await c.route('**/geo/catalog.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
        await c.route('**/geo/layers/industry-parks.geojson', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "FeatureCo' }),
        );
      },
    });
  }, SLOW.timeout);
  afterAll(async () => {
    await s?.context.close();
  });

  it('a missing catalogue: a notice says so; the map draws and the reader works', SLOW, async () => {
    await expect.poll(() => notices(s.page), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/目录/)]));
    await waitForMapIdle(s.page);
    await readerWorks(s.page);
    expect(s.errors).toEqual([]);
  });

  it('a corrupt layer file: a notice names the file; the map draws the other layers', SLOW, async () => {
    await expect.poll(() => notices(s.page), { timeout: 60_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('geo/layers/industry-parks.geojson')]),
    );
    await mapWorks(s.page);
    await noFailedPart(s.page);
    expect(s.errors).toEqual([]);
  });
});

describe('an unreachable online basemap', () => {
  it('falls back to the embedded basemap and says so', SLOW, async () => {
    const s = await openSession(browser, '#basemap=osm', {
      before: (c) => c.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort('internetdisconnected')),
    });
    try {
      // The online basemap is tried once the map has loaded; its tiles fail, and the app goes back.
      await s.page.waitForSelector('[data-map-state="idle"], [data-map-state="moving"], [data-map-state="error"]', { timeout: 150_000 });
      await expect
        .poll(() => notices(s.page), { timeout: 60_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/在线底图.*内置底图/)]));
      await expect.poll(() => s.page.url(), { timeout: 30_000 }).not.toContain('basemap=osm');
      await waitForMapIdle(s.page);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe('security (one page that records every request and every CSP violation from the first load)', () => {
  let s: Session;
  const requests: string[] = [];
  let inflight: () => number;
  beforeAll(async () => {
    s = await openSession(browser, '', {
      before: async (c) => {
        c.on('request', (r) => requests.push(r.url()));
        inflight = trackInflight(c);
        // Nothing may get out even if something tried: the test then fails on the recorded URL, not on a timeout.
        await c.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort('blockedbyclient'));
        await c.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
      },
    });
  }, SLOW.timeout);
  afterAll(async () => {
    await s?.context.close();
  });

  it('with the default settings no request leaves the origin during a full session', SLOW, async () => {
    const { page } = s;
    await waitForMapIdle(page);
    await page.getByTestId('tab-layers').click();
    const toggles = page.locator('[data-testid^="layer-toggle-"]');
    await toggles.first().waitFor();
    const n = await toggles.count();
    expect(n).toBeGreaterThanOrEqual(21);
    let seq = await mapIdleSeq(page);
    // Every toggle at once: the same files are requested as with a click at a time, without waiting for the map to
    // redraw 21 times in between (this test is about where requests go).
    await toggles.evaluateAll((els) => els.forEach((el) => (el as HTMLElement).click()));
    // Every layer has been shown once (the default ones are hidden again): each file was fetched and drawn.
    await expect.poll(() => new Set(requests.filter((u) => u.includes('/geo/layers/'))).size, { timeout: 60_000 }).toBeGreaterThanOrEqual(n);
    await waitForMapSettled(page, seq);
    await goto(page, '#p=2');
    const mention = page.locator('.pt-mention').first();
    await mention.waitFor({ state: 'visible' });
    seq = await mapIdleSeq(page);
    await mention.click();
    await waitForMapSettled(page, seq);
    seq = await mapIdleSeq(page);
    await goto(page, '#story=1');
    await page.getByTestId('briefing').waitFor();
    await waitForMapSettled(page, seq);
    await networkQuiet(inflight);
    const origin = new URL(baseUrl()).origin;
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(30);
    expect(outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('raises no CSP violation while the app loads, draws and opens the briefing, deck.gl arcs and the near-me data', SLOW, async () => {
    const { page } = s;
    const seq = await mapIdleSeq(page);
    await goto(page, '#story=1&layers=regional-links');
    await page.getByTestId('briefing').waitFor();
    await expect.poll(() => requests.some((u) => u.includes('geo/layers/regional-links.geojson')), { timeout: 30_000 }).toBe(true);
    await waitForMapSettled(page, seq);
    await goto(page, '#tab=near&near=111.68,40.82,3000');
    await page.getByTestId('near-list').waitFor({ timeout: 30_000 });
    await networkQuiet(inflight);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
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

  it('shows a search for markup as literal text and never runs it', async () => {
    const { page } = s;
    const attack = '<img src=x onerror="window.__pwned=1">';
    let dialog = false;
    page.on('dialog', (d) => ((dialog = true), void d.dismiss()));
    await goto(page, `#tab=reader&q=${encodeURIComponent(attack)}`);
    await page.getByRole('searchbox').waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe(attack);
    await page.getByRole('searchbox').fill(`${attack} 园区`);
    // The query is in the URL once the results for it are drawn.
    await expect.poll(() => hashParam(page, 'q')).toBe(`${attack} 园区`);
    await page.getByTestId('search-results').waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByTestId('app-panel').textContent()).toContain('<img');
    expect(dialog).toBe(false);
    expect(s.errors).toEqual([]);
  });
});

describe('offline after the first visit, then a new deployment (one context)', () => {
  let context: BrowserContext;
  let page: Page;
  const file = (name: string) => join(inject('outDir'), name);
  const originals = new Map<string, string>();
  /** Changes a file of the served build (restored after these tests). */
  const rewrite = (name: string, change: (text: string) => string) => {
    const text = readFileSync(file(name), 'utf8');
    if (!originals.has(name)) originals.set(name, text);
    const next = change(text);
    expect(next).not.toBe(text);
    writeFileSync(file(name), next);
  };
  /** The URLs in the service worker's precache, with their revision parameter. */
  const precached = () =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('hohhot-plan-precache'));
      return name ? (await (await caches.open(name)).keys()).map((r) => r.url) : [];
    });
  beforeAll(async () => {
    context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
    context.setDefaultTimeout(90_000);
  });
  afterAll(async () => {
    for (const [name, text] of originals) writeFileSync(file(name), text);
    await context?.close();
  });

  it('reloads with the network off: the app, the map and the settings still come from the service worker', SLOW, async () => {
    page = await openApp(context);
    await waitForMapIdle(page);
    // Registered after the first draw; in control once the whole app is cached and the worker activated.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
    const urls = await precached();
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.some((u) => /\/index\.html\?__WB_REVISION__=[0-9a-f]{32}$/.test(u))).toBe(true);
    // Fonts are cached as they are used, never all at once.
    expect(urls.filter((u) => /\.woff2?(\?|$)/.test(u))).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 30_000 });
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The deployment settings, never fetched through the worker, come from the precached copy.
    expect(await page.evaluate(async () => (await fetch('config.json')).json())).toEqual(JSON.parse(readFileSync(file('config.json'), 'utf8')));
    await goto(page, '#p=22');
    await page.getByTestId('provision-view').waitFor({ state: 'visible' });
  });

  it('reads the deployment settings from the network first when it is there', async () => {
    await context.setOffline(false);
    rewrite('config.json', (t) => t.replace('"reviewNumber": ""', '"reviewNumber": "TEST-0001"'));
    expect((await page.evaluate(async () => (await fetch('config.json')).json())).reviewNumber).toBe('TEST-0001');
  });

  it('offers the update when a new version is deployed, and the reload brings it in', SLOW, async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
    expect(await page.locator('[data-notice="offline-update"]').count()).toBe(0);
    // A new deployment: a changed page, and a worker whose precache manifest carries its new content hash.
    rewrite('index.html', (t) => t.replace('</head>', '<meta name="deployment" content="next"></head>'));
    const revision = createHash('md5').update(readFileSync(file('index.html'))).digest('hex');
    rewrite('sw.js', (t) => t.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`));
    const before = await precached();
    await page.reload();
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
    const notice = page.locator('[data-notice="offline-update"]');
    await notice.waitFor({ state: 'visible', timeout: 120_000 });
    expect(await notice.textContent()).toMatch(/新版本/);
    // The reload the notice asks for brings the new version in: the new page from the cache, the old one dropped.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('meta[name="deployment"]')?.getAttribute('content') ?? null).catch(() => null), {
        timeout: 60_000,
      })
      .toBe('next');
    const after = await precached();
    expect(after).toContain(before.find((u) => u.includes('/index.html?'))!.replace(/[0-9a-f]{32}$/, revision));
    expect(after.filter((u) => u.includes('/index.html?'))).toHaveLength(1);
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
  });
});
