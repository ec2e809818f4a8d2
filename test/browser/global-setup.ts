import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds the app once into a private folder and serves it with `vite preview` on a free loopback port, so that
 * browser tests run against what users get. Several runs can proceed side by side.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'hohhot-build-'));
  await run('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const { child, url } = await serve(outDir);
  project.provide('baseUrl', url);
  // The offline test swaps in a changed service worker to check that a new deployment is offered.
  project.provide('outDir', outDir);
  return () => {
    child.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  };
}

// Vitest sets NODE_ENV=test, and Vite would inherit it and build a development bundle (React's development
// build, no service worker): the tests must see the production build that users get.
const PRODUCTION = { ...process.env, NODE_ENV: 'production' };

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit', env: PRODUCTION });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

function serve(outDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'],
      { stdio: ['ignore', 'pipe', 'inherit'], env: PRODUCTION },
    );
    let out = '';
    const timer = setTimeout(() => reject(new Error(`vite preview did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      // eslint-disable-next-line no-control-regex
      const m = out.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}/` });
      }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited ${code}:\n${out}`)));
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the app was built into and is served from. */
    outDir: string;
  }
}
