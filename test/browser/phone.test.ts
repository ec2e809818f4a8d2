import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, goto, hashParam, launch, listCount, luminanceSpread, mapIdleSeq, nearOf, openSession, waitForMapIdle, waitForMapQuiet, waitForMapSettled, type Session } from './harness.ts';

/**
 * The app on phones, in the built app: the map renders, the panels live in a bottom sheet that opens on a provision
 * link and that its handle and buttons resize, tap targets are large enough, a long-press on the map drops the
 * near-me pin, a feature link frames its feature above the sheet, the English edition has its toggle, and nothing
 * overflows at 360 × 640. Screenshots go to test/.out/.
 */
const OUT = 'test/.out';
const SLOW = 180_000;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Projects [lng, lat] to CSS px in a web-mercator map of `w`×`h` at `map=z/lat/lng` (origin: the canvas's top left). */
function project(map: string, w: number, h: number, lng: number, lat: number): [number, number] {
  const [z, clat, clng] = map.split('/').map(Number) as [number, number, number];
  const world = 512 * 2 ** z;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return [w / 2 + x(lng) - x(clng), h / 2 + y(lat) - y(clat)];
}

/** Lowers the sheet to its lowest height with its collapse button (as a link without a provision opens it). */
async function collapseFully(page: Page): Promise<void> {
  const collapse = page.getByRole('button', { name: '收起面板' });
  while (await collapse.isEnabled()) await collapse.click();
  expect(await page.getByTestId('app-panel').getAttribute('data-sheet')).toBe('peek');
}

/** Lifts the sheet to full height with its expand button. */
async function expandFully(page: Page): Promise<void> {
  const expand = page.getByRole('button', { name: '展开面板' });
  while (await expand.isEnabled()) await expand.click();
  expect(await page.getByTestId('app-panel').getAttribute('data-sheet')).toBe('full');
}

describe('on a 390 × 844 phone (one page, opened on a provision link)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(browser, '#p=22', { options: PHONE });
  }, 180_000);
  afterAll(async () => {
    await s?.context.close();
  });

  it('puts the reader in a bottom sheet that a provision link opens half-way and the handle expands (screenshots)', { timeout: SLOW }, async () => {
    const { page } = s;
    await page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    const panel = page.getByTestId('app-panel');
    expect(await panel.getAttribute('data-sheet')).toBe('half');
    await page.screenshot({ path: `${OUT}/reader-phone-p22.png`, timeout: 90_000 });
    await page.getByTestId('sheet-handle').click();
    expect(await panel.getAttribute('data-sheet')).toBe('full');
    // Reduced motion: the sheet has no transition to wait for.
    await page.screenshot({ path: `${OUT}/reader-phone-p22-full.png`, timeout: 90_000 });
  });

  it('renders the map (not a blank canvas)', { timeout: SLOW }, async () => {
    const { page } = s;
    await waitForMapIdle(page);
    await page.getByTestId('sheet-handle').click();
    await page.screenshot({ path: `${OUT}/map-phone.png` });
    const png = await page.locator('[data-testid="map"]').screenshot();
    expect(await luminanceSpread(page, png)).toBeGreaterThan(8);
  });

  it('shows the overview with tap targets at least 40 px tall inside the screen (dashboard)', { timeout: SLOW }, async () => {
    const { page } = s;
    await goto(page, '#tab=overview');
    await page.waitForSelector('[data-testid="overview"][data-state="ready"]', { timeout: 60_000 });
    const bar = page.locator('[data-testid="chart-sector"] button[data-key="ecology"]');
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${OUT}/dashboard-phone.png` });
  });

  it('near me in the bottom sheet: long-press drops a pin, targets are ≥ 44 px (screenshots)', { timeout: SLOW }, async () => {
    const { page, context } = s;
    await goto(page, '#near=111.68,40.82,3000');
    await collapseFully(page);
    await waitForMapIdle(page);
    expect(await listCount(page)).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}/near-390x844.png` });

    const small = await page.getByTestId('near-panel').evaluate((panel) =>
      [...panel.querySelectorAll<HTMLElement>('button, input, select, summary, [role="option"]')]
        .filter((el) => el.getClientRects().length > 0 && el.getAttribute('type') !== 'range')
        .map((el) => ({ el: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, h: el.getBoundingClientRect().height }))
        .filter((x) => x.h < 44),
    );
    expect(small).toEqual([]);

    // Long-press (held 700 ms, one finger) on the map above the sheet moves the pin there.
    const before = nearOf(page);
    const cdp = await context.newCDPSession(page);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const at = { x: canvas.x + canvas.width * 0.3, y: canvas.y + 60 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    await page.waitForTimeout(700); // the press itself: a gesture is defined by how long the finger stays
    const seq = await mapIdleSeq(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).not.toEqual(before);
    // The finger lifting after the long-press must not also select whatever lies under it: once the map has drawn
    // the new pin (after any click the lift could cause), nothing is selected.
    await waitForMapSettled(page, seq);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('f')).toBeNull();

    // Lifted to full height, the sheet shows the list itself (of the linked pin, which has items around it).
    await goto(page, '#near=111.68,40.82,3000');
    await expandFully(page);
    await page.getByTestId('near-list').locator(':scope > li').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/near-390x844-list.png` });
    expect(s.errors).toEqual([]);
  });

  it('#f=heritage-dazhao frames 大召 and keeps it, with its circle of doubt, above the bottom sheet', { timeout: SLOW }, async () => {
    const { page } = s;
    // As a fresh link opens it: the sheet low, then lifted half-way by the feature.
    await collapseFully(page);
    // The view before the link (the previous test may have left the map at street scale already).
    const before = hashParam(page, 'map');
    const seq = await mapIdleSeq(page);
    await goto(page, '#f=heritage-dazhao');
    await expect.poll(() => page.locator('[data-testid="feature-panel"][data-feature-id="heritage-dazhao"]').count(), { timeout: 30_000 }).toBe(1);
    // Its layer is switched on (a link may name a feature whose layer is hidden by default).
    await expect.poll(() => hashParam(page, 'layers')?.split(',').includes('culture-heritage') ?? false, { timeout: 30_000 }).toBe(true);
    // The view the map settles on is written to the URL.
    await expect
      .poll(() => {
        const m = hashParam(page, 'map');
        return m !== before && Number(m?.split('/')[0] ?? 0) > 13;
      }, { timeout: 60_000 })
      .toBe(true);
    await waitForMapSettled(page, seq);
    const map = hashParam(page, 'map')!;
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const sheet = (await page.getByTestId('app-panel').boundingBox())!;
    // 大召: 40.79806 N 111.64667 E, ±200 m: the box of its circle of doubt.
    const dLat = 200 / 111_320;
    const dLng = dLat / Math.cos((40.798 * Math.PI) / 180);
    const corners = [
      project(map, canvas.width, canvas.height, 111.64667 - dLng, 40.79806 + dLat),
      project(map, canvas.width, canvas.height, 111.64667 + dLng, 40.79806 - dLat),
    ];
    for (const [x, y] of corners) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(canvas.width);
      expect(y).toBeGreaterThanOrEqual(0);
      // Above the sheet: the sheet's top in canvas coordinates.
      expect(y + canvas.y).toBeLessThan(sheet.y);
    }
    await page.screenshot({ path: `${OUT}/geo-phone-dazhao.png` });
  });

  it('shows the English edition with the Chinese original a toggle away', { timeout: SLOW }, async () => {
    const { page } = s;
    // As a fresh link opens it: the sheet low, then lifted half-way by the provision.
    await collapseFully(page);
    // With the provision's layers over the city (the page's map was left at street scale by the previous test).
    await goto(page, '#p=22&lang=en&layers=industry-belts,industry-parks&map=9/40.72/111.62');
    await expect.poll(() => page.getByTestId('app-panel').getAttribute('data-sheet')).toBe('half');
    const view = page.getByTestId('provision-view');
    await page.locator('.provision-text[lang="en"]').waitFor();
    expect(await page.locator('.app').getAttribute('data-parallel')).toBeNull();
    const toggle = page.getByTestId('reader-lang-toggle');
    const box = await toggle.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(36);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await waitForMapQuiet(page);
    await page.screenshot({ path: `${OUT}/english-phone-p22.png`, timeout: 90_000 });
    await toggle.click();
    await expect.poll(() => view.getAttribute('data-text-lang')).toBe('zh-CN');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => view.getAttribute('data-text-lang')).toBe('en');
    expect(s.errors).toEqual([]);
  });
});

describe('on a 360 × 640 phone (one page, opened on the reader tab)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(browser, '#tab=reader', { options: { ...PHONE, viewport: { width: 360, height: 640 } } });
  }, 180_000);
  afterAll(async () => {
    await s?.context.close();
  });

  it('opens the sheet low on a link without a provision; its button lifts it (screenshot)', { timeout: SLOW }, async () => {
    const { page } = s;
    const sheet = page.getByTestId('app-panel');
    expect(await sheet.getAttribute('data-sheet')).toBe('peek');
    await page.getByRole('button', { name: '展开面板' }).click();
    expect(await sheet.getAttribute('data-sheet')).toBe('half');
    await page.screenshot({ path: `${OUT}/reader-phone360-contents.png`, timeout: 90_000 });
  });

  it('near me looks finished: no sideways overflow (screenshots)', { timeout: SLOW }, async () => {
    const { page } = s;
    await goto(page, '#near=111.68,40.82,3000');
    await waitForMapIdle(page);
    expect(await listCount(page)).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/near-360x640.png` });
    await expandFully(page);
    await page.getByTestId('near-list').locator(':scope > li').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/near-360x640-list.png` });
    expect(s.errors).toEqual([]);
  });
});
