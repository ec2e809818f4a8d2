import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERPRETATIONS, KINDS, PRECISIONS, SECTORS, STATUS_CLASSES } from '../../geo/schema.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { VOCABULARY } from '../../src/i18n/vocabulary.ts';

/** Every leaf of a nested string table as `[path, value]`. */
function leaves(o: unknown, path = ''): [string, unknown][] {
  if (o === null || typeof o !== 'object') return [[path, o]];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;

describe('the vocabulary', () => {
  const zh = new Map(leaves(VOCABULARY.zh));
  const en = new Map(leaves(VOCABULARY.en));

  it('has every term in both languages, as non-empty text with the same slots', () => {
    expect(LANGS).toEqual(['zh', 'en']);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, z] of zh) {
      const e = en.get(path);
      expect(typeof z, path).toBe('string');
      expect(typeof e, path).toBe('string');
      expect((z as string).trim().length, path).toBeGreaterThan(0);
      expect((e as string).trim().length, path).toBeGreaterThan(0);
      expect(slots(z as string), path).toEqual(slots(e as string));
    }
  });

  it('names every value of the schema: precision, interpretation, status, sector, kind', () => {
    for (const lang of LANGS) {
      const v = VOCABULARY[lang];
      expect(Object.keys(v.precision.label).sort()).toEqual([...PRECISIONS].sort());
      expect(Object.keys(v.interpretation.label).sort()).toEqual([...INTERPRETATIONS].sort());
      expect(Object.keys(v.status.label).sort()).toEqual([...STATUS_CLASSES].sort());
      expect(Object.keys(v.status.hint).sort()).toEqual([...STATUS_CLASSES].sort());
      expect(Object.keys(v.sector).sort()).toEqual([...SECTORS].sort());
      expect(Object.keys(v.kind).sort()).toEqual([...KINDS].sort());
    }
  });

  it('keeps each language to itself: no Chinese in English terms, no Latin words in Chinese ones', () => {
    for (const [path, e] of en) {
      // The status hints quote the plan's verbs, which are Chinese by nature.
      if (path.startsWith('status.hint.') || path === 'status.withVerb') continue;
      expect(CJK.test(e as string), `${path}: ${e}`).toBe(false);
    }
    for (const [path, z] of zh) expect(/[A-Za-z]/.test((z as string).replace(/\{\w+\}/g, '')), `${path}: ${z}`).toBe(false);
  });

  it('gives each status, precision and interpretation one word per language', () => {
    for (const lang of LANGS) {
      for (const table of [VOCABULARY[lang].status.label, VOCABULARY[lang].precision.label, VOCABULARY[lang].interpretation.label]) {
        const words = Object.values(table);
        expect(new Set(words).size, words.join(' | ')).toBe(words.length);
      }
    }
  });
});

/** Source files of `src/` (TypeScript only). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('no stray spellings of the vocabulary (supplement to the component tests)', () => {
  const root = join(import.meta.dirname, '../..');
  const files = sourceFiles(join(root, 'src')).filter((f) => !f.endsWith(join('i18n', 'vocabulary.ts')));
  // The terms that must be said in one place only, plus the variants they replaced.
  const terms = LANGS.flatMap((lang) => {
    const v = VOCABULARY[lang];
    return [...Object.values(v.status.label), ...Object.values(v.interpretation.label), v.precision.caveat, v.precision.surveyed];
  }).filter((t) => !['Planned', 'Sought', 'Ongoing', 'Completed'].includes(t));
  const variants = ['在建', '在建/推进中', '在建 / 推进中', 'Underway', '规划原文所述', '公开资料确认'];

  it('has no quoted copy of a status, interpretation or precision term outside the vocabulary', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const t of [...terms, ...variants]) {
        if (text.includes(`'${t}'`) || text.includes(`"${t}"`) || text.includes(`>${t}<`)) found.push(`${relative(root, f)}: ${t}`);
      }
    }
    expect(found).toEqual([]);
  });
});
