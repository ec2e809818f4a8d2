import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/panels/error-boundary.tsx';

/**
 * One failing part of the screen must not take the others down: the part shows a short message in the interface
 * language with a way to try again, the error is logged, and its neighbours keep working.
 */

let explode = true;
function Fragile({ label }: { label: string }) {
  if (explode) throw new Error(`${label} broke`);
  return <p>{label} works</p>;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  explode = true;
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  errors.mockRestore();
});

describe('ErrorBoundary', () => {
  it('shows a short message where the part was, keeps its neighbour, logs the error, and retries', () => {
    const { container } = render(
      <>
        <ErrorBoundary area="legend" lang="zh">
          <Fragile label="legend" />
        </ErrorBoundary>
        <ErrorBoundary area="reader" lang="zh">
          <p>reader works</p>
        </ErrorBoundary>
      </>,
    );
    const box = container.querySelector('[data-error-boundary="legend"]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('图例出错了，暂时无法显示');
    expect(screen.getByText('reader works')).toBeTruthy();
    expect(errors.mock.calls.some((c: unknown[]) => String(c[1]).includes('legend broke') && String(c[0]).includes('legend'))).toBe(true);

    explode = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('legend works')).toBeTruthy();
    expect(container.querySelector('[data-error-boundary]')).toBeNull();
  });

  it('speaks English in the English interface and offers the extra way out it is given', () => {
    const leave = vi.fn();
    render(
      <ErrorBoundary area="briefing" lang="en" leave={{ label: 'Leave briefing', onLeave: leave }}>
        <Fragile label="briefing" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The briefing ran into an error and cannot be shown.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave briefing' }));
    expect(leave).toHaveBeenCalledOnce();
  });

  it('tries again by itself when its reset key changes (e.g. another feature is selected)', () => {
    const { rerender } = render(
      <ErrorBoundary area="feature" lang="zh" resetKey="a">
        <Fragile label="feature" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    explode = false;
    act(() =>
      rerender(
        <ErrorBoundary area="feature" lang="zh" resetKey="b">
          <Fragile label="feature" />
        </ErrorBoundary>,
      ),
    );
    expect(screen.getByText('feature works')).toBeTruthy();
  });
});
