import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import { DEFAULT_VISIBLE_LAYERS } from '../../src/layers/registry.ts';
import { ogrRead, ogrReadAll, requireGdal, validateGpkg } from '../helpers/gdal.ts';
import { readCsvStrict } from '../helpers/rfc4180.ts';
import { checkRfc7946 } from '../helpers/rfc7946.ts';
import { unzip } from '../helpers/unzip.ts';
import { baseUrl, DESKTOP, launch, openApp, PHONE, waitForMapIdle } from './harness.ts';

/**
 * The dashboard in the built app: the overview's figures equal what the shipped catalog says (recounted here), a
 * sector bar filters map, overview and URL together, and the downloads of what is shown are read back by GDAL.
 */
const OUT = 'test/.out';
let browser: Browser;
let catalog: Catalog;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireGdal();
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
  catalog = (await (await fetch(`${baseUrl()}geo/catalog.json`)).json()) as Catalog;
});
// One page at a time: each holds a software-rendered WebGL map, and a busy machine starves the next test otherwise.
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash: string, options: BrowserContextOptions = DESKTOP, acceptDownloads = false): Promise<Page> {
  const context = await browser.newContext({ ...options, acceptDownloads });
  contexts.push(context);
  context.setDefaultTimeout(90_000);
  const page = await openApp(context, hash);
  await page.waitForSelector('[data-testid="overview"][data-state="ready"]', { timeout: 60_000 });
  return page;
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
const figure = async (page: Page, id: string) => (await page.getByTestId(`figure-${id}`).textContent())?.replace(/,/g, '');
const sectorBar = (page: Page, sector: string) => page.locator(`[data-testid="chart-sector"] button[data-key="${sector}"]`);

/** Fraction of pixels that differ between two PNG screenshots of the same size, decoded by the browser. */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (s: string) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
        const c = document.createElement('canvas');
        c.width = bmp.width;
        c.height = bmp.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.length !== y.length) return 1;
      let diff = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 30) diff++;
      }
      return diff / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('dashboard', { timeout: 300_000 }, () => {
  it('shows the figures the catalog holds (recounted here)', async () => {
    const page = await open('');
    const features = Object.values(catalog.features);
    expect(await figure(page, 'mapped')).toBe(String(features.length));
    const provisions = new Set(features.flatMap((e) => e.mentions.map((m) => m.p)).filter((p) => p >= 1 && p <= 53));
    expect(await figure(page, 'provisions')).toBe(String(provisions.size));
    const mappedCells = await page.locator('[data-testid="provision-strip"] [data-mapped="true"]').count();
    expect(mappedCells).toBe(provisions.size);
    const belts = await page.locator('[data-testid="belts"] [data-belt]').count();
    expect(belts).toBe(features.filter((e) => e.layer === 'industry-belts').length);
    await page.screenshot({ path: `${OUT}/dashboard-desktop.png` });
  });

  it('filters by sector from a bar: the URL, the overview and the provision strip agree with the catalog', async () => {
    const page = await open('');
    await sectorBar(page, 'transport').click();
    await expect.poll(() => hashParam(page, 'sector'), { timeout: 30_000 }).toBe('transport');
    const transport = Object.values(catalog.features).filter((e) => e.sector === 'transport');
    expect(await figure(page, 'mapped')).toBe(String(transport.length));
    expect(await page.getByTestId('filter-bar').getByRole('button', { name: /交通/ }).count()).toBe(1);
    // Provisions still marked = those naming a transport item, drawn or only listed.
    const expected = new Set<number>();
    for (const e of [...transport, ...catalog.unplaced.filter((u) => u.sector === 'transport')]) for (const m of e.mentions) expected.add(m.p);
    const marked = await page.locator('[data-testid="provision-strip"] [data-match="true"]').evaluateAll((els) =>
      els.map((el) => Number((el as HTMLElement).dataset.provision)),
    );
    expect(marked.sort((a, b) => a - b)).toEqual([...expected].filter((p) => p >= 1).sort((a, b) => a - b));
  });

  it('reads the filters back from a pasted link', async () => {
    const page = await open('#sector=transport,ecology&status=completed');
    expect(await sectorBar(page, 'transport').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="chart-status"] button[data-key="completed"]').getAttribute('aria-pressed')).toBe('true');
    const n = Object.values(catalog.features).filter(
      (e) => (e.sector === 'transport' || e.sector === 'ecology') && e.status_class === 'completed',
    ).length;
    expect(await figure(page, 'mapped')).toBe(String(n));
  });

  it('changes what the map draws when a sector filter is applied', async () => {
    const page = await open('#map=8.6/40.6/111.6');
    await waitForMapIdle(page, 200_000);
    const map = page.locator('[data-testid="map"] .maplibregl-canvas');
    const before = await map.screenshot();
    // The control: the map is still while nothing changes, so a difference later comes from the filter.
    expect(await pixelDifference(page, before, await map.screenshot())).toBeLessThan(0.001);
    await sectorBar(page, 'transport').click();
    await expect
      .poll(async () => pixelDifference(page, before, await map.screenshot()), { timeout: 60_000, interval: 1_000 })
      .toBeGreaterThan(0.005);
    await page.screenshot({ path: `${OUT}/dashboard-filtered.png` });
  });

  it('downloads what is shown as GeoJSON with provisions, precision and attribution', async () => {
    const page = await open('#sector=transport,industry', DESKTOP, true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-geojson').click()]);
    expect(download.suggestedFilename()).toMatch(/^hohhot-15th-fyp-\d{8}\.geojson$/);
    const fc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    const expected = Object.values(catalog.features)
      .filter((e) => (e.sector === 'transport' || e.sector === 'industry') && DEFAULT_VISIBLE_LAYERS.includes(e.layer))
      .map((e) => e.id)
      .sort();
    expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(expected);
    for (const f of fc.features) {
      expect(f.geometry?.type).toBeTruthy();
      expect(f.properties.provisions.length).toBeGreaterThan(0);
      expect(['surveyed', 'approximate', 'schematic']).toContain(f.properties.precision);
      expect(f.properties.source_zh.length).toBeGreaterThan(0);
      expect(f.properties.source_en.length).toBeGreaterThan(0);
      const coords = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
      expect(coords.every(Number.isFinite)).toBe(true);
    }
    expect(fc.metadata.attribution.length).toBeGreaterThan(0);
    expect(fc.metadata.attribution.every((a: { text: string; licence: string }) => a.text && a.licence)).toBe(true);
  });

  it('downloads the package (ZIP) that GDAL reads: the same records in CSV, GeoJSON, KML and GeoPackage, with a README', async () => {
    const page = await open('#sector=transport,industry', DESKTOP, true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-zip').click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^hohhot-15th-fyp-\d{8}\.zip$/);
    const stem = name.replace(/\.zip$/, '');
    const zipPath = `${OUT}/${name}`;
    await download.saveAs(zipPath);
    const files = unzip(readFileSync(zipPath));
    expect([...files.keys()].sort()).toEqual(['README.txt', `${stem}.csv`, `${stem}.geojson`, `${stem}.gpkg`, `${stem}.kml`].map((f) => `${stem}/${f}`).sort());
    const expected = Object.values(catalog.features)
      .filter((e) => (e.sector === 'transport' || e.sector === 'industry') && DEFAULT_VISIBLE_LAYERS.includes(e.layer))
      .map((e) => e.id)
      .sort();
    // Read by GDAL straight from the archive; the CSV through a strict RFC 4180 reader too.
    const inner = (ext: string) => `/vsizip/${zipPath}/${stem}/${stem}.${ext}`;
    const idsOf = (features: { properties: Record<string, unknown> | null }[]) => features.map((f) => String(f.properties?.id)).sort();
    expect(idsOf(ogrRead(inner('csv')).features)).toEqual(expected);
    expect(idsOf(ogrRead(inner('geojson')).features)).toEqual(expected);
    expect(idsOf(ogrReadAll(inner('kml')).map((x) => x.feature))).toEqual(expected);
    expect(idsOf(ogrReadAll(inner('gpkg')).filter((x) => x.layer !== 'hohhot_plan_about').map((x) => x.feature))).toEqual(expected);
    const csv = readCsvStrict(new TextDecoder().decode(files.get(`${stem}/${stem}.csv`)));
    expect(csv.records.map((r) => r[0]).sort()).toEqual(expected);
    const geojson = JSON.parse(new TextDecoder().decode(files.get(`${stem}/${stem}.geojson`)));
    expect(checkRfc7946(geojson, { maxDecimals: 6 })).toEqual([]);
    const readme = new TextDecoder().decode(files.get(`${stem}/README.txt`));
    for (const a of geojson.metadata.attribution) {
      expect(readme).toContain(a.text_zh);
      expect(readme).toContain(a.text_en);
    }
    expect(readme).toContain('sector=transport');
    const gpkgPath = `${OUT}/${stem}.gpkg`;
    writeFileSync(gpkgPath, files.get(`${stem}/${stem}.gpkg`)!);
    expect(validateGpkg(gpkgPath)).toBe('');
    expect(await page.locator('[data-testid="export"] [role="status"]').getAttribute('data-status')).toBe('done');
  });

  it('downloads a single KML with every placemark of the view', async () => {
    const page = await open('#sector=transport,industry', DESKTOP, true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-kml').click()]);
    expect(download.suggestedFilename()).toMatch(/^hohhot-15th-fyp-\d{8}\.kml$/);
    const p = `${OUT}/${download.suggestedFilename()}`;
    await download.saveAs(p);
    const n = Object.values(catalog.features).filter((e) => (e.sector === 'transport' || e.sector === 'industry') && DEFAULT_VISIBLE_LAYERS.includes(e.layer)).length;
    expect(ogrReadAll(p).length).toBe(n);
  });

  it('downloads the structured plan in both languages', async () => {
    const page = await open('', DESKTOP, true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-plan').click()]);
    const { translation_en: en, ...plan } = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(plan.provisions).toHaveLength(53);
    expect(plan).toEqual(JSON.parse(readFileSync('data/plan.json', 'utf8')));
    const stored = JSON.parse(readFileSync('data/plan.en.json', 'utf8'));
    expect(en.label).toBe(stored.label_en);
    expect(en.provisions).toHaveLength(53);
    expect(en.provisions[21]).toEqual({ number: 22, title: stored.provisions[21].title, paragraphs: stored.provisions[21].paragraphs });
  });

  it('looks finished on a phone', async () => {
    const page = await open('#tab=overview', PHONE);
    await page.evaluate(() => (document.querySelector('button[aria-label="展开面板"]') as HTMLElement | null)?.click());
    const bar = sectorBar(page, 'ecology');
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    // Tap targets at least 40 CSS px tall and inside the 390 px viewport.
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${OUT}/dashboard-phone.png` });
  });
});
