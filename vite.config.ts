/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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
 * The map code (MapLibre and the controller) is a separate chunk so that the reader can render before it arrives,
 * but it is wanted on every visit: a modulepreload link lets the browser fetch and compile it while the app's own
 * script runs, instead of only once React has mounted the map.
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'preload-map-chunk',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/map/map-controller.ts'));
        if (!html || html.type !== 'asset' || !chunk || chunk.type !== 'chunk') return;
        const links = [
          `<link rel="modulepreload" crossorigin href="./${chunk.fileName}">`,
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => `<link rel="preload" as="style" href="./${css}">`),
        ];
        html.source = String(html.source).replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/** Cache of the font files: filled as they are used, never precached (a device with its own CJK font needs none). */
export const FONT_CACHE = 'hohhot-fonts';

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
  plugins: [react(), contentSecurityPolicy(), preloadMapChunk(), offlineServiceWorker()],
  build: {
    target: 'es2022',
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
