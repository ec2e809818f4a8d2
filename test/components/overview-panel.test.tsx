import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearGeoDataCache } from '../../src/lib/geo-data.ts';
import { OverviewPanel } from '../../src/panels/overview/overview-panel.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { makeCatalog } from '../unit/fixtures/catalog.ts';

const initial = useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initial, true);
  useAppStore.getState().initLayers(['industry-belts', 'industry-parks']);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const bar = (chart: string, key: string) =>
  within(screen.getByTestId(chart)).getAllByRole('button').find((b) => b.dataset.key === key)!;

describe('OverviewPanel', () => {
  it('shows the headline figures of the catalog', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    expect(screen.getByTestId('figure-mapped').textContent).toBe('14');
    expect(screen.getByTestId('figure-provisions').textContent).toBe('7');
    expect(screen.getByTestId('figure-roads').textContent).toBe('71.3');
    expect(screen.getByTestId('figure-rail').textContent).toBe('121'); // 120.5 km, whole km from 100 up
    expect(screen.getByTestId('figure-zones').textContent).toBe('10,490');
  });

  it('says how many schematic items are counted but not measured', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    const roads = screen.getByTestId('figure-roads').closest('button')!;
    expect(roads.textContent).toContain('另有 1 项为示意，只计数不计量');
  });

  it('counts lines instead of showing 0 km when every line is schematic', () => {
    const catalog = makeCatalog();
    catalog.features['ring-third'] = { ...catalog.features['ring-third'], precision: 'schematic', length_km: null };
    render(<OverviewPanel catalog={catalog} />);
    const roads = screen.getByTestId('figure-roads').closest('button')!;
    expect(screen.getByTestId('figure-roads').textContent).toBe('2');
    expect(roads.textContent).toContain('条');
    expect(roads.textContent).toContain('均为示意线');
  });

  it('lists the belts with their targets as written and their parks', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    const belts = screen.getByTestId('belts');
    const central = belts.querySelector('[data-belt="belt-central"]') as HTMLElement;
    expect(central.textContent).toContain('两千亿级');
    expect(within(central).getByRole('button', { name: '金山高新区' })).toBeTruthy();
    expect((belts.querySelector('[data-belt="belt-north"]') as HTMLElement).textContent).toContain('千亿级');
  });

  it('lists the plan verbs beside each status class', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    expect(bar('chart-status', 'underway').textContent).toContain('加快建设 3 · 推进 1');
  });

  it('sets the sector filter when a sector bar is pressed, and clears it when pressed again', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    fireEvent.click(bar('chart-sector', 'transport'));
    expect(useAppStore.getState().filters.sectors).toEqual(['transport']);
    expect(bar('chart-sector', 'transport').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(bar('chart-sector', 'transport'));
    expect(useAppStore.getState().filters.sectors).toEqual([]);
  });

  it('sets the status and district filters from their bars', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    fireEvent.click(bar('chart-status', 'planned'));
    fireEvent.click(bar('chart-district', '150105'));
    expect(useAppStore.getState().filters).toEqual({ sectors: [], statuses: ['planned'], districts: ['150105'] });
  });

  it('recounts the figures under the filters and shows the total beside them', () => {
    useAppStore.setState({ filters: { sectors: ['transport'], statuses: [], districts: [] } });
    render(<OverviewPanel catalog={makeCatalog()} />);
    expect(screen.getByTestId('figure-mapped').textContent).toBe('4');
    // The status chart counts under the sector filter: 2 of the 4 underway items are transport.
    expect(bar('chart-status', 'underway').dataset.count).toBe('2');
  });

  it('shows the active filters as chips that remove themselves', () => {
    useAppStore.setState({ filters: { sectors: ['transport'], statuses: [], districts: ['150121'] } });
    render(<OverviewPanel catalog={makeCatalog()} />);
    const chip = screen.getByRole('button', { name: '移除筛选：土默特左旗' });
    fireEvent.click(chip);
    expect(useAppStore.getState().filters.districts).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(useAppStore.getState().filters.sectors).toEqual([]);
  });

  it('marks the provisions that still have matching items and opens one in the reader', () => {
    useAppStore.setState({ filters: { sectors: ['transport'], statuses: [], districts: [] } });
    render(<OverviewPanel catalog={makeCatalog()} />);
    const strip = screen.getByTestId('provision-strip');
    const matching = [...strip.querySelectorAll('[data-match="true"]')].map((el) => (el as HTMLElement).dataset.provision);
    expect(matching).toEqual(['33']);
    fireEvent.click(strip.querySelector('[data-provision="33"]')!);
    expect(useAppStore.getState().provision).toBe(33);
    expect(useAppStore.getState().tab).toBe('reader');
  });

  it('shows the roads on the map when the road figure is pressed', () => {
    render(<OverviewPanel catalog={makeCatalog()} />);
    fireEvent.click(screen.getByTestId('figure-roads').closest('button')!);
    const s = useAppStore.getState();
    expect(s.highlighted).toEqual(['ring-third', 'road-s43']);
    expect(s.visibleLayers).toContain('transport-urban');
    expect(s.filters.sectors).toEqual(['transport']);
    expect(s.focus).toMatchObject({ kind: 'features', ids: ['ring-third', 'road-s43'] });
  });

  it('speaks English with lang=en', () => {
    useAppStore.setState({ lang: 'en' });
    render(<OverviewPanel catalog={makeCatalog()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The spatial layout of the plan at a glance');
    expect(bar('chart-district', '150125').textContent).toContain('Wuchuan');
  });

  it('says clearly when the catalog cannot be loaded', async () => {
    clearGeoDataCache();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })));
    render(<OverviewPanel />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('geo/catalog.json');
    expect(alert.textContent).toContain('404');
  });
});
