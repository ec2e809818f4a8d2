import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureList, featuresByLayer } from '../../src/panels/feature-list.tsx';
import { makeCatalog } from '../unit/fixtures/catalog.ts';

afterEach(cleanup);

describe('FeatureList (the map content as a list)', () => {
  it('lists only the features of visible layers, grouped by layer in registry order', () => {
    const catalog = makeCatalog();
    const groups = featuresByLayer(catalog, ['industry-parks', 'industry-belts'], 'zh');
    expect(groups.map((g) => g.layerId)).toEqual(['industry-belts', 'industry-parks']);
    const expected = Object.values(catalog.features).filter((f) => f.layer === 'industry-parks').length;
    expect(groups[1]!.features).toHaveLength(expected);
    expect(groups.flatMap((g) => g.features).every((f) => f.layer === 'industry-belts' || f.layer === 'industry-parks')).toBe(true);
  });

  it('renders a heading and a button per feature, with its precision in words, and selects on click', () => {
    const onSelect = vi.fn();
    render(<FeatureList lang="zh" catalog={makeCatalog()} visible={['industry-belts']} selected={null} onSelect={onSelect} />);
    const list = screen.getByTestId('feature-list');
    expect(within(list).getByRole('heading', { level: 3, name: /四大产业带/ })).toBeTruthy();
    const central = within(list).getByRole('button', { name: /中部产业带/ });
    expect(central.textContent).toContain('推测');
    expect(central.textContent).toContain('示意');
    fireEvent.click(central);
    expect(onSelect).toHaveBeenCalledWith('belt-central');
  });

  it('marks the selected feature and says when no layer is shown', () => {
    const { rerender } = render(
      <FeatureList lang="en" catalog={makeCatalog()} visible={['industry-belts']} selected="belt-central" onSelect={() => undefined} />,
    );
    expect(screen.getByRole('button', { name: /Central industrial belt/ }).getAttribute('aria-current')).toBe('true');
    rerender(<FeatureList lang="en" catalog={makeCatalog()} visible={[]} selected={null} onSelect={() => undefined} />);
    expect(screen.getByTestId('feature-list').textContent).toContain('No layer is shown.');
  });

  it('says so when the catalogue failed to load', () => {
    render(<FeatureList lang="en" catalog={null} failed visible={['industry-belts']} selected={null} onSelect={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toMatch(/could not load/);
  });
});
