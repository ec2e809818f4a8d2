import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTION_OPEN_MIN } from '../../src/lib/map-furniture.ts';
import { DESKTOP, launch, openApp, waitForMapIdle } from './harness.ts';

/**
 * Map furniture at the sizes people use: a small phone (320 × 480), a phone (390 × 844), an embed (800 × 500) and a
 * projector (1920 × 1080), in the full app and in embed mode, with and without a notice and a near-me pin. At each,
 * the bounding boxes of every visible control (navigation, scale, attribution, legend, drawer button, notices, pin,
 * header buttons) must not overlap, must lie inside their area, and must stay clear of the bottom sheet or drawer
 * (or lie wholly under it). The attribution starts collapsed on maps below its threshold. One page; sizes change with
 * `setViewportSize`, states with `location.hash`.
 */
const OUT = 'test/.out';
const SIZES = [
  [320, 480],
  [390, 844],
  [800, 500],
  [1920, 1080],
] as const;
const PIN = 'near=111.75,40.84,3000&map=10/40.84/111.75';
const STATES = [
  { name: 'app', hash: '' },
  { name: 'app with a notice and a pin', hash: `p=99&${PIN}` },
  { name: 'embed', hash: 'embed=1' },
  { name: 'embed with a notice and a pin', hash: `embed=1&p=99&${PIN}` },
] as const;

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Measure {
  controls: Box[];
  header: Box[];
  map: Box;
  /** The side panel when it floats over the map (phone sheet, open embed drawer). */
  cover: Box | null;
  attributionOpen: boolean | null;
  attributionShare: number;
  mapSize: { width: number; height: number };
}

/** Collects the boxes in the page (CSS px, viewport coordinates). */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const box = (el: Element, name: string) => {
      const r = el.getBoundingClientRect();
      return { name, x: r.left, y: r.top, w: r.width, h: r.height };
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
    };
    const pick = (sel: string, name: string) =>
      [...document.querySelectorAll(sel)].filter(visible).map((el, i, all) => box(el, all.length > 1 ? `${name} ${i + 1}` : name));
    const controls = [
      ...pick('.maplibregl-ctrl-top-right > .maplibregl-ctrl', 'navigation'),
      ...pick('.maplibregl-ctrl-scale', 'scale'),
      ...pick('.maplibregl-ctrl-attrib', 'attribution'),
      ...pick('[data-testid="legend"]', 'legend'),
      ...pick('.drawer-toggle', 'drawer button'),
      ...pick('.notice', 'notice'),
      ...pick('[data-testid="near-pin"]', 'near pin'),
      ...pick('.near-menu', 'near menu'),
    ];
    const header = [...pick('.app-header .brand-text', 'title'), ...pick('.app-header :is(button, a)', 'header control')];
    const mapEl = document.querySelector('[data-testid="map-area"]')!;
    const panel = document.querySelector('.app-panel');
    const app = document.querySelector('.app')!;
    const floating = app.getAttribute('data-embed') === 'true' || app.getAttribute('data-layout') === 'phone';
    const attrib = document.querySelector('.maplibregl-ctrl-attrib');
    const m = box(mapEl, 'map');
    const a = attrib && visible(attrib) ? attrib.getBoundingClientRect() : null;
    return {
      controls,
      header,
      map: m,
      cover: floating && panel && visible(panel) ? box(panel, 'panel') : null,
      attributionOpen: attrib ? attrib.classList.contains('maplibregl-compact-show') : null,
      attributionShare: a ? (a.width * a.height) / (m.w * m.h) : 0,
      mapSize: { width: m.w, height: m.h },
    };
  });
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
const inside = (a: Box, b: Box, tol = 1) => a.x >= b.x - tol && a.y >= b.y - tol && a.x + a.w <= b.x + b.w + tol && a.y + a.h <= b.y + b.h + tol;

