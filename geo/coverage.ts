import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GEO_LAYER_IDS, layerOfFile } from './layers.ts';
import { loadProvisionTexts } from './plan-text.ts';
import { PLACED_BY, PRECISIONS, type FeatureProps, type UnplacedEntry } from './schema.ts';
import { SLOGANS } from './slogans.ts';
import { unplacedEntries } from './validate.ts';

/**
 * `npm run geo:coverage`: which places and slogans of the plan are on the map. Reads the authored data directly
 * (`geo/features/*.geojson`, `geo/unplaced.json`, `geo/context/*.geojson`), so it also works while the build fails.
 * The checklist of place names is `geo/checklist.csv` (from the project research notes) plus the slogans.
 */

/** How a checklist name is covered. */
export type CoverageStatus = 'mapped' | 'context' | 'unplaced' | 'missing';

export interface CoverageRow {
  name_zh: string;
  name_en: string;
  kind: 'place' | 'slogan';
  /** Provisions the checklist gives for it (explicit numbers only). */
  provisions: number[];
  status: CoverageStatus;
  /** Ids of matching features (or unplaced entries), or the context file that shows it. */
  matches: string[];
  /** For `unplaced`: the entry's reason. */
  reason?: string;
  /** Whether any spelling of the name occurs verbatim in the plan text (some checklist names are descriptive). */
  inText: boolean;
  /**
   * `note`: a descriptive name (not in the plan text) that features' notes name, e.g. a street read as one arm of an
   * inferred layout; those features show it, but no mention can link it.
   */
  via?: 'note';
}

/** How one approximate feature was placed (for the placement section of the report). */
export interface PlacementRow {
  id: string;
  name_zh: string;
  layer: string;
  placed_by: string;
  uncertainty_m: number;
  /** The source, in English (the report is English). */
  source: string;
}

export interface CoverageReport {
  rows: CoverageRow[];
  /** Every approximate feature, with how it was placed and its radius, grouped by `placed_by` then id. */
  placements: PlacementRow[];
  /** Count of approximate features per `placed_by`. */
  perPlacedBy: Record<string, number>;
  /** Provisions with spatial content (per the checklist or a slogan) that no feature mentions. */
  uncovered: { p: number; names: string[]; unplacedOnly: boolean }[];
  perLayer: Record<string, number>;
  perPrecision: Record<string, number>;
  featureCount: number;
  unplacedCount: number;
}

interface Named {
  id: string;
  name_zh: string;
  mentions: { p: number; text: string }[];
  /** The feature's notes (Chinese note and interpretation note), for descriptive checklist names. */
  notes?: string;
}

/** Returns the numbers of a checklist `provisions` cell, ignoring ranges such as `1-53 (throughout)`. */
export function parseProvisions(cell: string): number[] {
  const withoutRanges = cell.replace(/\d+\s*-\s*\d+/g, '');
  return [...new Set((withoutRanges.match(/\d+/g) ?? []).map(Number).filter((n) => n >= 1 && n <= 53))].sort((a, b) => a - b);
}

