import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import storyJson from '../../data/story.json';
import { LAYER_IDS } from '../../src/layers/registry.ts';
import { getProvision, PLAN } from '../../src/plan/plan-data.ts';
import { issueText } from '../../src/i18n/story-issues.ts';
import { quotedWords, validateStory, type Story } from '../../src/story/story-schema.ts';
import { excerptWords } from '../../src/story/story-text.ts';

/** The shipped briefing sequence (`data/story.json`) against the registry, the plan text and the built catalog. */

const CATALOG = 'public/geo/catalog.json';
const catalogIds = (): string[] =>
  existsSync(CATALOG) ? Object.keys(JSON.parse(readFileSync(CATALOG, 'utf8')).features ?? {}) : [];
const validation = validateStory(storyJson, { layerIds: LAYER_IDS, provisionText: (n) => getProvision(n)?.text });
const story = validation.story as Story;
const ZH_FIELDS = ['title_zh', 'caption_zh', 'notes_zh'] as const;

describe('data/story.json', () => {
  it('validates against the registry and the plan text, as the current version (not migrated)', () => {
    expect(validation.issues.map((i) => issueText(i, 'en'))).toEqual([]);
    expect(storyJson.version).toBe(2);
    expect(validation.migratedFrom).toBeNull();
  });

  it('writes every text in both languages (the built-in briefing is the example a presenter starts from)', () => {
    const empty = story.steps.flatMap((s) =>
      (['title_zh', 'title_en', 'caption_zh', 'caption_en', 'notes_zh', 'notes_en'] as const).filter((k) => !s[k].trim()).map((k) => `${s.id}.${k}`),
    );
    expect(empty).toEqual([]);
    expect(story.title_zh && story.title_en).toBeTruthy();
  });

  it('tells the default story in eight steps, region first and residents last', () => {
    expect(story.steps.map((s) => s.id)).toEqual([
      'region',
      'urban-structure',
      'ecology',
      'industry',
      'transport',
      'projects',
      'culture',
      'residents',
    ]);
  });

  it('uses only layer ids that exist in the registry', () => {
    const unknown = story.steps.flatMap((s) => s.layers.filter((l) => !LAYER_IDS.includes(l)).map((l) => `${s.id}: ${l}`));
    expect(unknown).toEqual([]);
  });

  it('cites only provisions 1–53, and cites the ones the briefing is about', () => {
    const all = story.steps.flatMap((s) => s.provisions);
    expect(all.every((p) => Number.isInteger(p) && p >= 1 && p <= 53)).toBe(true);
    const byId = Object.fromEntries(story.steps.map((s) => [s.id, s.provisions]));
    expect(byId.region).toContain(3);
    expect(byId.industry).toContain(22);
    expect(byId.transport).toEqual(expect.arrayContaining([1, 37]));
  });

  it('quotes by offsets whose words are the ones the file shows beside them', () => {
    const raw = storyJson.steps.flatMap((s) => s.excerpts.map((x) => ({ id: s.id, ...x })));
    const moved = raw.filter((x) => getProvision(x.p)!.text.slice(x.start, x.end) !== x.text).map((x) => `${x.id} (${x.p}): ${x.text}`);
    expect(moved).toEqual([]);
    expect(story.steps.every((s) => s.excerpts.length > 0)).toBe(true);
    expect(story.steps.flatMap((s) => s.excerpts.map((x) => excerptWords(x)))).not.toContain('');
  });

  it('repeats the plan’s own words verbatim wherever a Chinese title, caption or note puts them in “”', () => {
    const planText = PLAN.provisions.map((p) => p.text).join('\n');
    const notVerbatim = story.steps.flatMap((s) =>
      ZH_FIELDS.flatMap((k) => quotedWords(s[k]).filter((w) => !planText.includes(w)).map((w) => `${s.id}.${k}: “${w}”`)),
    );
    expect(notVerbatim).toEqual([]);
    // The slogans the steps are named after are actually quoted, so the check above has something to check.
    expect(story.steps.flatMap((s) => quotedWords(s.title_zh))).toEqual(
      expect.arrayContaining(['四大经济圈', '一主一副、一核两翼', '两屏四带多点', '一横三纵四环三枢纽']),
    );
  });

  it('keeps captions short enough to read from the back of a room', () => {
    for (const s of story.steps) {
      expect([...s.caption_zh].length, s.id).toBeLessThanOrEqual(60);
      expect(s.caption_en.length, s.id).toBeLessThanOrEqual(200);
    }
  });

  it.skipIf(catalogIds().length === 0)('highlights only features that exist in the built catalog', () => {
    const r = validateStory(storyJson, { featureIds: catalogIds() });
    expect(r.issues.map((i) => issueText(i, 'en'))).toEqual([]);
  });
});
