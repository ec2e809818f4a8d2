import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, goto, launch, openSession, waitForMapIdle, waitForMapQuiet, type Session } from './harness.ts';

/**
 * Accessibility of the built app: full keyboard operation with a visible focus, the map's content reachable as a
 * list, and axe-core on the main views (zero serious or critical violations). One page, opened on the reader tab so
 * that keyboard navigation starts from a fresh page.
 */

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SLOW = { timeout: 180_000 };

let browser: Browser;
let s: Session;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  // axe is injected as a script, which the app's CSP rightly forbids: bypassed in this context only.
  s = await openSession(browser, '#tab=reader', { options: { ...DESKTOP, bypassCSP: true } });
  page = s.page;
}, SLOW.timeout);
afterAll(async () => {
  await s?.context.close();
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

/** Runs axe-core on the page and returns the serious and critical violations, formatted to be fixed. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
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

describe('keyboard (one page, first on it)', () => {
  it('Tab reaches the header, the tabs and the contents, each with a visible focus; Enter opens a provision', SLOW, async () => {
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
  });

  it('arrow keys move between the panel tabs and show the chosen tab', async () => {
    await goto(page, '#tab=reader');
    await page.getByTestId('tab-reader').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('tab-near').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-near');
    await page.getByTestId('near-panel').waitFor({ state: 'visible' });
  });

  it('the map features are reachable as a list from the Layers tab: Enter opens it, Enter on an item selects it', async () => {
    await goto(page, '#tab=layers');
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
  });
});

describe('axe-core on the main views (same page)', () => {
  it.each([
    ['reader', '#p=22', '[data-testid="provision-view"]'],
    ['map with a selection', '#f=airport-shengle', '[data-testid="feature-panel"][data-feature-id="airport-shengle"]'],
    ['near me', '#near=111.68,40.82,3000', '[data-testid="near-list"]'],
    ['briefing', '#story=1', '[data-testid="briefing"]'],
    ['overview in English', '#lang=en', '[data-testid="overview"][data-state="ready"]'],
  ])('%s (%s): no serious or critical violation', SLOW, async (_name, hash, ready) => {
    await goto(page, hash);
    await page.waitForSelector(ready, { timeout: 150_000 });
    await waitForMapIdle(page);
    // Everything on screen has settled (the map included) before axe looks.
    await waitForMapQuiet(page);
    const found = await seriousViolations(page);
    if (found.length) console.log(`axe (${hash}):\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });
});
