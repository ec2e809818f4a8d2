/// <reference types="vitest/config" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { FONT_CACHE } from './src/lib/cache-names.ts';

/** Hosts of the optional online basemaps: the only origins besides our own that the app may ever contact. */
const ONLINE_BASEMAP_HOSTS = [
  'https://*.tianditu.gov.cn',
  'https://tiles.openfreemap.org',
  'https://tile.openstreetmap.org',
];

/**
 * Content-Security-Policy for the built app: scripts only from our origin (no inline script, no eval); connections
 * only to our origin and the online basemap hosts. Applied at build time only, because Vite's dev server injects
 * inline scripts for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${ONLINE_BASEMAP_HOSTS.join(' ')}`,
  "font-src 'self' data:",
  `connect-src 'self' data: blob: ${ONLINE_BASEMAP_HOSTS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Orders the first visit's requests for a slow link. The page is prerendered, so its first paint needs only the HTML
 * and the stylesheet: nothing else is requested before it. A boot script of a few hundred bytes (the page's only
 * script tag) waits for that paint, then adds the app's script, its preloads, the catalog its hydration waits for and
 * the map's code (MapLibre and the controller, a chunk of its own so the panels can hydrate before it arrives, but
 * wanted on every visit), all in parallel. On a slow link the stylesheet then has the bandwidth to itself.
 */
function firstVisitRequests(): Plugin {
  return {
    name: 'first-visit-requests',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/map/map-controller.ts'));
        if (!html || html.type !== 'asset' || !chunk || chunk.type !== 'chunk') return;
        const later: Record<string, string>[] = [
          { tag: 'link', rel: 'preload', as: 'fetch', crossorigin: '', href: './geo/catalog.json' },
          { tag: 'link', rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => ({ tag: 'link', rel: 'preload', as: 'style', crossorigin: '', href: `./${css}` })),
        ];
        // Vite's entry script and module preloads leave the page for the boot script (the entry last: it runs first
        // once its preloads are under way).
        let entry: Record<string, string> | null = null;
        const page = String(html.source).replace(/\n?\s*<(script|link)\b([^>]*)>(<\/script>)?/g, (tag, name: string, attrs: string) => {
          const a = Object.fromEntries([...attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']));
          if (name === 'script' && a.type === 'module') entry = { tag: 'script', ...a };
          else if (name === 'link' && a.rel === 'modulepreload') later.unshift({ tag: 'link', ...a });
          else return tag;
          return '';
        });
        if (!entry) throw new Error('index.html has no module script for the boot script to start');
        later.push(entry);
        const boot = this.emitFile({ type: 'asset', name: 'boot.js', source: bootScript(later) });
        html.source = page.replace('</head>', `  <script defer src="./${this.getFileName(boot)}"></script>\n  </head>`);
      },
    },
  };
}

/** The boot script: adds `elements` to the page's head once its first paint is on screen (at once in a hidden tab). */
function bootScript(elements: Record<string, string>[]): string {
  return `// Starts the app after the first paint of the prerendered page (vite.config.ts, firstVisitRequests).
(function () {
  var items = ${JSON.stringify(elements)};
  var started = false;
  function start() {
    if (started) return;
    started = true;
    items.forEach(function (item) {
      var el = document.createElement(item.tag);
      Object.keys(item).forEach(function (k) { if (k !== 'tag') el.setAttribute(k, item[k]); });
      document.head.appendChild(el);
    });
  }
  // The first contentful paint is reported once its frame is on screen (rasterising a page of Chinese text can take
  // a few hundred milliseconds after the frame was laid out). Without the Paint Timing API: after the next frame.
  if (document.visibilityState === 'hidden') return start();
  try {
    if (PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) start();
      }).observe({ type: 'paint', buffered: true });
      setTimeout(start, 3000);
      return;
    }
  } catch (e) {}
  requestAnimationFrame(function () { setTimeout(start); });
})();
`;
}

