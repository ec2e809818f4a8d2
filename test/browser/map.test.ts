import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launch, openApp, PHONE, waitForMapIdle } from './harness.ts';

/**
 * The real map in the built app, in Debian's Chromium: it renders, a click selects a feature and shows the provisions
 * that mention it, a mention link fits the map to its features, a deep link reproduces the screen, and nothing is
 * fetched from outside the app's origin. Screenshots go to test/.out/.
 */
const OUT = 'test/.out';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function open(hash: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await openApp(context, hash);
  await waitForMapIdle(page, 200_000);
  return page;
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/** The map canvas's box in page pixels. */
async function canvasBox(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

/** Returns [minLng, minLat, maxLng, maxLat] seen by a web-mercator map of `w`×`h` CSS px at `map=z/lat/lng`. */
function viewBounds(map: string, w: number, h: number): [number, number, number, number] {
  const [z, lat, lng] = map.split('/').map(Number);
  const worldPx = 512 * 2 ** z;
  const y = (l: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * worldPx;
  const latOf = (py: number) => (Math.atan(Math.exp((0.5 - py / worldPx) * 2 * Math.PI)) * 360) / Math.PI - 90;
  const cy = y(lat);
  const dLng = ((w / 2) / worldPx) * 360;
  return [lng - dLng, latOf(cy + h / 2), lng + dLng, latOf(cy - h / 2)];
}

/** Returns the standard deviation of the luminance of a PNG screenshot, decoded by the browser itself. */
async function luminanceSpread(page: Page, png: Buffer): Promise<number> {
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

// Generous limits: software WebGL on a busy 2-core machine can take a minute to first draw.
describe('map', { timeout: 240_000 }, () => {
  it('renders the embedded basemap and the default layers (not a blank canvas)', async () => {
    const page = await open('');
    const png = await page.locator('[data-testid="map"]').screenshot({ path: `${OUT}/map-desktop.png` });
    // A uniform canvas has a spread of 0; the basemap, its labels and the belts give far more.
    expect(await luminanceSpread(page, png)).toBeGreaterThan(8);
  });

  it('renders on a phone too', async () => {
    const page = await open('', PHONE);
    await page.screenshot({ path: `${OUT}/map-phone.png` });
    const png = await page.locator('[data-testid="map"]').screenshot();
    expect(await luminanceSpread(page, png)).toBeGreaterThan(8);
  });

  it('opens the provisions of a feature clicked on the map, with the mentioned words marked', async () => {
    // 沙良物流园 (park-shaliang) centred in the map: its point is at the centre of the canvas.
    const page = await open('#map=13/40.73/111.79&layers=industry-parks');
    const box = await canvasBox(page);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="park-shaliang"]');
    await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => hashParam(page, 'f'), { timeout: 30_000 }).toBe('park-shaliang');
    const mention = panel.getByTestId('feature-mention-22');
    expect(await mention.count()).toBe(1);
    expect(await mention.locator('mark').first().textContent()).toBe('沙良物流园');
    await page.screenshot({ path: `${OUT}/map-feature.png` });
  });

  it('fetches a hidden layer only when it is first shown, then draws it and lets it be clicked', async () => {
    const context = await browser.newContext(DESKTOP);
    contexts.push(context);
    const fetched: string[] = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const page = await openApp(context, '#map=13/40.73/111.79&layers=industry-belts');
    await waitForMapIdle(page, 200_000);
    const parkFile = (p: string) => p.endsWith('/geo/layers/industry-parks.geojson');
    expect(fetched.some((p) => p.endsWith('/geo/layers/industry-belts.geojson'))).toBe(true);
    expect(fetched.some(parkFile)).toBe(false);
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('layer-toggle-industry-parks').check();
    await expect.poll(() => fetched.some(parkFile), { timeout: 30_000 }).toBe(true);
    // 沙良物流园 is at the centre of the view: once drawn, a click there selects it.
    const box = await canvasBox(page);
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="park-shaliang"]');
    await expect
      .poll(
        async () => {
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          return panel.count();
        },
        { timeout: 60_000, interval: 2000 },
      )
      .toBe(1);
  });

  it('fits the map to the features of a mention link in provision 22', async () => {
    const page = await open('#p=22&map=12/40.82/111.65');
    const link = page.locator('.pt-mention[data-ids~="park-togtoh"]').first();
    // Mention links appear once the catalog has been indexed against the text.
    await link.waitFor({ timeout: 90_000 }).catch(async (e) => {
      await page.screenshot({ path: `${OUT}/map-mention-missing.png` });
      throw e;
    });
    await link.click();
    // 托克托经济开发区, bbox [111.25844, 40.18086, 111.37844, 40.24414], must be inside the view the URL reports.
    await expect
      .poll(
        async () => {
          const map = hashParam(page, 'map');
          if (!map || map === '12/40.82/111.65') return false;
          const box = await canvasBox(page);
          const [w, s, e, n] = viewBounds(map, box.width, box.height);
          return w <= 111.25844 && s <= 40.18086 && e >= 111.37844 && n >= 40.24414;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  });

  it('reproduces the screen from a deep link in a new page', async () => {
    const hash = '#p=22&f=park-shaliang&layers=industry-belts,industry-parks&map=10.5/40.75/111.7&lang=en';
    const page = await open(hash);
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="park-shaliang"]');
    await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.locator('h2').first().textContent()).toMatch(/Shaliang/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const legend = (await page.getByTestId('legend').locator('.legend__list').first().textContent()) ?? '';
    expect(legend).toContain('Four industrial belts');
    expect(legend).toContain('Industrial parks');
    expect(legend).not.toContain('Airports');
    expect(hashParam(page, 'map')).toBe('10.5/40.75/111.7');
    expect(hashParam(page, 'p')).toBe('22');
  });

  it('fetches nothing from outside the app while loading, clicking and drawing deck.gl arcs', async () => {
    const context = await browser.newContext(DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${baseUrl()}#map=13/40.73/111.79&layers=industry-parks,industry-belts,regional-links,transport-air`);
    await waitForMapIdle(page, 200_000);
    const box = await canvasBox(page);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('[data-testid="feature-panel"]').count(), { timeout: 30_000 }).toBe(1);
    await page.mouse.wheel(0, 600);
    await page.waitForLoadState('networkidle');
    expect(urls.length).toBeGreaterThan(5);
    // The deck.gl layer's data was requested, so the lazy chunk ran.
    expect(urls.some((u) => u.includes('geo/layers/regional-links.geojson'))).toBe(true);
    const outside = urls.filter((u) => !u.startsWith(baseUrl()) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});
