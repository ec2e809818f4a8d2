/**
 * `npm run bench`: measures the built app against the floor (MapLibre alone drawing the same basemap and default
 * layers, `test/bench/floor/`) in Debian's headless Chromium, plus the pure searches in node. Both are served gzipped
 * from loopback, as any host serves them. Prints tables and writes `test/bench/results/latest.json`. Prints figures
 * only: it never fails on a time.
 *
 * 1. A phone's and a desktop's first visit, by Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU;
 *    desktop preset): paint metrics, scores, bytes before the first paint and before the map is drawn, duplicates.
 * 2. The desktop at 1920×1080 driven by Playwright: navigation → map drawn and the screen steady, JS before the
 *    first render, heap, a click → its provision text, a mention link → the map fitted, a keyboard camera flight.
 *
 * Options: `--runs N` (desktop runs, default 7, alternating app and floor, a fresh browser context each),
 * `--lh-runs N` (Lighthouse runs per page and preset, default 3), `--only lighthouse|desktop|node`, `--no-write`.
 * Environment: `CHROMIUM_PATH` (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/harness.ts';
import { lighthouse, type LighthouseFigures, type Preset, type Throttling } from './lighthouse.ts';
import { runNodeBenchmarks, type NodeFigures } from './node-bench.ts';
import { serveGzip } from './serve-gzip.ts';
import { summarise, type Summary } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Math.max(1, Number(option('--runs')) || 7);
const LH_RUNS = Math.max(1, Number(option('--lh-runs')) || 3);
const ONLY = option('--only');
const WRITE = !args.includes('--no-write');
const wanted = (section: 'lighthouse' | 'desktop' | 'node') => !ONLY || ONLY === section;

/** The camera flight's start view and the keys pressed on the focused map (same in app and floor). */
// The desktop measurements: a projector-sized first visit (no service worker; motion as the user has it, so the
// keyboard flight animates).
const DESKTOP_1080: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' };
const FLIGHT_START = { center: [111.68, 40.82] as [number, number], zoom: 10 };
const FLIGHT_KEYS = [
  ...Array<string>(5).fill('ArrowRight'),
  'Equal',
  ...Array<string>(4).fill('ArrowDown'),
  'Equal',
  ...Array<string>(6).fill('ArrowLeft'),
  'Minus',
  ...Array<string>(4).fill('ArrowUp'),
  'Minus',
];
/** A clickable point feature and one provision that mentions it (measured: click → its provision text). */
const CLICK_FEATURE = 'airport-shengle';
const MENTION_PROVISION = 2;

interface RunFigures {
  idleMs: number;
  /** Navigation → the last change on screen (the map drawn, labels placed, panels settled), ms. */
  steadyMs?: number;
  jsBeforeIdleGzip: number;
  heapMB: number;
  frameMedianMs?: number;
  frameP95Ms?: number;
  frames?: number;
  clickToTextMs?: number;
  clickToSelectMs?: number;
  mentionToFitMs?: number;
  sessionJsGzip?: number;
}

// ------------------------------------------------------------------------------------------------------------------
// Build and serve

