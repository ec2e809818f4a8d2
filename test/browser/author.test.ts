import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plan from '../../data/plan.json';
import { baseUrl, DESKTOP, launch, PHONE, PROJECTOR, waitForMapIdle } from './harness.ts';

/**
 * The briefing editor in the built app, in real Chromium: a three-step briefing built through the interface (one step
 * with the keyboard only, one quotation picked by a real mouse selection), reordered by drag and by keys, kept over a
 * reload, shared as a link that plays in a fresh browser, exported and re-imported as a file, and a corrupt file and
 * link refused without touching the draft. Screenshots of the editor go to test/.out/.
 */
const OUT = 'test/.out';
const SLOW = 240_000;
const DRAFT_KEY = 'hohhot-plan.briefing-draft';
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, hash: string, errors: Error[] = []): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${baseUrl()}${hash}`);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 120_000 });
  return page;
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
const titles = (page: Page) => page.getByTestId('author-step-title').allTextContents();
const draft = (page: Page) => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);
const provisionText = (n: number) => plan.provisions[n - 1].text;

/** Presses Tab until the element with `testId` has focus (at most `max` presses): keyboard-only navigation. */
async function tabTo(page: Page, testId: string, max = 80, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${testId} not reached with ${key} in ${max} presses (focus on ${await focusedTestId(page)})`);
}

/**
 * Selects characters [start, end) of the quote picker's text by dragging the mouse across them, the way a presenter
 * does. The positions come from the layer behind the text field, which is laid out exactly like it.
 */
async function mouseSelect(page: Page, start: number, end: number) {
  const points = await page.evaluate(
    ({ start, end }) => {
      const back = document.querySelector('.quote-picker__backdrop')!;
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="quote-text"]')!;
      const walker = document.createTreeWalker(back, NodeFilter.SHOW_TEXT);
      const at = (offset: number): [Node, number] => {
        let n: Node | null;
        let seen = 0;
        while ((n = walker.nextNode())) {
          const len = n.textContent!.length;
          if (offset <= seen + len) return [n, offset - seen];
          seen += len;
        }
        throw new Error('offset past the text');
      };
      const [a, ao] = at(start);
      walker.currentNode = back;
      const [b, bo] = at(end);
      const range = document.createRange();
      range.setStart(a, ao);
      range.setEnd(b, bo);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      const box = area.getBoundingClientRect();
      const inside = first.top >= box.top && last.bottom <= box.bottom;
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 }, inside };
    },
    { start, end },
  );
  expect(points.inside).toBe(true);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 6 });
  await page.mouse.up();
}

