import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import { MentionContext } from '../../src/panels/reader/mention-context.ts';
import { ReaderPanel } from '../../src/panels/reader/reader-panel.tsx';
import { buildMentionData } from '../../src/plan/mentions.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import { useAppStore } from '../../src/store/store.ts';

const INITIAL = useAppStore.getState();
beforeEach(() => useAppStore.setState(INITIAL, true));
afterEach(cleanup);

const entry = (id: string, p: number, text: string) =>
  ({ id, name_zh: text, name_en: id, mentions: [{ p, text }] }) as unknown as Catalog['features'][string];
const CATALOG = {
  features: { 'park-jinshan': entry('park-jinshan', 22, '金山高新区'), 'park-hangtian': entry('park-hangtian', 22, '航天经济开发区') },
  unplaced: [entry('unplaced-shaliang', 22, '沙良物流园')],
} as unknown as Catalog;

const renderReader = (withCatalog = false) =>
  render(
    withCatalog ? (
      <MentionContext.Provider value={buildMentionData(PLAN.provisions, CATALOG)}>
        <ReaderPanel />
      </MentionContext.Provider>
    ) : (
      <ReaderPanel />
    ),
  );

describe('ReaderPanel contents', () => {
  it('lists the 12 chapters and the 53 provisions', () => {
    renderReader();
    const nav = screen.getByTestId('reader-contents');
    expect(nav.querySelectorAll('li.chapter')).toHaveLength(12);
    expect(nav.querySelectorAll('button.provision-link')).toHaveLength(53);
  });

  it('opens a provision from the contents and switches to the reader tab', () => {
    renderReader();
    fireEvent.click(screen.getByRole('button', { name: /推动工业园区集聚成势/ }));
    expect(useAppStore.getState().provision).toBe(22);
    expect(useAppStore.getState().tab).toBe('reader');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('推动工业园区集聚成势');
  });
});

describe('ReaderPanel provision view', () => {
  it('shows the chapter context and the verbatim text', () => {
    useAppStore.setState({ provision: 22 });
    renderReader();
    const view = screen.getByTestId('provision-view');
    expect(view.textContent).toContain(PLAN.chapters[4].title);
    expect(view.querySelector('.provision-text')?.textContent?.replace(/\n/g, '')).toBe(PLAN.provisions[21].text);
  });

  it('goes to the next and previous provisions', () => {
    useAppStore.setState({ provision: 22 });
    renderReader();
    fireEvent.click(screen.getByTestId('reader-next'));
    expect(useAppStore.getState().provision).toBe(23);
    fireEvent.click(screen.getByTestId('reader-prev'));
    fireEvent.click(screen.getByTestId('reader-prev'));
    expect(useAppStore.getState().provision).toBe(21);
  });

  it('offers no "previous" on provision 1 and no "next" on provision 53', () => {
    useAppStore.setState({ provision: 1 });
    const { rerender } = renderReader();
    expect(screen.queryByTestId('reader-prev')).toBeNull();
    act(() => useAppStore.setState({ provision: 53 }));
    rerender(<ReaderPanel />);
    expect(screen.queryByTestId('reader-next')).toBeNull();
  });

  it('goes back to the contents', () => {
    useAppStore.setState({ provision: 22 });
    renderReader();
    fireEvent.click(screen.getByRole('button', { name: /返回目录/ }));
    expect(useAppStore.getState().provision).toBeNull();
    expect(screen.getByTestId('reader-contents')).toBeTruthy();
  });
});

describe('ReaderPanel search', () => {
  it('shows ranked results with counts as the query is typed', () => {
    renderReader();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '黄河' } });
    expect(useAppStore.getState().query).toBe('黄河');
    const results = screen.getByTestId('search-results');
    const first = results.querySelector('button.result')!;
    expect(first.getAttribute('data-provision')).toBe('10');
    expect(within(results).getAllByTestId('result-count').map((c) => c.textContent)).toEqual(['3处', '1处', '1处', '1处']);
    expect(results.querySelector('[role="status"]')?.textContent).toBe('共6处，见于4条');
  });

  it('opens a result with the matches highlighted, and goes back to the results', () => {
    renderReader();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '黄河' } });
    fireEvent.click(screen.getByTestId('search-results').querySelector('button.result')!);
    const marks = screen.getByTestId('provision-view').querySelectorAll('.provision-text mark.pt-match');
    expect(marks).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: /返回检索结果/ }));
    expect(screen.getByTestId('search-results')).toBeTruthy();
  });

  it('offers provision 22 for 第22条 and opens it on Enter', () => {
    renderReader();
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: '第22条' } });
    expect(screen.getByTestId('number-match').textContent).toContain('推动工业园区集聚成势');
    fireEvent.submit(box.closest('form')!);
    expect(useAppStore.getState().provision).toBe(22);
  });

  it('says so when nothing matches', () => {
    renderReader();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '火星基地' } });
    expect(screen.getByRole('status').textContent).toBe('没有找到“火星基地”。');
  });

  it('does not search while an input method is composing', () => {
    renderReader();
    const box = screen.getByRole('searchbox');
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'huang' } });
    expect(useAppStore.getState().query).toBe('');
    fireEvent.change(box, { target: { value: '黄' } });
    fireEvent.compositionEnd(box, { data: '黄' });
    expect(useAppStore.getState().query).toBe('黄');
  });

  it('clears the query with Escape', () => {
    useAppStore.setState({ query: '黄河' });
    renderReader();
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' });
    expect(useAppStore.getState().query).toBe('');
  });
});

describe('ReaderPanel mentions', () => {
  it('links the places the catalog names, and a click lights and focuses a mapped one', () => {
    useAppStore.setState({ provision: 22 });
    renderReader(true);
    fireEvent.click(screen.getByRole('button', { name: '金山高新区' }));
    const s = useAppStore.getState();
    expect(s.highlighted).toEqual(['park-jinshan']);
    expect(s.focus).toMatchObject({ kind: 'features', ids: ['park-jinshan'] });
  });

  it('says the location is not published for an unplaced mention, and does not move the map', () => {
    useAppStore.setState({ provision: 22 });
    renderReader(true);
    fireEvent.click(screen.getByRole('button', { name: '沙良物流园' }));
    expect(useAppStore.getState().focus).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('位置尚未公布');
  });

  it('shows all mapped features of the provision with "show on map"', () => {
    useAppStore.setState({ provision: 22 });
    renderReader(true);
    fireEvent.click(screen.getByRole('button', { name: /在地图上显示（2处）/ }));
    expect(useAppStore.getState().highlighted).toEqual(['park-hangtian', 'park-jinshan']);
  });

  it('has no "show on map" button without a catalog', () => {
    useAppStore.setState({ provision: 22 });
    renderReader();
    expect(screen.queryByRole('button', { name: /在地图上显示/ })).toBeNull();
  });
});

describe('ReaderPanel in English', () => {
  it('uses English interface strings', () => {
    useAppStore.setState({ provision: 22, lang: 'en' });
    renderReader();
    expect(screen.getByTestId('reader-next').textContent).toContain('Next');
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toMatch(/^Search/);
  });
});