function run(cmd: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}`))));
  });
}

async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'test', 'bench', 'floor'),
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: join(outDir, 'floor'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: true },
  });
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const isJs = (path: string) => /\.(m?js)$/.test(path);

/** Gzip sizes of served files, by URL path, computed once (the preview server does not compress). */
function gzipSizer(outDir: string, base: string) {
  const cache = new Map<string, number>();
  return (url: string): number => {
    if (!url.startsWith(base)) return 0;
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    const hit = cache.get(path);
    if (hit != null) return hit;
    let size = 0;
    try {
      size = gzipSync(readFileSync(join(outDir, path))).length;
    } catch {
      size = 0;
    }
    cache.set(path, size);
    return size;
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Browser measurements

/** Records every JS request of a page (workers included) with its start time (ms since the epoch). */
function recordScripts(page: Page): { url: string; start: number }[] {
  const list: { url: string; start: number }[] = [];
  page.on('request', (r) => {
    const url = r.url().split('#')[0]!.split('?')[0]!;
    if (isJs(url)) list.push({ url, start: Date.now() });
  });
  return list;
}

async function waitIdle(page: Page): Promise<number> {
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 90_000 });
  return page.evaluate(() => {
    const m = performance.getEntriesByName('map-idle')[0];
    return m ? m.startTime : Number.NaN;
  });
}

/**
 * Watches the screen through the DevTools screencast from before navigation: each frame that differs from the one
 * before is a change. `steadyMs()` waits until nothing has changed for `quietMs` and returns the time of the last
 * change, in ms since the page's navigation started: the moment the screen was drawn and steady.
 */
async function watchScreen(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  let previous: Buffer | null = null;
  let lastChange = 0;
  cdp.on('Page.screencastFrame', (f) => {
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    const data = Buffer.from(f.data, 'base64');
    if (previous && data.equals(previous)) return;
    previous = data;
    lastChange = (f.metadata.timestamp ?? Date.now() / 1000) * 1000;
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 50, maxWidth: 960, maxHeight: 540, everyNthFrame: 1 });
  return {
    async steadyMs(quietMs = 2500, maxMs = 60_000): Promise<number> {
      const started = Date.now();
      while (Date.now() - started < maxMs && (lastChange === 0 || Date.now() - lastChange < quietMs)) await page.waitForTimeout(200);
      await cdp.send('Page.stopScreencast').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      const origin = await page.evaluate(() => performance.timeOrigin);
      return lastChange - origin;
    },
  };
}

/** Idle time (ms since navigation) and the epoch time of that moment in the page's clock. */
async function idleEpoch(page: Page, idleMs: number): Promise<number> {
  return page.evaluate((t) => performance.timeOrigin + t, idleMs);
}

async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Presses the flight keys on the focused map canvas and returns the requestAnimationFrame deltas meanwhile (ms). */
async function keyboardFlight(page: Page): Promise<number[]> {
  await page.focus('.maplibregl-canvas');
  // A string, not a function: tsx would wrap named inner functions in a helper that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  })()`);
  for (const k of FLIGHT_KEYS) {
    await page.keyboard.press(k);
    await page.waitForTimeout(180);
  }
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}

const settle = (page: Page, ms = 1500) => page.waitForTimeout(ms);

async function measureFloor(browser: Browser, baseUrl: string, size: { w: number; h: number }, gz: (u: string) => number) {
  const context = await browser.newContext(DESKTOP_1080);
  try {
    const page = await context.newPage();
    const scripts = recordScripts(page);
    const screen = await watchScreen(context, page);
    await page.goto(`${baseUrl}floor/index.html?w=${size.w}&h=${size.h}`);
    const idleMs = await waitIdle(page);
    const steadyMs = await screen.steadyMs();
    const at = await idleEpoch(page, idleMs);
    const jsBeforeIdleGzip = sumUnique(scripts.filter((s) => s.start <= at).map((s) => s.url), gz);
    await settle(page, 1000);
    const heap = await heapMB(context, page);
    await page.evaluate((v) => window.floorMap!.jumpTo(v), FLIGHT_START);
    await settle(page);
    const frames = await keyboardFlight(page);
    const f = summarise(frames);
    return { idleMs, steadyMs, jsBeforeIdleGzip, heapMB: heap, frameMedianMs: f.median, frameP95Ms: f.p95, frames: frames.length } satisfies RunFigures;
  } finally {
    await context.close();
  }
}

function sumUnique(urls: string[], gz: (u: string) => number): number {
  return [...new Set(urls)].reduce((n, u) => n + gz(u), 0);
}

