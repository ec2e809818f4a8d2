import { describe, expect, it } from 'vitest';
import { PLAN } from '../../src/plan/plan-data.ts';
import { fold, makeSnippets, mergeSpans, parseNumberQuery, searchProvisions } from '../../src/plan/search.ts';
import type { Provision } from '../../src/plan/types.ts';

const P = PLAN.provisions;
const prov = (number: number, text: string): Provision => {
  const stop = text.indexOf('。');
  const prefix = `(${number})`;
  return { id: `p${number}`, number, chapter: 1, title: text.slice(prefix.length, stop), text, title_start: prefix.length, title_end: stop + 1 };
};

describe('parseNumberQuery', () => {
  it.each([
    ['22', 22],
    ['(22)', 22],
    ['（22）', 22],
    ['第22条', 22],
    [' 第 22 条 ', 22],
    ['第二十二条', 22],
    ['p22', 22],
    ['99', 99],
  ])('reads %s as %i', (q, n) => {
    expect(parseNumberQuery(q)).toBe(n);
  });

  it.each(['园区', '22园区', '十二', '第22条款', ''])('does not read %s as a number', (q) => {
    expect(parseNumberQuery(q)).toBeNull();
  });
});

describe('fold', () => {
  it('keeps the length and maps full-width punctuation and Latin capitals', () => {
    expect(fold('（Ｑ10），“乳都”')).toBe('(q10),"乳都"');
    expect(fold('（Ｑ10），“乳都”').length).toBe('（Ｑ10），“乳都”'.length);
  });
});

describe('searchProvisions', () => {
  it('finds provision 22 by number for (22), （22） and 第22条, without text hits', () => {
    for (const q of ['(22)', '（22）', '第22条']) {
      const r = searchProvisions(P, q);
      expect([r.numberMatch, r.hits.length]).toEqual([22, 0]);
    }
  });

  it('reports a number out of range without a match', () => {
    const r = searchProvisions(P, '第99条');
    expect([r.numberQuery, r.numberMatch]).toEqual([99, null]);
  });

  it('finds a Chinese substring in every provision that has it, with exact spans', () => {
    const r = searchProvisions(P, '金山高新区');
    expect(r.hits.length).toBeGreaterThan(0);
    const expected = P.filter((p) => p.text.includes('金山高新区')).map((p) => p.number).sort((a, b) => a - b);
    expect(r.hits.map((h) => h.number).sort((a, b) => a - b)).toEqual(expected);
    for (const h of r.hits) for (const s of h.spans) expect(P[h.number - 1].text.slice(s.start, s.end)).toBe('金山高新区');
  });

  it('counts every occurrence and sums them in total', () => {
    const r = searchProvisions(P, '乳业');
    const count = (t: string) => t.split('乳业').length - 1;
    expect(r.total).toBe(P.reduce((n, p) => n + count(p.text), 0));
    const top = r.hits.find((h) => h.number === 16)!;
    expect(top.count).toBe(count(P[15].text));
  });

  it('ranks a provision whose title has the term above ones that only mention it more', () => {
    const ps = [prov(1, '(1)甲。园区园区园区园区。'), prov(2, '(2)建设园区。其他。')];
    expect(searchProvisions(ps, '园区').hits.map((h) => h.number)).toEqual([2, 1]);
  });

  it('ranks by count when no title matches', () => {
    const ps = [prov(1, '(1)甲。园区。'), prov(2, '(2)乙。园区和园区。')];
    expect(searchProvisions(ps, '园区').hits.map((h) => h.number)).toEqual([2, 1]);
  });

  it('requires every space-separated term (AND)', () => {
    const ps = [prov(1, '(1)甲。乳业和云谷。'), prov(2, '(2)乙。乳业。')];
    expect(searchProvisions(ps, '乳业 云谷').hits.map((h) => h.number)).toEqual([1]);
  });

  it('matches the text\'s ASCII comma when a full-width comma is typed', () => {
    const typed = searchProvisions(P, '协同发展，承接北京').hits.map((h) => h.number);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed).toEqual(P.filter((p) => p.text.includes('协同发展,承接北京')).map((p) => p.number));
  });

  it('does not match the number prefix as text', () => {
    const ps = [prov(22, '(22)推动。文字。')];
    expect(searchProvisions(ps, '22').hits).toEqual([]);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(searchProvisions(P, '   ').hits).toEqual([]);
  });

  it('returns no hits for words the plan does not contain', () => {
    expect(searchProvisions(P, '火星基地').hits).toEqual([]);
  });
});

describe('makeSnippets', () => {
  it('returns windows around matches, merging close ones and capping the count', () => {
    const text = 'a'.repeat(100) + 'XX' + 'b'.repeat(5) + 'XX' + 'c'.repeat(100) + 'XX' + 'd'.repeat(100);
    const spans = [100, 107, 209].map((s) => ({ start: s, end: s + 2 }));
    const snips = makeSnippets(text, spans, 10, 5);
    expect(snips.map((s) => [s.start, s.end, s.spans.length])).toEqual([[90, 119, 2], [199, 221, 1]]);
    expect(makeSnippets(text, spans, 10, 1)).toHaveLength(1);
  });

  it('never starts before `from`', () => {
    expect(makeSnippets('(22)推动工业园区', [{ start: 4, end: 6 }], 10, 3, 4)[0].start).toBe(4);
  });
});

describe('mergeSpans', () => {
  it('sorts and merges overlapping spans', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 6, end: 10 }])).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 10 },
    ]);
  });
});
