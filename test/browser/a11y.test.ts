import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, openApp, waitForMapIdle } from './harness.ts';

/**
 * Accessibility of the built app: axe-core on the main views (zero serious or critical violations), full keyboard
 * operation with a visible focus, and the map's content reachable as a list.
 */

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SLOW = { timeout: 180_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** A context in which axe can be injected (the app's CSP forbids inline scripts, rightly). */
async function context(): Promise<BrowserContext> {
  return browser.newContext({ ...DESKTOP, bypassCSP: true });
}

/** Runs axe-core on the page and returns the serious and critical violations, formatted to be fixed. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    );
}

describe('axe-core on the main views', () => {
  it.each([
    ['reader', '#p=22', '[data-testid="provision-view"]'],
    ['map with a selection', '#f=airport-shengle', '[data-map-state="idle"]'],
    ['near me', '#near=111.68,40.82,3000', '[data-testid="near-list"]'],
    ['briefing', '#story=1', '[data-map-state="idle"]'],
    ['overview in English', '#lang=en', '[data-map-state="idle"]'],
  ])('%s (%s): no serious or critical violation', SLOW, async (_name, hash, ready) => {
    const ctx = await context();
    try {
      const page = await openApp(ctx, hash);
      await page.waitForSelector(ready, { timeout: 150_000 });
      await waitForMapIdle(page, 150_000);
      await page.waitForTimeout(500);
      const found = await seriousViolations(page);
      if (found.length) console.log(`axe (${hash}):\n${found.join('\n')}`);
      expect(found).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

/** Describes the focused element, and whether a focus indicator is drawn (outline or box-shadow). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      desc: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
      inHeader: Boolean(el.closest('[data-testid="app-header"]')),
      inPanel: Boolean(el.closest('[data-testid="app-panel"]')),
      isTab: el.getAttribute('role') === 'tab',
      provision: el.classList.contains('provision-link') ? Number(el.dataset.provision) : null,
      visible: outline || shadow,
    };
  });
}

describe('keyboard', () => {
  it('Tab reaches the header, the tabs and the contents, each with a visible focus; Enter opens a provision', SLOW, async () => {
    const ctx = await context();
    try {
      const page = await openApp(ctx, '#tab=reader');
      await page.getByTestId('reader-contents').waitFor();
      const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f) seen.push(f);
        if (f?.provision) break;
      }
      const noIndicator = seen.filter((f) => !f.visible).map((f) => f.desc);
      expect(noIndicator).toEqual([]);
      expect(seen.some((f) => f.inHeader)).toBe(true);
      expect(seen.some((f) => f.isTab)).toBe(true);
      const provision = seen.at(-1)?.provision;
      expect(provision).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await page.getByTestId('provision-view').waitFor({ state: 'visible' });
      expect(await page.getByTestId('provision-view').getAttribute('data-provision')).toBe(String(provision));
      expect(page.url()).toContain(`p=${provision}`);
    } finally {
      await ctx.close();
    }
  });

  it('arrow keys move between the panel tabs and show the chosen tab', async () => {
    const ctx = await context();
    try {
      const page = await openApp(ctx, '#tab=reader');
      await page.getByTestId('tab-reader').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('tab-near').getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-near');
      await page.getByTestId('near-panel').waitFor({ state: 'visible' });
    } finally {
      await ctx.close();
    }
  });

  it('the map features are reachable as a list from the Layers tab: Enter opens it, Enter on an item selects it', async () => {
    const ctx = await context();
    try {
      const page = await openApp(ctx, '#tab=layers');
      const toggle = page.getByTestId('feature-list-toggle');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const items = page.getByTestId('feature-list').locator('button[data-feature]');
      await items.first().waitFor({ state: 'visible', timeout: 30_000 });
      // Only the visible (default) layers are listed, each under its own heading.
      const layers = await page.getByTestId('feature-list').locator('[data-layer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')));
      expect(layers).toEqual(['industry-belts', 'ecology-water', 'industry-parks', 'transport-air']);
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.feature);
      expect(id).toBeTruthy();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain(`f=${id}`);
    } finally {
      await ctx.close();
    }
  });
});
