import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  goto,
  hashParam,
  launch,
  luminanceSpread,
  mapIdleSeq,
  networkQuiet,
  openSession,
  trackInflight,
  waitForMapIdle,
  waitForMapSettled,
  type Session,
} from './harness.ts';

/**
 * The real map in the built app, in Debian's Chromium: a deep link reproduces the screen, it renders, a hidden
 * layer is fetched only when shown, a click selects a feature and shows the provisions that mention it, a mention
 * link fits the map to its features, and nothing is fetched from outside the app's origin (the phone: see
 * phone.test.ts). One page, opened on a deep link, recording every request from its first load. Screenshots go to
 * test/.out/.
 */
const OUT = 'test/.out';
const DEEP_LINK = '#p=22&f=park-shaliang&layers=industry-belts,industry-parks&map=10.5/40.75/111.7&lang=en';
let browser: Browser;
let s: Session;
const requests: string[] = [];
let inflight: () => number;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
  s = await openSession(browser, DEEP_LINK, {
    before: (c) => {
      c.on('request', (r) => requests.push(r.url()));
      inflight = trackInflight(c);
    },
  });
  await waitForMapIdle(s.page);
}, 240_000);
afterAll(async () => {
  await s?.context.close();
  await browser?.close();
});

/** The map canvas's box in page pixels. */
async function canvasBox(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

/** Moves to `hash` (which names a view) and waits until the map has drawn it. */
async function gotoView(page: Page, hash: string): Promise<void> {
  const seq = await mapIdleSeq(page);
  await goto(page, hash);
  await waitForMapSettled(page, seq);
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

/** Clicks the centre of the map until the feature panel shows `id` (the first pick may compile shaders). */
async function clickCentreUntilSelected(page: Page, id: string): Promise<void> {
  const box = await canvasBox(page);
  const panel = page.locator(`[data-testid="feature-panel"][data-feature-id="${id}"]`);
  await expect
    .poll(
      async () => {
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return panel.count();
      },
      { timeout: 60_000, interval: 2000 },
    )
    .toBe(1);
}

// Generous limits: software WebGL on a busy 2-core machine can take a minute to first draw.
describe('map (one page)', { timeout: 240_000 }, () => {
  it('reproduces the screen from a deep link in a new page', async () => {
    const { page } = s;
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

  it('fetches a hidden layer only when it is first shown, then draws it and lets it be clicked', async () => {
    const { page } = s;
    const airFile = (u: string) => u.endsWith('/geo/layers/transport-air.geojson');
    expect(requests.some((u) => u.endsWith('/geo/layers/industry-belts.geojson'))).toBe(true);
    // Airports are a default layer, but the deep link does not show them.
    expect(requests.some(airFile)).toBe(false);
    // 盛乐国际机场 (airport-shengle) at the centre of the view.
    await gotoView(page, '#tab=layers&layers=industry-belts,industry-parks&map=13/40.48/111.573');
    expect(requests.some(airFile)).toBe(false);
    await page.getByTestId('layer-toggle-transport-air').check();
    await expect.poll(() => requests.some(airFile), { timeout: 30_000 }).toBe(true);
    // Once drawn, a click there selects it.
    await clickCentreUntilSelected(page, 'airport-shengle');
  });

  it('opens the provisions of a feature clicked on the map, with the mentioned words marked', async () => {
    const { page } = s;
    // 沙良物流园 (park-shaliang) centred in the map: its point is at the centre of the canvas.
    await gotoView(page, '#map=13/40.73/111.79&layers=industry-parks');
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

  it('fits the map to the features of a mention link in provision 22', async () => {
    const { page } = s;
    await gotoView(page, '#p=22&map=12/40.82/111.65');
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

  it('renders the embedded basemap and the default layers (not a blank canvas)', async () => {
    const { page } = s;
    await gotoView(page, '#map=8.6/40.6/111.6');
    const png = await page.locator('[data-testid="map"]').screenshot({ path: `${OUT}/map-desktop.png` });
    // A uniform canvas has a spread of 0; the basemap, its labels and the belts give far more.
    expect(await luminanceSpread(page, png)).toBeGreaterThan(8);
  });

  it('fetches nothing from outside the app while loading, clicking and drawing deck.gl arcs', async () => {
    const { page } = s;
    await gotoView(page, '#map=13/40.73/111.79&layers=industry-parks,industry-belts,regional-links,transport-air');
    await clickCentreUntilSelected(page, 'park-shaliang');
    const seq = await mapIdleSeq(page);
    await page.mouse.wheel(0, 600);
    await waitForMapSettled(page, seq);
    await networkQuiet(inflight);
    expect(requests.length).toBeGreaterThan(5);
    // The deck.gl layer's data was requested, so the lazy chunk ran.
    expect(requests.some((u) => u.includes('geo/layers/regional-links.geojson'))).toBe(true);
    const outside = requests.filter((u) => !u.startsWith(baseUrl()) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