async function measureApp(browser: Browser, baseUrl: string, gz: (u: string) => number) {
  const context = await browser.newContext(DESKTOP_1080);
  try {
    const page = await context.newPage();
    const scripts = recordScripts(page);
    const screen = await watchScreen(context, page);
    await page.goto(baseUrl);
    const idleMs = await waitIdle(page);
    const steadyMs = await screen.steadyMs();
    const at = await idleEpoch(page, idleMs);
    const jsBeforeIdleGzip = sumUnique(scripts.filter((s) => s.start <= at).map((s) => s.url), gz);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    await settle(page, 1000);
    const heap = await heapMB(context, page);

    // Camera flight from the city centre, driven by the keyboard.
    const [lng, lat] = FLIGHT_START.center;
    await page.evaluate((h) => (location.hash = h), `#map=${FLIGHT_START.zoom}/${lat}/${lng}`);
    await settle(page);
    const frames = await keyboardFlight(page);
    const f = summarise(frames);

    // A mention link in the reader: click → the map has fitted the features (the view lands in the URL on moveend).
    await page.evaluate((h) => (location.hash = h), `#p=${MENTION_PROVISION}&map=${FLIGHT_START.zoom}/${lat}/${lng}`);
    const mention = page.locator(`.pt-mention[data-ids~="${CLICK_FEATURE}"]`).first();
    let mentionToFitMs: number | undefined;
    // The reader's code loads when it is first shown: wait for its text.
    if (await mention.waitFor({ timeout: 30_000 }).then(() => true, () => false)) {
      await settle(page, 800);
      await armClock(page);
      await mention.click();
      mentionToFitMs = await page
        .waitForFunction(
          (before) => {
            const m = /(?:^|[#&])map=([^&]*)/.exec(location.hash);
            if (!m || m[1] === before) return false;
            return performance.now() - (window as unknown as { __t0: number }).__t0;
          },
          `${FLIGHT_START.zoom}/${lat}/${lng}`,
          { polling: 'raf', timeout: 15_000 },
        )
        .then((h) => h.jsonValue() as Promise<number>, () => undefined);
    }

    // A click on a feature on the map → the selection and the provision text that mentions it on screen.
    const anchor = await featureAnchor(baseUrl);
    await page.evaluate((h) => (location.hash = h), `#map=13/${anchor[1]}/${anchor[0]}`);
    await settle(page);
    const texts = await page.evaluate(
      (all) => all.filter((t) => !(document.querySelector('[data-testid="app-panel"]')?.textContent ?? '').includes(t)),
      await mentionTexts(baseUrl),
    );
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await armClock(page);
    const select = page.waitForFunction(
      (id) => location.hash.includes(`f=${id}`) && performance.now() - (window as unknown as { __t0: number }).__t0,
      CLICK_FEATURE,
      { polling: 'raf', timeout: 10_000 },
    );
    const text = texts.length
      ? page.waitForFunction(
          (all) => {
            const panel = document.querySelector('[data-testid="app-panel"]')?.textContent ?? '';
            return all.some((t) => panel.includes(t)) && performance.now() - (window as unknown as { __t0: number }).__t0;
          },
          texts,
          { polling: 'raf', timeout: 10_000 },
        )
      : Promise.reject(new Error('every mention text was already on screen'));
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    const clickToSelectMs = await select.then((h) => h.jsonValue() as Promise<number>, () => undefined);
    const clickToTextMs = await text.then((h) => h.jsonValue() as Promise<number>, () => undefined);

    // Every lazy part: the briefing (with the deck.gl layer of step 1), every tab, then all JS requested so far.
    for (const h of ['#story=1', '#tab=near', '#tab=layers', '#tab=reader&p=22', '#tab=overview']) {
      await page.evaluate((x) => (location.hash = x), h);
      await settle(page, 2500);
    }
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const sessionJsGzip = sumUnique(scripts.map((s) => s.url), gz);

    const size = box ? { w: Math.round(box.width), h: Math.round(box.height) } : { w: 1920, h: 1080 };
    return {
      figures: {
        idleMs,
        steadyMs,
        jsBeforeIdleGzip,
        heapMB: heap,
        frameMedianMs: f.median,
        frameP95Ms: f.p95,
        frames: frames.length,
        clickToSelectMs,
        clickToTextMs,
        mentionToFitMs,
        sessionJsGzip,
      } satisfies RunFigures,
      size,
      firstRenderScripts: [...new Set(scripts.filter((s) => s.start <= at).map((s) => s.url))],
    };
  } finally {
    await context.close();
  }
}

/** Starts the page clock at the next pointer press (the click's own event, not the test's round trip). */
async function armClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    w.__t0 = Number.POSITIVE_INFINITY;
    addEventListener('pointerdown', () => (w.__t0 = performance.now()), { capture: true, once: true });
  });
}

