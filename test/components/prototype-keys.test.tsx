import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeaturePanel } from '../../src/panels/feature/feature-panel.tsx';
import { FilterBar } from '../../src/panels/filter-bar.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { makeCatalog } from '../unit/fixtures/catalog.ts';
import { PROTOTYPE_NAMES } from '../unit/fixtures/prototype-names.ts';

/**
 * The panels that look up ids from the store (which the URL fills) render names of Object.prototype as unknown ids,
 * never as the functions a plain-object lookup would find. (The app also drops such a feature id once the catalog
 * arrives, see src/app/start.ts; these panels must not depend on that.)
 */

const INITIAL = useAppStore.getState();
const catalog = makeCatalog();
beforeEach(() => {
  useAppStore.setState(INITIAL, true);
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(catalog), { status: 200, headers: { 'content-type': 'application/json' } }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ids that name Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)('the feature panel says %s is not in the catalogue', async (name) => {
    useAppStore.setState({ selectedFeature: name, lang: 'en' });
    render(<FeaturePanel />);
    const panel = await screen.findByTestId('feature-panel');
    expect(panel.getAttribute('data-feature-id')).toBe(name);
    expect(panel.textContent).toContain('No catalogue record for this feature.');
  });

  it('the filter bar shows such values as they are', async () => {
    // The URL codec refuses such sectors and statuses; the bar must cope with whatever the store holds all the same.
    useAppStore.setState({ filters: { sectors: ['constructor' as never], statuses: ['valueOf' as never], districts: ['__proto__'] }, lang: 'en' });
    await act(async () => {
      render(<FilterBar catalog={catalog} />);
    });
    const chips = screen.getAllByRole('button').map((b) => b.textContent);
    expect(chips).toEqual(expect.arrayContaining([expect.stringContaining('constructor'), expect.stringContaining('valueOf'), expect.stringContaining('__proto__')]));
    expect(screen.getByTestId('filter-bar').textContent).not.toContain('native code');
  });
});
