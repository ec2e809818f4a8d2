import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the verbatim text of each provision (number → text) for the validator: from `data/plan.json` when it
 * exists, otherwise by splitting the source text on the lines that start with `(N)`.
 * `root` is the repository folder.
 */
export function loadProvisionTexts(root: string): Map<number, string> {
  const planPath = join(root, 'data', 'plan.json');
  if (existsSync(planPath)) {
    const plan = JSON.parse(readFileSync(planPath, 'utf8')) as { provisions?: { number?: unknown; text?: unknown }[] };
    const map = new Map<number, string>();
    for (const p of plan.provisions ?? []) {
      if (typeof p.number === 'number' && typeof p.text === 'string') map.set(p.number, p.text);
    }
    if (map.size > 0) return map;
  }
  return splitProvisions(readFileSync(join(root, 'data', 'hohhot-15th-fyp-recommendations.zh.txt'), 'utf8'));
}

/** Returns provision number → the whole paragraph (with its `(N)` prefix), from the plain source text. */
export function splitProvisions(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of source.split(/\r?\n/)) {
    const m = /^\((\d+)\)/.exec(line);
    if (m) map.set(Number(m[1]), line);
  }
  return map;
}
