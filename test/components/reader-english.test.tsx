import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../geo/schema.ts';
import { FeatureDetails } from '../../src/panels/feature/feature-panel.tsx';
import { MentionContext } from '../../src/panels/reader/mention-context.ts';
import { ReaderPanel } from '../../src/panels/reader/reader-panel.tsx';
import { ENGLISH, PLAN_EN_FILE } from '../../src/plan/english-data.ts';
import { buildMentionData } from '../../src/plan/mentions.ts';
import { PLAN } from '../../src/plan/plan-data.ts';
import { sheetContent } from '../../src/print/sheet-content.ts';
import { TRANSLATION_LABEL } from '../../src/i18n/translation.ts';
import { useAppStore } from '../../src/store/store.ts';
import { STORY } from '../../src/story/story-data.ts';

// The reader, the feature panel and the sheet in English, with the real translation and the built catalog.

const INITIAL = useAppStore.getState();
beforeEach(() => useAppStore.setState(INITIAL, true));
afterEach(cleanup);

const CATALOG = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'geo', 'catalog.json'), 'utf8')) as Catalog;
const MENTIONS = buildMentionData(PLAN.provisions, CATALOG);
const EN22 = ENGLISH.plan.provisions[21];

const renderReader = (sideBySide = false) =>
  render(
    <MentionContext.Provider value={MENTIONS}>
      <ReaderPanel sideBySide={sideBySide} />
    </MentionContext.Provider>,
  );

describe('the reader in English', () => {
  it('shows provision 22 in English, labelled, with its Chinese title, and links the English mentions to the map', async () => {
    useAppStore.setState({ provision: 22, lang: 'en' });
    renderReader();
    const heading = await screen.findByRole('heading', { level: 2, name: /Cluster the industrial parks/ });
    expect(heading.textContent).toContain(EN22.title);
    expect(screen.getByTestId('provision-alt-title').textContent).toBe(PLAN.provisions[21].title);
    expect(screen.getByTestId('translation-label').textContent).toBe(TRANSLATION_LABEL.en);
    const view = screen.getByTestId('provision-view');
    expect(view.getAttribute('data-text-lang')).toBe('en');
    expect(view.querySelector('.provision-text')?.getAttribute('lang')).toBe('en');
    fireEvent.click(within(view).getByRole('button', { name: 'Jinshan High-tech Zone' }));
    expect(useAppStore.getState().highlighted).toEqual(['park-jinshan']);
    expect(useAppStore.getState().focus).toMatchObject({ kind: 'features', ids: ['park-jinshan'] });
  });

  it('puts the Chinese original beside the English where the screen is wide, and instead of it where not', async () => {
    useAppStore.setState({ provision: 22, lang: 'en' });
    const { unmount } = renderReader(true);
    fireEvent.click(await screen.findByTestId('reader-lang-toggle'));
    const view = await screen.findByTestId('provision-view');
    expect(view.getAttribute('data-text-lang')).toBe('en zh-CN');
    expect(screen.getByTestId('reader-lang-toggle').getAttribute('aria-pressed')).toBe('true');
    const texts = view.querySelectorAll('.provision-text');
    expect([...texts[1].querySelectorAll('.pt-para')].map((x) => x.textContent).join('')).toBe(PLAN.provisions[21].text);
    // The Chinese column links its mentions too.
    expect(within(texts[1] as HTMLElement).getByRole('button', { name: '金山高新区' })).toBeTruthy();
    unmount();
    renderReader(false);
    expect((await screen.findByTestId('provision-view')).getAttribute('data-text-lang')).toBe('zh-CN');
  });

  it('offers the English to a Chinese reader on request, labelled in Chinese', async () => {
    useAppStore.setState({ provision: 22 });
    renderReader();
    expect(screen.queryByTestId('translation-label')).toBeNull();
    fireEvent.click(screen.getByTestId('reader-lang-toggle'));
    expect((await screen.findByTestId('translation-label')).textContent).toBe(TRANSLATION_LABEL.zh);
    expect(screen.getByTestId('provision-view').getAttribute('data-text-lang')).toBe('en');
  });

  it('searches the English text from the start of words, case-insensitively, and the Chinese for Chinese queries', async () => {
    useAppStore.setState({ lang: 'en' });
    renderReader();
    await screen.findByTestId('glossary');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Industrial BELT' } });
    const results = screen.getByTestId('search-results');
    expect(results.getAttribute('data-text-lang')).toBe('en');
    expect(results.querySelector('button.result')?.getAttribute('data-provision')).toBe('22');
    const marks = [...results.querySelectorAll('mark.pt-match')].map((m) => m.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'industrial' || m === 'belt' || m === 'belts')).toBe(true);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '黄河' } });
    expect(screen.getByTestId('search-results').getAttribute('data-text-lang')).toBe('zh-CN');
  });

  it('lists the contents in English with the label and the glossary of recurring terms', async () => {
    useAppStore.setState({ lang: 'en' });
    renderReader();
    const glossary = await screen.findByTestId('glossary');
    const nav = screen.getByTestId('reader-contents');
    expect(nav.querySelector('button[data-provision="22"]')?.textContent).toContain(EN22.title);
    expect(within(nav).getByTestId('translation-label').textContent).toBe(TRANSLATION_LABEL.en);
    expect(glossary.querySelectorAll('.glossary__item')).toHaveLength(ENGLISH.plan.glossary.terms.length);
    expect(glossary.textContent).toContain('two screens, four belts, many points');
    expect(glossary.textContent).toContain('两屏四带多点');
  });
});

