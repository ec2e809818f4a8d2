import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry } from '../../geo/schema.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { featureTooltip } from '../../src/lib/words.ts';
import { FeatureDetails } from '../../src/panels/feature/feature-panel.tsx';
import { FeatureList } from '../../src/panels/feature-list.tsx';
import { FilterBar } from '../../src/panels/filter-bar.tsx';
import { Legend } from '../../src/panels/legend.tsx';
import { FeatureList as NearFeatureList } from '../../src/panels/near/near-list.tsx';
import { NEAR_STRINGS } from '../../src/i18n/near.ts';
import { OverviewPanel } from '../../src/panels/overview/overview-panel.tsx';
import { sheetContent } from '../../src/print/sheet-content.ts';
import { useAppStore } from '../../src/store/store.ts';
import { BriefingView } from '../../src/story/briefing.tsx';
import { STORY } from '../../src/story/story-data.ts';
import { makeCatalog } from '../unit/fixtures/catalog.ts';

/**
 * Every term of the vocabulary is wrapped in ⟪ ⟫ for these tests: a panel that takes its words from the vocabulary
 * shows the marks, a panel with its own copy of a word does not. Slots stay as they are, so phrases still compose.
 */
vi.mock('../../src/i18n/vocabulary.ts', async (importOriginal) => {
  const mark = (o: unknown): unknown =>
    typeof o === 'string' ? `⟪${o}⟫` : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, mark(v)])) : o;
  const actual = await importOriginal<typeof import('../../src/i18n/vocabulary.ts')>();
  return { ...actual, VOCABULARY: mark(actual.VOCABULARY) };
});
const { VOCABULARY } = await import('../../src/i18n/vocabulary.ts');

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

const catalog = makeCatalog();
const park = Object.values(catalog.features).find((f) => f.status_class === 'underway' && f.precision === 'approximate')!;
const belt: CatalogEntry = catalog.features['belt-central']!;

describe.each(LANGS)('the panels speak the vocabulary (%s)', (lang) => {
  const v = VOCABULARY[lang];

  it('feature panel: precision, interpretation, status and kind', () => {
    render(<FeatureDetails entry={belt} lang={lang} districtNames={catalog.districts} onClose={() => undefined} onOpenProvision={() => undefined} />);
    const text = screen.getByTestId('feature-panel').textContent!;
    expect(text).toContain(v.interpretation.label.inferred);
    expect(text).toContain(v.interpretation.inferredMark);
    expect(text).toContain(v.status.label.ongoing);
    expect(text).toContain(v.kind['industrial-belt']);
    expect(text).toContain(v.precision.schematicArea.split('{noun}')[0]!);
  });

  it('map feature list and near-me list: precision words, status, inferred mark, distance', () => {
    render(<FeatureList lang={lang} catalog={catalog} visible={['industry-belts', 'industry-parks']} selected={null} onSelect={() => undefined} />);
    const list = screen.getByTestId('feature-list').textContent!;
    expect(list).toContain(v.interpretation.inferredMark);
    expect(list).toContain(v.precision.approximate.split('{u}')[0]!);
    expect(list).toContain(v.distance.uncertainty.split('{d}')[0]!);
    cleanup();
    render(
      <NearFeatureList
        rows={[{ id: park.id, props: park, entry: park, distance: 1500, relation: 'near' }]}
        lang={lang}
        t={NEAR_STRINGS[lang]}
        label="near"
        selected={null}
        onSelect={() => undefined}
        onProvision={() => undefined}
        testId="near"
      />,
    );
    const near = screen.getByTestId('near').textContent!;
    expect(near).toContain(v.status.label.underway);
    expect(near).toContain(v.precision.label.approximate);
    expect(near).toContain(v.distance.kilometres.split('{n}')[0]!);
    expect(near).toContain(v.distance.nearApproximate.split('{about}')[0]!);
  });

  it('overview charts and filter chips: sector, status, precision labels and hints', () => {
    useAppStore.setState({ lang, filters: { sectors: ['silicon'], statuses: ['underway'], districts: [] } });
    render(<OverviewPanel catalog={catalog} />);
    const status = screen.getByTestId('chart-status').textContent!;
    expect(status).toContain(v.status.label.underway);
    expect(screen.getByTestId('chart-sector').textContent).toContain(v.sector.silicon);
    expect(screen.getByTestId('chart-precision').textContent).toContain(v.precision.label.schematic);
    const chips = within(screen.getAllByTestId('filter-bar')[0]!);
    expect(chips.getByRole('button', { name: new RegExp(v.sector.silicon) })).toBeTruthy();
    cleanup();
    render(<FilterBar catalog={catalog} />);
    expect(screen.getByTestId('filter-bar').textContent).toContain(v.status.label.underway);
  });

  it('legend, briefing, exported sheet and map tooltip: the precision key and caveat', () => {
    useAppStore.setState({ lang, visibleLayers: ['industry-belts'] });
    render(<Legend />);
    const legend = screen.getByTestId('legend').textContent!;
    for (const k of ['title', 'surveyed', 'schematic', 'approximate', 'inferred'] as const) expect(legend).toContain(v.precision.key[k]);
    cleanup();
    render(
      <BriefingView
        lang={lang}
        story={STORY!}
        step={1}
        notesOpen={false}
        fullscreen={false}
        away={false}
        kiosk={false}
        presenter={false}
        onAction={() => undefined}
        onOpenPresenter={() => undefined}
        onRead={() => undefined}
      />,
    );
    expect(screen.getByTestId('briefing').textContent).toContain(v.precision.caveat);
    const sheet = sheetContent({ lang, step: null, provision: null, visibleLayers: [], sources: [], link: '', date: new Date(0) });
    expect(sheet.caveat).toContain(v.precision.caveat);
    expect(sheet.caveat).toContain(v.precision.key.schematic);
    const tip = featureTooltip({ ...belt }, lang);
    expect(tip.title).toContain(v.interpretation.inferredMark);
    expect(tip.detail).toContain(v.kind['industrial-belt']);
  });
});
