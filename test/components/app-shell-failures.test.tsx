import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { useAppStore } from '../../src/store/store.ts';

/** The shell keeps a failing panel in its place: here the overview tab throws on every render. */
vi.mock('../../src/panels/overview/overview-panel.tsx', () => ({
  OverviewPanel: () => {
    throw new Error('the overview failed');
  },
}));

const INITIAL = useAppStore.getState();
let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('no network in tests')));
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  useAppStore.setState(INITIAL, true);
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  errors.mockRestore();
});

describe('a panel that fails to render', () => {
  it('shows a message in its tab only; the header, the other tabs and the URL keep working', async () => {
    window.history.replaceState(null, '', '/#lang=en');
    const { container } = render(<App />);
    expect(container.querySelector('[data-app-ready="true"]')).toBeTruthy();
    const box = container.querySelector('[data-error-boundary="overview"]')!;
    expect(box.textContent).toContain('The overview ran into an error');
    expect(screen.getByTestId('app-header')).toBeTruthy();
    expect(errors).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('tab', { name: 'Plan text' }));
    // The reader's code loads when the tab is first shown.
    expect(await screen.findByTestId('reader-contents', {}, { timeout: 5000 })).toBeTruthy();
    expect(container.querySelector('[data-error-boundary]')).toBeNull();
    expect(window.location.hash).toBe('#tab=reader&lang=en');

    // Back on the failing tab, "try again" fails again and says so again, in place.
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(container.querySelector('[data-error-boundary="overview"]')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Near me' })).toBeTruthy();
  });
});