describe('the feature panel in English', () => {
  const entry = CATALOG.features['park-jinshan'];
  const quotes = { provisions: ENGLISH.plan.provisions, index: ENGLISH.mentions(MENTIONS.index, MENTIONS.names).index };

  it('quotes each provision in English with the naming words highlighted, the Chinese folded under it', () => {
    render(<FeatureDetails entry={entry} lang="en" english={quotes} districtNames={CATALOG.districts} onClose={() => {}} onOpenProvision={() => {}} />);
    expect(screen.getByTestId('translation-label').textContent).toBe(TRANSLATION_LABEL.en);
    const p22 = screen.getByTestId('feature-mention-22');
    const en = p22.querySelector('.provision-text[lang="en"]')!;
    expect([...en.querySelectorAll('mark.pt-emph')].map((m) => m.textContent)).toEqual(['Jinshan High-tech Zone']);
    const p1 = screen.getByTestId('feature-mention-1');
    expect([...p1.querySelectorAll('.provision-text[lang="en"] mark.pt-emph')].map((m) => m.textContent)).toEqual([
      'one zone, one park, many platforms',
    ]);
    expect(p22.querySelector('details .provision-text')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('quotes the Chinese without a label in the Chinese interface', () => {
    render(<FeatureDetails entry={entry} lang="zh" districtNames={CATALOG.districts} onClose={() => {}} onOpenProvision={() => {}} />);
    expect(screen.queryByTestId('translation-label')).toBeNull();
    expect(screen.getByTestId('feature-mention-22').querySelector('.provision-text')?.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('labels and sheets', () => {
  it('uses the label stored with the translation', () => {
    expect(TRANSLATION_LABEL.en).toBe(PLAN_EN_FILE.label_en);
    expect(TRANSLATION_LABEL.zh).toBe(PLAN_EN_FILE.label_zh);
  });

  it('quotes the English edition on an English sheet, labelled, and the Chinese on a Chinese one', () => {
    const base = { step: null, provision: PLAN.provisions[21], visibleLayers: [], sources: [], link: 'x', date: new Date(0) };
    const en = sheetContent({ ...base, lang: 'en', englishProvision: EN22 });
    expect(en.title).toBe(`Provision (22) ${EN22.title}`);
    expect(en.cited[0].lang).toBe('en');
    expect(EN22.text).toContain(en.cited[0].text);
    expect(en.translationNote).toBe(TRANSLATION_LABEL.en);
    const zh = sheetContent({ ...base, lang: 'zh', englishProvision: EN22 });
    expect(zh.cited[0].lang).toBe('zh');
    expect(zh.translationNote).toBeNull();
  });

  it('quotes a briefing step in English on an English sheet', () => {
    const step = STORY!.steps.find((s) => s.id === 'industry')!;
    const content = sheetContent({ lang: 'en', step, provision: null, visibleLayers: [], sources: [], link: 'x', date: new Date(0) });
    expect(content.cited.map((c) => c.text)).toEqual(step.excerpts.map((x) => x.text_en));
    expect(content.translationNote).toBe(TRANSLATION_LABEL.en);
  });
});
