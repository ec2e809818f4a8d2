import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import numberFormsJson from '../../data/number-forms.json';
import storyJson from '../../data/story.json';
import { alignedParagraphs, checkEnglishPlan, wordOccurrences } from '../../src/plan/english.ts';
import { ENGLISH, GLOSSARY, PLAN_EN_FILE } from '../../src/plan/english-data.ts';
import { buildMentionData } from '../../src/plan/mentions.ts';
import { paragraphAt, paragraphRanges, paragraphTexts } from '../../src/plan/paragraphs.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import { glossaryProblems, numberProblems, type NumberForms } from '../../src/plan/translation-checks.ts';
import type { Story } from '../../src/story/story-schema.ts';

// The English edition against the Chinese it translates: complete and aligned paragraph by paragraph, every number
// and every glossary term rendered in its fixed form, every mention of a mapped place linked in English too.

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOG = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'catalog.json'), 'utf8')) as Catalog;
const EN = ENGLISH.plan;
const ALIGNED = alignedParagraphs(PLAN, EN);
const NUMBERS = numberFormsJson as NumberForms;
const GLOSSARY_FORMS = [...GLOSSARY.terms, ...GLOSSARY.names];
const MENTIONS = buildMentionData(PLAN.provisions, CATALOG);
const EN_MENTIONS = ENGLISH.mentions(MENTIONS.index, MENTIONS.names);
const hanCount = (s: string) => [...s.matchAll(/\p{Script=Han}/gu)].length;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the English edition is complete and aligned', () => {
  it('has the structure of the plan: 12 chapters, 53 provisions, the same paragraphs per provision', () => {
    expect(checkEnglishPlan(PLAN_EN_FILE, PLAN, GLOSSARY)).toEqual([]);
    expect(EN.chapters).toHaveLength(12);
    expect(EN.provisions).toHaveLength(53);
    for (const [i, p] of PLAN.provisions.entries()) {
      expect(paragraphTexts(EN.provisions[i].text).length, `provision ${p.number}`).toBe(paragraphTexts(p.text).length);
    }
  });

  it('translates every paragraph of the Chinese (title, preamble, headings, introductions, provisions, closing)', () => {
    expect(ALIGNED.length).toBe(1 + 1 + 12 + 11 + 63 + 1);
    expect(ALIGNED.filter((a) => !a.en.trim()).map((a) => a.id)).toEqual([]);
  });

  it('is a translation, not a summary: every paragraph is about as long as its Chinese', () => {
    // Plain English runs at about 0.6–0.75 words per Chinese character in this text; far less means something was
    // left out, far more that something was added.
    const off = ALIGNED.filter((a) => {
      const r = words(a.en) / Math.max(1, hanCount(a.zh));
      return hanCount(a.zh) >= 20 && (r < 0.45 || r > 1.1);
    }).map((a) => `${a.id} ¶${a.index + 1}: ${(words(a.en) / hanCount(a.zh)).toFixed(2)}`);
    expect(off).toEqual([]);
  });

  it('follows the Chinese text it was made for', () => {
    expect(PLAN_EN_FILE.source_sha256).toBe(PLAN.source.sha256);
  });

  it('carries its label in both languages', () => {
    expect(PLAN_EN_FILE.label_en).toBe('Unofficial English translation prepared for this map; the Chinese text is authoritative.');
    expect(PLAN_EN_FILE.label_zh).toBe('英文为本图非官方译文，以中文原文为准。');
  });
});

describe('numbers', () => {
  it('renders every number, percentage and year of a Chinese paragraph in its English paragraph', () => {
    expect(ALIGNED.flatMap((a) => numberProblems(a, NUMBERS, GLOSSARY.terms))).toEqual([]);
  });

  it('uses every conversion of the table somewhere (no stale entries)', () => {
    const zh = ALIGNED.map((a) => a.zh).join('\n');
    expect(NUMBERS.forms.filter((f) => !zh.includes(f.zh)).map((f) => f.zh)).toEqual([]);
  });
});

