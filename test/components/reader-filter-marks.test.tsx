import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Contents } from '../../src/panels/reader/contents.tsx';
import { PLAN } from '../../src/plan/plan-data.ts';

afterEach(cleanup);

const renderContents = (matches: Set<number> | null) =>
  render(
    <Contents
      chapters={PLAN.chapters}
      provisions={PLAN.provisions}
      preamble={PLAN.preamble}
      closing={PLAN.closing}
      lang="zh"
      onSelect={() => {}}
      matches={matches}
    />,
  );

describe('reader contents under filters', () => {
  it('marks the provisions that still have matching items and dims the rest', () => {
    const { container } = renderContents(new Set([22, 37]));
    const marked = [...container.querySelectorAll('[data-filter-match="yes"]')].map((b) => b.getAttribute('data-provision'));
    expect(marked).toEqual(['22', '37']);
    expect(container.querySelectorAll('[data-filter-match="no"]')).toHaveLength(51);
    expect(screen.getByTestId('reader-filter-note').textContent).toContain('2');
  });

  it('marks nothing while no filter is active', () => {
    const { container } = renderContents(null);
    expect(container.querySelectorAll('[data-filter-match]')).toHaveLength(0);
    expect(screen.queryByTestId('reader-filter-note')).toBeNull();
  });
});