/** Returns what is wrong with a measurement: overlapping pairs, controls outside the map, controls cut by the panel. */
function problems(m: Measure): string[] {
  const out: string[] = [];
  // A control wholly under the sheet or drawer is hidden, not overlapping; one partly under it is cut.
  const shown = m.controls.filter((c) => !(m.cover && inside(c, m.cover, 0.5)));
  for (const c of shown) {
    if (!inside(c, m.map)) out.push(`${c.name} leaves the map area`);
    if (m.cover && overlap(c, m.cover) > 1) out.push(`${c.name} is cut by the panel`);
  }
  for (const group of [shown, m.header]) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = overlap(group[i], group[j]);
        if (a > 1) out.push(`${group[i].name} overlaps ${group[j].name} (${Math.round(a)} px²)`);
      }
    }
  }
  return out;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
  const context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(90_000);
  page = await openApp(context);
  await waitForMapIdle(page, 200_000);
});
afterAll(async () => {
  await browser?.close();
});

/** Goes to `hash` (a new fragment every time, so that a rejected value is reported again) with no notice left over. */
async function go(hash: string, embed: boolean) {
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.notice-dismiss').forEach((b) => b.click()));
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForSelector(embed ? '.app[data-embed="true"]' : '.app:not([data-embed])');
}

describe('map furniture never overlaps', { timeout: 600_000 }, () => {
  for (const [width, height] of SIZES) {
    it(`at ${width} × ${height}`, async () => {
      await page.setViewportSize({ width, height });
      await page.waitForSelector(`.app[data-layout="${width < 720 ? 'phone' : 'desktop'}"]`);
      for (const state of STATES) {
        const embed = state.hash.startsWith('embed');
        await go(state.hash, embed);
        if (state.hash.includes('p=99')) await page.waitForSelector('.notice');
        if (state.hash.includes('near=')) await page.waitForSelector('[data-testid="near-pin"]');
        // The map has taken its new size (MapLibre resizes on its own observer) and the layout has settled.
        await expect
          .poll(async () => {
            const m = await measure(page);
            return { problems: problems(m), mapResized: await page.evaluate(() => {
              const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null;
              const a = document.querySelector('[data-testid="map-area"]')!.getBoundingClientRect();
              return !!c && Math.abs(c.clientWidth - a.width) < 2 && Math.abs(c.clientHeight - a.height) < 2;
            }) };
          }, { timeout: 20_000, interval: 250 })
          .toEqual({ problems: [], mapResized: true });
        const m = await measure(page);
        // Every control the state asks for is there.
        const names = m.controls.map((c) => c.name.replace(/ \d+$/, ''));
        expect(names, state.name).toEqual(expect.arrayContaining(['navigation', 'scale', 'attribution', 'legend']));
        if (embed) expect(names, state.name).toContain('drawer button');
        if (state.hash.includes('p=99')) expect(names, state.name).toContain('notice');
        // Narrow or short maps start with the attribution collapsed; large ones show it, on a small share of the map.
        const large = m.mapSize.width >= ATTRIBUTION_OPEN_MIN.width && m.mapSize.height >= ATTRIBUTION_OPEN_MIN.height;
        expect(m.attributionOpen, `${state.name}: attribution open`).toBe(large);
        expect(m.attributionShare, state.name).toBeLessThan(large ? 0.05 : 0.01);
        await page.screenshot({ path: `${OUT}/layout-${width}x${height}-${state.name.replace(/\W+/g, '-')}.png` });
      }
    });
  }

  it('keeps scale bar and attribution above the phone’s bottom sheet as it rises', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await go('', false);
    await page.getByTestId('sheet-handle').click();
    await page.waitForSelector('.app-panel[data-sheet="half"]');
    await expect.poll(async () => problems(await measure(page)), { timeout: 20_000, interval: 250 }).toEqual([]);
    const m = await measure(page);
    const scale = m.controls.find((c) => c.name === 'scale')!;
    expect(scale.y + scale.h).toBeLessThanOrEqual(m.cover!.y);
  });

  it('opens the embed drawer without its button covering the zoom buttons or a notice', async () => {
    for (const [width, height] of [[800, 500], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await go(`embed=1&p=98`, true);
      await page.waitForSelector('.notice');
      await page.locator('.drawer-toggle').click();
      await page.waitForSelector('.drawer-toggle[aria-expanded="true"]');
      await expect.poll(async () => problems(await measure(page)), { timeout: 20_000, interval: 250 }).toEqual([]);
      await page.screenshot({ path: `${OUT}/layout-${width}x${height}-embed-drawer.png` });
      await page.locator('.drawer-toggle').click();
    }
  });
});
