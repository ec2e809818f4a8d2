import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import storyJson from '../../data/story.json';
import type { Story } from '../../src/story/story-schema.ts';
import { goto, hashParam, launch, mapIdleSeq, openSession, PROJECTOR, waitForMapIdle, waitForMapQuiet, waitForMapSettled } from './harness.ts';

/**
 * The briefing in the built app, in real Chromium, on a projector-sized page: stepping by keyboard with a URL per
 * step and no history growth, Home/End, Esc, starting from the interface, the reader on the big screen, the camera
 * jumping under reduced motion and flying without it, "back to step", screenshots to project, and a PNG export at a
 * paper size. One page; its reduced-motion preference is switched for the flight test. Screenshots go to test/.out/.
 */
const OUT = 'test/.out';
const story = storyJson as unknown as Story;
const TOTAL = story.steps.length;
let browser: Browser;
let page: Page;
let context: BrowserContext;
let errors: string[];
/** Paths of the files the page has finished loading. */
const loaded = new Set<string>();

// The machine may be busy: page loads can take tens of seconds, so tests have room to wait.
const SLOW = 240_000;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
  ({ page, context, errors } = await openSession(browser, '#story=1', {
    options: { ...PROJECTOR, acceptDownloads: true },
    timeout: 120_000,
    before: (c) => void c.on('requestfinished', (r) => loaded.add(new URL(r.url()).pathname)),
  }));
}, SLOW);
afterAll(async () => {
  await context?.close();
  await browser?.close();
});
const stepOf = (page: Page) => page.getByTestId('briefing').getAttribute('data-step');

/** Waits until the briefing shows step `n` and the URL says so. */
async function expectStep(page: Page, n: number) {
  await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBe(String(n));
  await expect.poll(() => hashParam(page, 'story'), { timeout: 20_000 }).toBe(String(n));
  expect(await page.getByTestId('briefing-title').textContent()).toBe(story.steps[n - 1].title_zh);
}

/** Returns the `map=` view of the URL as numbers, or null. */
const urlView = (page: Page) => {
  const m = hashParam(page, 'map');
  if (!m) return null;
  const [zoom, lat, lng] = m.split('/').map(Number);
  return { zoom, lat, lng };
};
const atCamera = (v: { zoom: number; lat: number; lng: number } | null, n: number) => {
  const c = story.steps[n - 1].camera;
  return v != null && Math.abs(v.zoom - c.zoom) < 0.02 && Math.abs(v.lng - c.center[0]) < 1e-3 && Math.abs(v.lat - c.center[1]) < 1e-3;
};

/** Minimal PNG decoder (8-bit RGB/RGBA, non-interlaced): size and the number of distinct colours. */
function decodePng(buf: Buffer): { width: number; height: number; colours: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let off = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.subarray(off + 4, off + 8).toString('ascii');
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      colorType = data[9];
      expect(data[12]).toBe(0);
    } else if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  expect(bpp).toBeGreaterThan(0);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const prev = Buffer.alloc(stride);
  const cur = Buffer.alloc(stride);
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const base = y * (stride + 1);
    const filter = raw[base];
    for (let i = 0; i < stride; i++) {
      const x = raw[base + 1 + i];
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = x;
      if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[i] = v & 0xff;
    }
    if (y % 4 === 0) for (let i = 0; i < stride; i += bpp * 3) colours.add((cur[i] << 16) | (cur[i + 1] << 8) | cur[i + 2]);
    cur.copy(prev);
  }
  return { width, height, colours: colours.size };
}

/** Waits until step `n` is drawn: its camera reached, its layer files loaded, and the map settled after them. */
async function waitForStepDrawn(n: number): Promise<void> {
  await expect.poll(() => atCamera(urlView(page), n), { timeout: 30_000 }).toBe(true);
  const files = story.steps[n - 1].layers.map((id) => `/geo/layers/${id}.geojson`);
  await expect.poll(() => files.filter((f) => ![...loaded].some((p) => p.endsWith(f))), { timeout: 60_000 }).toEqual([]);
  await waitForMapQuiet(page);
}