/** Runs axe-core and returns the serious and critical violations. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const found = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector(sel)!, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
  return found;
}

// The steps the tests build. Offsets are those of the verbatim text (data/plan.json), UTF-16 code units.
const STEP1 = { title: '工业园区集聚成势', caption: '四大产业带串联规划点名的园区。', words: '打造两千亿级中部产业带', p: 22 };
const P3_TITLE = { start: plan.provisions[2].title_start, end: plan.provisions[2].title_end - 1 };
const STEP2 = { title: '发展总体要求', caption: '从区域看首府。', notes: '先讲大尺度。', p: 3 };
const STEP3 = { title_en: 'Dairy in Horinger', words: '推动盛乐国际机场通航运营', p: 37 };

describe('briefing editor: build, reorder, keep, share, play, export, re-import, refuse (desktop, one page)', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: Error[] = [];
  let link = '';
  let fileText = '';

  beforeAll(async () => {
    // The size the editor's drag-and-drop steps were laid out for: every handle on screen.
    context = await browser.newContext({ ...PROJECTOR, acceptDownloads: true, bypassCSP: true });
    page = await open(context, '#edit=1&p=22&tab=reader&layers=industry-belts,industry-parks&map=9.2/40.68/111.6', errors);
    await page.locator('[data-testid="author"][data-state="ready"]').waitFor();
    await waitForMapIdle(page, 180_000);
  }, SLOW);
  afterAll(async () => {
    await context?.close();
  });

  it('opens on demand, empty, with the editor’s code loaded only now', async () => {
    await page.getByTestId('author-empty').waitFor();
    expect(await page.getByTestId('author-play').isDisabled()).toBe(true);
    expect(await draft(page)).toBeNull();
  }, SLOW);

  it('adds step 1 with the mouse: captures the view, layers and open provision; quotes words selected with the mouse', async () => {
    await page.getByTestId('author-add').click();
    const dialog = page.getByTestId('step-dialog');
    await dialog.waitFor();
    expect(await focusedTestId(page)).toBe('step-title-zh');
    await page.getByTestId('step-title-zh').fill(STEP1.title);
    await page.getByTestId('step-caption-zh').fill(STEP1.caption);
    expect(await page.getByTestId('quote-provision').inputValue()).toBe('22');
    const text = provisionText(22);
    const start = text.indexOf(STEP1.words);
    await page.getByTestId('quote-text').scrollIntoViewIfNeeded();
    await mouseSelect(page, start, start + STEP1.words.length);
    await expect.poll(() => page.getByTestId('quote-selection').textContent()).toBe(STEP1.words);
    await page.getByTestId('quote-add').click();
    await expect.poll(() => dialog.getByTestId('step-quote').allTextContents()).toEqual([STEP1.words]);
    const view = await page.getByTestId('step-view').textContent();
    expect(view).toContain('产业带');
    expect(view).toContain('产业园区');
    await page.screenshot({ path: `${OUT}/author-dialog-1920.png` });
    expect(await axeViolations(page, '[data-testid="step-dialog"]')).toEqual([]);
    await page.getByTestId('step-done').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await titles(page)).toEqual([STEP1.title]);
    const stored = JSON.parse((await draft(page))!).story;
    expect(stored.steps[0]).toMatchObject({
      layers: ['industry-belts', 'industry-parks'],
      provisions: [22],
      excerpts: [{ p: 22, start, end: start + STEP1.words.length }],
      camera: { zoom: 9.2, center: [111.6, 40.68] },
    });
  }, SLOW);

  it('adds step 2 with the keyboard only: Tab to “add”, type the texts, select the words with Shift+arrows', async () => {
    await page.evaluate(() => {
      location.hash = '#edit=1&p=3&tab=reader&layers=regional-circles,regional-links&map=6.2/40.8/113';
    });
    await expect.poll(() => hashParam(page, 'p')).toBe('3');
    await tabTo(page, 'author-add', 400);
    await page.keyboard.press('Enter');
    await page.getByTestId('step-dialog').waitFor();
    expect(await focusedTestId(page)).toBe('step-title-zh');
    await page.keyboard.type(STEP2.title);
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('step-caption-zh');
    await page.keyboard.type(STEP2.caption);
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('step-notes-zh');
    await page.keyboard.type(STEP2.notes);
    await tabTo(page, 'quote-text', 40);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < P3_TITLE.start; i++) await page.keyboard.press('ArrowRight');
    for (let i = P3_TITLE.start; i < P3_TITLE.end; i++) await page.keyboard.press('Shift+ArrowRight');
    const words = provisionText(3).slice(P3_TITLE.start, P3_TITLE.end);
    await expect.poll(() => page.getByTestId('quote-selection').textContent()).toBe(words);
    await tabTo(page, 'quote-add', 10);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('step-quotes').getByTestId('step-quote').allTextContents()).toEqual([words]);
    await page.keyboard.press('Escape');
    await page.getByTestId('step-dialog').waitFor({ state: 'hidden' });
    expect(await titles(page)).toEqual([STEP1.title, STEP2.title]);
    const s2 = JSON.parse((await draft(page))!).story.steps[1];
    expect(s2).toMatchObject({ notes_zh: STEP2.notes, provisions: [3], excerpts: [{ p: 3, ...P3_TITLE }], layers: ['regional-circles', 'regional-links'] });
  }, SLOW);

  it('adds step 3 written in English only, with a filter and a selected feature, quoting through “find”', async () => {
    await page.evaluate(() => {
      location.hash = '#edit=1&p=37&tab=reader&f=airport-shengle&sector=transport&layers=transport-air&map=10/40.5/111.8';
    });
    await expect.poll(() => hashParam(page, 'f')).toBe('airport-shengle');
    await page.getByTestId('author-add').click();
    await page.getByTestId('step-dialog').waitFor();
    await page.getByTestId('step-title-en').fill(STEP3.title_en);
    await page.getByTestId('quote-find').fill(STEP3.words);
    await page.getByTestId('quote-add').click();
    await page.getByTestId('step-quotes').waitFor();
    await page.getByTestId('step-done').click();
    await page.getByTestId('step-dialog').waitFor({ state: 'hidden' });
    // The Chinese interface shows the English title where no Chinese one was written.
    expect(await titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
    const s3 = JSON.parse((await draft(page))!).story.steps[2];
    expect(s3).toMatchObject({ highlight: ['airport-shengle'], filters: { sectors: ['transport'] }, provisions: [37] });
    expect(await axeViolations(page, '[data-testid="author"]')).toEqual([]);
  }, SLOW);

  it('reorders by dragging a step’s handle, and by the arrow keys on the handle (announced)', async () => {
    const handles = page.locator('[data-testid="author-step"] [data-action="move"]');
    const from = (await handles.nth(2).boundingBox())!;
    const to = (await handles.nth(0).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 5, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => titles(page)).toEqual([STEP3.title_en, STEP1.title, STEP2.title]);
    await handles.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
    expect(await page.getByTestId('author-announce').textContent()).toContain('第 3 位');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="author-step"]')?.querySelector('[data-testid="author-step-title"]')?.textContent)).toBe(STEP3.title_en);
  }, SLOW);

  it('keeps the draft over a reload', async () => {
    const before = JSON.parse((await draft(page))!).story;
    await page.reload();
    await page.locator('[data-testid="author"][data-state="ready"]').waitFor();
    await expect.poll(() => titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
    expect(JSON.parse((await draft(page))!).story).toEqual(before);
    await waitForMapIdle(page, 180_000);
    await page.screenshot({ path: `${OUT}/author-editor-1920.png` });
  }, SLOW);

  it('shares the briefing as one link of at most 8,000 characters carrying it compressed', async () => {
    await page.getByTestId('author-share').click();
    await page.getByTestId('share-dialog').waitFor();
    await expect.poll(() => page.getByTestId('share-url').inputValue(), { timeout: 20_000 }).toContain('brief=z.');
    link = await page.getByTestId('share-url').inputValue();
    expect(link.length).toBeLessThanOrEqual(8000);
    expect(new URL(link).hash).toMatch(/^#story=1&brief=z\.[A-Za-z0-9_-]+$/);
    expect(await axeViolations(page, '[data-testid="share-dialog"]')).toEqual([]);
    await page.screenshot({ path: `${OUT}/author-share-1920.png` });
  }, SLOW);

  it('downloads the briefing file: the schema of data/story.json, with each quotation’s words', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^briefing-\d{4}-\d{2}-\d{2}\.briefing\.json$/);
    fileText = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(fileText);
    expect(file.version).toBe(2);
    expect(Object.keys(file.steps[0])).toEqual(Object.keys(JSON.parse(readFileSync('data/story.json', 'utf8')).steps[0]));
    expect(file.steps.map((s: { excerpts: { text: string }[] }) => s.excerpts[0].text)).toEqual([
      STEP1.words,
      provisionText(3).slice(P3_TITLE.start, P3_TITLE.end),
      STEP3.words,
    ]);
    await page.keyboard.press('Escape');
    await page.getByTestId('share-dialog').waitFor({ state: 'hidden' });
  }, SLOW);

  it('re-imports the file by drag-and-drop, asking before it replaces the draft', async () => {
    const before = await draft(page);
    await page.getByTestId('author-step').nth(1).locator('[data-action="delete"]').click();
    await expect.poll(() => titles(page)).toEqual([STEP1.title, STEP3.title_en]);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'my-briefing.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, fileText);
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain('my-briefing.json');
    expect(await titles(page)).toEqual([STEP1.title, STEP3.title_en]);
    await page.getByTestId('confirm-replace').click();
    await expect.poll(() => titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
    expect(JSON.parse((await draft(page))!).story).toEqual(JSON.parse(before!).story);
  }, SLOW);

  it('refuses a corrupt file, saying precisely what is wrong, and leaves the draft as it was', async () => {
    const before = await draft(page);
    const bad = JSON.parse(fileText);
    bad.steps[1].layers.push('no-such-layer');
    bad.steps[2].excerpts[0].end = 99_999;
    await page.getByTestId('author-file-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByTestId('import-error').waitFor();
    const list = await page.getByTestId('import-error-list').locator('li').allTextContents();
    expect(list).toEqual([
      `第 2 步（“${STEP2.title}”） · 图层第 3 项：本地图没有图层“no-such-layer”`,
      expect.stringMatching(/^第 3 步（“Dairy in Horinger”） · 原文引用第 1 项：位置 \d+–99999 超出第\(37\)条原文（共 \d+ 个字符）$/),
    ]);
    expect(await page.getByTestId('import-error').textContent()).toContain('broken.json');
    await page.getByTestId('import-error-ok').click();
    await page.getByTestId('author-file-input').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(fileText.slice(0, 300)) });
    await page.getByTestId('import-error').waitFor();
    expect(await page.getByTestId('import-error-list').textContent()).toMatch(/^文件：不是有效的 JSON：第 \d+ 行第 \d+ 列附近有错误$/);
    await page.keyboard.press('Escape');
    expect(await draft(page)).toBe(before);
    expect(await titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
  }, SLOW);

  it('refuses a corrupt link in the briefing, and the draft is untouched when the editor opens again', async () => {
    const before = await draft(page);
    const hash = new URL(link).hash;
    const cut = hash.slice(0, Math.floor(hash.length * 0.7));
    await page.evaluate((h) => {
      location.hash = h;
    }, cut);
    const briefing = page.getByTestId('briefing');
    await page.locator('[data-testid="briefing"][data-state="error"]').waitFor();
    expect(await page.getByTestId('briefing-errors').textContent()).toContain('链接已损坏或不完整');
    expect(await briefing.textContent()).toContain('您在本机保存的内容没有任何改动');
    expect(await page.getByTestId('author').isHidden()).toBe(true);
    await page.getByTestId('briefing-exit').click();
    await briefing.waitFor({ state: 'detached' });
    expect(hashParam(page, 'brief')).toBeNull();
    // The link did not open the editor; the header's button does, and the draft is there as it was.
    await page.getByTestId('author-open').click();
    await page.locator('[data-testid="author"][data-state="ready"]').waitFor();
    expect(await titles(page)).toEqual([STEP1.title, STEP2.title, STEP3.title_en]);
    expect(await draft(page)).toBe(before);
    expect(errors).toEqual([]);
  }, SLOW);

  it('says when a briefing is too long for a link, and offers the file instead', async () => {
    // Notes of random characters do not compress: ten steps of them need far more than 8,000 characters.
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const noise = () => Array.from({ length: 3000 }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000))).join('');
    const long = JSON.parse(fileText);
    long.steps = Array.from({ length: 10 }, (_, i) => ({ ...long.steps[i % 3], id: `long-${i}`, notes_zh: noise() }));
    await page.getByTestId('author-file-input').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(long)) });
    await page.getByTestId('confirm-replace').click();
    await expect.poll(() => titles(page)).toHaveLength(10);
    await page.getByTestId('author-share').click();
    const tooLong = page.getByTestId('share-too-long');
    await tooLong.waitFor({ timeout: 20_000 });
    expect(await tooLong.textContent()).toMatch(/链接需要 [\d,]+ 个字符，上限为 8,000/);
    expect(await page.getByTestId('share-url').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-download').click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).steps).toHaveLength(10);
  }, SLOW);
});

describe('briefing editor: the shared link in a fresh browser (one page)', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: Error[] = [];
  let shared = '';

  beforeAll(async () => {
    // Build a briefing from a copy of the built-in one in one browser, and take its link.
    const author = await browser.newContext(DESKTOP);
    const p = await open(author, '#edit=1');
    await p.locator('[data-testid="author"][data-state="ready"]').waitFor();
    const count = (n: number) => p.waitForFunction((k) => document.querySelectorAll('[data-testid="author-step"]').length === k, n);
    await p.getByTestId('author-from-builtin').click();
    await count(8);
    // Keep three steps: a short briefing of the presenter's own.
    for (let i = 0; i < 5; i++) {
      await p.getByTestId('author-step').nth(3).locator('[data-action="delete"]').click();
      await count(7 - i);
    }
    await p.getByTestId('author-step').nth(0).locator('[data-action="edit"]').click();
    await p.getByTestId('step-title-zh').fill('我的开场：区域中的首府');
    await p.getByTestId('step-done').click();
    await p.getByTestId('author-share').click();
    await p.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="share-url"]')?.value.includes('brief=z.'));
    shared = await p.getByTestId('share-url').inputValue();
    await author.close();
    // A different browser profile: no draft, nothing cached.
    context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    page = await open(context, new URL(shared).hash, errors);
  }, SLOW);
  afterAll(async () => {
    await context?.close();
  });

  const stepOf = () => page.getByTestId('briefing').getAttribute('data-step');
  const loadedScripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));

  it('plays the briefing the link carries, step by step, with the keys of the briefing mode', async () => {
    await expect.poll(stepOf, { timeout: 60_000 }).toBe('1');
    expect(await page.getByTestId('briefing-title').textContent()).toBe('我的开场：区域中的首府');
    expect(await page.getByTestId('briefing-counter').textContent()).toBe('第 1 / 3 步');
    await page.keyboard.press('ArrowRight');
    await expect.poll(stepOf).toBe('2');
    await page.keyboard.press('End');
    await expect.poll(stepOf).toBe('3');
    expect(hashParam(page, 'story')).toBe('3');
    expect(hashParam(page, 'brief')).toMatch(/^z\./);
    await page.keyboard.press('n');
    await page.getByTestId('briefing-notes').waitFor();
    // The exported sheet (print and PNG) shows this briefing's step, not the built-in one's.
    expect(await page.locator('.print-sheet__title').textContent()).toBe(await page.getByTestId('briefing-title').textContent());
    expect(await draft(page)).toBeNull();
    // Playing a briefing loads the briefing mode, never the editor.
    const scripts = await loadedScripts();
    expect(scripts.some((u) => /\/briefing-[\w-]+\.js$/.test(u))).toBe(true);
    expect(scripts.filter((u) => /\/author-[\w-]+\.js$/.test(u))).toEqual([]);
  }, SLOW);

  it('opens the presenter window on the same briefing', async () => {
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '演示者窗口' }).click()]);
    await popup.waitForSelector('[data-testid="briefing"][data-step="3"]', { timeout: 120_000 });
    expect(new URL(popup.url()).hash).toContain('brief=z.');
    expect(await popup.getByTestId('briefing-title').textContent()).toBe(await page.getByTestId('briefing-title').textContent());
    await popup.close();
  }, SLOW);

  it('exports the step as a PNG; its printed link and QR code open the same view (the briefing is too long for a QR code)', async () => {
    await waitForMapIdle(page, 180_000);
    await page.getByTestId('print-open').click();
    await page.getByTestId('print-dpi').selectOption('150');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('print-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync((await download.path())!).subarray(1, 4).toString()).toBe('PNG');
    const printed = (await page.locator('.print-sheet__link').textContent())!;
    expect(printed).not.toContain('brief=');
    expect(new URLSearchParams(new URL(printed).hash.slice(1)).get('layers')).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.getByTestId('print-dialog').waitFor({ state: 'hidden' });
  }, SLOW);

  it('offers “edit a copy”, which opens the editor with it without any question (no draft here)', async () => {
    await page.getByTestId('briefing-edit-copy').click();
    await page.getByTestId('briefing').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('author-step-title').allTextContents(), { timeout: 60_000 }).toHaveLength(3);
    expect((await titles(page))[0]).toBe('我的开场：区域中的首府');
    expect((await loadedScripts()).some((u) => /\/author-[\w-]+\.js$/.test(u))).toBe(true);
    expect(errors).toEqual([]);
  }, SLOW);

  it('clears the draft only after confirmation, and “undo” brings it back', async () => {
    const before = await draft(page);
    await page.getByTestId('author-clear').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain('3 个步骤将被删除');
    await page.getByTestId('confirm-cancel').click();
    expect(await titles(page)).toHaveLength(3);
    await page.getByTestId('author-clear').click();
    await page.getByTestId('confirm-clear').click();
    await page.getByTestId('author-empty').waitFor();
    expect(JSON.parse((await draft(page))!).story.steps).toEqual([]);
    await page.getByTestId('author-undo').click();
    await expect.poll(() => titles(page)).toHaveLength(3);
    expect(JSON.parse((await draft(page))!).story).toEqual(JSON.parse(before!).story);
  }, SLOW);

  it('speaks English in the English interface (only the plan’s quotations stay Chinese)', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('author-step').nth(0).locator('[data-action="edit"]').click();
    await page.getByTestId('step-dialog').waitFor();
    const chinese = await page.evaluate(() => {
      const found: string[] = [];
      for (const root of document.querySelectorAll('[data-testid="author"], [data-testid="step-dialog"]')) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let n: Node | null;
        while ((n = walker.nextNode())) {
          const el = n.parentElement!;
          // The plan's own words, names and what the presenter wrote in Chinese are marked as Chinese.
          if (el.closest('[lang^="zh"]') || el.closest('option, select')) continue;
          if (/[\u4e00-\u9fff]/.test(n.textContent ?? '')) found.push(n.textContent!.trim().slice(0, 30));
        }
        for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
          if (el.closest('[lang^="zh"]')) continue;
          for (const a of ['aria-label', 'title', 'placeholder']) {
            const v = el.getAttribute(a);
            if (v && /[\u4e00-\u9fff]/.test(v)) found.push(`${a}: ${v.slice(0, 30)}`);
          }
        }
      }
      return found;
    });
    expect(chinese).toEqual([]);
    await page.screenshot({ path: `${OUT}/author-dialog-en-1920.png` });
    await page.getByTestId('step-done').click();
  }, SLOW);
});

describe('briefing editor on a phone (390 × 844, one page)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ ...PHONE, bypassCSP: true } as BrowserContextOptions);
    page = await open(context, '#edit=1');
    await page.locator('[data-testid="author"][data-state="ready"]').waitFor();
  }, SLOW);
  afterAll(async () => {
    await context?.close();
  });

  it('fits the screen: no sideways scrolling in the editor or the step dialog', async () => {
    await page.getByTestId('author-from-builtin').click();
    await expect.poll(() => page.getByTestId('author-step').count()).toBe(8);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/author-editor-390.png` });
    await page.getByTestId('author-step').nth(2).locator('[data-action="edit"]').click();
    await page.getByTestId('step-dialog').waitFor();
    const dialog = await page.getByTestId('step-dialog').boundingBox();
    expect(dialog!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.querySelector('.step-dialog .modal__body')!.scrollWidth - document.querySelector('.step-dialog .modal__body')!.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/author-dialog-390.png` });
    expect(await axeViolations(page, '[data-testid="step-dialog"]')).toEqual([]);
    await page.getByTestId('step-done').click();
  }, SLOW);

  it('folds into a bar over the map, from which a view is added', async () => {
    await page.getByRole('button', { name: '回到地图' }).click();
    await page.getByTestId('author-pill').waitFor();
    expect(await page.getByTestId('author-pill').textContent()).toContain('8 步');
    await page.getByTestId('author-pill').getByTestId('author-add').click();
    await page.getByTestId('step-dialog').waitFor();
    await page.getByTestId('step-title-zh').fill('附近的规划');
    await page.getByTestId('step-done').click();
    await expect.poll(() => page.getByTestId('author-pill').textContent()).toContain('9 步');
  }, SLOW);
});
