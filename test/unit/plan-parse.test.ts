import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_FACTS, SOURCE_PATH } from '../../data/build-plan.ts';
import { chineseNumeral, parseChineseNumeral, parsePlan, PlanParseError } from '../../src/plan/parse.ts';

const TEXT = readFileSync(SOURCE_PATH, 'utf8');
const META = { facts: SOURCE_FACTS, sha256: 'x', bytes: 0, generatedBy: 'test' };
const parse = (s: string) => parsePlan(s, META);

describe('chineseNumeral', () => {
  it('writes 1..12 and 22 as they appear in the plan', () => {
    expect([1, 9, 10, 11, 12, 20, 22].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十二', '二十', '二十二']);
  });

  it('reads back every numeral it writes for 1..99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it('returns null for something that is not a numeral', () => {
    expect(parseChineseNumeral('十十')).toBeNull();
  });
});

describe('parsePlan', () => {
  it('parses the source into 12 chapters and 53 provisions', () => {
    const plan = parse(TEXT);
    expect([plan.chapters.length, plan.provisions.length]).toEqual([12, 53]);
  });

  it('keeps Windows line endings in break segments, out of the provision text', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const plan = parse(crlf);
    expect(plan.segments.map((s) => s.text).join('')).toBe(crlf);
    expect(plan.provisions[21].text.includes('\r')).toBe(false);
  });

  it('names the line when a provision number is skipped', () => {
    const broken = TEXT.replace('(23)打造呼和浩特都市圈', '(32)打造呼和浩特都市圈');
    expect(() => parse(broken)).toThrow(PlanParseError);
    expect(() => parse(broken)).toThrow('line 100: expected provision (23), found (32)');
  });

  it('names the line of a provision paragraph that lost its number', () => {
    const broken = TEXT.replace('(23)打造呼和浩特都市圈', '打造呼和浩特都市圈');
    expect(() => parse(broken)).toThrow(/^line 100: unexpected paragraph in chapter 六/);
  });

  it('rejects a repeated provision number', () => {
    expect(() => parse(TEXT.replace('(23)打造', '(22)打造'))).toThrow(/expected provision \(23\), found \(22\)/);
  });

  it('rejects a chapter heading out of order', () => {
    expect(() => parse(TEXT.replace('七、坚持以科技创新', '九、坚持以科技创新'))).toThrow(/out of order/);
  });

  it('rejects a text with no chapters', () => {
    expect(() => parse('just a line\n\nanother')).toThrow(/no chapter heading/);
  });

  it('rejects a text missing its closing paragraph', () => {
    const cut = TEXT.slice(0, TEXT.lastIndexOf('\n\n全市各级党组织'));
    expect(() => parse(cut)).toThrow(/closing paragraph/);
  });

  it('reports a stray second paragraph before the first provision of a chapter', () => {
    const extra = TEXT.replace('\n\n(5)健全', '\n\n多出来的一段。\n\n(5)健全');
    expect(() => parse(extra)).toThrow(/unexpected paragraph in chapter 二/);
  });
});