let catalogCache: { features: Record<string, { anchor: [number, number]; mentions: { p: number; text: string }[] }> } | null = null;
async function catalog(baseUrl: string) {
  catalogCache ??= (await (await fetch(`${baseUrl}geo/catalog.json`)).json()) as NonNullable<typeof catalogCache>;
  return catalogCache;
}
async function featureAnchor(baseUrl: string): Promise<[number, number]> {
  return (await catalog(baseUrl)).features[CLICK_FEATURE]!.anchor;
}
async function mentionTexts(baseUrl: string): Promise<string[]> {
  return (await catalog(baseUrl)).features[CLICK_FEATURE]!.mentions.map((m) => m.text);
}

// ------------------------------------------------------------------------------------------------------------------
// Report

const fmt = (v: number | undefined, digits = 0) => (v == null || Number.isNaN(v) ? '—' : v.toFixed(digits));
const kb = (bytes: number) => bytes / 1024;

function row(label: string, s: Summary | null, unit: string, digits = 0): string {
  if (!s) return `${label.padEnd(44)} ${'—'.padStart(9)}`;
  return `${label.padEnd(44)} ${fmt(s.median, digits).padStart(9)} ${fmt(s.min, digits).padStart(9)} ${fmt(s.max, digits).padStart(9)}  ${unit}`;
}

function pick(runs: RunFigures[], key: keyof RunFigures, scale = 1): Summary | null {
  const xs = runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? summarise(xs.map((x) => x * scale)) : null;
}

/** A preset's Lighthouse runs: simulated (metrics, scores) and one throttled load each (bytes in their real order). */
type LhRuns = { app: LighthouseFigures[]; floor: LighthouseFigures[]; appObserved: LighthouseFigures[]; floorObserved: LighthouseFigures[] };

/**
 * Runs Lighthouse on app and floor, alternating, `LH_RUNS` times per preset with simulated throttling, then one
 * load each with applied throttling (mobile only) for the byte counts. A run that paints nothing is retried once.
 */
async function measureLighthouse(baseUrl: string): Promise<Record<Preset, LhRuns>> {
  const empty = (): LhRuns => ({ app: [], floor: [], appObserved: [], floorObserved: [] });
  const out: Record<Preset, LhRuns> = { mobile: empty(), desktop: empty() };
  const once = async (which: 'app' | 'floor', preset: Preset, throttling: Throttling) => {
    const url = which === 'app' ? baseUrl : `${baseUrl}floor/index.html`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const f = await lighthouse(url, preset, CHROMIUM_PATH, throttling).catch((e: Error) => {
        console.log(`  lighthouse ${preset} ${throttling} ${which}: ${e.message.split('\n')[0]}`);
        return null;
      });
      if (f) return f;
    }
    return null;
  };
  for (const preset of ['mobile', 'desktop'] as const) {
    for (let i = 0; i < LH_RUNS; i++) {
      for (const which of i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const)) {
        const f = await once(which, preset, 'simulate');
        if (!f) continue;
        out[preset][which].push(f);
        console.log(`  lighthouse ${preset} ${which} ${i + 1}/${LH_RUNS}: FCP ${fmt(f.fcpMs)} ms, LCP ${fmt(f.lcpMs)} ms, performance ${f.performance}`);
      }
    }
  }
  for (const which of ['app', 'floor'] as const) {
    const f = await once(which, 'mobile', 'devtools');
    if (f) out.mobile[which === 'app' ? 'appObserved' : 'floorObserved'].push(f);
  }
  return out;
}

const median = (xs: number[]) => (xs.length ? summarise(xs).median : Number.NaN);
const lhMedian = (runs: LighthouseFigures[], key: keyof LighthouseFigures) =>
  median(runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));

