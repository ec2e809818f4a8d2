import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { computeCoverage, formatCoverage, nameVariants, parseProvisions, readChecklist } from '../../geo/coverage.ts';
import { SLOGANS } from '../../geo/slogans.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('coverage name and provision parsing', () => {
  test('provision cells: ranges are ignored, implied numbers kept', () => {
    expect(parseProvisions('1-53 (throughout)')).toEqual([]);
    expect(parseProvisions('9;43;(1 via 两屏四带多点)')).toEqual([1, 9, 43]);
  });

  test('name variants include the base name and the parenthesised alternative', () => {
    expect(nameVariants('大召(无量寺)')).toEqual(['大召(无量寺)', '大召', '无量寺']);
  });
});

describe('coverage on a small fixture repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'geo', 'features'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'plan.json'),
    JSON.stringify({ provisions: [{ number: 1, text: '建设甲园。' }, { number: 2, text: '建设乙馆和丙街。' }] }),
  );
  writeFileSync(
    join(dir, 'geo', 'checklist.csv'),
    '# fixture\nname_zh,name_en,provisions\n甲园,Park A,1\n乙馆,Hall B,2\n丙街,Street C,2\n',
  );
  const feature = {
    type: 'Feature',
    properties: {
      id: 'park-a',
      name_zh: '甲园',
      precision: 'approximate',
      uncertainty_m: 2000,
      placed_by: 'described-position',
      source_en: 'Placed from a description',
      mentions: [{ p: 1, text: '甲园' }],
    },
    geometry: null,
  };
  writeFileSync(join(dir, 'geo', 'features', 'industry-parks.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
  writeFileSync(
    join(dir, 'geo', 'unplaced.json'),
    JSON.stringify([{ id: 'hall-b', name_zh: '乙馆', mentions: [{ p: 2, text: '乙馆' }], reason_zh: '选址未公布', reason_en: 'site not published' }]),
  );
  const report = computeCoverage(dir);
  const status = (name: string) => report.rows.find((r) => r.name_zh === name)?.status;

  test('a place drawn by a feature is mapped', () => {
    expect(status('甲园')).toBe('mapped');
  });

  test('a place in the unplaced list is unplaced, with its reason', () => {
    expect(status('乙馆')).toBe('unplaced');
    expect(report.rows.find((r) => r.name_zh === '乙馆')!.reason).toBe('site not published');
  });

  test('each approximate feature is listed with how it was placed and its radius', () => {
    expect(report.placements).toEqual([
      { id: 'park-a', name_zh: '甲园', layer: 'industry-parks', placed_by: 'described-position', uncertainty_m: 2000, source: 'Placed from a description' },
    ]);
    expect(report.perPlacedBy['described-position']).toBe(1);
    expect(formatCoverage(report)).toMatch(/described-position:\n\s+park-a\s+±2 km {2}甲园 — Placed from a description/);
  });

  test('a place in neither is missing', () => {
    expect(status('丙街')).toBe('missing');
  });

  test('a provision with places but no feature is listed as uncovered', () => {
    expect(report.uncovered).toEqual([{ p: 2, names: ['乙馆', '丙街'], unplacedOnly: true }]);
  });

  test('features are counted per layer and per precision', () => {
    expect(report.perLayer['industry-parks']).toBe(1);
    expect(report.perPrecision.approximate).toBe(1);
  });
});

describe('coverage of the real dataset', () => {
  const report = computeCoverage(ROOT);

  test('every checklist place and every slogan gets a status', () => {
    expect(report.rows).toHaveLength(readChecklist(ROOT).length + SLOGANS.length);
    expect(report.rows.every((r) => ['mapped', 'context', 'unplaced', 'missing'].includes(r.status))).toBe(true);
  });

  test('the checklist is the research notes’ gazetteer, with attribution', () => {
    const text = readFileSync(join(ROOT, 'geo', 'checklist.csv'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/project research notes/);
    expect(readChecklist(ROOT).length).toBeGreaterThan(100);
  });

  test('the printed report gives the totals and the uncovered provisions', () => {
    const text = formatCoverage(report);
    expect(text).toMatch(new RegExp(`places: +${readChecklist(ROOT).length} — mapped \\d+`));
    expect(text).toContain('Provisions with spatial content that no feature references');
  });
});

describe('coverage of a descriptive checklist name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-coverage-note-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'geo', 'features'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'plan.json'), JSON.stringify({ provisions: [{ number: 1, text: '构建十字商圈。' }] }));
  writeFileSync(join(dir, 'geo', 'checklist.csv'), '# fixture\nname_zh,name_en,provisions\n丁字大街,Ding Avenue,1\n戊字大街,Wu Avenue,1\n');
  const feature = {
    type: 'Feature',
    properties: { id: 'cross', name_zh: '十字商圈', precision: 'schematic', mentions: [{ p: 1, text: '十字商圈' }], note_zh: '推测:丁字大街为其一臂。' },
    geometry: null,
  };
  writeFileSync(join(dir, 'geo', 'features', 'consumption.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
  const report = computeCoverage(dir);
  const row = (name: string) => report.rows.find((r) => r.name_zh === name)!;

  test('a name not in the text that a feature’s note names is mapped through the note', () => {
    expect(row('丁字大街')).toMatchObject({ status: 'mapped', matches: ['cross'], via: 'note', inText: false });
  });

  test('a name not in the text that no note names stays missing', () => {
    expect(row('戊字大街').status).toBe('missing');
  });
});