/**
 * Prerenders the first screen into `index.html`: builds `src/app/prerender.tsx` for node, renders the default view
 * with the shipped catalog, and puts the markup in `#root`, which `main.tsx` then hydrates. Text and layout show with
 * HTML and CSS alone, before the app's JavaScript has arrived.
 */
function prerenderFirstView(): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        // Inside the project, so that the node build resolves its imports (react-dom …) from node_modules.
        const tmp = mkdtempSync(join(root, 'node_modules', '.prerender-'));
        try {
          await build({
            configFile: false,
            root,
            logLevel: 'warn',
            plugins: [react()],
            build: { ssr: resolve(root, 'src/app/prerender.tsx'), outDir: tmp, emptyOutDir: true, target: 'node20' },
          });
          const mod = (await import(pathToFileURL(join(tmp, 'prerender.js')).href)) as { prerender: (c: unknown) => string };
          const catalog: unknown = JSON.parse(readFileSync(resolve(root, 'public/geo/catalog.json'), 'utf8'));
          const markup = mod.prerender(catalog);
          const source = String(html.source);
          if (!source.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to prerender into');
          html.source = source.replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}

/**
 * The service worker (Workbox, through vite-plugin-pwa): `sw.js` precaches the built app (code, basemap, data) with
 * a content-hashed revision per file, so that a presenter who opened it once has everything at a venue without
 * network and a new deployment updates exactly the files that changed. Fonts are cached as they are used, and the
 * deployment settings are read from the network first. The page registers it itself (src/lib/offline.ts).
 */
function offlineServiceWorker() {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    filename: 'sw.js',
    workbox: {
      cacheId: 'hohhot-plan',
      globPatterns: ['**/*'],
      // Fonts: see FONT_CACHE. Source maps are for developers.
      globIgnores: ['**/*.woff2', '**/*.woff', '**/*.map'],
      // Hashed names in assets/ are their own revision; other files are revised by a hash of their content.
      dontCacheBustURLsMatching: /^assets\//,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // The settings are precached under another URL, so that only the network-first route below answers for them
      // and the precached copy serves as its offline fallback.
      manifestTransforms: [
        (entries) => ({ manifest: entries.map((e) => (e.url === CONFIG_FILE ? { ...e, url: CONFIG_OFFLINE_URL } : e)) }),
      ],
      navigateFallback: 'index.html',
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Deployment settings are read fresh when the network is there, so a site can change them without a rebuild.
          // (Patterns are copied into the worker's code: literals only.)
          urlPattern: /\/config\.json$/,
          handler: 'NetworkFirst',
          options: {
            cacheName: 'hohhot-plan-config',
            precacheFallback: { fallbackURL: CONFIG_OFFLINE_URL },
            // Servers answer 'Vary: Origin'; a cached answer must match whatever headers the request had.
            matchOptions: { ignoreVary: true },
          },
        },
        {
          // Fonts are requested with an Origin header (CORS), the page's own fills of the cache without one.
          urlPattern: /\.woff2?$/,
          handler: 'CacheFirst',
          options: {
            cacheName: FONT_CACHE,
            matchOptions: { ignoreVary: true },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}

const CONFIG_FILE = 'config.json';
const CONFIG_OFFLINE_URL = `${CONFIG_FILE}?offline`;

/**
 * One config for the app and the three test projects:
 * - `node`: pure modules and data checks (fast, no DOM);
 * - `components`: React panels in happy-dom, no map;
 * - `browser`: the built app driven in Debian's Chromium through playwright-core.
 */
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), firstVisitRequests(), prerenderFirstView(), offlineServiceWorker()],
  build: {
    target: 'es2022',
    // Source maps beside the code (never downloaded by browsers, never precached): errors reported from the field can
    // be read, and audits of large scripts (Lighthouse's best practices) find them.
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  test: {
    // Two workers on two cores: the node and component tests run while the browser tests wait on Chromium (the
    // browser project itself runs one file at a time).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/data/**/*.test.ts'],
          // Pure modules and data checks, no module mocks: one module graph for all files saves a fresh start per
          // file (most of this project's time). The component tests mock modules and keep their isolation.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['test/components/**/*.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
