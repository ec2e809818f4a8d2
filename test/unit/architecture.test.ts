import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of the README, enforced with dependency-cruiser (`.dependency-cruiser.cjs`) over `src/` and `geo/`:
 * each rule is one test, so a violation fails the run and names the import that broke it.
 */

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}
interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string }[] }[];
  summary: { violations: Violation[]; ruleSetUsed: { forbidden: { name: string }[] } };
}

const root = join(import.meta.dirname, '../..');
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', 'geo', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const result = JSON.parse(run.stdout) as CruiseResult;
const RULES = ['renderers-only-in-map', 'pure-without-react', 'pure-without-map', 'panels-without-map', 'geo-without-map', 'no-folder-cycles'];

describe('layer rules (dependency-cruiser)', () => {
  it('cruised the code with every rule, seeing the npm packages it imports', () => {
    expect(result.summary.ruleSetUsed.forbidden.map((r) => r.name).sort()).toEqual([...RULES].sort());
    expect(result.modules.filter((m) => m.source.startsWith('src/')).length).toBeGreaterThan(100);
    // The renderer rule can only hold if imports of MapLibre are resolved to node_modules at all.
    const targets = result.modules.flatMap((m) => m.dependencies.map((d) => d.resolved));
    expect(targets.some((t) => /(^|\/)node_modules\/maplibre-gl\//.test(t))).toBe(true);
    expect(targets.some((t) => /(^|\/)node_modules\/react\//.test(t))).toBe(true);
  });

  it.each(RULES)('%s', (rule) => {
    const broken = result.summary.violations
      .filter((v) => v.rule.name === rule)
      .map((v) => (v.cycle?.length ? `${v.from} → ${v.cycle.map((c) => c.name).join(' → ')}` : `${v.from} → ${v.to}`));
    expect(broken).toEqual([]);
  });
});
