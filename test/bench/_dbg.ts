import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP } from '../browser/harness.ts';
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const c = await b.newContext(DESKTOP);
const p = await c.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
p.on('request', (r) => console.log('req', r.url().slice(0, 120)));
const t = Date.now();
await p.goto(process.argv[2] ?? 'http://127.0.0.1:4388/');
for (let i = 0; i < 20; i++) {
  await p.waitForTimeout(1000);
  const st = await p.evaluate(() => document.querySelector('[data-map-state]')?.getAttribute('data-map-state'));
  console.log(Date.now() - t, st);
  if (st === 'idle') break;
}
await b.close();
