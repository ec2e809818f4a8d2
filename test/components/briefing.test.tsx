import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import storyJson from '../../data/story.json';
import { Briefing } from '../../src/story/briefing.tsx';
import type { Story } from '../../src/story/story-schema.ts';
import { createAppStore, useAppStore } from '../../src/store/store.ts';

/** The briefing panel in happy-dom with the app store seeded: keys step, apply the step and leave. No map. */
const story = storyJson as unknown as Story;

beforeEach(() => {
  // Reset the data fields only: a fresh store's actions would write into that other store.
  const fresh = createAppStore().getState();
  useAppStore.setState(Object.fromEntries(Object.entries(fresh).filter(([, v]) => typeof v !== 'function')));
  useAppStore.getState().initLayers(['industry-belts']);
});
afterEach(() => cleanup());

describe('Briefing', () => {
  it('renders nothing when no story step is set', () => {
    const { container } = render(<Briefing />);
    expect(container.innerHTML).toBe('');
  });

  it('shows the step title, counter and verbatim excerpts, and applies the step’s layers', () => {
    act(() => useAppStore.getState().setStory(4));
    render(<Briefing />);
    expect(screen.getByTestId('briefing-title').textContent).toBe(story.steps[3].title_zh);
    expect(screen.getByTestId('briefing-counter').textContent).toBe(`第 4 / ${story.steps.length} 步`);
    const quotes = [...document.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(story.steps[3].excerpts.map((x) => x.text));
    expect([...useAppStore.getState().visibleLayers].sort()).toEqual([...story.steps[3].layers].sort());
  });

  it('quotes the excerpts in English in the English interface, labelled, with the Chinese under each', () => {
    act(() => {
      useAppStore.getState().setLang('en');
      useAppStore.getState().setStory(4);
    });
    render(<Briefing />);
    expect(screen.getByTestId('briefing-title').textContent).toBe(story.steps[3].title_en);
    const quotes = [...document.querySelectorAll('blockquote')];
    expect(quotes.map((q) => [q.getAttribute('lang'), q.textContent])).toEqual(story.steps[3].excerpts.map((x) => ['en', x.text_en]));
    expect([...document.querySelectorAll('.briefing__quote-original')].map((q) => q.textContent)).toEqual(story.steps[3].excerpts.map((x) => x.text));
    expect(screen.getByTestId('translation-label').textContent).toMatch(/^Unofficial English translation/);
  });

  it('steps with PageDown and leaves with Escape', () => {
    act(() => useAppStore.getState().setStory(1));
    render(<Briefing />);
    act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
    expect(useAppStore.getState().story).toBe(2);
    expect(screen.getByTestId('briefing-title').textContent).toBe(story.steps[1].title_zh);
    act(() => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(useAppStore.getState().story).toBeNull();
  });

  it('ignores keys typed into a text field', () => {
    act(() => useAppStore.getState().setStory(1));
    render(
      <>
        <input aria-label="field" />
        <Briefing />
      </>,
    );
    act(() => void fireEvent.keyDown(screen.getByLabelText('field'), { key: 'ArrowRight' }));
    expect(useAppStore.getState().story).toBe(1);
  });

  it('shows "back to step" when the layers were changed, and restores them on B', () => {
    act(() => useAppStore.getState().setStory(3));
    render(<Briefing />);
    expect(screen.queryByTestId('briefing-back')).toBeNull();
    act(() => useAppStore.getState().setLayerVisible('consumption', true));
    expect(screen.getByTestId('briefing-back')).toBeTruthy();
    act(() => void fireEvent.keyDown(window, { key: 'b' }));
    expect(screen.queryByTestId('briefing-back')).toBeNull();
    expect(useAppStore.getState().visibleLayers).not.toContain('consumption');
  });

  it('shows the step in English with #lang=en', () => {
    act(() => {
      useAppStore.getState().setLang('en');
      useAppStore.getState().setStory(5);
    });
    render(<Briefing />);
    expect(screen.getByTestId('briefing-title').textContent).toBe(story.steps[4].title_en);
    expect(screen.getByTestId('briefing-counter').textContent).toBe(`Step 5 of ${story.steps.length}`);
  });

  it('in kiosk mode advances on the timer, pauses on input and returns to step 1 after the idle time', () => {
    vi.useFakeTimers();
    try {
      const { kiosk_advance_s: advance, kiosk_idle_reset_s: idle } = story.settings;
      act(() => {
        useAppStore.getState().setKiosk(true);
        useAppStore.getState().setStory(1);
      });
      render(<Briefing />);
      expect(screen.getByTestId('briefing-kiosk')).toBeTruthy();
      act(() => void vi.advanceTimersByTime(advance * 1000 + 10));
      expect(useAppStore.getState().story).toBe(2);
      act(() => void vi.advanceTimersByTime(advance * 1000 + 10));
      expect(useAppStore.getState().story).toBe(3);
      act(() => void fireEvent.pointerDown(window));
      act(() => void vi.advanceTimersByTime((idle - 1) * 1000));
      expect(useAppStore.getState().story).toBe(3);
      act(() => void vi.advanceTimersByTime(2000));
      expect(useAppStore.getState().story).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
