import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, goto, launch } from './harness.ts';

/**
 * Embed mode (`#embed=1`) inside another site's iframe: the app renders with minimal chrome (no tabs or tools until
 * the reader asks for the panel), keeps the filters of the link, and links out to the full map. One host page with an
 * 800 × 500 iframe; the embedded app moves between links through its own `location.hash`.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let frame: Frame;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext(DESKTOP);
  context.setDefaultTimeout(90_000);
  page = await context.newPage();
  // A host page (about:blank) whose only content is an iframe of the app.
  await page.setContent(
    `<!doctype html><title>Host</title><h1>Host page</h1>
     <iframe id="map" title="呼和浩特“十五五”规划地图" src="${baseUrl()}#embed=1" width="800" height="500" style="border:0"></iframe>`,
  );
  const handle = await page.waitForSelector('#map');
  frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
}, 240_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('embed (one host page)', { timeout: 240_000 }, () => {
  it('renders the app in an 800 × 500 iframe with minimal chrome, the attribution collapsed and nothing overlapping', async () => {
    expect(await frame.locator('.app[data-embed="true"]').count()).toBe(1);
    expect(await frame.locator('[role="tablist"]').isVisible().catch(() => false)).toBe(false);
    expect(await frame.getByTestId('app-panel').isVisible()).toBe(false);
    expect(await frame.getByTestId('map').count()).toBe(1);
    await frame.waitForSelector('[data-map-state="idle"]', { timeout: 200_000 });
    // From the first frame on, not only after a resize: the attribution is behind its ⓘ button.
    const attrib = frame.locator('.maplibregl-ctrl-attrib');
    expect(await attrib.getAttribute('class')).not.toContain('maplibregl-compact-show');
    const box = (await attrib.boundingBox())!;
    expect(box.width * box.height).toBeLessThan(30 * 30);
    // The button that opens the panel sits above the legend, not on its title.
    const toggle = (await frame.locator('.drawer-toggle').boundingBox())!;
    const legend = (await frame.getByTestId('legend').boundingBox())!;
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(legend.y);
    expect(await frame.getByTestId('legend').getAttribute('data-open')).toBe('true');
    await page.screenshot({ path: 'test/.out/embed-host.png' });
  });

  it('links out to the full map without embed mode, keeping the view', async () => {
    await goto(frame, '#embed=1&sector=transport&lang=en');
    const link = frame.getByTestId('open-full');
    await expect.poll(() => link.getAttribute('href')).toContain('sector=transport');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).not.toContain('embed=1');
    expect(href).toContain('lang=en');
    expect(await link.getAttribute('target')).toBe('_blank');
  });

  it('keeps the filters of the embed link in the overview', async () => {
    await goto(frame, '#embed=1&sector=transport');
    await frame.locator('.drawer-toggle').click();
    await frame.waitForSelector('[data-testid="overview"][data-state="ready"]', { timeout: 60_000 });
    const chip = frame.locator('[data-testid="filter-bar"] [data-filter-key="sectors"][data-filter-value="transport"]');
    expect(await chip.count()).toBe(1);
  });
});
