import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP } from '../browser/harness.ts';
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const c = await b.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
const p = await c.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
p.on('requestfailed', (r) => console.log('failed', r.url().slice(0, 100), r.failure()?.errorText));
await p.goto('http://127.0.0.1:4388/');
await p.waitForSelector('[data-app-ready="true"]', { timeout: 120000 });
console.log(await p.evaluate(async () => { const r = await navigator.serviceWorker.ready; const k = await caches.keys(); return [r.active?.state, k, (await (await caches.open(k[0]!)).keys()).length, !!navigator.serviceWorker.controller]; }));
await c.setOffline(true);
const t = Date.now();
await p.reload().catch((e) => console.log('reload error', e.message));
console.log('reloaded', Date.now() - t);
for (let i = 0; i < 20; i++) {
  await p.waitForTimeout(3000);
  console.log(i, await p.evaluate(() => [document.querySelector('[data-app-ready]')?.getAttribute('data-app-ready'), document.querySelector('[data-map-state]')?.getAttribute('data-map-state'), document.body.innerText.slice(0, 80)]).catch((e) => e.message));
}
await b.close();
