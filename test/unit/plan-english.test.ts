import { describe, expect, it } from 'vitest';
import {
  buildEnglishMentions,
  checkEnglishPlan,
  englishMentionsOf,
  englishProvision,
  mentionCandidates,
  nameForms,
  unwrapQuotes,
  wordOccurrences,
  type AlignedParagraph,
  type Glossary,
  type PlanEnFile,
} from '../../src/plan/english.ts';
import { PLAN_EN_FILE, GLOSSARY } from '../../src/plan/english-data.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import { searchProvisions } from '../../src/plan/search.ts';
import { arabicForms, countForm, formHits, glossaryProblems, numberProblems, type NumberForms } from '../../src/plan/translation-checks.ts';
import type { Provision } from '../../src/plan/types.ts';

const prov = (number: number, text: string, titleEnd: number): Provision => ({
  id: `p${number}`,
  number,
  chapter: 1,
  title: 'x',
  text,
  title_start: `(${number})`.length,
  title_end: titleEnd,
});
const para = (zh: string, en: string): AlignedParagraph => ({ id: 'p1', p: 1, index: 0, zh, en });
const NO_GLOSSARY: Pick<Glossary, 'terms' | 'names'> = { terms: [], names: [] };

describe('englishProvision', () => {
  it('shapes the English like the Chinese: number prefix, title sentence, paragraphs separated by a blank line', () => {
    const zh = PLAN.provisions[3];
    const en = englishProvision(zh, { number: 4, title: 'Main goals', paragraphs: ['First.', '— Second.'] });
    expect(en.text).toBe('(4) Main goals. First.\n\n— Second.');
    expect(en.text.slice(en.title_start, en.title_end)).toBe('Main goals.');
    expect(en.title).toBe('Main goals');
    expect([en.id, en.number, en.chapter]).toEqual([zh.id, zh.number, zh.chapter]);
  });
});

describe('checkEnglishPlan', () => {
  const clone = (): PlanEnFile => JSON.parse(JSON.stringify(PLAN_EN_FILE)) as PlanEnFile;

  it('accepts the stored translation', () => {
    expect(checkEnglishPlan(PLAN_EN_FILE, PLAN, GLOSSARY)).toEqual([]);
  });

  it('reports a provision with a paragraph missing', () => {
    const f = clone();
    f.provisions[3].paragraphs.pop();
    expect(checkEnglishPlan(f, PLAN, GLOSSARY)).toEqual(['provision 4: 10 paragraphs, the Chinese has 11']);
  });

  it('reports a missing provision, an empty paragraph, Chinese left in the text and a stale source', () => {
    const f = clone();
    f.provisions.splice(10, 1);
    f.provisions[0].paragraphs[0] = ' ';
    f.closing = '全市各级党组织 …';
    f.source_sha256 = 'abc';
    const problems = checkEnglishPlan(f, PLAN, GLOSSARY);
    expect(problems).toContain('provision 1 paragraph 1: empty');
    expect(problems).toContain('closing: contains Chinese characters');
    expect(problems).toContain('52 provisions, the plan has 53');
    expect(problems).toContain('provisions[10]: expected provision 11');
    expect(problems.some((p) => p.startsWith('source_sha256 abc'))).toBe(true);
  });

  it('allows Chinese characters only inside a glossary form that has them', () => {
    expect(PLAN_EN_FILE.provisions[37].paragraphs[0]).toContain('“H + 回”');
    const f = clone();
    f.provisions[37].paragraphs[0] += ' 回';
    expect(checkEnglishPlan(f, PLAN, GLOSSARY)).toEqual(['provision 38 paragraph 1: contains Chinese characters']);
  });
});

describe('wordOccurrences', () => {
  it('matches whole words, case-, quote- and dash-insensitively, with a plural ending', () => {
    const text = 'Two National Regional Medical Centres and the “Hohhot–Baotou” link; a centre-piece';
    expect(wordOccurrences(text, 'national regional medical centre').map((r) => text.slice(r.start, r.end))).toEqual([
      'National Regional Medical Centres',
    ]);
    expect(wordOccurrences(text, '"Hohhot-Baotou"')).toHaveLength(1);
    expect(wordOccurrences(text, 'entre')).toEqual([]);
    // A hyphen ends a word: `centre-piece` has `centre`.
    expect(wordOccurrences(text, 'centre')).toHaveLength(2);
  });
});

