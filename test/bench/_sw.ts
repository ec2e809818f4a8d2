import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP } from '../browser/harness.ts';
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const c = await b.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
let bump = false;
await c.route('**/sw.js', async (r) => {
  const res = await r.fetch();
  let body = await res.text();
  console.log('route sw.js, bump', bump);
  if (bump) body = body.replace(/const CACHE = 'hohhot-plan-([0-9a-f]+)'/, "const CACHE = 'hohhot-plan-$1-next'");
  await r.fulfill({ response: res, body });
});
const p = await c.newPage();
p.on('console', (m) => console.log('console', m.text().slice(0, 200)));
await p.goto('http://127.0.0.1:4388/');
await p.waitForSelector('[data-app-ready="true"]', { timeout: 120000 });
console.log(await p.evaluate(async () => { const r = await navigator.serviceWorker.ready; return r.active?.state; }));
bump = true;
await p.reload();
await p.waitForSelector('[data-app-ready="true"]', { timeout: 120000 });
for (let i = 0; i < 30; i++) {
  await p.waitForTimeout(2000);
  const n = await p.locator('[data-notice="offline-update"]').count();
  const st = await p.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return `${r?.active?.scriptURL} waiting=${r?.waiting?.state} installing=${r?.installing?.state}`; });
  console.log(i, n, st);
  if (n) { console.log(await p.locator('[data-notice="offline-update"]').textContent()); break; }
}
await b.close();
