import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Drives Debian's Chromium (never a downloaded browser) against the app built by `global-setup.ts`.
 * Software WebGL through SwiftShader; no request may leave the machine.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const baseUrl = () => inject('baseUrl');

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Service workers are blocked by default so that every request is visible to the test; the offline test allows them.
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' };
export const PHONE: BrowserContextOptions = {
  serviceWorkers: 'block',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Opens the app at `hash` (e.g. `#p=22`) in a new page and waits until the app shell is on screen. */
export async function openApp(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${hash ? (hash.startsWith('#') ? hash : `#${hash}`) : ''}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 30_000 });
  return page;
}

/** Waits until the map reports `data-map-state="idle"` (MapLibre's idle with the data drawn). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForSelector('[data-map-state="idle"]', { timeout });
}