describe('briefing: keyboard stepping', () => {
  it('steps through the whole default story by keyboard, one URL per step, without growing history', async () => {
    await expectStep(page, 1);
    const history0 = await page.evaluate(() => history.length);
    const keys = ['ArrowRight', 'PageDown', ' '];
    for (let n = 2; n <= TOTAL; n++) {
      await page.keyboard.press(keys[n % keys.length]);
      await expectStep(page, n);
    }
    // Past the end stays on the last step.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, TOTAL);
    for (let n = TOTAL - 1; n >= 1; n--) {
      await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'PageUp');
      await expectStep(page, n);
    }
    expect(await page.evaluate(() => history.length)).toBe(history0);
    expect(errors).toEqual([]);
  }, SLOW);

  it('jumps with End, Home and digit keys', async () => {
    await page.keyboard.press('End');
    await expectStep(page, TOTAL);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await page.keyboard.press('4');
    await expectStep(page, 4);
  }, SLOW);

  it('shows each step’s layers only (the URL lists them)', async () => {
    await expectStep(page, 4);
    await expect.poll(() => hashParam(page, 'layers'), { timeout: 20_000 }).toBe([...story.steps[3].layers].sort().join(','));
  }, SLOW);

  it('toggles the presenter notes with N', async () => {
    await page.keyboard.press('n');
    await page.getByTestId('briefing-notes').waitFor({ state: 'visible' });
    expect(await page.getByTestId('briefing-notes').textContent()).toContain(story.steps[3].notes_zh);
    await page.keyboard.press('N');
    await page.getByTestId('briefing-notes').waitFor({ state: 'detached' });
  }, SLOW);

  it('leaves on Esc: the side panel is back and the URL has no story', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('briefing').waitFor({ state: 'detached' });
    expect(hashParam(page, 'story')).toBeNull();
    expect(await page.locator('[role="tablist"]').count()).toBeGreaterThan(0);
  }, SLOW);
});

describe('briefing: starting from the interface', () => {
  it('starts from the Present button and gives the planner’s layers back on leaving', async () => {
    await goto(page, '#layers=ecology-water');
    await page.getByTestId('start-briefing').click();
    await expectStep(page, 1);
    await expect.poll(() => hashParam(page, 'layers'), { timeout: 20_000 }).toBe([...story.steps[0].layers].sort().join(','));
    await page.getByTestId('briefing-exit').click();
    await page.getByTestId('briefing').waitFor({ state: 'detached' });
    await expect.poll(() => hashParam(page, 'layers'), { timeout: 20_000 }).toBe('ecology-water');
  }, SLOW);
});

/**
 * Presses a key and returns the scale-bar labels the map showed between the key and arrival at step `n`'s camera,
 * excluding the first and last. MapLibre's scale control updates on every rendered camera move, so a flight shows
 * intermediate scales and a jump shows none; this counts frames of motion, not time.
 */
async function scalesOnTheWay(page: Page, key: string, n: number): Promise<string[]> {
  await page.evaluate(() => {
    // The live map's scale (an export builds a map of its own for the sheet).
    const el = document.querySelector('[data-testid="map"] .maplibregl-ctrl-scale')!;
    const w = window as unknown as { __scales: string[]; __scaleObs?: MutationObserver };
    w.__scales = [el.textContent ?? ''];
    w.__scaleObs?.disconnect();
    w.__scaleObs = new MutationObserver(() => {
      const t = el.textContent ?? '';
      if (w.__scales[w.__scales.length - 1] !== t) w.__scales.push(t);
    });
    w.__scaleObs.observe(el, { childList: true, characterData: true, subtree: true, attributes: true });
  });
  await page.keyboard.press(key);
  await expect.poll(() => atCamera(urlView(page), n), { timeout: 60_000 }).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { __scales: string[] }).__scales);
  return seen.slice(1, -1);
}

describe('the reader on the same projector-sized page', () => {
  it('reads from a projector at 1920×1080: wide panel, large text (screenshots in test/.out)', async () => {
    await goto(page, '#p=22&q=园区');
    await page.getByRole('heading', { level: 2, name: /推动工业园区集聚成势/ }).waitFor();
    // The panel narrows from the briefing's width once the layout has settled (a frame after leaving it).
    const width = async () => (await page.getByTestId('app-panel').boundingBox())!.width;
    await expect.poll(width, { timeout: 10_000 }).toBeLessThanOrEqual(520);
    expect(await width()).toBeGreaterThanOrEqual(400);
    const size = await page.locator('.provision-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
    await page.screenshot({ path: `${OUT}/reader-desktop-p22.png`, timeout: 90_000 });
    await page.getByRole('searchbox').fill('黄河');
    await page.getByTestId('search-results').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: `${OUT}/reader-desktop-search.png`, timeout: 90_000 });
    await page.getByRole('searchbox').fill('');
    await page.getByTestId('reader-contents').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: `${OUT}/reader-desktop-contents.png`, timeout: 90_000 });
  }, SLOW);
});

