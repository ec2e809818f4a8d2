import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry, UnplacedEntry } from '../../geo/schema.ts';
import { FeatureDetails, UnplacedDetails } from '../../src/panels/feature/feature-panel.tsx';
import { makeCatalog } from '../unit/fixtures/catalog.ts';

afterEach(cleanup);

const catalog = makeCatalog();
const newArea: CatalogEntry = {
  ...catalog.features['belt-north']!,
  id: 'park-horinger-new-area',
  name_zh: '和林格尔新区',
  name_en: 'Horinger New Area',
  kind: 'new-area',
  precision: 'approximate',
  uncertainty_m: 8000,
  placed_by: 'described-position',
  interpretation: 'stated',
  interpretation_note_zh: undefined,
  interpretation_note_en: undefined,
  source_zh: '本项目依据公开资料对该地的文字描述定位',
  source_en: 'Placed by the project from published descriptions of the site',
  roles: [
    { part_of: 'belt-north', interpretation: 'stated' },
    {
      part_of: 'layout-yizhu-yifu-yihe-liangyi',
      label_zh: '一副',
      label_en: 'the sub-centre',
      interpretation: 'inferred',
      interpretation_note_zh: '没有资料直接写明。',
      interpretation_note_en: 'No source says so verbatim.',
    },
  ],
};

function show(lang: 'zh' | 'en', entry = newArea, onOpenFeature = vi.fn()) {
  render(
    <FeatureDetails
      entry={entry}
      lang={lang}
      districtNames={catalog.districts}
      features={catalog.features}
      onClose={() => undefined}
      onOpenProvision={() => undefined}
      onOpenFeature={onOpenFeature}
    />,
  );
  return onOpenFeature;
}

describe('the feature panel’s provenance', () => {
  it('says in Chinese how the place was placed, its roles and its source, with no English prose', () => {
    const open = show('zh');
    expect(screen.getByTestId('feature-placed-by').textContent).toBe('依据文字描述定位');
    const roles = screen.getByTestId('feature-roles').textContent!;
    expect(roles).toContain('北部产业带');
    expect(roles).toContain('“一主一副、一核两翼” · 一副');
    expect(roles).toContain('没有资料直接写明。');
    expect(roles).not.toContain('verbatim');
    expect(screen.getByTestId('feature-source').textContent).toBe('本项目依据公开资料对该地的文字描述定位');
    fireEvent.click(screen.getByRole('button', { name: '北部产业带' }));
    expect(open).toHaveBeenCalledWith('belt-north');
  });

  it('says the same in English, with no Chinese prose', () => {
    show('en');
    expect(screen.getByTestId('feature-placed-by').textContent).toBe('placed from a description in words');
    const roles = screen.getByTestId('feature-roles').textContent!;
    expect(roles).toContain('Urban structure: one main centre, one sub-centre; one core, two wings · the sub-centre');
    expect(roles).toContain('No source says so verbatim.');
    expect(screen.getByTestId('feature-source').textContent).toBe('Placed by the project from published descriptions of the site');
  });

  it('shows no placement line for a schematic feature', () => {
    show('en', { ...newArea, precision: 'schematic', placed_by: undefined, uncertainty_m: undefined });
    expect(screen.queryByTestId('feature-placed-by')).toBeNull();
  });

  it('explains an unplaced place and offers the area it lies in', () => {
    const entry: UnplacedEntry = {
      id: 'sci-horinger-financial-data-park',
      name_zh: '和林格尔金融数据产业园',
      name_en: 'Horinger Financial Data Industrial Park',
      kind: 'data-centre',
      sector: 'computing',
      status_class: 'completed',
      status: '正式授牌',
      mentions: [{ p: 1, text: '和林格尔金融数据产业园正式授牌' }],
      reason_zh: '园区范围未公布',
      reason_en: 'its extent is not published',
      area_hint_zh: '和林格尔新区内',
      area_hint_en: 'in the Horinger New Area',
      within: 'park-horinger-new-area',
    };
    const onShowArea = vi.fn();
    render(<UnplacedDetails entry={entry} lang="en" onClose={() => undefined} onOpenProvision={() => undefined} onShowArea={onShowArea} />);
    expect(screen.getByTestId('unplaced-reason').textContent).toBe('its extent is not published');
    expect(screen.getByTestId('feature-panel').getAttribute('data-unplaced')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Show the area it lies in' }));
    expect(onShowArea).toHaveBeenCalledWith('park-horinger-new-area');
  });
});
