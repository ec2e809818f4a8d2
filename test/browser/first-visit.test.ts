import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_STACK } from '../../src/layers/fonts.ts';
import { baseUrl, CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP, launch, PHONE, waitForMapIdle } from './harness.ts';

/**
 * What a first visit costs and shows: the prerendered page paints its text without JavaScript, hydrates without a
 * mismatch, fetches every file once, and loads the bundled font only on a device that has no CJK font of its own
 * (then every text and label is drawn in it).
 */

const isFont = (url: string) => /\.woff2?(\?|$)/.test(url) || /bundled-font[^/]*\.css/.test(url);

/** Records every request of a page (data: and blob: excepted). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:')) urls.push(u.split('#')[0]!);
  });
  return urls;
}

/**
 * In the page: whether `stack` draws 一 as a wide flat stroke and 丨 as a tall thin one, i.e. with a real CJK glyph
 * rather than the same missing-glyph box for both. (A string, not a function: tsx would wrap inner helpers.)
 */
const drawsChinese = (stack: string) => `(() => {
  const size = 48, c = document.createElement('canvas');
  c.width = c.height = size;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  ctx.font = '36px ' + ${JSON.stringify(stack)};
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const box = (ch) => {
    ctx.clearRect(0, 0, size, size);
    ctx.fillText(ch, size / 2, size / 2);
    const d = ctx.getImageData(0, 0, size, size).data;
    let x0 = size, y0 = size, x1 = -1, y1 = -1;
    for (let i = 0; i < size * size; i++) if (d[i * 4 + 3] >= 96) {
      const x = i % size, y = (i - x) / size;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
    return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
  };
  const flat = box('一'), tall = box('丨');
  return flat.w > 2 * flat.h && tall.h > 2 * tall.w;
})()`;

describe('the prerendered first screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title, the tabs, the overview figures and the legend with JavaScript switched off', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl());
      await expect.poll(() => page.locator('.app-title').first().textContent()).toContain('呼和浩特');
      expect(await page.locator('[role="tab"]').count()).toBe(4);
      // The figures are the catalog's, computed at build time: the same number the live app computes.
      const catalog = (await (await fetch(`${baseUrl()}geo/catalog.json`)).json()) as { features: Record<string, unknown> };
      expect(await page.locator('[data-testid="figure-mapped"]').textContent()).toBe(String(Object.keys(catalog.features).length));
      expect(await page.locator('[data-testid="legend"] li').count()).toBeGreaterThan(4);
      // The phone's sheet already has its peek height, so nothing jumps when the app takes over.
      const sheet = await page.locator('[data-testid="app-panel"]').boundingBox();
      expect(sheet!.height).toBeLessThanOrEqual(141);
    } finally {
      await context.close();
    }
  });

  it('hydrates without a mismatch, on a phone and on a desktop, and the same elements become live', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const context = await browser.newContext(options);
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(baseUrl());
        await page.waitForSelector('[data-app-ready="true"]');
        await page.click('[data-testid="tab-reader"]');
        await expect.poll(() => new URL(page.url()).hash).toContain('tab=reader');
        await page.click('[data-testid="tab-overview"]');
        await expect.poll(() => page.locator('.ov-h2').count()).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('keeps the prerendered nodes through hydration', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      // Hold the app's script until the prerendered paragraph is parsed, and mark that node: hydration keeps it, a
      // fresh render would replace it with an unmarked one.
      await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
        const lead = await page.waitForSelector('.ov-lead', { state: 'attached' });
        await lead.evaluate((el) => el.setAttribute('data-prerendered', 'yes'));
        await route.continue();
      });
      await page.goto(baseUrl());
      await page.waitForSelector('[data-app-ready="true"]');
      expect(await page.locator('.ov-lead[data-prerendered="yes"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('a first visit on a device with CJK fonts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads no font, fetches every file once, and draws Chinese in the platform font', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const urls = recordRequests(page);
      await page.goto(baseUrl());
      await waitForMapIdle(page);
      expect(urls.filter(isFont)).toEqual([]);
      const twice = urls.filter((u, i) => urls.indexOf(u) !== i);
      expect(twice).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dataset.bundledFont ?? null)).toBeNull();
      // The map started before hydration is the one the app adopted: one map, one canvas.
      expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
      expect(await page.evaluate(drawsChinese(FONT_STACK))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('a first visit on a device without any CJK font', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    // A fontconfig that knows only a Latin family (or no font at all): Chinese has no system font to fall back on.
    dir = mkdtempSync(join(tmpdir(), 'hohhot-nocjk-'));
    const latin = ['/usr/share/fonts/truetype/dejavu'].filter((d) => existsSync(d));
    writeFileSync(
      join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${latin.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the bundled font, draws the page and every map label in it, and fetches each face once', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const urls = recordRequests(page);
      await page.goto(baseUrl());
      // Proof that this browser really has no CJK font: the platform stack alone draws boxes.
      expect(await page.evaluate(drawsChinese('sans-serif'))).toBe(false);
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.dataset.bundledFont)).toBe('true');
      expect(await page.evaluate(drawsChinese(FONT_STACK))).toBe(true);
      // Every character a label may draw was in before the map drew (the map waits for them: see src/map/fonts.ts).
      const labels = await (await fetch(`${baseUrl()}geo/label-chars.txt`)).text();
      const ready = await page.evaluate(
        (chars) => ['400', '700'].every((w) => document.fonts.check(`${w} 16px 'Noto Sans SC'`, chars)),
        labels.trim(),
      );
      expect(ready).toBe(true);
      const marks = await page.evaluate(() =>
        Object.fromEntries(['map:fonts', 'map:load'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
      );
      expect(marks['map:fonts']).not.toBeNull();
      expect(marks['map:fonts']!).toBeLessThan(marks['map:load']!);
      const faces = urls.filter((u) => u.endsWith('.woff2'));
      expect(faces.length).toBeGreaterThan(0);
      expect(faces.filter((u, i) => faces.indexOf(u) !== i)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the bundled font for the next visit without network', async () => {
    const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
    context.setDefaultTimeout(120_000);
    try {
      const page = await context.newPage();
      const urls = recordRequests(page);
      await page.goto(baseUrl());
      await waitForMapIdle(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
      // The faces loaded before the worker existed are in its font cache.
      const faces = [...new Set(urls.filter((u) => u.endsWith('.woff2')))];
      expect(faces.length).toBeGreaterThan(0);
      await expect
        .poll(() => page.evaluate(async () => (await (await caches.open('hohhot-fonts')).keys()).map((r) => r.url)), { timeout: 30_000 })
        .toEqual(expect.arrayContaining(faces));
      await context.setOffline(true);
      await page.reload();
      await waitForMapIdle(page);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      const labels = (await (await fetch(`${baseUrl()}geo/label-chars.txt`)).text()).trim();
      await expect
        .poll(() =>
          page.evaluate(async (chars) => {
            await document.fonts.ready;
            return ['400', '700'].every((w) => document.fonts.check(`${w} 16px 'Noto Sans SC'`, chars));
          }, labels),
        )
        .toBe(true);
      expect(await page.evaluate(drawsChinese(FONT_STACK))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
