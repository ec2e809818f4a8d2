import { describe, expect, it } from 'vitest';
import { getProvision } from '../../src/plan/plan-data.ts';
import { STORY } from '../../src/story/story-data.ts';
import {
  addExcerpt,
  appendStory,
  captureStep,
  deleteStep,
  duplicateStep,
  emptyStory,
  FALLBACK_VIEW,
  insertStep,
  moveItem,
  moveStep,
  newStepId,
  recaptureStep,
  removeExcerpt,
  restoreStep,
  uncite,
  updateStep,
  type CaptureSource,
} from '../../src/story/story-edit.ts';
import { MAX_STEPS, validateStory, type Story } from '../../src/story/story-schema.ts';
import { excerptWords, findWords, rangesOverlap, stepText, storyTitle, trimRange } from '../../src/story/story-text.ts';

/** Editing a draft without a browser: capture, reorder, duplicate, delete and restore, quote, append. */

const SRC: CaptureSource = {
  view: { zoom: 9.456789, lat: 40.8123456, lng: 111.6543219, bearing: -0.01, pitch: 0 },
  visibleLayers: ['industry-parks', 'industry-belts', 'industry-parks'],
  selectedFeature: 'park-jinshan',
  highlighted: ['airport-shengle', 'park-jinshan'],
  filters: { sectors: ['dairy'], statuses: [], districts: ['150105'] },
  provision: 22,
};
const ORDER = ['industry-belts', 'ecology-water', 'industry-parks'];
const builtin = STORY as Story;
const ids = (s: Story) => s.steps.map((x) => x.id);
const three = (): Story => ({ ...builtin, steps: builtin.steps.slice(0, 3) });

describe('captureStep', () => {
  it('records the view (rounded as the URL does), layers in registry order, selection, filters and open provision', () => {
    const s = captureStep(SRC, 'step-a', ORDER);
    expect(s.camera).toEqual({ center: [111.65432, 40.81235], zoom: 9.46, bearing: 0, pitch: 0 });
    expect(s.layers).toEqual(['industry-belts', 'industry-parks']);
    expect(s.highlight).toEqual(['park-jinshan', 'airport-shengle']);
    expect(s.filters).toEqual(SRC.filters);
    expect(s.filters).not.toBe(SRC.filters);
    expect(s.provisions).toEqual([22]);
    expect(s.excerpts).toEqual([]);
    expect([s.title_zh, s.title_en, s.caption_zh, s.notes_en]).toEqual(['', '', '', '']);
  });

  it('uses the whole city when the map has not reported a view, and validates as a draft step', () => {
    const s = captureStep({ ...SRC, view: null, provision: null }, 'step-b');
    expect(s.camera.center).toEqual([FALLBACK_VIEW.lng, FALLBACK_VIEW.lat]);
    expect(s.provisions).toEqual([]);
    const r = validateStory({ ...emptyStory({ zh: '', en: '' }), steps: [s] }, { layerIds: ORDER });
    expect(r.issues).toEqual([]);
  });

  it('recapture replaces the map part and keeps texts and quotations', () => {
    const step = { ...builtin.steps[3], title_zh: '我的标题' };
    const again = recaptureStep(step, captureStep(SRC, step.id, ORDER));
    expect(again.title_zh).toBe('我的标题');
    expect(again.excerpts).toEqual(step.excerpts);
    expect(again.layers).toEqual(['industry-belts', 'industry-parks']);
    expect(again.provisions).toEqual([22]);
  });
});