describe('briefing: map, reduced motion, export', () => {
  it('jumps the camera to the step under reduced motion (no intermediate scales on the way)', async () => {
    await goto(page, '#story=1');
    await waitForMapIdle(page, 180_000);
    await expect.poll(() => atCamera(urlView(page), 1), { timeout: 30_000 }).toBe(true);
    expect(await scalesOnTheWay(page, 'End', TOTAL)).toEqual([]);
    expect(await scalesOnTheWay(page, '2', 2)).toEqual([]);
  }, SLOW);

  it('offers "back to step" after the audience moved the map, and B restores the step', async () => {
    await expectStep(page, 2);
    await expect.poll(() => atCamera(urlView(page), 2), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('briefing').getAttribute('data-away')).toBe('false');
    // The step's camera has landed and the map is still: what follows is the audience's move, not the step's.
    await waitForMapQuiet(page);
    const box = (await page.getByTestId('map-area').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2 + 120, { steps: 8 });
    await page.mouse.up();
    await page.getByTestId('briefing-back').waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('b');
    await page.getByTestId('briefing-back').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => atCamera(urlView(page), 2), { timeout: 30_000 }).toBe(true);
  }, SLOW);

  it('looks like something to project (screenshots at 1920 × 1080)', async () => {
    for (const n of [1, 4, TOTAL]) {
      await page.keyboard.press(String(n));
      await expectStep(page, n);
      await waitForStepDrawn(n);
      await page.screenshot({ path: `${OUT}/briefing-step-${n}.png` });
    }
    await page.keyboard.press('n');
    await page.getByTestId('briefing-notes').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${OUT}/briefing-notes.png` });
    await page.keyboard.press('n');
    expect(errors).toEqual([]);
  }, SLOW);

  it('exports an A4 landscape 150 dpi PNG of 1754 × 1240 pixels that is not blank', async () => {
    await page.keyboard.press('4');
    await expectStep(page, 4);
    await waitForMapIdle(page, 120_000);
    await page.getByTestId('print-open').click();
    await page.getByTestId('print-paper').selectOption('A4');
    await page.getByTestId('print-orientation').selectOption('landscape');
    await page.getByTestId('print-dpi').selectOption('150');
    expect(await page.getByTestId('print-size').textContent()).toContain('1754 × 1240');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      page.getByTestId('print-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hohhot-plan-A4-landscape-150dpi-\d{4}-\d{2}-\d{2}\.png$/);
    const buf = readFileSync((await download.path())!);
    writeFileSync(`${OUT}/briefing-export-a4-landscape-150.png`, buf);
    const png = decodePng(buf);
    expect({ width: png.width, height: png.height }).toEqual({ width: 1754, height: 1240 });
    expect(png.colours).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    // The dialog keeps the briefing's keys while it is open: Esc closes it, and only it.
    await page.keyboard.press('Escape');
    await page.getByTestId('print-dialog').waitFor({ state: 'hidden' });
    await expectStep(page, 4);
  }, SLOW);
});

describe('briefing: motion allowed (control for the reduced-motion test)', () => {
  it('flies the camera: the scale passes through intermediate values on the way', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // A flight is timed, not counted in frames: smaller frames (cheaper under software rendering on a busy machine)
    // leave more of them on the way to see.
    const seq = await mapIdleSeq(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The map has taken its new size before the flight (MapLibre's flight does not follow a resize in mid-air).
    await page.waitForFunction(() => document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().right <= 1280);
    await waitForMapSettled(page, seq);
    try {
      await page.keyboard.press('1');
      await expectStep(page, 1);
      await expect.poll(() => atCamera(urlView(page), 1), { timeout: 60_000 }).toBe(true);
      await waitForMapIdle(page, 180_000);
      expect((await scalesOnTheWay(page, 'End', TOTAL)).length).toBeGreaterThan(0);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  }, SLOW);
});
