import { describe, expect, it } from 'vitest';
import { formatDistance, formatUncertainty } from '../../src/lib/format.ts';
import { distancePhrase, interpretationLabel, precisionPhrase, statusPhrase } from '../../src/lib/words.ts';

describe('words of the vocabulary', () => {
  it('states an approximate location with its radius of doubt', () => {
    const f = { kind: 'hospital', precision: 'approximate' as const, uncertainty_m: 2000 };
    expect(precisionPhrase(f, 'zh')).toBe('约略位置，误差约 ±2 公里');
    expect(precisionPhrase(f, 'en')).toBe('Approximate location, ±2 km');
  });

  it('says a schematic belt is a concept, not a boundary', () => {
    const f = { kind: 'industrial-belt', precision: 'schematic' as const };
    expect(precisionPhrase(f, 'zh')).toBe('示意：该产业带是概念，不是边界');
    expect(precisionPhrase(f, 'en')).toBe('Schematic: the industrial belt is a concept, not a boundary');
  });

  it('says a schematic line shows a direction, not a route', () => {
    expect(precisionPhrase({ kind: 'expressway', precision: 'schematic' }, 'en')).toMatch(/direction, not the actual route/);
  });

  it('calls an inferred reading our reading', () => {
    expect(interpretationLabel('inferred', 'zh')).toBe('推测');
    expect(interpretationLabel('inferred', 'en')).toBe('Inferred (our reading)');
  });

  it('gives the distance to the edge of a schematic item as indicative', () => {
    const f = { kind: 'industrial-belt', precision: 'schematic' as const };
    expect(distancePhrase(f, 1234, 'near', 'zh')).toBe('距示意产业带边缘约 1.2 公里（仅供参考）');
    expect(distancePhrase(f, 0, 'inside', 'en')).toBe('inside the schematic industrial belt (indicative only)');
  });

  it('speaks of a schematic line as a line, by its geometry whatever its kind', () => {
    const f = { kind: 'water-project', precision: 'schematic' as const, geometry_type: 'MultiLineString' };
    expect(distancePhrase(f, 2400, 'near', 'zh')).toBe('距示意水利工程线约 2.4 公里（仅供参考）');
    expect(precisionPhrase(f, 'zh')).toBe('示意：该水利工程只表示走向，不是实际线位');
  });

  it('does not claim tens of metres for a drawn position', () => {
    expect(distancePhrase({ kind: 'hospital', precision: 'approximate' }, 12, 'near', 'en')).toBe('under 100 m');
    expect(distancePhrase({ kind: 'road', precision: 'schematic' }, 40, 'near', 'zh')).toBe('距示意道路线不到 100 米（仅供参考）');
  });

  it('rounds distances to what can honestly be claimed', () => {
    expect(formatDistance(3, 'en')).toBe('10 m');
    expect(formatDistance(456, 'zh')).toBe('460 米');
    expect(formatDistance(1049, 'en')).toBe('1.0 km');
    expect(formatDistance(12_600, 'en')).toBe('13 km');
    expect(formatUncertainty(500, 'en')).toBe('±500 m');
    expect(formatUncertainty(1500, 'zh')).toBe('±1.5 公里');
    expect(formatDistance(-1, 'zh')).toBe('距离未知');
  });

  it('gives chosen lengths (radius, scale bar) as they were chosen', () => {
    expect(formatDistance(250, 'en', 'nominal')).toBe('250 m');
    expect(formatDistance(2500, 'zh', 'nominal')).toBe('2.5 公里');
    expect(formatDistance(3000, 'zh', 'nominal')).toBe('3 公里');
    expect(formatDistance(12_600, 'en', 'nominal')).toBe('12.6 km');
  });

  it('quotes the plan verb with its status class', () => {
    expect(statusPhrase({ status: '加快建设', status_class: 'underway' }, 'zh')).toBe('加快建设（推进中）');
    expect(statusPhrase({ status: '加快建设', status_class: 'underway' }, 'en')).toBe('Under way (plan: 加快建设)');
    expect(statusPhrase({ status_class: 'planned' }, 'en')).toBe('Planned');
  });
});