describe('step ids', () => {
  it('are kebab-case, unique, and survive a random source that keeps repeating itself', () => {
    expect(newStepId([], () => 0.5)).toMatch(/^step-[0-9a-z]{4}$/);
    const taken = new Set(['step-0000']);
    const id = newStepId(taken, () => 0);
    expect(taken.has(id)).toBe(false);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('reordering', () => {
  it('moves an item forwards and backwards, leaving the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('clamps the destination and ignores a source outside the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('any sequence of moves is a permutation (nothing lost, nothing doubled)', () => {
    let list = Array.from({ length: 9 }, (_, i) => `s${i}`);
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 500; k++) list = moveItem(list, Math.floor(rand() * 11) - 1, Math.floor(rand() * 11) - 1);
    expect([...list].sort()).toEqual(Array.from({ length: 9 }, (_, i) => `s${i}`));
  });

  it('moves steps without changing the input story', () => {
    const s = three();
    const before = ids(s);
    expect(ids(moveStep(s, 2, 0))).toEqual([before[2], before[0], before[1]]);
    expect(ids(s)).toEqual(before);
  });
});

describe('duplicate, delete, restore, update', () => {
  it('duplicates a step right after itself, as a deep copy under a new id', () => {
    const s = duplicateStep(three(), builtin.steps[1].id, 'copy');
    expect(ids(s)).toEqual([builtin.steps[0].id, builtin.steps[1].id, 'copy', builtin.steps[2].id]);
    expect(s.steps[2].excerpts).toEqual(s.steps[1].excerpts);
    expect(s.steps[2].excerpts).not.toBe(s.steps[1].excerpts);
    expect(s.steps[2].camera.center).not.toBe(s.steps[1].camera.center);
  });

  it('deletes a step and puts it back where it was', () => {
    const s = three();
    const { story, removed } = deleteStep(s, s.steps[1].id);
    expect(ids(story)).toEqual([s.steps[0].id, s.steps[2].id]);
    expect(removed?.index).toBe(1);
    expect(ids(restoreStep(story, removed!))).toEqual(ids(s));
    expect(deleteStep(s, 'nope')).toEqual({ story: s, removed: null });
  });

  it('renames a restored step whose id was taken meanwhile', () => {
    const s = three();
    const { story, removed } = deleteStep(s, s.steps[0].id);
    const taken = insertStep(story, { ...removed!.step }, 0);
    const back = restoreStep(taken, removed!);
    expect(new Set(ids(back)).size).toBe(4);
  });

  it('updates texts but never the id', () => {
    const s = updateStep(three(), builtin.steps[0].id, { title_en: 'New', id: 'x' } as never);
    expect(s.steps[0]).toMatchObject({ id: builtin.steps[0].id, title_en: 'New' });
  });

  it('refuses a step past the limit', () => {
    const full = { ...builtin, steps: Array.from({ length: MAX_STEPS }, (_, i) => ({ ...builtin.steps[0], id: `s${i}` })) };
    expect(insertStep(full, { ...builtin.steps[0], id: 'more' })).toBe(full);
    expect(appendStory(full, three())).toBeNull();
  });

  it('appends another briefing with ids made unique', () => {
    const joined = appendStory(three(), three())!;
    expect(joined.steps).toHaveLength(6);
    expect(new Set(ids(joined)).size).toBe(6);
    expect(joined.title_zh).toBe(builtin.title_zh);
  });
});

describe('quotations', () => {
  const p22 = getProvision(22)!.text;
  const base = captureStep(SRC, 'q', ORDER);
  const range = findWords(p22, '打造两千亿级中部产业带')!;

  it('adds a quotation as offsets whose words are the plan’s', () => {
    const r = addExcerpt(base, { p: 22, ...range });
    if (!('step' in r)) throw new Error('refused');
    expect(excerptWords(r.step.excerpts[0])).toBe('打造两千亿级中部产业带');
  });

  it('cites the provision of a quotation from another provision', () => {
    const p1 = findWords(getProvision(1)!.text, '两屏四带多点')!;
    const r = addExcerpt(base, { p: 1, ...p1 });
    expect('step' in r && r.step.provisions).toEqual([22, 1]);
  });

  it('refuses the same words twice and overlapping words', () => {
    const once = addExcerpt(base, { p: 22, ...range });
    if (!('step' in once)) throw new Error('refused');
    expect(addExcerpt(once.step, { p: 22, ...range })).toEqual({ refused: 'duplicate' });
    expect(addExcerpt(once.step, { p: 22, start: range.start + 2, end: range.end + 4 })).toEqual({ refused: 'overlap' });
  });

  it('removes a quotation, and un-citing a provision removes its quotations', () => {
    const once = addExcerpt(base, { p: 22, ...range });
    if (!('step' in once)) throw new Error('refused');
    expect(removeExcerpt(once.step, 0).excerpts).toEqual([]);
    expect(uncite(once.step, 22)).toMatchObject({ provisions: [], excerpts: [] });
  });
});

describe('offsets ↔ quote', () => {
  it('trims white space (ASCII, ideographic, line breaks) from a selection', () => {
    const text = 'ab\n\u3000 词语 \ncd';
    expect(trimRange(text, 2, 9)).toEqual({ start: 5, end: 7 });
    expect(text.slice(5, 7)).toBe('词语');
    expect(trimRange(text, 2, 4)).toBeNull();
  });

  it('accepts a selection made backwards and clamps it to the text', () => {
    expect(trimRange('abcdef', 4, 1)).toEqual({ start: 1, end: 4 });
    expect(trimRange('abc', -3, 99)).toEqual({ start: 0, end: 3 });
  });

  it('never cuts a character outside the basic plane in two', () => {
    const text = 'a𠀀b';
    expect(trimRange(text, 2, 4)).toEqual({ start: 1, end: 4 });
    expect(trimRange(text, 0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('finds quoted words and reads them back from the offsets', () => {
    const p3 = getProvision(3)!.text;
    const r = findWords(p3, '四大经济圈')!;
    expect(excerptWords({ p: 3, ...r })).toBe('四大经济圈');
    expect(findWords(p3, '不在原文里的字')).toBeNull();
    expect(findWords(p3, '')).toBeNull();
  });

  it('reads nothing from offsets past the end of the text', () => {
    expect(excerptWords({ p: 3, start: 10, end: 1e6 })).toBe('');
  });

  it('tells whether two ranges share a character', () => {
    expect(rangesOverlap({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(rangesOverlap({ start: 0, end: 4 }, { start: 3, end: 5 })).toBe(true);
  });
});

describe('texts in the interface language, falling back to the other', () => {
  const step = { ...builtin.steps[0], title_en: '', caption_zh: '', notes_zh: '  ', notes_en: 'Notes' };

  it('shows the interface language’s text when present, otherwise the other language’s', () => {
    expect(stepText(step, 'en')).toMatchObject({ title: step.title_zh, titleLang: 'zh', caption: step.caption_en, captionLang: 'en' });
    expect(stepText(step, 'zh')).toMatchObject({ title: step.title_zh, titleLang: 'zh', caption: step.caption_en, captionLang: 'en', notes: 'Notes' });
  });

  it('does the same for the briefing’s title', () => {
    expect(storyTitle({ title_zh: '', title_en: 'Mine' }, 'zh')).toBe('Mine');
    expect(storyTitle({ title_zh: '我的', title_en: 'Mine' }, 'zh')).toBe('我的');
  });
});
