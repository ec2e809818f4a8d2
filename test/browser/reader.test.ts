import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launch, openSession, type Session } from './harness.ts';

/**
 * The reader in the built app: deep links, search, navigation and the URL, language (the projector size:
 * briefing.test.ts, whose page is projector-sized; the phone's bottom sheet: phone.test.ts).
 */
let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launch();
  s = await openSession(browser, '#p=22');
}, 180_000);
afterAll(async () => {
  await s?.context.close();
  await browser?.close();
});

describe('reader (one page)', () => {
  it('opens provision 22 from #p=22 with its title visible', async () => {
    const heading = s.page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.isVisible()).toBe(true);
    expect(await s.page.getByTestId('tab-reader').getAttribute('aria-selected')).toBe('true');
    expect(s.errors).toEqual([]);
  });

  it('shows highlighted results with counts as a query is typed', async () => {
    const { page } = s;
    await goto(page, '#tab=reader');
    await page.getByRole('searchbox').fill('园区');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await results.locator('mark.pt-match').first().textContent()).toBe('园区');
    expect(await page.getByRole('status').filter({ hasText: /^共\d+处，见于\d+条$/ }).count()).toBe(1);
    const counts = await page.getByTestId('result-count').allTextContents();
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every((c) => /^\d+处$/.test(c))).toBe(true);
    expect(page.url()).toContain('q=%E5%9B%AD%E5%8C%BA');
  });

  it.each(['#p=99', '#p=abc'])('shows the contents and a notice for %s, without a page error', async (hash) => {
    const { page } = s;
    // The notice of the previous link is dismissed, so the one checked here is this link's.
    const dismiss = page.locator('[data-notice="url-p"] .notice-dismiss');
    if (await dismiss.count()) await dismiss.click();
    await page.locator('[data-notice="url-p"]').waitFor({ state: 'detached' });
    await goto(page, hash);
    await page.getByTestId('reader-contents').waitFor({ state: 'visible' });
    const notice = page.locator('[data-notice="url-p"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('1–53');
    expect(s.errors).toEqual([]);
  });

  it('updates the URL to #p=23 after "next" without adding history entries', async () => {
    const { page } = s;
    await goto(page, '#p=22');
    const before = await page.evaluate(() => history.length);
    await page.getByTestId('reader-next').click();
    await page.getByRole('heading', { level: 2, name: /打造呼和浩特都市圈/ }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/(^#|&)p=23(&|$)/);
    await page.getByTestId('reader-next').click();
    await page.getByRole('heading', { level: 2, name: /融入和服务重大区域战略/ }).waitFor();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('switches the interface to English with #lang=en and shows the English edition of the plan', async () => {
    const { page } = s;
    await goto(page, '#p=22&lang=en');
    await page.getByRole('tab', { name: 'Plan text' }).waitFor();
    expect(await page.getByTestId('reader-next').textContent()).toContain('Next');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.provision-text[lang="en"]').waitFor();
    expect(await page.locator('.provision-text').textContent()).toContain('Cluster the industrial parks into a driving force');
  });
});
