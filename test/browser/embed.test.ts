import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launch } from './harness.ts';

/**
 * Embed mode (`#embed=1`) inside another site's iframe: the app renders with minimal chrome (no tabs or tools until
 * the reader asks for the panel), keeps the filters of the link, and links out to the full map.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
// One page at a time: each holds a software-rendered WebGL map, and a busy machine starves the next test otherwise.
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a host page (about:blank) whose only content is an iframe of the app at `hash`; returns the app's frame. */
async function embed(hash: string, height = 560): Promise<{ page: Page; frame: Frame }> {
  const context = await browser.newContext(DESKTOP);
  contexts.push(context);
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const src = `${baseUrl()}#${hash}`;
  await page.setContent(
    `<!doctype html><title>Host</title><h1>Host page</h1>
     <iframe id="map" title="呼和浩特“十五五”规划地图" src="${src}" width="800" height="${height}" style="border:0"></iframe>`,
  );
  const handle = await page.waitForSelector('#map');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
  return { page, frame };
}

describe('embed', { timeout: 300_000 }, () => {
  it('renders the app in an 800 × 500 iframe with minimal chrome, the attribution collapsed and nothing overlapping', async () => {
    const { page, frame } = await embed('embed=1', 500);
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
    const { frame } = await embed('embed=1&sector=transport&lang=en');
    const link = frame.getByTestId('open-full');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).not.toContain('embed=1');
    expect(href).toContain('sector=transport');
    expect(await link.getAttribute('target')).toBe('_blank');
  });

  it('keeps the filters of the embed link in the overview', async () => {
    const { frame } = await embed('embed=1&sector=transport');
    await frame.locator('.drawer-toggle').click();
    await frame.waitForSelector('[data-testid="overview"][data-state="ready"]', { timeout: 60_000 });
    const chip = frame.locator('[data-testid="filter-bar"] [data-filter-key="sectors"][data-filter-value="transport"]');
    expect(await chip.count()).toBe(1);
  });
});
