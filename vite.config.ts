/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
 * and the stylesheet: every script and data file is fetched at low priority (`fetchpriority="low"`), so none takes
 * bandwidth from the first paint. After it come the app's script and the catalog its hydration waits for (preloaded
 * in parallel rather than after the script), and the map code (MapLibre and the controller, a chunk of its own so
 * the panels can render before it arrives, but wanted on every visit).
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
        const links = [
          `<link rel="preload" as="fetch" crossorigin fetchpriority="low" href="./geo/catalog.json">`,
          `<link rel="modulepreload" crossorigin fetchpriority="low" href="./${chunk.fileName}">`,
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => `<link rel="preload" as="style" crossorigin fetchpriority="low" href="./${css}">`),
        ];
        html.source = String(html.source)
          .replace(/<script type="module" crossorigin src=/, '<script type="module" crossorigin fetchpriority="low" src=')
          .replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
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
 * Emits `sw.js`, a service worker that precaches the whole built app (code, fonts, basemap, data) so that a
 * presenter who opened it once has everything at a venue without network. Its cache name is a hash of every
 * file's name and content, so a new deployment installs a new cache and the app can offer to reload.
 */
function offlineServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'offline-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else files.push(path);
        }
      };
      walk(outDir);
      const hash = createHash('sha256');
      const urls = files
        .map((f) => relative(outDir, f).split('\\').join('/'))
        // Browsers that run service workers all read woff2, so the woff fallbacks are not worth caching.
        .filter((u) => u !== 'sw.js' && !u.endsWith('.map') && !u.endsWith('.woff'))
        .sort();
      for (const u of urls) hash.update(u).update(String(statSync(join(outDir, u)).size));
      const version = hash.digest('hex').slice(0, 12);
      const body = SERVICE_WORKER_SOURCE.replace('__VERSION__', version).replace('__URLS__', JSON.stringify(['./', ...urls]));
      writeFileSync(join(outDir, 'sw.js'), body);
    },
  };
}

const SERVICE_WORKER_SOURCE = `// Generated at build time: precaches the app for offline use.
const CACHE = 'hohhot-plan-__VERSION__';
const URLS = __URLS__;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS)));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('hohhot-plan-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
  self.clients.claim();
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Deployment settings are read fresh when the network is there, so a site can change them without a rebuild.
  if (url.pathname.endsWith('/config.json')) {
    event.respondWith(fetch(event.request).catch(() => caches.match(event.request, { ignoreVary: true })));
    return;
  }
  // ignoreVary: servers answer 'Vary: Origin', and module scripts and fonts are requested with an Origin header that
  // the precache requests lacked, so without it nothing would match offline.
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true, ignoreVary: true }).then(
      (hit) => hit || fetch(event.request).catch(() => (event.request.mode === 'navigate' ? caches.match('./') : Response.error())),
    ),
  );
});
`;

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
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/data/**/*.test.ts'],
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
