import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { useAppStore } from '../../src/store/store.ts';

const INITIAL = useAppStore.getState();
beforeEach(() => {
  // No network in tests: the catalog request fails at once, as it would offline without the built data.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('no network in tests')));
  useAppStore.setState(INITIAL, true);
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the app at `hash`; awaited, because panels other than the overview load their code when first shown. */
async function openAt(hash: string): Promise<ReturnType<typeof render>> {
  window.history.replaceState(null, '', `/${hash}`);
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<App />);
  });
  return result!;
}

describe('App shell', () => {
  it('marks itself ready and sets the document language', async () => {
    const { container } = await openAt('#lang=en');
    expect(container.querySelector('[data-app-ready="true"]')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('tab', { name: 'Overview' })).toBeTruthy();
  });

  it('opens the reader on the provision of a #p= link', async () => {
    await openAt('#p=22');
    expect(screen.getByRole('tab', { name: '规划原文' }).getAttribute('aria-selected')).toBe('true');
    // The reader's code loads when the tab is first shown.
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toContain('推动工业园区集聚成势');
  });

  it.each(['#p=99', '#p=abc'])('shows the contents and a notice for %s', async (hash) => {
    const { container } = await openAt(hash);
    expect(await screen.findByTestId('reader-contents')).toBeTruthy();
    expect(container.querySelector('[data-notice="url-p"]')?.textContent).toContain('1–53');
    expect(window.location.hash).toBe('#tab=reader');
  });

  it('names other unusable link keys in one notice', async () => {
    const { container } = await openAt('#p=22&map=abc&tab=nowhere');
    expect(container.querySelector('[data-notice="url-rejected"]')?.textContent).toContain('map, tab');
    expect(useAppStore.getState().provision).toBe(22);
  });

  it('follows the store into the URL without adding history entries', async () => {
    await openAt('#p=22');
    const length = window.history.length;
    fireEvent.click(await screen.findByTestId('reader-next'));
    expect(window.location.hash).toBe('#tab=reader&p=23');
    expect(window.history.length).toBe(length);
  });

  it('switches language from the header', async () => {
    await openAt('');
    fireEvent.click(screen.getByTestId('lang-en'));
    expect(useAppStore.getState().lang).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.hash).toBe('#lang=en');
  });

  it('moves between tabs with the arrow keys', async () => {
    await openAt('');
    const overview = screen.getByRole('tab', { name: '概览' });
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    expect(useAppStore.getState().tab).toBe('reader');
    fireEvent.keyDown(screen.getByRole('tab', { name: '规划原文' }), { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('tab', { name: '概览' }), { key: 'ArrowLeft' });
    expect(useAppStore.getState().tab).toBe('layers');
  });

  it('puts the briefing in place of the side panel without re-creating the map area', async () => {
    await openAt('#p=22');
    await screen.findByTestId('reader-next');
    const map = screen.getByTestId('map-area');
    const firstChild = map.firstElementChild;
    act(() => useAppStore.getState().setStory(1));
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByTestId('map-area')).toBe(map);
    expect(map.firstElementChild).toBe(firstChild);
    act(() => useAppStore.getState().setStory(null));
    expect(screen.getByRole('tablist')).toBeTruthy();
    expect(screen.getByTestId('map-area')).toBe(map);
  });

  it('in embed mode, hides the panel behind a button and links to the full map', async () => {
    await openAt('#embed=1&p=22');
    await screen.findByTestId('reader-next');
    const panel = screen.getByTestId('app-panel');
    expect(panel.hidden).toBe(true);
    const link = screen.getByTestId('open-full');
    expect(link.getAttribute('href')).toBe('/#tab=reader&p=22');
    fireEvent.click(screen.getByRole('button', { name: '原文与图层' }));
    expect(panel.hidden).toBe(false);
  });
});
