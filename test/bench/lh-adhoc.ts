import { build } from 'vite';
import { join } from 'node:path';
import { serveGzip } from './serve-gzip.ts';
import { lighthouse } from './lighthouse.ts';
const dist = process.argv[2]!;
const runs = Number(process.argv[3] ?? 1);
await build({ configFile: false, root: join(process.cwd(), 'test/bench/floor'), base: './', logLevel: 'warn', publicDir: false, build: { outDir: join(dist, 'floor'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 } });
const s = await serveGzip(dist);
for (const preset of ['mobile', 'desktop'] as const) for (let i = 0; i < runs; i++) for (const [name, path] of [['app', ''], ['floor', 'floor/index.html']]) {
  const f = await lighthouse(s.url + path, preset, '/usr/bin/chromium');
  console.log(preset, name, JSON.stringify(f));
}
await s.close();
