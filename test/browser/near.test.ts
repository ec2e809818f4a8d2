import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, baseUrl, launch, waitForMapIdle } from './harness.ts';

/**
 * "What is planned near me?" in the built app: search → pin → list, geolocation granted and denied, a shared
 * `#near=` link, a district list, dropping a pin on the map, and the phone bottom sheet (with screenshots).
 */
const OUT = 'test/.out';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Software WebGL on a busy two-core machine can take a minute to draw the first frame: generous waits, so that a
// failure means the feature, not the machine.
const SLOW = 240_000;
const idle = (page: Page) => waitForMapIdle(page, 180_000);

async function open(hash: string, options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; context: BrowserContext; errors: Error[] }> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(90_000);
  const errors: Error[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${baseUrl()}${hash}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 120_000 });
  return { page, context, errors };
}

/** Returns the `near` value of the page's URL fragment as [lng, lat, radius], or null. */
function nearOf(page: Page): [number, number, number] | null {
  const v = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('near');
  return v ? (v.split(',').map(Number) as [number, number, number]) : null;
}

/** Returns the number of list items in the near-me list once it is shown. */
async function listCount(page: Page): Promise<number> {
  await page.getByTestId('near-list').waitFor({ state: 'attached' });
  return page.getByTestId('near-list').locator(':scope > li').count();
}

describe('near me', () => {
  it('search → choose → pin → list', async () => {
    const { page, context, errors } = await open('#tab=near');
    await idle(page);
    const box = page.getByTestId('near-search');
    await box.fill('xinhuaguangchang');
    const option = page.getByRole('option', { name: /新华广场/ }).first();
    await option.waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).not.toBeNull();
    const [lng, lat, radius] = nearOf(page)!;
    expect(lng).toBeGreaterThan(111.6);
    expect(lng).toBeLessThan(111.75);
    expect(lat).toBeGreaterThan(40.78);
    expect(lat).toBeLessThan(40.86);
    expect(radius).toBe(3000);
    expect(await listCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('near-count').textContent()).toMatch(/3 公里内有 \d+ 项规划内容/);
    expect(await page.getByTestId('near-pin-label').textContent()).toContain('新华广场');
    await page.getByTestId('near-pin').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('locates the user when geolocation is granted', async () => {
    const { page, context } = await open('#tab=near', {
      ...DESKTOP,
      permissions: ['geolocation'],
      geolocation: { latitude: 40.8417, longitude: 111.7503 },
    });
    await page.getByTestId('near-locate').click();
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).toEqual([111.7503, 40.8417, 3000]);
    expect(await listCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('near-geo-message').count()).toBe(0);
    expect(await page.getByTestId('near-outside-message').count()).toBe(0);
    await context.close();
  }, SLOW);

  it('says so when geolocation is denied, and sets no pin', async () => {
    const { page, context } = await open('#tab=near');
    await context.clearPermissions();
    await page.getByTestId('near-locate').click();
    const msg = page.getByTestId('near-geo-message');
    await msg.waitFor({ state: 'visible' });
    expect(await msg.textContent()).toContain('您没有允许本页使用位置');
    expect(nearOf(page)).toBeNull();
    await context.close();
  }, SLOW);

  it('says when the located user is outside the city, and still shows the pin', async () => {
    const { page, context } = await open('#tab=near', {
      ...DESKTOP,
      permissions: ['geolocation'],
      geolocation: { latitude: 39.9042, longitude: 116.4074 },
    });
    await idle(page);
    await page.getByTestId('near-locate').click();
    await page.getByTestId('near-outside-message').waitFor({ state: 'visible' });
    expect(nearOf(page)).toEqual([116.4074, 39.9042, 3000]);
    await page.getByTestId('near-pin').waitFor({ state: 'attached' });
    await context.close();
  }, SLOW);

  it('shows the list from a shared #near= link', async () => {
    const { page, context } = await open('#near=111.68,40.82,3000');
    expect(await listCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('near-radius-value').textContent()).toBe('3 公里');
    const distances = await page.getByTestId('near-list').getByTestId('near-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(0);
    await context.close();
  }, SLOW);

  it('lists what the plan places in a chosen district', async () => {
    const { page, context } = await open('#tab=near');
    const select = page.getByTestId('near-district-select');
    await expect.poll(() => select.isEnabled(), { timeout: 60_000 }).toBe(true);
    await select.selectOption('150121');
    const list = page.getByTestId('near-district-list');
    await list.waitFor();
    expect(await list.locator(':scope > li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('near-district-count').textContent()).toMatch(/规划在土默特左旗安排的 \d+ 项内容/);
    await context.close();
  }, SLOW);

  it('drops a pin from the map’s right-click menu', async () => {
    const { page, context } = await open('#tab=near');
    await idle(page);
    const canvas = page.locator('.maplibregl-canvas');
    const b = (await canvas.boundingBox())!;
    await canvas.click({ button: 'right', position: { x: b.width * 0.6, y: b.height * 0.5 } });
    await page.getByTestId('near-drop-pin').click();
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).not.toBeNull();
    await page.getByTestId('near-pin').waitFor({ state: 'visible' });
    await context.close();
  }, SLOW);

  it('works in the phone bottom sheet: long-press drops a pin, targets are ≥ 44 px', async () => {
    const { page, context } = await open('#near=111.68,40.82,3000', PHONE);
    await idle(page);
    expect(await listCount(page)).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}/near-390x844.png` });

    const small = await page.getByTestId('near-panel').evaluate((panel) =>
      [...panel.querySelectorAll<HTMLElement>('button, input, select, summary, [role="option"]')]
        .filter((el) => el.getClientRects().length > 0 && el.getAttribute('type') !== 'range')
        .map((el) => ({ el: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, h: el.getBoundingClientRect().height }))
        .filter((x) => x.h < 44),
    );
    expect(small).toEqual([]);

    // Long-press (600 ms, one finger) on the map above the sheet moves the pin there.
    const before = nearOf(page);
    const cdp = await context.newCDPSession(page);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const at = { x: canvas.x + canvas.width * 0.3, y: canvas.y + 60 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    await page.waitForTimeout(700);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).not.toEqual(before);
    // The finger lifting after the long-press must not also select whatever lies under it.
    await page.waitForTimeout(500);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('f')).toBeNull();

    // Lifted to full height, the sheet shows the list itself.
    const expand = page.getByRole('button', { name: '展开面板' });
    while (await expand.isEnabled()) await expand.click();
    await page.getByTestId('near-list').locator(':scope > li').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/near-390x844-list.png` });
    await context.close();
  }, SLOW);

  it('looks finished at 360×640', async () => {
    const { page, context } = await open('#near=111.68,40.82,3000', { ...PHONE, viewport: { width: 360, height: 640 } });
    await idle(page);
    expect(await listCount(page)).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/near-360x640.png` });
    const expand = page.getByRole('button', { name: '展开面板' });
    while (await expand.isEnabled()) await expand.click();
    await page.getByTestId('near-list').locator(':scope > li').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/near-360x640-list.png` });
    await context.close();
  }, SLOW);
});