/** The first-visit table (the figures the issue of a phone's first visit asks for), one preset. */
function lighthouseTable(preset: Preset, runs: LhRuns): string[] {
  const cols = ['first contentful paint', 'largest contentful paint', 'transferred', 'performance', 'accessibility', 'best practices'];
  const head = `${preset.padEnd(8)} | ${cols.join(' | ')}`;
  const rowOf = (name: 'app' | 'floor') => {
    const r = runs[name];
    if (!r.length) return `${name.padEnd(8)} | (no run completed)`;
    return [
      name.padEnd(8),
      `${fmt(lhMedian(r, 'fcpMs') / 1000, 2)} s`,
      `${fmt(lhMedian(r, 'lcpMs') / 1000, 2)} s`,
      `${fmt(kb(lhMedian(r, 'totalBytes')))} KB (fonts ${fmt(kb(lhMedian(r, 'fontBytes')))} KB in ${fmt(lhMedian(r, 'fontFiles'))} files)`,
      fmt(lhMedian(r, 'performance')),
      fmt(lhMedian(r, 'accessibility')),
      fmt(lhMedian(r, 'bestPractices')),
    ].join(' | ');
  };
  const app = runs.app;
  const floor = runs.floor;
  const lines = [head, '-'.repeat(head.length), rowOf('floor'), rowOf('app'), ''];
  lines.push(
    `  app: speed index ${fmt(lhMedian(app, 'speedIndexMs'))} ms, total blocking time ${fmt(lhMedian(app, 'tbtMs'))} ms (floor ${fmt(lhMedian(floor, 'tbtMs'))} ms), CLS ${fmt(lhMedian(app, 'cls'), 3)}`,
    ...(runs.appObserved.length
      ? [
          `  app, one throttled load: first paint at ${fmt(lhMedian(runs.appObserved, 'observedFcpMs'))} ms after ${fmt(kb(lhMedian(runs.appObserved, 'bytesBeforeFirstPaint')))} KB; map drawn at ${fmt(lhMedian(runs.appObserved, 'observedMapDrawnMs'))} ms after ${fmt(kb(lhMedian(runs.appObserved, 'bytesBeforeMapDrawn')))} KB (floor: ${fmt(lhMedian(runs.floorObserved, 'observedMapDrawnMs'))} ms after ${fmt(kb(lhMedian(runs.floorObserved, 'bytesBeforeMapDrawn')))} KB)`,
        ]
      : []),
    `  app: requests ${fmt(lhMedian(app, 'requests'))} (floor ${fmt(lhMedian(floor, 'requests'))})`,
    `  app: LCP ${fmt(lhMedian(app, 'lcpMs') / lhMedian(floor, 'lcpMs'), 2)}x the floor's; performance ${fmt(lhMedian(app, 'performance') - lhMedian(floor, 'performance'))} against the floor's`,
    `  app: files fetched more than once: ${[...new Set([...app, ...runs.appObserved].flatMap((r) => r.duplicates))].map((u) => new URL(u).pathname.slice(1)).join(', ') || 'none'}`,
    `  app: largest contentful paint element: ${app[0]?.lcpElement ?? '—'}; floor: ${floor[0]?.lcpElement ?? '—'}`,
  );
  return lines;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'hohhot-bench-'));
  let server: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    console.log('Building the app…');
    await run('node', [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    console.log('Building the floor page…');
    await buildFloor(outDir);

    const appFiles = walk(outDir).filter((p) => !relative(outDir, p).startsWith('floor'));
    const chunks = appFiles
      .filter(isJs)
      .map((p) => ({ file: relative(outDir, p), raw: statSync(p).size, gzip: gzipSync(readFileSync(p)).length }))
      .sort((a, b) => b.gzip - a.gzip);
    const allJsGzip = chunks.reduce((n, c) => n + c.gzip, 0);

    let nodeFigures: NodeFigures | null = null;
    if (wanted('node')) {
      console.log('Node benchmarks…');
      nodeFigures = await runNodeBenchmarks();
    }

    server = await serveGzip(outDir);
    const baseUrl = server.url;
    const gz = gzipSizer(outDir, baseUrl);

    let lh: Record<Preset, LhRuns> | null = null;
    if (wanted('lighthouse')) {
      console.log(`Lighthouse, ${LH_RUNS} runs per page and preset…`);
      lh = await measureLighthouse(baseUrl);
    }

    const appRuns: RunFigures[] = [];
    const floorRuns: RunFigures[] = [];
    let firstRenderScripts: string[] = [];
    if (wanted('desktop')) {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
      // A warm-up app run (not counted) also tells the floor the size of the app's map area.
      console.log('Desktop: warm-up…');
      const warm = await measureApp(browser, baseUrl, gz);
      firstRenderScripts = warm.firstRenderScripts;
      for (let i = 0; i < RUNS; i++) {
        // Alternate which goes first, so a drift of the machine does not favour one side.
        const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
        for (const which of order) {
          if (which === 'app') appRuns.push((await measureApp(browser, baseUrl, gz)).figures);
          else floorRuns.push(await measureFloor(browser, baseUrl, warm.size, gz));
          const last = which === 'app' ? appRuns.at(-1)! : floorRuns.at(-1)!;
          console.log(`  run ${i + 1}/${RUNS} ${which.padEnd(5)} idle ${fmt(last.idleMs)} ms, steady ${fmt(last.steadyMs)} ms`);
        }
      }
    }

    const ratioOf = (key: 'idleMs' | 'steadyMs') => {
      const a = pick(appRuns, key);
      const f = pick(floorRuns, key);
      return a && f ? a.median / f.median : Number.NaN;
    };
    const perPair = (key: 'idleMs' | 'steadyMs') =>
      appRuns.map((a, i) => (a[key] ?? Number.NaN) / (floorRuns[i]?.[key] ?? Number.NaN)).filter(Number.isFinite);
    const pairSummary = (key: 'idleMs' | 'steadyMs') => (perPair(key).length ? summarise(perPair(key)) : null);
    const isWorker = (u: string) => u.includes('maplibre-gl-worker');
    const pageJs = (urls: string[]) => urls.filter((u) => !isWorker(u));

    const lines: string[] = [];
    if (lh) {
      lines.push(`First visit, Lighthouse 12.2.3 (median of ${LH_RUNS} runs each; served gzipped from loopback)`, '');
      lines.push(...lighthouseTable('mobile', lh.mobile), '', ...lighthouseTable('desktop', lh.desktop), '');
    }
    if (appRuns.length) {
      const head = `${'metric'.padEnd(44)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}`;
      lines.push(`Desktop 1920×1080: ${RUNS} runs each (app and floor alternating, fresh browser context each)`, '', head, '-'.repeat(head.length + 6));
      lines.push(row('navigation → drawn and steady, app', pick(appRuns, 'steadyMs'), 'ms'));
      lines.push(row('navigation → drawn and steady, floor', pick(floorRuns, 'steadyMs'), 'ms'));
      lines.push(row('ratio app / floor, steady (per pair)', pairSummary('steadyMs'), `(of medians: ${fmt(ratioOf('steadyMs'), 2)})`, 2));
      lines.push(row('navigation → map idle, app', pick(appRuns, 'idleMs'), 'ms'));
      lines.push(row('navigation → map idle, floor', pick(floorRuns, 'idleMs'), 'ms'));
      lines.push(row('ratio app / floor, idle (per pair)', pairSummary('idleMs'), `(of medians: ${fmt(ratioOf('idleMs'), 2)})`, 2));
      lines.push(row('JS before first render, app (gzip)', pick(appRuns, 'jsBeforeIdleGzip', 1 / 1024), 'KB'));
      lines.push(row('JS before first render, floor (gzip)', pick(floorRuns, 'jsBeforeIdleGzip', 1 / 1024), 'KB'));
      lines.push(row('JS after every view was opened, app (gzip)', pick(appRuns, 'sessionJsGzip', 1 / 1024), 'KB'));
      lines.push(row('JS heap after load, app', pick(appRuns, 'heapMB'), 'MB', 1));
      lines.push(row('JS heap after load, floor', pick(floorRuns, 'heapMB'), 'MB', 1));
      lines.push(row('click on a feature → selected (URL f=)', pick(appRuns, 'clickToSelectMs'), 'ms'));
      lines.push(row('click on a feature → its provision text', pick(appRuns, 'clickToTextMs'), 'ms'));
      lines.push(row('mention link → map fitted (moveend)', pick(appRuns, 'mentionToFitMs'), 'ms'));
      lines.push(row('camera flight frame time median, app', pick(appRuns, 'frameMedianMs'), 'ms', 1));
      lines.push(row('camera flight frame time median, floor', pick(floorRuns, 'frameMedianMs'), 'ms', 1));
      lines.push(row('camera flight frame time p95, app', pick(appRuns, 'frameP95Ms'), 'ms', 1));
      lines.push(row('camera flight frame time p95, floor', pick(floorRuns, 'frameP95Ms'), 'ms', 1));
      const total = sumUnique(firstRenderScripts, gz);
      const page = sumUnique(pageJs(firstRenderScripts), gz);
      lines.push('', `JS fetched before the first render (app): ${fmt(kb(page))} KB gzip in the page + ${fmt(kb(total - page))} KB MapLibre's worker:`);
      for (const u of firstRenderScripts) lines.push(`  ${new URL(u).pathname.slice(1).padEnd(52)} ${fmt(kb(gz(u))).padStart(6)} KB gzip`);
    }
    if (nodeFigures) {
      lines.push('', 'In node (median over many runs):');
      for (const [label, sm] of Object.entries(nodeFigures.timings)) lines.push(row(`  ${label}`, sm, 'ms', 3));
    }
    lines.push('', `All JS in the build (gzip): ${fmt(kb(allJsGzip))} KB; largest chunks:`);
    for (const c of chunks.slice(0, 8)) lines.push(`  ${c.file.padEnd(52)} ${fmt(kb(c.gzip)).padStart(6)} KB gzip  (${fmt(kb(c.raw))} KB raw)`);
    const chromium156 = browser?.version() ?? 'Chromium';
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromium156} (SwiftShader)`;
    lines.push('', `Machine: ${machine}`);
    console.log(`\n${lines.join('\n')}`);

    if (WRITE) {
      const dir = join(ROOT, 'test', 'bench', 'results');
      mkdirSync(dir, { recursive: true });
      const result = {
        generatedBy: 'npm run bench',
        date: new Date().toISOString(),
        machine,
        runs: { desktop: RUNS, lighthouse: LH_RUNS, only: ONLY ?? 'all' },
        lighthouse: lh && {
          mobile: lh.mobile,
          desktop: lh.desktop,
        },
        desktop: appRuns.length
          ? {
              steadyMs: { app: pick(appRuns, 'steadyMs'), floor: pick(floorRuns, 'steadyMs'), ratioOfMedians: ratioOf('steadyMs'), ratioPerPair: pairSummary('steadyMs') },
              mapIdleMs: { app: pick(appRuns, 'idleMs'), floor: pick(floorRuns, 'idleMs'), ratioOfMedians: ratioOf('idleMs'), ratioPerPair: pairSummary('idleMs') },
              jsGzipKB: {
                appBeforeFirstRender: pick(appRuns, 'jsBeforeIdleGzip', 1 / 1024),
                appBeforeFirstRenderWithoutWorker: kb(sumUnique(pageJs(firstRenderScripts), gz)),
                floorBeforeFirstRender: pick(floorRuns, 'jsBeforeIdleGzip', 1 / 1024),
                appAfterEveryView: pick(appRuns, 'sessionJsGzip', 1 / 1024),
                firstRenderFiles: firstRenderScripts.map((u) => ({ file: new URL(u).pathname.slice(1), gzipKB: kb(gz(u)) })),
              },
              heapMB: { app: pick(appRuns, 'heapMB'), floor: pick(floorRuns, 'heapMB') },
              interactionMs: {
                clickToSelected: pick(appRuns, 'clickToSelectMs'),
                clickToProvisionText: pick(appRuns, 'clickToTextMs'),
                mentionToMapFitted: pick(appRuns, 'mentionToFitMs'),
              },
              flightFrameMs: {
                keys: FLIGHT_KEYS.length,
                app: { median: pick(appRuns, 'frameMedianMs'), p95: pick(appRuns, 'frameP95Ms'), frames: pick(appRuns, 'frames') },
                floor: { median: pick(floorRuns, 'frameMedianMs'), p95: pick(floorRuns, 'frameP95Ms'), frames: pick(floorRuns, 'frames') },
              },
              raw: { app: appRuns, floor: floorRuns },
            }
          : null,
        buildJsGzipKB: { wholeBuild: kb(allJsGzip), largestChunks: chunks.slice(0, 10).map((c) => ({ file: c.file, gzipKB: kb(c.gzip), rawKB: kb(c.raw) })) },
        node: nodeFigures,
      };
      writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
      console.log(`\nWrote ${relative(ROOT, join(dir, 'latest.json'))}`);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
