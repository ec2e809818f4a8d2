/**
 * Runs Lighthouse (12.2.3, the last release for Node 20) against a page in Debian's Chromium and reduces its report
 * to the figures the benchmark compares: paint metrics as Lighthouse simulates them (mobile preset: slow 4G and a
 * 4x slower CPU; desktop preset), category scores, and byte counts read from the observed network log.
 *
 * The CLI runs in a child process, asynchronously: the static server lives in the benchmark's own process and a
 * synchronous child would block it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type Preset = 'mobile' | 'desktop';

/**
 * `simulate` (Lighthouse's default): metrics are modelled from one unthrottled load, which makes them stable but
 * leaves the observed network log unthrottled, so "what was fetched before the first paint" cannot be read from it.
 * `devtools`: the load itself runs throttled (the preset's network and CPU), so the log's order and timing are real.
 */
export type Throttling = 'simulate' | 'devtools';

/** One Lighthouse run, reduced. Times in ms, sizes in bytes as transferred (gzip where the server compressed). */
export interface LighthouseFigures {
  fcpMs: number;
  lcpMs: number;
  speedIndexMs: number;
  tbtMs: number;
  cls: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Every byte the page transferred during the run. */
  totalBytes: number;
  /** Bytes of the requests that finished before the first contentful paint (as observed: read it from a `devtools` run). */
  bytesBeforeFirstPaint: number;
  /** Bytes of the requests that finished before the `map-idle` mark (the map drawn), when the page sets one. */
  bytesBeforeMapDrawn: number | null;
  /** First contentful paint and the map drawn as observed in this load, ms (real times in a `devtools` run). */
  observedFcpMs: number;
  observedMapDrawnMs: number | null;
  /** Bytes of font files. */
  fontBytes: number;
  fontFiles: number;
  requests: number;
  /** URLs fetched more than once. */
  duplicates: string[];
  /** The largest-contentful-paint element as Lighthouse names it. */
  lcpElement: string;
}

interface NetworkRequest {
  url: string;
  networkRequestTime: number;
  networkEndTime: number;
  transferSize: number;
  resourceType?: string;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; errorMessage?: string; details?: { items?: unknown[] } }>;
}

function runCli(url: string, preset: Preset, throttling: Throttling, out: string, chromePath: string): Promise<void> {
  const argv = [
    CLI,
    url,
    '--output=json',
    `--output-path=${out}`,
    `--chrome-path=${chromePath}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--throttling-method=${throttling}`,
  ];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))));
  });
}

/** Reduces a Lighthouse JSON report to the benchmark's figures. */
export function reduceReport(report: Report): LighthouseFigures {
  const a = report.audits;
  const num = (id: string) => a[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
  const requests = ((a['network-requests']?.details?.items ?? []) as NetworkRequest[]).filter((r) => !r.url.startsWith('data:'));
  const observed = (a.metrics?.details?.items?.[0] ?? {}) as { observedFirstContentfulPaint?: number; observedNavigationStart?: number };
  const fcpObserved = observed.observedFirstContentfulPaint ?? Number.NaN;
  const marks = (a['user-timings']?.details?.items ?? []) as { name: string; startTime: number }[];
  const mapIdle = marks.find((m) => m.name === 'map-idle')?.startTime;
  const sum = (rs: NetworkRequest[]) => rs.reduce((n, r) => n + (r.transferSize || 0), 0);
  const fonts = requests.filter((r) => r.resourceType === 'Font');
  const seen = new Map<string, number>();
  for (const r of requests) seen.set(r.url, (seen.get(r.url) ?? 0) + 1);
  const lcpItems = (a['largest-contentful-paint-element']?.details?.items ?? []) as { items?: { node?: { snippet?: string; nodeLabel?: string } }[] }[];
  const lcpNode = lcpItems[0]?.items?.[0]?.node;
  return {
    fcpMs: num('first-contentful-paint'),
    lcpMs: num('largest-contentful-paint'),
    speedIndexMs: num('speed-index'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    totalBytes: sum(requests),
    bytesBeforeFirstPaint: sum(requests.filter((r) => r.networkEndTime <= fcpObserved)),
    bytesBeforeMapDrawn: mapIdle == null ? null : sum(requests.filter((r) => r.networkEndTime <= mapIdle)),
    observedFcpMs: fcpObserved,
    observedMapDrawnMs: mapIdle ?? null,
    fontBytes: sum(fonts),
    fontFiles: fonts.length,
    requests: requests.length,
    duplicates: [...seen].filter(([, n]) => n > 1).map(([u]) => u),
    // Lighthouse 12.2.3 cannot read the trace elements of recent Chromium (its TraceElements gatherer fails).
    lcpElement: a['largest-contentful-paint-element']?.errorMessage ? 'not reported by this Lighthouse' : (lcpNode?.nodeLabel ?? lcpNode?.snippet ?? '—').slice(0, 60),
  };
}

/** Runs Lighthouse once on `url` and returns the reduced figures. */
export async function lighthouse(url: string, preset: Preset, chromePath: string, throttling: Throttling = 'simulate'): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'hohhot-lh-'));
  try {
    const out = join(dir, 'report.json');
    await runCli(url, preset, throttling, out, chromePath);
    return reduceReport(JSON.parse(readFileSync(out, 'utf8')) as Report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
