import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cjkRuns, longestEnglishRun, stripQuoted } from '../../geo/lang-check.ts';
import { DESKTOP, launch, openApp, PHONE, waitForMapIdle } from './harness.ts';

/**
 * Trust at street scale, in Debian's Chromium on the built app: every feature panel reads in one language only (the
 * other language appears only in names and quotations marked with their `lang`), a feature link frames its feature
 * clear of the phone's bottom sheet and writes the view to the URL, and the street-scale context is fetched only when
 * the map reaches street scale. Screenshots go to test/.out/.
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

async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/** Every text block of the open feature panel, without the parts marked as being in another language (names, quotes). */
async function panelBlocks(page: Page, other: 'zh' | 'en'): Promise<string[]> {
  return page.evaluate((otherLang) => {
    const panel = document.querySelector('[data-testid="feature-panel"]');
    if (!panel) return [];
    const isOther = (el: Element) => (el.getAttribute('lang') ?? '').toLowerCase().startsWith(otherLang);
    const blocks = [...panel.querySelectorAll('h2, h3, p, dt, dd, li, button, span.feature-panel__note')];
    return blocks
      .filter((el) => !el.closest('[lang]') || !isOther(el.closest('[lang]')!))
      .map((el) => {
        const copy = el.cloneNode(true) as Element;
        // Nested blocks are checked on their own; parts in the other language are names or quotations.
        for (const inner of [...copy.querySelectorAll('[lang], p, li, dd, span.feature-panel__note')]) {
          if (inner.hasAttribute('lang') ? (inner.getAttribute('lang') ?? '').toLowerCase().startsWith(otherLang) : true) inner.remove();
        }
        return (copy.textContent ?? '').trim();
      })
      .filter(Boolean);
  }, other);
}

/** Returns why a paragraph of the Chinese interface is English prose, or null (English names and codes are fine). */
function englishInZh(text: string): string | null {
  const bare = stripQuoted(text, true);
  const run = longestEnglishRun(bare);
  if (run.split(/\s+/).filter(Boolean).length >= 4) return `English phrase “${run}”`;
  if (!/[\u4e00-\u9fff]/.test(bare) && (bare.match(/[A-Za-z]{2,}/g) ?? []).length >= 3) return 'an English sentence';
  return null;
}

/** Returns why a paragraph of the English interface is Chinese prose, or null (Chinese names and quotations are fine). */
function chineseInEn(text: string): string | null {
  for (const run of cjkRuns(stripQuoted(text, true))) {
    if (/[。，；！？、]/.test(run)) return `Chinese sentence “${run}”`;
    if ((run.match(/[\u4e00-\u9fff]/g) ?? []).length > 12) return `Chinese run “${run}”`;
  }
  return null;
}

describe('every feature panel in both languages', () => {
  it('shows no paragraph in the other language, for every mapped feature and every unplaced place', { timeout: 900_000 }, async () => {
    // A small desktop window: each selection redraws the map, and software WebGL pays per pixel.
    const context = await newContext({ ...DESKTOP, viewport: { width: 1000, height: 700 } });
    // A fixed view in every link: the walk tests the panels, not the camera.
    const view = 'map=9/40.6/111.6';
    const page = await openApp(context, `#${view}`);
    const ids: string[] = await page.evaluate(async () => {
      const c = (await (await fetch('geo/catalog.json')).json()) as { features: Record<string, unknown>; unplaced: { id: string }[] };
      return [...Object.keys(c.features), ...c.unplaced.map((u) => u.id)];
    });
    expect(ids.length).toBeGreaterThan(150);
    const problems: string[] = [];
    let checkedPlacedBy = 0;
    const started = Date.now();
    for (const lang of ['zh', 'en'] as const) {
      for (const id of ids) {
        await page.evaluate((h) => (location.hash = h), `#f=${id}&${view}${lang === 'en' ? '&lang=en' : ''}`);
        await page.waitForFunction(
          ([i, l]) =>
            document.documentElement.lang === (l === 'en' ? 'en' : 'zh-CN') &&
            !!document.querySelector(`[data-testid="feature-panel"][data-feature-id="${i}"]`),
          [id, lang],
          { timeout: 15_000 },
        );
        const blocks = await panelBlocks(page, lang === 'zh' ? 'en' : 'zh');
        for (const b of blocks) {
          const why = lang === 'zh' ? englishInZh(b) : chineseInEn(b);
          if (why) problems.push(`${lang} ${id}: ${why} in “${b.slice(0, 80)}”`);
        }
        if (await page.locator('[data-testid="feature-placed-by"]').count()) checkedPlacedBy += 1;
      }
    }
    console.log(`walked ${ids.length * 2} panels in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(problems).toEqual([]);
    // Every approximate feature shows how it was placed (78 features, in both languages).
    expect(checkedPlacedBy).toBeGreaterThanOrEqual(140);
  });
});

/** Projects [lng, lat] to CSS px in a web-mercator map of `w`×`h` at `map=z/lat/lng` (origin: the canvas's top left). */
function project(map: string, w: number, h: number, lng: number, lat: number): [number, number] {
  const [z, clat, clng] = map.split('/').map(Number) as [number, number, number];
  const world = 512 * 2 ** z;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return [w / 2 + x(lng) - x(clng), h / 2 + y(lat) - y(clat)];
}

describe('a feature link frames its feature', () => {
  it('on a phone, #f=heritage-dazhao flies to 大召 and keeps it, with its circle of doubt, above the bottom sheet', async () => {
    const context = await newContext(PHONE);
    const page = await openApp(context, '#f=heritage-dazhao');
    await waitForMapIdle(page, 200_000);
    await expect.poll(() => page.locator('[data-testid="feature-panel"][data-feature-id="heritage-dazhao"]').count(), { timeout: 30_000 }).toBe(1);
    // Its layer is switched on (a link may name a feature whose layer is hidden by default).
    await expect.poll(() => hashParam(page, 'layers')?.split(',').includes('culture-heritage') ?? false, { timeout: 30_000 }).toBe(true);
    // The view the map settles on is written to the URL.
    await expect.poll(() => Number(hashParam(page, 'map')?.split('/')[0] ?? 0), { timeout: 60_000 }).toBeGreaterThan(13);
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

  it('an old link with a retired id opens the feature that replaced it, and the URL says so', async () => {
    const context = await newContext(DESKTOP);
    const page = await openApp(context, '#f=urban-sub-centre-horinger&map=9/40.6/111.6');
    await expect.poll(() => page.locator('[data-testid="feature-panel"][data-feature-id="park-horinger-new-area"]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => hashParam(page, 'f'), { timeout: 30_000 }).toBe('park-horinger-new-area');
    const roles = (await page.getByTestId('feature-roles').textContent()) ?? '';
    expect(roles).toContain('一副');
  });

  it('fetches the street-scale context only once the map is zoomed in', async () => {
    const context = await newContext(DESKTOP);
    const fetched: string[] = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const page = await openApp(context, '');
    await waitForMapIdle(page, 200_000);
    const street = ['parks', 'metro-stations', 'colleges', 'rail-stations'].map((n) => `/geo/context/${n}.geojson`);
    expect(fetched.filter((p) => street.some((s) => p.endsWith(s)))).toEqual([]);
    await page.evaluate(() => (location.hash = '#map=13/40.82/111.67'));
    await expect.poll(() => street.every((s) => fetched.some((p) => p.endsWith(s))), { timeout: 60_000 }).toBe(true);
  });
});
