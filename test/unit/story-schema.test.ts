import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/story-issues.ts';
import { quotedWords, STORY_VERSION, validateStory, type StoryContext } from '../../src/story/story-schema.ts';

/** The story validator: versions 1 and 2, migration, and a clear message naming the step and field for bad input. */

const P22 = '(22)推动工业园区集聚成势。打造两千亿级中部产业带，打造千亿级北部产业带。';
const text = (n: number) => (n === 22 ? P22 : n >= 1 && n <= 53 ? `(${n})其他条目。` : undefined);
const at = (words: string) => ({ start: P22.indexOf(words), end: P22.indexOf(words) + words.length });

const step = (over: Record<string, unknown> = {}) => ({
  id: 'one',
  title_zh: '标题',
  title_en: 'Title',
  caption_zh: '说明',
  caption_en: 'Caption',
  camera: { center: [111.7, 40.8], zoom: 9, bearing: 0, pitch: 0 },
  layers: ['industry-belts'],
  highlight: [],
  provisions: [22],
  excerpts: [{ p: 22, ...at('打造两千亿级中部产业带') }],
  notes_zh: '',
  notes_en: '',
  essential_motion: false,
  ...over,
});
const story = (steps: unknown[], over: Record<string, unknown> = {}) => ({
  version: 2,
  title_zh: '简报',
  title_en: 'Briefing',
  settings: { kiosk_advance_s: 30, kiosk_idle_reset_s: 90 },
  steps,
  ...over,
});
const CTX: StoryContext = {
  layerIds: ['industry-belts', 'industry-parks'],
  featureIds: ['park-jinshan'],
  provisionText: text,
  filterValues: { sectors: ['dairy', 'silicon'], statuses: ['planned'], districts: ['150105', 'outside'] },
};
/** The English messages of a validation, as the briefing and the editor would show them. */
const messages = (input: unknown, ctx: StoryContext = CTX) => validateStory(input, ctx).issues.map((i) => issueText(i, 'en'));

describe('validateStory: version 2', () => {
  it('accepts a minimal valid story and fills what may be left out', () => {
    const r = validateStory(story([{ id: 'a', camera: { center: [111.7, 40.8], zoom: 9 } }]), CTX);
    expect(r.issues).toEqual([]);
    expect(r.story?.version).toBe(STORY_VERSION);
    expect(r.story?.steps[0]).toEqual({
      id: 'a',
      title_zh: '',
      title_en: '',
      caption_zh: '',
      caption_en: '',
      notes_zh: '',
      notes_en: '',
      camera: { center: [111.7, 40.8], zoom: 9, bearing: 0, pitch: 0 },
      layers: [],
      highlight: [],
      filters: { sectors: [], statuses: [], districts: [] },
      provisions: [],
      excerpts: [],
      essential_motion: false,
    });
  });

  it('keeps a quotation’s offsets and its optional English rendering', () => {
    const r = validateStory(story([step({ excerpts: [{ p: 22, ...at('打造千亿级北部产业带'), text_en: 'a northern belt' }] })]), CTX);
    expect(r.story?.steps[0].excerpts).toEqual([{ p: 22, ...at('打造千亿级北部产业带'), text_en: 'a northern belt' }]);
  });

  it('rejects something that is not an object, and a file with no version', () => {
    expect(messages('x')).toEqual(['Briefing: not a briefing: expected a JSON object']);
    expect(messages({ steps: [] })).toEqual(['Version: no version number: this is not a briefing file of this map']);
  });

  it('says a newer version is newer, and stops there', () => {
    expect(messages(story([step()], { version: 3, steps: 'whatever' }))).toEqual([
      'Version: made by a newer version of this map (version 3; this page reads up to version 2). Reload the page to update, or ask for a file saved by this version',
    ]);
  });

  it('names the step and the field of an unknown layer, feature or filter value', () => {
    const bad = step({ layers: ['no-such-layer'], highlight: ['ghost'], filters: { sectors: ['tea'] } });
    expect(messages(story([bad]))).toEqual([
      'Step 1 (“one”) · layers, item 1: this map has no layer “no-such-layer”',
      'Step 1 (“one”) · highlighted features, item 1: this map has no feature “ghost”',
      'Step 1 (“one”) · sector filter, item 1: this map has no filter value “tea”',
    ]);
  });

  it('says the same in Chinese, with the step’s title', () => {
    const r = validateStory(story([step({ layers: ['no-such-layer'] })]), CTX);
    expect(issueText(r.issues[0], 'zh', () => '产业带')).toBe('第 1 步（“产业带”） · 图层第 1 项：本地图没有图层“no-such-layer”');
  });

  it('never resolves ids through Object.prototype (constructor, __proto__, hasOwnProperty …)', () => {
    const r = validateStory(
      story([step({ layers: ['constructor', 'tostring'], highlight: ['hasownproperty'], filters: { sectors: ['valueof'], districts: ['constructor'] } })]),
      CTX,
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['layerUnknown', 'layerUnknown', 'featureUnknown', 'filterUnknown', 'filterUnknown']);
    // A parsed "__proto__" key is an own property: reported as unknown, not followed.
    const parsed = JSON.parse('{"version":2,"steps":[{"id":"a","camera":{"center":[111,40],"zoom":9},"__proto__":{"layers":["x"]}}]}');
    expect(messages(parsed)).toEqual(['Step 1 (“a”) · __proto__: unknown field “__proto__”']);
  });

  it('rejects provision numbers outside 1–53 and a quotation of a provision not cited', () => {
    expect(messages(story([step({ provisions: [22, 54] })]))).toEqual(['Step 1 (“one”) · cited provisions, item 2: expected a provision number 1–53, got 54']);
    expect(messages(story([step({ provisions: [1] })]))).toEqual([
      'Step 1 (“one”) · quotations, item 1: quotes provision (22), which is not among the cited provisions',
    ]);
  });

  it('rejects offsets past the end of the provision, reversed or blank', () => {
    expect(messages(story([step({ excerpts: [{ p: 22, start: 30, end: 999 }] })]))).toEqual([
      `Step 1 (“one”) · quotations, item 1: offsets 30–999 lie outside provision (22) (${P22.length} characters)`,
    ]);
    expect(messages(story([step({ excerpts: [{ p: 22, start: 9, end: 3 }] })]))).toEqual([
      'Step 1 (“one”) · quotations, item 1: start must come before end (9–3)',
    ]);
    expect(messages(story([step({ excerpts: [{ p: 22, start: -1, end: 3 }] })]))[0]).toMatch(/offsets -1–3 lie outside/);
    expect(messages(story([step({ excerpts: [{ p: 22, start: 1.5, end: 3 }] })]))[0]).toMatch(/expected \{p, start, end\}/);
  });

  it('rejects a hand edit whose words no longer stand at the offsets, and says where they are', () => {
    const moved = { p: 22, start: 0, end: 11, text: '打造两千亿级中部产业带' };
    const { start, end } = at('打造两千亿级中部产业带');
    expect(messages(story([step({ excerpts: [moved] })]))).toEqual([
      `Step 1 (“one”) · quotations, item 1: offsets 0–11 of provision (22) read “(22)推动工业园区集”, not “打造两千亿级中部产业带”; those words stand at ${start}–${end}`,
    ]);
  });

  it('accepts the words beside the offsets when they match (files written by the editor)', () => {
    const r = validateStory(story([step({ excerpts: [{ p: 22, ...at('打造两千亿级中部产业带'), text: '打造两千亿级中部产业带' }] })]), CTX);
    expect(r.issues).toEqual([]);
    expect(r.story?.steps[0].excerpts[0]).not.toHaveProperty('text');
  });

  it('rejects a camera given as [lat, lng], unknown fields, duplicate ids and bad kiosk timings', () => {
    const s = story([step({ camera: { center: [40.8, 111.7], zoom: 9 } }), step({ colour: 'red' })], { settings: { kiosk_advance_s: 1 } });
    expect(messages(s)).toEqual([
      'Auto-play interval: expected 5–3600 seconds, got 1',
      'Step 1 (“one”) · view centre: out of range: [40.8, 111.7] (is it [lat, lng]?)',
      'Step 2 (“one”) · colour: unknown field “colour”',
      'Step 2 (“one”) · id: duplicate id “one”',
    ]);
  });

  it('rejects an empty or overlong list of steps, but lets a draft have none', () => {
    expect(messages(story([]))).toEqual(['Steps: no steps: a briefing needs at least one']);
    expect(validateStory(story([]), { ...CTX, allowEmpty: true }).ok).toBe(true);
    const many = Array.from({ length: 31 }, (_, i) => step({ id: `s${i}` }));
    expect(messages(story(many))).toEqual(['Steps: at most 30 steps, got 31']);
  });

  it('rejects texts that are not strings or are too long for a slide', () => {
    expect(messages(story([step({ title_en: 7, caption_zh: '长'.repeat(201) })]))).toEqual([
      'Step 1 (“one”) · English title: expected text',
      'Step 1 (“one”) · Chinese caption: too long (201 characters; at most 200)',
    ]);
  });
});

