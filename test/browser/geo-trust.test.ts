import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cjkRuns, longestEnglishRun, stripQuoted } from '../../geo/lang-check.ts';
import { goto, hashParam, launch, openSession, waitForMapIdle, type Session } from './harness.ts';

/**
 * Trust at street scale, in Debian's Chromium on the built app: every feature panel reads in one language only (the
 * other language appears only in names and quotations marked with their `lang`), an old link with a retired id opens
 * its successor, and the street-scale context is fetched only when the map reaches street scale (a feature link
 * framing its feature above the phone's bottom sheet: phone.test.ts). One page, opened at the default view and
 * recording the files it fetches; the walk through every panel has a page of its own, without a map.
 */
const VIEW = 'map=9/40.6/111.6';
let browser: Browser;
let s: Session;
let page: Page;
const fetched: string[] = [];

beforeAll(async () => {
  browser = await launch();
  s = await openSession(browser, '', { before: (c) => void c.on('request', (r) => fetched.push(new URL(r.url()).pathname)) });
  page = s.page;
}, 180_000);
afterAll(async () => {
  await s?.context.close();
  await browser?.close();
});

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

describe('links and the street scale (same page)', () => {
  it('fetches the street-scale context only once the map is zoomed in', async () => {
    // The page opened at the default city view (this is the first test on it).
    await waitForMapIdle(page, 200_000);
    const street = ['parks', 'metro-stations', 'colleges', 'rail-stations'].map((n) => `/geo/context/${n}.geojson`);
    expect(fetched.filter((p) => street.some((s) => p.endsWith(s)))).toEqual([]);
    await goto(page, '#map=13/40.82/111.67');
    await expect.poll(() => street.every((s) => fetched.some((p) => p.endsWith(s))), { timeout: 60_000 }).toBe(true);
  });

  it('an old link with a retired id opens the feature that replaced it, and the URL says so', async () => {
    await goto(page, '#f=urban-sub-centre-horinger&map=9/40.6/111.6');
    await expect.poll(() => page.locator('[data-testid="feature-panel"][data-feature-id="park-horinger-new-area"]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => hashParam(page, 'f'), { timeout: 30_000 }).toBe('park-horinger-new-area');
    const roles = (await page.getByTestId('feature-roles').textContent()) ?? '';
    expect(roles).toContain('一副');
  });
});

describe('every feature panel in both languages', () => {
  // The panels are the same whether or not a map is drawn beside them, and each selection would redraw the map under
  // software WebGL (most of the walk's time): the walk runs in a browser without WebGL.
  let noGl: Browser;
  let walk: Session;
  beforeAll(async () => {
    noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    walk = await openSession(noGl, `#${VIEW}`);
    await walk.page.waitForSelector('[data-map-state="unavailable"]');
  }, 180_000);
  afterAll(async () => {
    await walk?.context.close();
    await noGl?.close();
  });

  it('shows no paragraph in the other language, for every mapped feature and every unplaced place', { timeout: 900_000 }, async () => {
    const { page } = walk;
    // A fixed view in every link: the walk tests the panels, not the camera.
    const view = VIEW;
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
