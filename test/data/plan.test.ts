import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanJson, PLAN_PATH, SOURCE_PATH } from '../../data/build-plan.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import type { Plan } from '../../src/plan/types.ts';

const SOURCE = readFileSync(SOURCE_PATH);
/** The whole file, segments included (the app bundles everything but the segments). */
const FULL = JSON.parse(readFileSync(PLAN_PATH, 'utf8')) as Plan;

describe('data/plan.json', () => {
  it('is up to date with the source text (run `npm run plan:build` if this fails)', () => {
    expect(readFileSync(PLAN_PATH, 'utf8')).toBe(buildPlanJson(SOURCE));
  });

  it('reproduces the source file byte for byte when its segments are joined in order', () => {
    const joined = Buffer.from(FULL.segments.map((s) => s.text).join(''), 'utf8');
    expect(joined.equals(SOURCE)).toBe(true);
  });

  it('gives the app the file’s provisions, chapters and texts unchanged (all but the segments)', () => {
    const { segments: _segments, ...rest } = FULL;
    expect(PLAN).toEqual(rest);
  });

  it('gives each segment the offset where its text starts in the source', () => {
    const text = SOURCE.toString('utf8');
    const wrong = FULL.segments.filter((s) => text.slice(s.start, s.start + s.text.length) !== s.text).map((s) => s.id);
    expect(wrong).toEqual([]);
  });

  it('has unique segment ids', () => {
    const ids = FULL.segments.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has exactly 12 chapters numbered 1..12 with numerals 一..十二', () => {
    expect(PLAN.chapters.map((c) => c.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(PLAN.chapters.map((c) => c.numeral).join(' ')).toBe('一 二 三 四 五 六 七 八 九 十 十一 十二');
  });

  it('has exactly 53 provisions numbered 1..53 consecutively', () => {
    expect(PLAN.provisions.map((p) => p.number)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(PLAN.provisions.map((p) => p.id)).toEqual(Array.from({ length: 53 }, (_, i) => `p${i + 1}`));
  });

  it('lists every provision in exactly one chapter, in order, matching the provision\'s chapter', () => {
    expect(PLAN.chapters.flatMap((c) => c.provisions)).toEqual(PLAN.provisions.map((p) => p.number));
    for (const c of PLAN.chapters) for (const n of c.provisions) expect(PLAN.provisions[n - 1].chapter).toBe(c.number);
  });

  it('titles provision 22 推动工业园区集聚成势 and puts it in chapter 5', () => {
    const p = PLAN.provisions[21];
    expect(p.title).toBe('推动工业园区集聚成势');
    expect(p.chapter).toBe(5);
    expect(p.text.startsWith('(22)推动工业园区集聚成势。')).toBe(true);
  });

  it('keeps each provision text verbatim, with the title sentence between title_start and title_end', () => {
    const text = SOURCE.toString('utf8');
    for (const p of PLAN.provisions) {
      expect(text.includes(p.text)).toBe(true);
      expect(p.text.slice(0, p.title_start)).toBe(`(${p.number})`);
      expect(p.text.slice(p.title_start, p.title_end)).toBe(`${p.title}。`);
    }
  });

  it('keeps provision 4 whole, with its ——goal paragraphs and the 2035 paragraph', () => {
    const p = PLAN.provisions[3];
    expect(p.text.match(/\n——/g)?.length).toBe(9);
    expect(p.text).toContain('在此基础上再奋斗五年');
  });

  it('gives chapter 1 no introductory paragraph and every other chapter one', () => {
    expect(PLAN.chapters[0].intro).toBeNull();
    expect(PLAN.chapters.slice(1).every((c) => typeof c.intro === 'string' && c.intro.length > 10)).toBe(true);
  });

  it('marks the reprint\'s page furniture, including the stray image.png line, as furniture', () => {
    const furniture = FULL.segments.filter((s) => s.kind === 'furniture').map((s) => s.text);
    expect(furniture[0]).toBe('新闻资讯');
    expect(furniture).toContain('引言');
    expect(furniture).toContain('image.png');
    expect(furniture.some((t) => t.startsWith('本文转载自'))).toBe(true);
  });

  it('separates the preamble and the closing paragraph from the chapters', () => {
    expect(PLAN.preamble.startsWith('为深入学习贯彻')).toBe(true);
    expect(PLAN.preamble.endsWith('提出以下建议。')).toBe(true);
    expect(PLAN.closing.startsWith('全市各级党组织')).toBe(true);
  });

  it('records the sha256 of the source and says it is generated', () => {
    expect(PLAN.source.sha256).toBe('be2a23c8515e012a0aa914ff3a545ffbe36ba7dbbe70d8ccd365e02557f6ebb6');
    expect(PLAN.source.bytes).toBe(SOURCE.length);
    expect(PLAN.generated_by).toContain('npm run plan:build');
  });
});