/** Returns the spellings to look for: the name, the name without its parenthesis, and the parts inside it. */
export function nameVariants(name: string): string[] {
  const m = /^(.*?)[(（](.*)[)）]$/.exec(name);
  // Order matters: the full name, then the name without its parenthesis, then the alternatives.
  const out = new Set<string>([name, m ? m[1]!.trim() : name]);
  if (m) {
    for (const part of m[2]!.replace(/^含/, '').split(/[\/、,]/)) if (part.trim().length >= 2) out.add(part.trim());
  }
  for (const part of name.split('/')) if (part.trim().length >= 2) out.add(part.replace(/[(（].*$/, '').trim());
  return [...out].filter((v) => v.length >= 2);
}

/** Removes quotation marks and spaces so that 500千伏“环首府”电网 matches 500千伏环首府电网. */
function norm(s: string): string {
  return s.replace(/[“”"'‘’\s]/g, '');
}

/**
 * Returns the ids of the items that match a name, from the most to the least certain tier: exact name; a mention
 * quoting exactly the name; a name or mention containing the name (3+ characters); a long item name (5+ characters)
 * inside the checklist name. The parenthesised alternatives of a checklist name count only in the exact tiers.
 */
function matchNamed(variants: string[], items: Named[]): string[] {
  const all = variants.map(norm);
  const strong = all.slice(0, 2).filter((v) => v.length >= 3);
  const tiers: ((f: Named) => boolean)[] = [
    (f) => all.includes(norm(f.name_zh)),
    (f) => f.mentions.some((m) => all.includes(norm(m.text))),
    (f) => strong.some((v) => norm(f.name_zh).includes(v) || f.mentions.some((m) => norm(m.text).includes(v))),
    (f) => norm(f.name_zh).length >= 5 && strong.some((v) => v.includes(norm(f.name_zh))),
  ];
  for (const tier of tiers) {
    const hits = items.filter(tier);
    if (hits.length) return hits.map((f) => f.id);
  }
  return [];
}

/** Parses a CSV line with double-quoted fields. */
function csvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Returns the checklist rows (name_zh, name_en, provisions cell) of `geo/checklist.csv`, skipping `#` comments. */
export function readChecklist(root: string): { name_zh: string; name_en: string; provisions: string }[] {
  const lines = readFileSync(join(root, 'geo', 'checklist.csv'), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = csvLine(lines[0]!);
  const col = (n: string) => header.indexOf(n);
  return lines.slice(1).map((l) => {
    const c = csvLine(l);
    return { name_zh: c[col('name_zh')]!, name_en: c[col('name_en')]!, provisions: c[col('provisions')] ?? '' };
  });
}

/** Computes the coverage report for the repository at `root`. */
export function computeCoverage(root: string): CoverageReport {
  const provisions = loadProvisionTexts(root);
  const featureDir = join(root, 'geo', 'features');
  const features: (Named & { layer: string; precision: string; roles: string[] })[] = [];
  const placements: PlacementRow[] = [];
  for (const file of existsSync(featureDir) ? readdirSync(featureDir).filter((f) => f.endsWith('.geojson')).sort() : []) {
    const layer = layerOfFile(file) ?? file;
    const fc = JSON.parse(readFileSync(join(featureDir, file), 'utf8')) as { features?: { properties?: Partial<FeatureProps> }[] };
    for (const f of fc.features ?? []) {
      const p = f.properties ?? {};
      const roleNotes = (p.roles ?? []).flatMap((r) => [r.label_zh, r.interpretation_note_zh]);
      const notes = [p.note_zh, p.interpretation_note_zh, ...roleNotes].filter((x): x is string => typeof x === 'string').join('\n');
      const roles = (p.roles ?? []).flatMap((r) => (r.part_of ? [r.part_of] : []));
      features.push({ id: String(p.id), name_zh: String(p.name_zh ?? ''), mentions: p.mentions ?? [], notes, layer, precision: String(p.precision), roles });
      if (p.precision === 'approximate') {
        placements.push({
          id: String(p.id),
          name_zh: String(p.name_zh ?? ''),
          layer,
          placed_by: String(p.placed_by ?? '(missing)'),
          uncertainty_m: Number(p.uncertainty_m ?? 0),
          source: String(p.source_en ?? ''),
        });
      }
    }
  }
  const unplacedPath = join(root, 'geo', 'unplaced.json');
  const unplaced = ((existsSync(unplacedPath) ? unplacedEntries(JSON.parse(readFileSync(unplacedPath, 'utf8'))) : []) ?? []) as UnplacedEntry[];
  const unplacedNamed: (Named & { reason: string })[] = unplaced.map((u) => ({ id: u.id, name_zh: u.name_zh, mentions: u.mentions ?? [], reason: u.reason_en }));

  const contextDir = join(root, 'geo', 'context');
  const contextNames = new Map<string, string>();
  for (const file of existsSync(contextDir) ? readdirSync(contextDir).filter((f) => f.endsWith('.geojson')) : []) {
    const fc = JSON.parse(readFileSync(join(contextDir, file), 'utf8')) as { features: { properties: { name_zh?: string } }[] };
    for (const f of fc.features) if (f.properties.name_zh && !contextNames.has(f.properties.name_zh)) contextNames.set(f.properties.name_zh, `context/${file}`);
  }

  const allText = norm([...provisions.values()].join('\n'));
  const classify = (name_zh: string, name_en: string, kind: CoverageRow['kind'], ps: number[]): CoverageRow => {
    const variants = nameVariants(name_zh);
    const inText = variants.some((v) => allText.includes(norm(v)));
    const row = classifyNamed(name_zh, name_en, kind, ps, variants);
    if (row.status === 'missing' && !inText) {
      // A description rather than the plan's words: mapped when features' notes name it.
      const described = features.filter((f) => variants.some((v) => v.length >= 3 && norm(f.notes ?? '').includes(norm(v))));
      if (described.length) return { ...row, status: 'mapped', matches: described.map((f) => f.id), inText, via: 'note' };
    }
    return { ...row, inText };
  };
  const classifyNamed = (
    name_zh: string,
    name_en: string,
    kind: CoverageRow['kind'],
    ps: number[],
    variants: string[],
  ): Omit<CoverageRow, 'inText'> => {
    const mapped = matchNamed(variants, features);
    if (mapped.length) return { name_zh, name_en, kind, provisions: ps, status: 'mapped', matches: mapped };
    const up = matchNamed(variants, unplacedNamed);
    if (up.length) {
      const reason = unplacedNamed.find((u) => u.id === up[0])!.reason;
      return { name_zh, name_en, kind, provisions: ps, status: 'unplaced', matches: up, reason };
    }
    const ctx = variants.map((v) => contextNames.get(v)).find(Boolean);
    if (ctx) return { name_zh, name_en, kind, provisions: ps, status: 'context', matches: [ctx] };
    return { name_zh, name_en, kind, provisions: ps, status: 'missing', matches: [] };
  };

  const rows: CoverageRow[] = readChecklist(root).map((r) => classify(r.name_zh, r.name_en, 'place', parseProvisions(r.provisions)));
  for (const s of SLOGANS) {
    const ps = [...provisions].filter(([, t]) => t.includes(s.phrase)).map(([n]) => n);
    const row = classify(s.phrase, s.name_en, 'slogan', ps);
    // A slogan is mapped when a feature has its id or names it as part_of.
    const parts = features.filter((f) => f.id === s.id).map((f) => f.id);
    const partOf = features.filter((f) => f.roles.includes(s.id)).map((f) => f.id);
    if (row.status !== 'mapped' && (parts.length || partOf.length)) rows.push({ ...row, status: 'mapped', matches: [...parts, ...partOf] });
    else rows.push(row);
  }

  const mentioned = new Set(features.flatMap((f) => f.mentions.map((m) => m.p)));
  const mentionedUnplaced = new Set(unplacedNamed.flatMap((f) => f.mentions.map((m) => m.p)));
  const spatial = new Map<number, string[]>();
  for (const r of rows) for (const p of r.provisions) spatial.set(p, [...(spatial.get(p) ?? []), r.name_zh]);
  const uncovered = [...spatial]
    .filter(([p]) => !mentioned.has(p))
    .sort(([a], [b]) => a - b)
    .map(([p, names]) => ({ p, names, unplacedOnly: mentionedUnplaced.has(p) }));

  const perLayer: Record<string, number> = Object.fromEntries(GEO_LAYER_IDS.map((id) => [id, 0]));
  const perPrecision: Record<string, number> = Object.fromEntries(PRECISIONS.map((p) => [p, 0]));
  for (const f of features) {
    perLayer[f.layer] = (perLayer[f.layer] ?? 0) + 1;
    perPrecision[f.precision] = (perPrecision[f.precision] ?? 0) + 1;
  }
  const order = new Map<string, number>(PLACED_BY.map((p, i) => [p, i]));
  placements.sort((a, b) => (order.get(a.placed_by) ?? 99) - (order.get(b.placed_by) ?? 99) || (a.id < b.id ? -1 : 1));
  const perPlacedBy: Record<string, number> = Object.fromEntries(PLACED_BY.map((p) => [p, 0]));
  for (const x of placements) perPlacedBy[x.placed_by] = (perPlacedBy[x.placed_by] ?? 0) + 1;
  return { rows, placements, perPlacedBy, uncovered, perLayer, perPrecision, featureCount: features.length, unplacedCount: unplaced.length };
}

/** Returns the report as readable text (Chinese names, English headings). */
export function formatCoverage(r: CoverageReport): string {
  const lines: string[] = [];
  const count = (kind: CoverageRow['kind'], s: CoverageStatus) => r.rows.filter((x) => x.kind === kind && x.status === s).length;
  const places = r.rows.filter((x) => x.kind === 'place');
  const slogans = r.rows.filter((x) => x.kind === 'slogan');
  lines.push('Coverage of the plan’s places (checklist: geo/checklist.csv, from the project research notes) and slogans');
  lines.push('');
  lines.push(`places:  ${places.length} — mapped ${count('place', 'mapped')}, basemap context ${count('place', 'context')}, unplaced ${count('place', 'unplaced')}, missing ${count('place', 'missing')}`);
  lines.push(`slogans: ${slogans.length} — mapped ${count('slogan', 'mapped')}, unplaced ${count('slogan', 'unplaced')}, missing ${count('slogan', 'missing')}`);
  lines.push(`features: ${r.featureCount}; unplaced entries: ${r.unplacedCount}`);
  lines.push('');
  lines.push('Features per layer:');
  for (const [id, n] of Object.entries(r.perLayer)) lines.push(`  ${id.padEnd(22)}${String(n).padStart(4)}`);
  lines.push('Features per precision:');
  for (const [p, n] of Object.entries(r.perPrecision)) lines.push(`  ${p.padEnd(22)}${String(n).padStart(4)}`);
  const section = (title: string, rows: CoverageRow[], detail: (x: CoverageRow) => string) => {
    lines.push('');
    lines.push(`${title} (${rows.length})`);
    for (const x of rows) lines.push(`  ${x.name_zh} — ${x.name_en}${x.provisions.length ? ` [${x.provisions.join(', ')}]` : ''}${detail(x)}`);
  };
  section('MISSING: neither mapped nor listed as unplaced', r.rows.filter((x) => x.status === 'missing'), (x) =>
    x.inText ? '' : ' (this spelling is not in the plan text: a checklist description)',
  );
  section('UNPLACED: listed with the reason', r.rows.filter((x) => x.status === 'unplaced'), (x) => `: ${x.reason ?? ''}`);
  section(
    'MAPPED',
    r.rows.filter((x) => x.status === 'mapped'),
    (x) =>
      ` → ${x.matches.slice(0, 4).join(', ')}${x.matches.length > 4 ? ', …' : ''}${x.via === 'note' ? ' (not in the plan text: a description, named in these features’ notes)' : ''}`,
  );
  section('BASEMAP CONTEXT only', r.rows.filter((x) => x.status === 'context'), (x) => ` → ${x.matches.join(', ')}`);
  lines.push('');
  lines.push(`How each approximate feature was placed (${r.placements.length}): ${Object.entries(r.perPlacedBy).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  let group = '';
  for (const x of r.placements) {
    if (x.placed_by !== group) {
      group = x.placed_by;
      lines.push(`  ${group}:`);
    }
    const radius = x.uncertainty_m >= 1000 ? `±${x.uncertainty_m / 1000} km` : `±${x.uncertainty_m} m`;
    lines.push(`    ${x.id.padEnd(40)} ${radius.padStart(9)}  ${x.name_zh} — ${x.source.length > 110 ? `${x.source.slice(0, 107)}…` : x.source}`);
  }
  lines.push('');
  lines.push(`Provisions with spatial content that no feature references (${r.uncovered.length}):`);
  for (const u of r.uncovered) lines.push(`  (${u.p}) ${u.unplacedOnly ? '[only unplaced entries] ' : ''}${u.names.join('、')}`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  process.stdout.write(formatCoverage(computeCoverage(root)));
}