describe('nameForms and mentionCandidates', () => {
  it('derives the running-text forms of a map name', () => {
    expect(nameForms('Da Zhao Monastery (Wuliang Si)')).toEqual(['Da Zhao Monastery (Wuliang Si)', 'Da Zhao Monastery']);
    expect(nameForms('The core: central urban area')).toContain('central urban area');
    expect(nameForms('Haidian District, Beijing')).not.toContain('Haidian District');
    expect(nameForms('Haidian District, Beijing', true)).toContain('Haidian District');
    expect(nameForms('"H + 回" reclaimed-water pipe network')[0]).toBe('"H + 回" reclaimed-water pipe network');
    expect(unwrapQuotes('“两小时创新圈”')).toBe('两小时创新圈');
    expect(unwrapQuotes('“H+回”型')).toBe('“H+回”型');
  });

  it('tries the glossary for the exact words first, then the map names, then glossary words inside the mention', () => {
    const names = new Map([['a', { name_zh: '沙良物流园', name_en: 'Shaliang Logistics Park' }]]);
    const glossary = { terms: [{ zh: '两小时创新圈', en: 'two-hour innovation circle', literal: '', explained: '' }], names: [{ zh: '沙良', en: 'Shaliang' }] };
    expect(mentionCandidates('“两小时创新圈”', [], names, glossary)).toEqual(['two-hour innovation circle']);
    expect(mentionCandidates('升级沙良物流园功能', ['a'], names, glossary)).toEqual(['Shaliang Logistics Park', 'Shaliang']);
  });
});

describe('buildEnglishMentions', () => {
  const zh = [prov(1, '(1)x。建设大黑河郊野公园,治理大黑河和小黑河。', 5)];
  const en = [englishProvision(zh[0], { number: 1, title: 'X', paragraphs: ['Build the Dahei River Country Park; manage the Dahei River and the Xiaohei River.'] })];
  const names = new Map([
    ['park', { name_zh: '大黑河郊野公园', name_en: 'Dahei River Country Park' }],
    ['dahei', { name_zh: '大黑河', name_en: 'Dahei River' }],
    ['xiaohei', { name_zh: '小黑河', name_en: 'Xiaohei River' }],
    ['nowhere', { name_zh: '不存在', name_en: 'Nowhere Lake' }],
  ]);
  const index = {
    1: [
      { start: 7, end: 14, ids: ['park'] },
      { start: 17, end: 20, ids: ['dahei'] },
      { start: 21, end: 24, ids: ['nowhere', 'xiaohei'] },
    ],
  };

  it('links each Chinese mention to its English words in the aligned paragraph, longest names first', () => {
    const { index: out, missing } = buildEnglishMentions(zh, en, index, names, NO_GLOSSARY);
    expect(missing).toEqual([]);
    expect(out[1].map((s) => [en[0].text.slice(s.start, s.end), s.ids])).toEqual([
      ['Dahei River Country Park', ['park']],
      ['Dahei River', ['dahei']],
      ['Xiaohei River', ['nowhere', 'xiaohei']],
    ]);
    expect(englishMentionsOf(out, en, 'dahei')).toEqual([{ p: 1, text: 'Dahei River' }]);
  });

  it('lists a mention whose English is not in the paragraph as missing', () => {
    const bare = [englishProvision(zh[0], { number: 1, title: 'X', paragraphs: ['Build the country park; manage the rivers.'] })];
    const { index: out, missing } = buildEnglishMentions(zh, bare, index, names, NO_GLOSSARY);
    expect(out[1]).toBeUndefined();
    expect(missing.map((m) => m.words)).toEqual(['大黑河郊野公园', '大黑河', '小黑河']);
  });

  it('picks, of several occurrences, the one nearest the Chinese position', () => {
    const z = [prov(1, '(1)x。北京和天津,再到北京。', 5)];
    const e = [englishProvision(z[0], { number: 1, title: 'X', paragraphs: ['Beijing and Tianjin, and then Beijing again.'] })];
    const n = new Map([['bj', { name_zh: '北京', name_en: 'Beijing' }]]);
    const { index: out } = buildEnglishMentions(z, e, { 1: [{ start: 13, end: 15, ids: ['bj'] }] }, n, NO_GLOSSARY);
    expect(out[1][0].start).toBe(e[0].text.lastIndexOf('Beijing'));
  });
});