describe('validateStory: version 1 (quotes as words) is read and migrated', () => {
  const v1 = (excerpts: unknown[]) => ({
    version: 1,
    title_zh: '简报',
    title_en: 'Briefing',
    settings: { kiosk_advance_s: 30, kiosk_idle_reset_s: 90 },
    steps: [{ ...step(), excerpts }],
  });

  it('turns each quotation’s words into the offsets of their first occurrence', () => {
    const r = validateStory(v1([{ p: 22, text: '打造千亿级北部产业带' }]), CTX);
    expect(r.issues).toEqual([]);
    expect(r.migratedFrom).toBe(1);
    expect(r.story?.version).toBe(2);
    expect(r.story?.steps[0].excerpts).toEqual([{ p: 22, ...at('打造千亿级北部产业带') }]);
    expect(r.story?.steps[0].filters).toEqual({ sectors: [], statuses: [], districts: [] });
  });

  it('keeps an English rendering given beside the words', () => {
    const r = validateStory(v1([{ p: 22, text: '打造千亿级北部产业带', text_en: 'build a northern belt' }]), CTX);
    expect(r.story?.steps[0].excerpts[0].text_en).toBe('build a northern belt');
  });

  it('rejects words that are not verbatim in the provision', () => {
    expect(messages(v1([{ p: 22, text: '打造2000亿级中部产业带' }]))).toEqual([
      'Step 1 (“one”) · quotations, item 1: “打造2000亿级中部产业带” is not in the text of provision (22)',
    ]);
  });

  it('does not read version 2 offsets-less quotations as words', () => {
    expect(messages(story([step({ excerpts: [{ p: 22, text: '打造千亿级北部产业带' }] })]))[0]).toMatch(/expected \{p, start, end\}/);
  });
});

describe('quotedWords', () => {
  it('returns the words inside Chinese double quotes', () => {
    expect(quotedWords('构建起“一主一副、一核两翼”的城市空间布局、“一横三纵四环三枢纽”')).toEqual([
      '一主一副、一核两翼',
      '一横三纵四环三枢纽',
    ]);
  });
});
