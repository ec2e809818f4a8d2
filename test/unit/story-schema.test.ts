import { describe, expect, it } from 'vitest';
import { quotedWords, validateStory } from '../../src/story/story-schema.ts';

/** The story validator: bad input gets a clear message naming the step and field. */

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
  excerpts: [{ p: 22, text: '打造两千亿级中部产业带' }],
  notes_zh: '',
  notes_en: '',
  essential_motion: false,
  ...over,
});
const story = (steps: unknown[]) => ({
  version: 1,
  title_zh: '简报',
  title_en: 'Briefing',
  settings: { kiosk_advance_s: 30, kiosk_idle_reset_s: 90 },
  steps,
});
const text = (n: number) => (n === 22 ? '(22)…打造两千亿级中部产业带。' : n >= 1 && n <= 53 ? '' : undefined);

describe('validateStory', () => {
  it('accepts a minimal valid story', () => {
    const r = validateStory(story([step()]), { layerIds: ['industry-belts'], provisionText: text });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('rejects something that is not an object', () => {
    expect(validateStory('x').errors).toEqual(['story: expected a JSON object']);
  });

  it('names the step and field of an unknown layer', () => {
    const r = validateStory(story([step({ layers: ['no-such-layer'] })]), { layerIds: ['industry-belts'] });
    expect(r.errors).toEqual(['step 1 (one).layers[0]: unknown layer "no-such-layer"']);
  });

  it('rejects provision numbers outside 1–53', () => {
    const r = validateStory(story([step({ provisions: [22, 54], excerpts: [] })]));
    expect(r.errors).toEqual(['step 1 (one).provisions[1]: expected 1–53, got 54']);
  });

  it('rejects an excerpt that is not verbatim', () => {
    const r = validateStory(story([step({ excerpts: [{ p: 22, text: '打造2000亿级中部产业带' }] })]), { provisionText: text });
    expect(r.errors[0]).toMatch(/not found verbatim in provision \(22\)/);
  });

  it('accepts an excerpt with its English words, and rejects empty ones', () => {
    const en = { p: 22, text: '打造两千亿级中部产业带', text_en: 'create a 200-billion-yuan central industrial belt' };
    expect(validateStory(story([step({ excerpts: [en] })]), { provisionText: text }).errors).toEqual([]);
    const r = validateStory(story([step({ excerpts: [{ ...en, text_en: ' ' }] })]), { provisionText: text });
    expect(r.errors).toEqual(['step 1 (one).excerpts[0].text_en: expected the English words (a non-empty string) or no text_en']);
  });

  it('rejects an excerpt of a provision the step does not cite', () => {
    const r = validateStory(story([step({ provisions: [1] })]));
    expect(r.errors).toEqual(['step 1 (one).excerpts[0]: provision (22) is quoted but not listed in provisions']);
  });

  it('rejects a camera given as [lat, lng]', () => {
    const r = validateStory(story([step({ camera: { center: [40.8, 111.7], zoom: 9, bearing: 0, pitch: 0 } })]));
    expect(r.errors).toEqual(['step 1 (one).camera.center: out of range: [40.8, 111.7] (is it [lng, lat]?)']);
  });

  it('rejects highlight ids that are not in the catalog when the catalog is given', () => {
    const r = validateStory(story([step({ highlight: ['park-jinshan', 'ghost'] })]), { featureIds: ['park-jinshan'] });
    expect(r.errors).toEqual(['step 1 (one).highlight[1]: no feature "ghost" in the catalog']);
  });

  it('rejects duplicate step ids and bad kiosk timings', () => {
    const s = story([step(), step()]);
    (s.settings as Record<string, unknown>).kiosk_advance_s = 1;
    const r = validateStory(s);
    expect(r.errors).toEqual([
      'settings.kiosk_advance_s: expected seconds between 5 and 3600, got 1',
      'step 2 (one).id: duplicate id "one"',
    ]);
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