describe('number checks', () => {
  const forms: NumberForms = {
    about: '',
    forms: [
      { zh: '千亿级', en: '100-billion-yuan' },
      { zh: '两千亿级', en: '200-billion-yuan' },
      { zh: '第七届', en: '7th' },
    ],
    not_numbers: [{ zh: '新一代', reason: 'not a count' }],
  };

  it('converts figures with 亿, 万, 千伏 and % and accepts thousands separators', () => {
    expect(arabicForms('4000', '亿')).toEqual(['400 billion']);
    expect(arabicForms('30.4', '万')).toEqual(['304,000', '304000']);
    expect(arabicForms('500', '千伏')).toEqual(['500 kV']);
    expect(arabicForms('1115', '')).toEqual(['1115', '1,115']);
    expect(countForm('82nd and 1,820 and 82', '82')).toBe(2);
  });

  it('passes a faithful rendering', () => {
    const p = para('地区生产总值突破4000亿元,位列第82位,城镇化率突破80%,获评第七届文明城市,打造两千亿级和千亿级产业带,新一代技术。', 'GDP passed 400 billion yuan, ranked 82nd, urbanisation passed 80%, named in the 7th round, a 200-billion-yuan and a 100-billion-yuan belt, new-generation technology.');
    expect(numberProblems(p, forms, [])).toEqual([]);
  });

  it('fails on a figure left out, a wrong conversion, a count short and an uncovered Chinese numeral', () => {
    const p = para('突破4000亿元,新增就业30.4万人,第七届,打造两千亿级和两千亿级产业带,建成七个中心。', 'passed 4,000 billion, 304 thousand jobs, 7th, two 200-billion-yuan belts, seven centres.');
    expect(numberProblems(p, forms, [])).toEqual([
      '(1) ¶1: no number form for “建成七个中”',
      '(1) ¶1: 4000亿 → “400 billion” 1× in the Chinese, 0× in the English',
      '(1) ¶1: 30.4万 → “304,000” 1× in the Chinese, 0× in the English',
      '(1) ¶1: 两千亿级 → “200-billion-yuan” 2× in the Chinese, 1× in the English',
    ]);
  });

  it('lets a glossary term cover the numerals inside it', () => {
    const p = para('构建“两屏四带多点”的布局,建设三线。', 'the layout of “two screens, four belts, many points”.');
    const slogans = [{ zh: '两屏四带多点', en: 'two screens, four belts, many points' }];
    expect(numberProblems(p, forms, slogans)).toEqual(['(1) ¶1: no number form for “建设三线。”']);
  });
});

describe('glossary checks', () => {
  const entries = [
    { zh: '千亿级', en: '100-billion-yuan' },
    { zh: '两千亿级', en: '200-billion-yuan' },
    { zh: '首府', en: 'capital' },
  ];

  it('takes the longest term where terms overlap', () => {
    expect(formHits('打造两千亿级产业带', entries).map((h) => h.form.zh)).toEqual(['两千亿级']);
  });

  it('fails when a term of the Chinese is not in its fixed English form', () => {
    expect(glossaryProblems(para('首府打造两千亿级产业带', 'The capital builds a 200-billion-yuan belt.'), entries)).toEqual([]);
    expect(glossaryProblems(para('首府打造两千亿级产业带', 'Hohhot builds a ¥200 billion belt.'), entries)).toEqual([
      '(1) ¶1: 首府 → “capital” missing',
      '(1) ¶1: 两千亿级 → “200-billion-yuan” missing',
    ]);
  });
});

describe('English search', () => {
  const en = [englishProvision(PLAN.provisions[21], { number: 22, title: 'Cluster the industrial parks', paragraphs: ['Link the Yulong Industrial Park and the spark of the Hohhot–Baotou corridor.'] })];

  it('matches words from their start, case-insensitively', () => {
    const r = searchProvisions(en, 'PARK', 'word-start');
    expect(r.hits[0].spans.map((s) => en[0].text.slice(s.start, s.end))).toEqual(['park', 'Park']);
  });

  it('folds dashes so that a typed hyphen finds an en dash', () => {
    expect(searchProvisions(en, 'hohhot-baotou', 'word-start').total).toBe(1);
  });

  it('still matches anywhere in substring mode (Chinese)', () => {
    expect(searchProvisions(en, 'ark', 'substring').total).toBe(3);
    expect(searchProvisions(en, 'ark', 'word-start').total).toBe(0);
  });
});

describe('English snippets', () => {
  it('widens a window to whole words', async () => {
    const { makeSnippets } = await import('../../src/plan/search.ts');
    const text = 'Keep enlarging the one valley, one park; raise the competitiveness of leading dairy enterprises.';
    const at = text.indexOf('dairy');
    const [w] = makeSnippets(text, [{ start: at, end: at + 5 }], 20, 1, 0, true);
    expect(text.slice(w.start, w.end)).toBe('competitiveness of leading dairy enterprises.');
    const [c] = makeSnippets(text, [{ start: at, end: at + 5 }], 20, 1, 0);
    expect(text.slice(c.start, c.end)).toBe('tiveness of leading dairy enterprises.');
  });
});
