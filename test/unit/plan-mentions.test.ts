import { describe, expect, it } from 'vitest';
import { buildMentionIndex, catalogMentionSources, unresolvedMentions } from '../../src/plan/mentions.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import type { Provision } from '../../src/plan/types.ts';

const P22 = PLAN.provisions[21];
const text = (n: number, s: { start: number; end: number }) => PLAN.provisions[n - 1].text.slice(s.start, s.end);

describe('buildMentionIndex', () => {
  it('finds a mention at its verbatim position in the provision', () => {
    const idx = buildMentionIndex(PLAN.provisions, [{ id: 'park-jinshan', mentions: [{ p: 22, text: '金山高新区' }] }]);
    expect(idx[22].map((s) => [text(22, s), s.ids])).toEqual([['金山高新区', ['park-jinshan']]]);
    expect(P22.text.indexOf('金山高新区')).toBe(idx[22][0].start);
  });

  it('lets the longest of overlapping mentions win', () => {
    const p: Provision = { id: 'p1', number: 1, chapter: 1, title: 'x', text: '(1)x。建设和林格尔新区。', title_start: 3, title_end: 5 };
    const idx = buildMentionIndex([p], [
      { id: 'county-horinger', mentions: [{ p: 1, text: '和林格尔' }] },
      { id: 'new-area-horinger', mentions: [{ p: 1, text: '和林格尔新区' }] },
    ]);
    expect(idx[1]).toEqual([{ start: 7, end: 13, ids: ['new-area-horinger'] }]);
  });

  it('gives features that share the same words one span with all their ids', () => {
    const idx = buildMentionIndex(PLAN.provisions, [
      { id: 'b', mentions: [{ p: 22, text: '金山高新区' }] },
      { id: 'a', mentions: [{ p: 22, text: '金山高新区' }] },
    ]);
    expect(idx[22]).toHaveLength(1);
    expect(idx[22][0].ids).toEqual(['a', 'b']);
  });

  it('links every occurrence in the provision, sorted and not overlapping', () => {
    const p: Provision = { id: 'p1', number: 1, chapter: 1, title: 'x', text: '(1)x。黄河和黄河。', title_start: 3, title_end: 5 };
    const idx = buildMentionIndex([p], [{ id: 'river-yellow', mentions: [{ p: 1, text: '黄河' }] }]);
    expect(idx[1].map((s) => s.start)).toEqual([5, 8]);
  });

  it('keeps mentions in their own provision only', () => {
    const idx = buildMentionIndex(PLAN.provisions, [{ id: 'x', mentions: [{ p: 22, text: '金山高新区' }] }]);
    expect(Object.keys(idx)).toEqual(['22']);
  });

  it('does not link the number prefix', () => {
    const idx = buildMentionIndex(PLAN.provisions, [{ id: 'x', mentions: [{ p: 22, text: '(22)' }] }]);
    expect(idx[22]).toBeUndefined();
  });
});

describe('unresolvedMentions', () => {
  it('reports words that are not in the named provision and provisions that do not exist', () => {
    const bad = unresolvedMentions(PLAN.provisions, [
      { id: 'x', mentions: [{ p: 22, text: '金山高新区' }, { p: 1, text: '金山高新区' }, { p: 99, text: '园区' }] },
    ]);
    expect(bad).toEqual([
      { id: 'x', p: 1, text: '金山高新区' },
      { id: 'x', p: 99, text: '园区' },
    ]);
  });
});

describe('catalogMentionSources', () => {
  it('lists features and unplaced entries with their mentions', () => {
    const sources = catalogMentionSources({
      features: { f1: { id: 'f1', mentions: [{ p: 1, text: 'a' }] } as never },
      unplaced: [{ id: 'u1', mentions: [{ p: 2, text: 'b' }] } as never],
    });
    expect(sources.map((s) => s.id)).toEqual(['f1', 'u1']);
  });
});
