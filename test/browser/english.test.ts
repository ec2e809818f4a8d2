import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, openApp, waitForMapIdle } from './harness.ts';

/**
 * The English edition in the built app: not loaded on a Chinese first visit, loaded for `#lang=en` or on request,
 * side by side on a wide screen and a toggle on a phone, linked to the map, searchable, quoted by the feature panel.
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

async function open(hash: string, options = DESKTOP): Promise<{ page: Page; context: BrowserContext; requests: string[]; errors: Error[] }> {
  const context = await browser.newContext(options);
  const requests: string[] = [];
  const errors: Error[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(e.error()));
  const page = await openApp(context, hash);
  page.on('pageerror', (e) => errors.push(e));
  return { page, context, requests, errors };
}
const setHash = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);
const englishChunk = (requests: string[]) => requests.filter((u) => /english-data/.test(u));

describe('the English edition on a wide screen', () => {
  it('loads only when asked for, reads side by side, links, searches and quotes in English', { timeout: 240_000 }, async () => {
    const { page, context, requests, errors } = await open('#p=22');
    await page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    await waitForMapIdle(page);
    // A Chinese first visit never downloads the translation.
    expect(englishChunk(requests)).toEqual([]);

    await setHash(page, '#p=22&lang=en');
    await page.getByRole('heading', { level: 2, name: /Cluster the industrial parks into a driving force/ }).waitFor();
    expect(englishChunk(requests)).toHaveLength(1);
    expect(await page.getByTestId('translation-label').textContent()).toBe(
      'Unofficial English translation prepared for this map; the Chinese text is authoritative.',
    );
    expect(await page.getByTestId('provision-alt-title').textContent()).toBe('推动工业园区集聚成势');
    expect(await page.title()).toMatch(/^\(22\) Cluster the industrial parks/);

    // An English mention lights its feature, as the Chinese one does.
    const mention = page.locator('.provision-text[lang="en"] .pt-mention', { hasText: 'Jinshan High-tech Zone' });
    await mention.click();
    await expect.poll(() => mention.getAttribute('class')).toContain('is-active');

    // The Chinese original beside the English, in a wider panel.
    await page.getByTestId('reader-lang-toggle').click();
    await page.locator('.app[data-parallel="true"]').waitFor();
    expect(await page.getByTestId('provision-view').getAttribute('data-text-lang')).toBe('en zh-CN');
    await expect.poll(async () => (await page.getByTestId('app-panel').boundingBox())!.width).toBeGreaterThanOrEqual(760);
    const [en, zh] = await page.locator('.provision-column').all();
    const [a, b] = [await en.boundingBox(), await zh.boundingBox()];
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(await zh.locator('.pt-mention', { hasText: '金山高新区' }).count()).toBe(1);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}/english-desktop-p22-side-by-side.png`, timeout: 90_000 });

    // Search in English: word starts, case-insensitive.
    await page.getByRole('searchbox').fill('Industrial belt');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await results.getAttribute('data-text-lang')).toBe('en');
    expect(await results.locator('button.result').first().getAttribute('data-provision')).toBe('22');
    expect((await results.locator('mark.pt-match').first().textContent())?.toLowerCase()).toMatch(/^(industrial|belts?)$/);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe('Industrial belt');

    // The feature panel quotes its provisions in English, the naming words highlighted.
    await setHash(page, '#lang=en&f=park-jinshan');
    const panel = page.getByTestId('feature-panel');
    await panel.locator('.provision-text[lang="en"]').first().waitFor();
    expect(await panel.getByTestId('translation-label').textContent()).toMatch(/^Unofficial English translation/);
    expect(await page.getByTestId('feature-mention-22').locator('.provision-text[lang="en"] mark.pt-emph').allTextContents()).toEqual([
      'Jinshan High-tech Zone',
    ]);
    await page.screenshot({ path: `${OUT}/english-desktop-feature.png`, timeout: 90_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the English edition on a phone', () => {
  it('shows the English with the Chinese original a toggle away', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await open('#p=22&lang=en', PHONE);
    const view = page.getByTestId('provision-view');
    await page.locator('.provision-text[lang="en"]').waitFor();
    expect(await page.locator('.app').getAttribute('data-parallel')).toBeNull();
    const toggle = page.getByTestId('reader-lang-toggle');
    const box = await toggle.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(36);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${OUT}/english-phone-p22.png`, timeout: 90_000 });
    await toggle.click();
    await expect.poll(() => view.getAttribute('data-text-lang')).toBe('zh-CN');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => view.getAttribute('data-text-lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
