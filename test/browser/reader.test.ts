import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, openApp } from './harness.ts';

/** The reader in the built app: deep links, search, navigation and the URL, language, and the two screen sizes. */
const OUT = 'test/.out';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page that records page errors, in a fresh context. */
async function open(hash: string, options = DESKTOP): Promise<{ page: Page; context: BrowserContext; errors: Error[] }> {
  const context = await browser.newContext(options);
  const errors: Error[] = [];
  context.on('weberror', (e) => errors.push(e.error()));
  const page = await openApp(context, hash);
  page.on('pageerror', (e) => errors.push(e));
  return { page, context, errors };
}

describe('reader', () => {
  it('opens provision 22 from #p=22 with its title visible', async () => {
    const { page, context, errors } = await open('#p=22');
    const heading = page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getByTestId('tab-reader').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows highlighted results with counts as a query is typed', async () => {
    const { page, context } = await open('#tab=reader');
    await page.getByRole('searchbox').fill('园区');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await results.locator('mark.pt-match').first().textContent()).toBe('园区');
    expect(await page.getByRole('status').filter({ hasText: /^共\d+处，见于\d+条$/ }).count()).toBe(1);
    const counts = await page.getByTestId('result-count').allTextContents();
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every((c) => /^\d+处$/.test(c))).toBe(true);
    expect(page.url()).toContain('q=%E5%9B%AD%E5%8C%BA');
    await context.close();
  });

  it.each(['#p=99', '#p=abc'])('shows the contents and a notice for %s, without a page error', async (hash) => {
    const { page, context, errors } = await open(hash);
    await page.getByTestId('reader-contents').waitFor({ state: 'visible' });
    const notice = page.locator('[data-notice="url-p"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('1–53');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('updates the URL to #p=23 after "next" without adding history entries', async () => {
    const { page, context } = await open('#p=22');
    const before = await page.evaluate(() => history.length);
    await page.getByTestId('reader-next').click();
    await page.getByRole('heading', { level: 2, name: /打造呼和浩特都市圈/ }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/(^#|&)p=23(&|$)/);
    await page.getByTestId('reader-next').click();
    await page.getByRole('heading', { level: 2, name: /融入和服务重大区域战略/ }).waitFor();
    expect(await page.evaluate(() => history.length)).toBe(before);
    await context.close();
  });

  it('switches the interface to English with #lang=en and shows the English edition of the plan', async () => {
    const { page, context } = await open('#p=22&lang=en');
    await page.getByRole('tab', { name: 'Plan text' }).waitFor();
    expect(await page.getByTestId('reader-next').textContent()).toContain('Next');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.provision-text[lang="en"]').waitFor();
    expect(await page.locator('.provision-text').textContent()).toContain('Cluster the industrial parks into a driving force');
    await context.close();
  });

  it('reads from a projector at 1920×1080: wide panel, large text (screenshots in test/.out)', { timeout: 240_000 }, async () => {
    const { page, context } = await open('#p=22&q=园区');
    await page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    const box = await page.getByTestId('app-panel').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(400);
    expect(box!.width).toBeLessThanOrEqual(520);
    const size = await page.locator('.provision-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
    await page.screenshot({ path: `${OUT}/reader-desktop-p22.png`, timeout: 90_000 });
    await page.getByRole('searchbox').fill('黄河');
    await page.getByTestId('search-results').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: `${OUT}/reader-desktop-search.png`, timeout: 90_000 });
    await page.getByRole('searchbox').fill('');
    await page.getByTestId('reader-contents').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: `${OUT}/reader-desktop-contents.png`, timeout: 90_000 });
    await context.close();
  });

  it('puts the reader in a bottom sheet on phones that the handle expands (screenshots in test/.out)', { timeout: 240_000 }, async () => {
    const phone = await open('#p=22', PHONE);
    await phone.page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    const panel = phone.page.getByTestId('app-panel');
    expect(await panel.getAttribute('data-sheet')).toBe('half');
    await phone.page.screenshot({ path: `${OUT}/reader-phone-p22.png`, timeout: 90_000 });
    await phone.page.getByTestId('sheet-handle').click();
    expect(await panel.getAttribute('data-sheet')).toBe('full');
    await phone.page.waitForTimeout(400);
    await phone.page.screenshot({ path: `${OUT}/reader-phone-p22-full.png`, timeout: 90_000 });
    await phone.context.close();

    const small = await open('#tab=reader', { ...PHONE, viewport: { width: 360, height: 640 } });
    const sheet = small.page.getByTestId('app-panel');
    expect(await sheet.getAttribute('data-sheet')).toBe('peek');
    await small.page.getByRole('button', { name: '展开面板' }).click();
    expect(await sheet.getAttribute('data-sheet')).toBe('half');
    await small.page.waitForTimeout(400);
    await small.page.screenshot({ path: `${OUT}/reader-phone360-contents.png`, timeout: 90_000 });
    await small.context.close();
  });
});
