import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launch, openSession, waitForMapIdle, waitForMapQuiet } from './harness.ts';

/**
 * The English edition in the built app: not loaded on a Chinese first visit, loaded for `#lang=en` or on request,
 * side by side on a wide screen, linked to the map, searchable, quoted by the feature panel (on a phone: see
 * phone.test.ts). One page, opened in Chinese.
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

const englishChunk = (requests: string[]) => requests.filter((u) => /english-data/.test(u));

describe('the English edition on a wide screen', () => {
  it('loads only when asked for, reads side by side, links, searches and quotes in English', { timeout: 240_000 }, async () => {
    const requests: string[] = [];
    const { page, context, errors } = await openSession(browser, '#p=22', { before: (c) => void c.on('request', (r) => requests.push(r.url())) });
    await page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    await waitForMapIdle(page);
    // A Chinese first visit never downloads the translation.
    expect(englishChunk(requests)).toEqual([]);

    await goto(page, '#p=22&lang=en');
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
    // Curly quotes are proportional in the English (CJK fonts draw them full-width), full-width in the Chinese.
    const quoteWidth = (column: typeof en) =>
      column.locator('.provision-text').first().evaluate((el) => {
        // Between two letters (next to other punctuation or at a line start, Chromium trims full-width punctuation).
        const width = (text: string) => {
          const probe = document.createElement('span');
          probe.textContent = text;
          el.append(probe);
          const w = probe.getBoundingClientRect().width;
          probe.remove();
          return w;
        };
        return (width('一’一') - width('一一')) / parseFloat(getComputedStyle(el).fontSize);
      });
    expect(await quoteWidth(en)).toBeLessThan(0.6);
    expect(await quoteWidth(zh)).toBeGreaterThan(0.8);
    // The map has taken its narrower place before the picture.
    await waitForMapQuiet(page);
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
    await goto(page, '#lang=en&f=park-jinshan');
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