describe('glossary', () => {
  it('renders every glossary term and name of a Chinese paragraph in its fixed English form', () => {
    expect(ALIGNED.flatMap((a) => glossaryProblems(a, GLOSSARY_FORMS))).toEqual([]);
  });

  it('has one fixed form per term, each term used by the text, each with a literal and an explained form', () => {
    const zh = ALIGNED.map((a) => a.zh).join('\n');
    const keys = GLOSSARY_FORMS.map((g) => g.zh);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(GLOSSARY_FORMS.filter((g) => !zh.includes(g.zh)).map((g) => g.zh)).toEqual([]);
    expect(GLOSSARY.terms.filter((t) => !t.literal.trim() || !t.explained.trim() || !t.en.trim()).map((t) => t.zh)).toEqual([]);
  });

  it('names places as the map does: a name rendering is part of the map name of a place it stands for, or says why not', () => {
    const entries = [...Object.values(CATALOG.features), ...CATALOG.unplaced];
    const fold = (s: string) => s.toLowerCase().replace(/[“”"]/g, '"');
    const off = GLOSSARY.names
      .filter((n) => !n.note)
      .filter((n) => {
        const places = entries.filter((e) => e.name_zh.includes(n.zh) || e.mentions.some((m) => m.text.includes(n.zh)));
        return !places.some((e) => fold(e.name_en).includes(fold(n.en)));
      })
      .map((n) => `${n.zh} → ${n.en}`);
    expect(off).toEqual([]);
  });
});

describe('English mention links', () => {
  it('gives every Chinese mention an English span in the aligned paragraph, or lists it as an explained exception', () => {
    const excused = (m: { p: number; words: string }) =>
      GLOSSARY.mention_exceptions.some((x) => x.p === m.p && x.words === m.words && x.reason.trim());
    expect(EN_MENTIONS.missing.filter((m) => !excused(m)).map((m) => `(${m.p}) ${m.words} [${m.ids.join(' ')}]`)).toEqual([]);
    // Exceptions that no longer apply are stale.
    const stale = GLOSSARY.mention_exceptions.filter((x) => !EN_MENTIONS.missing.some((m) => m.p === x.p && m.words === x.words));
    expect(stale).toEqual([]);
  });

  it('links each English span to the same ids as a Chinese span of the same paragraph, without overlaps', () => {
    for (const p of EN.provisions) {
      const spans = EN_MENTIONS.index[p.number] ?? [];
      const zhSpans = MENTIONS.index[p.number] ?? [];
      const zhParas = paragraphRanges(PLAN.provisions[p.number - 1].text);
      const enParas = paragraphRanges(p.text);
      spans.forEach((s, i) => {
        if (i > 0) expect(s.start, `(${p.number}) overlap`).toBeGreaterThanOrEqual(spans[i - 1].end);
        const k = paragraphAt(enParas, s.start);
        expect(paragraphAt(enParas, s.end - 1)).toBe(k);
        const same = zhSpans.filter((z) => paragraphAt(zhParas, z.start) === k && z.ids.join() === s.ids.join());
        expect(same.length, `(${p.number}) ${p.text.slice(s.start, s.end)}`).toBeGreaterThan(0);
      });
    }
  });

  it('links the places of provision 22 by their English names', () => {
    const p = EN.provisions[21];
    const linked = (EN_MENTIONS.index[22] ?? []).map((s) => p.text.slice(s.start, s.end));
    expect(linked).toEqual(
      expect.arrayContaining([
        'Jinshan High-tech Zone',
        'Shaliang Logistics Park',
        'Economic and Technological Development Zone',
        'Horinger New Area',
        'Wuchuan County',
        'Huimin District',
        'central industrial belt',
        'Yellow River industrial belt',
      ]),
    );
  });
});

describe('the briefing in English', () => {
  const story = storyJson as unknown as Story & { steps: { excerpts: { p: number; text: string; text_en?: string }[] }[] };
  it('quotes every excerpt in English, verbatim from the aligned English paragraph', () => {
    const problems: string[] = [];
    for (const s of story.steps) {
      for (const x of s.excerpts) {
        const zh = PLAN.provisions[x.p - 1].text;
        const k = paragraphAt(paragraphRanges(zh), zh.indexOf(x.text));
        const para = paragraphTexts(EN.provisions[x.p - 1].text)[k] ?? '';
        if (!x.text_en) problems.push(`${s.id} (${x.p}): no text_en`);
        else if (!para.includes(x.text_en)) problems.push(`${s.id} (${x.p}): “${x.text_en}” not in the English paragraph`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the slogans of the English titles and captions in their glossary form', () => {
    // A title that names a slogan must use the slogan's fixed English words.
    const slogans = GLOSSARY.terms.filter((t) => /[一二两三四五六七八九十]/.test(t.zh) && t.en.includes(','));
    const problems: string[] = [];
    for (const s of story.steps as unknown as { id: string; title_zh: string; title_en: string }[]) {
      for (const t of slogans) {
        if (s.title_zh.includes(t.zh) && !wordOccurrences(s.title_en, t.en).length) problems.push(`${s.id}: ${t.zh} → ${t.en}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
