import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launch, listCount, nearOf, openSession, waitForMapIdle, type Session } from './harness.ts';

/**
 * "What is planned near me?" in the built app: search → pin → list, geolocation granted and denied, a located user
 * outside the city, a shared `#near=` link, a district list and dropping a pin on the map (the phone's bottom sheet:
 * phone.test.ts). One page; geolocation permissions and positions are changed on its context.
 */
let browser: Browser;
let s: Session;

// Software WebGL on a busy two-core machine can take a minute to draw the first frame: generous waits, so that a
// failure means the feature, not the machine.
const SLOW = 180_000;

beforeAll(async () => {
  browser = await launch();
  s = await openSession(browser, '#tab=near');
}, SLOW);
afterAll(async () => {
  await s?.context.close();
  await browser?.close();
});

describe('near me (one page)', () => {
  it('search → choose → pin → list', async () => {
    const { page } = s;
    await waitForMapIdle(page);
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
    expect(s.errors).toEqual([]);
  }, SLOW);

  it('locates the user when geolocation is granted', async () => {
    const { page, context } = s;
    await goto(page, '#tab=near');
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 40.8417, longitude: 111.7503 });
    await page.getByTestId('near-locate').click();
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).toEqual([111.7503, 40.8417, 3000]);
    expect(await listCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('near-geo-message').count()).toBe(0);
    expect(await page.getByTestId('near-outside-message').count()).toBe(0);
  }, SLOW);

  it('says so when geolocation is denied, and sets no pin', async () => {
    const { page, context } = s;
    await goto(page, '#tab=near');
    // The previous test's pin is gone from the state and the address before the user asks again.
    await expect.poll(() => nearOf(page)).toBeNull();
    await context.clearPermissions();
    await page.getByTestId('near-locate').click();
    const msg = page.getByTestId('near-geo-message');
    await msg.waitFor({ state: 'visible' });
    expect(await msg.textContent()).toContain('您没有允许本页使用位置');
    expect(nearOf(page)).toBeNull();
  }, SLOW);

  it('says when the located user is outside the city, and still shows the pin', async () => {
    const { page, context } = s;
    await goto(page, '#tab=near');
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 39.9042, longitude: 116.4074 });
    await waitForMapIdle(page);
    await page.getByTestId('near-locate').click();
    await page.getByTestId('near-outside-message').waitFor({ state: 'visible' });
    expect(nearOf(page)).toEqual([116.4074, 39.9042, 3000]);
    await page.getByTestId('near-pin').waitFor({ state: 'attached' });
  }, SLOW);

  it('shows the list from a shared #near= link', async () => {
    const { page } = s;
    await goto(page, '#near=111.68,40.82,3000');
    expect(await listCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('near-radius-value').textContent()).toBe('3 公里');
    const distances = await page.getByTestId('near-list').getByTestId('near-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(0);
  }, SLOW);

  it('lists what the plan places in a chosen district', async () => {
    const { page } = s;
    await goto(page, '#tab=near');
    const select = page.getByTestId('near-district-select');
    await expect.poll(() => select.isEnabled(), { timeout: 60_000 }).toBe(true);
    await select.selectOption('150121');
    const list = page.getByTestId('near-district-list');
    await list.waitFor();
    expect(await list.locator(':scope > li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('near-district-count').textContent()).toMatch(/规划在土默特左旗安排的 \d+ 项内容/);
  }, SLOW);

  it('drops a pin from the map’s right-click menu', async () => {
    const { page } = s;
    await goto(page, '#tab=near');
    expect(nearOf(page)).toBeNull();
    await waitForMapIdle(page);
    const canvas = page.locator('.maplibregl-canvas');
    const b = (await canvas.boundingBox())!;
    await canvas.click({ button: 'right', position: { x: b.width * 0.6, y: b.height * 0.5 } });
    await page.getByTestId('near-drop-pin').click();
    await expect.poll(() => nearOf(page), { timeout: 60_000 }).not.toBeNull();
    await page.getByTestId('near-pin').waitFor({ state: 'visible' });
    expect(s.errors).toEqual([]);
  }, SLOW);
});
