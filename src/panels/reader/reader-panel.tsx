import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { READER_STRINGS } from '../../i18n/reader.ts';
import { TRANSLATION_LABEL } from '../../i18n/translation.ts';
import { PLAN } from '../../plan/plan-data.ts';
import { searchProvisions } from '../../plan/search.ts';
import { selectHighlighted, selectLang, selectProvision, selectQuery, selectReaderParallel } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { Contents } from './contents.tsx';
import { useProvisionMatches } from '../overview/use-filter-matches.ts';
import { EMPTY_MENTION_DATA } from '../../plan/mentions.ts';
import { useMentionData } from './mention-context.ts';
import { ProvisionView, type ProvisionColumn } from './provision-view.tsx';
import { SearchBox } from './search-box.tsx';
import { SearchResults } from './search-results.tsx';
import { useEnglish } from './use-english.ts';
import './reader.css';
import { format } from '../../lib/format.ts';

/** Opens provision `n` in the reader (and switches the panel to the reader tab). */
export function openProvision(n: number | null): void {
  const s = useAppStore.getState();
  s.selectProvision(n);
  if (n != null) s.setTab('reader');
}

const HAN = /\p{Script=Han}/u;

export interface ReaderPanelProps {
  /** The screen is wide enough to show the two languages side by side (otherwise the other language replaces). */
  sideBySide?: boolean;
}

/**
 * The plan reader: search box, then a provision (with highlights of the query), search results, or the contents.
 * Links the text to the map through the mention data the shell provides. In the English interface it shows the
 * English edition (loaded on demand) with the Chinese original one click away; in the Chinese interface the English
 * is one click away too. Both texts are linked to the map alike.
 */
export function ReaderPanel({ sideBySide = false }: ReaderPanelProps) {
  const lang = useAppStore(selectLang);
  const parallel = useAppStore(selectReaderParallel);
  const filterMatches = useProvisionMatches();
  const provision = useAppStore(selectProvision);
  const query = useAppStore(selectQuery);
  const highlighted = useAppStore(useShallow(selectHighlighted));
  const mentions = useMentionData();
  const t = READER_STRINGS[lang];
  const [note, setNote] = useState<string | null>(null);
  const { english, status, retry } = useEnglish(lang === 'en' || parallel);
  const en = english?.plan ?? null;
  const enMentions = useMemo(
    () => (english && mentions !== EMPTY_MENTION_DATA ? english.mentions(mentions.index, mentions.names) : null),
    [english, mentions],
  );

  // The interface language's text comes first; English only once it is here (until then the Chinese stands in).
  const primaryIsEn = lang === 'en' && en != null;
  const provisions = primaryIsEn ? en.provisions : PLAN.provisions;
  const chapters = primaryIsEn ? en.chapters : PLAN.chapters;
  // English queries search the English text; a query with Chinese characters searches the Chinese.
  const searchEn = primaryIsEn && !HAN.test(query);
  const searched = searchEn ? en.provisions : PLAN.provisions;
  const result = useMemo(
    () => (query.trim() ? searchProvisions(searched, query, searchEn ? 'word-start' : 'substring') : null),
    [query, searched, searchEn],
  );
  useEffect(() => setNote(null), [provision]);

  const p = provision != null ? provisions[provision - 1] : undefined;

  const showOnMap = (ids: string[]) => {
    const s = useAppStore.getState();
    s.highlight(ids);
    if (ids.length) s.focusFeatures(ids);
  };
  const onMention = (ids: string[], words: string) => {
    const placed = ids.filter((id) => mentions.mapped.has(id));
    if (placed.length) {
      setNote(null);
      showOnMap(placed);
    } else setNote(format(t.locationNotPublished, { words }));
  };

  const translationNote =
    status === 'loading'
      ? { text: t.translationLoading }
      : status === 'failed'
        ? { text: t.translationFailed, retry: { label: t.retry, onRetry: retry } }
        : null;
  const label = TRANSLATION_LABEL[lang];

  let body;
  if (p) {
    const n = p.number;
    const hit = result?.hits.find((h) => h.number === n);
    const zhCol: ProvisionColumn = {
      lang: 'zh-CN',
      provision: PLAN.provisions[n - 1],
      matches: searchEn ? undefined : hit?.spans,
      mentions: mentions.index[n],
    };
    const enCol: ProvisionColumn | null = en
      ? { lang: 'en', provision: en.provisions[n - 1], matches: searchEn ? hit?.spans : undefined, mentions: enMentions?.index[n], label }
      : null;
    const primary = primaryIsEn && enCol ? enCol : zhCol;
    const other = primaryIsEn ? zhCol : enCol;
    const columns =
      parallel && other
        ? sideBySide
          ? [
              { ...primary, heading: t.primaryColumn },
              { ...other, heading: t.otherColumn },
            ]
          : [{ ...other, heading: t.otherColumn }]
        : [primary];
    const otherChapters = primaryIsEn ? PLAN.chapters : en?.chapters;
    const showAlt = other != null && (primaryIsEn || parallel);
    body = (
      <ProvisionView
        provision={p}
        chapter={chapters[p.chapter - 1]}
        prev={provisions[n - 2] ?? null}
        next={provisions[n] ?? null}
        lang={lang}
        textLang={primaryIsEn ? 'en' : 'zh-CN'}
        altTitle={showAlt ? { lang: other.lang, text: other.provision.title } : undefined}
        altIntro={parallel && other && otherChapters ? introOf(otherChapters[p.chapter - 1], other.lang) : null}
        columns={columns}
        mapped={mentions.mapped}
        activeIds={highlighted}
        mappedIds={mentions.mappedByProvision.get(n)}
        note={note}
        translationNote={translationNote}
        languageToggle={{
          pressed: parallel,
          label: t.otherLanguage,
          title: sideBySide ? t.otherLanguageSide : t.otherLanguageSwap,
          onToggle: () => useAppStore.getState().setReaderParallel(!parallel),
        }}
        fromSearch={result != null}
        onSelect={openProvision}
        onBack={() => openProvision(null)}
        onMention={onMention}
        // Without a catalog there is nothing to show on the map: no button rather than a dead one.
        onShowOnMap={mentions === EMPTY_MENTION_DATA ? undefined : showOnMap}
      />
    );
  } else if (result) {
    body = (
      <SearchResults result={result} provisions={searched} lang={lang} onSelect={openProvision} textLang={searchEn ? 'en' : 'zh-CN'} />
    );
  } else {
    body = (
      <Contents
        chapters={chapters}
        provisions={provisions}
        preamble={primaryIsEn ? en.preamble : PLAN.preamble}
        closing={primaryIsEn ? en.closing : PLAN.closing}
        lang={lang}
        onSelect={openProvision}
        matches={filterMatches}
        textLang={primaryIsEn ? 'en' : 'zh-CN'}
        altProvisions={parallel ? (primaryIsEn ? PLAN.provisions : (en?.provisions ?? null)) : null}
        label={en && (primaryIsEn || parallel) ? label : null}
        glossary={primaryIsEn ? en.glossary.terms : null}
      />
    );
  }

  return (
    <div className="reader" data-testid="reader" data-english={status}>
      <div className="reader-search">
        <SearchBox
          query={query}
          lang={lang}
          onQuery={(q) => {
            const s = useAppStore.getState();
            s.setQuery(q);
            if (s.provision != null) s.selectProvision(null);
          }}
          onSubmit={() => {
            if (result?.numberMatch != null) openProvision(result.numberMatch);
            else if (result?.hits.length) openProvision(result.hits[0].number);
          }}
        />
      </div>
      {!p && translationNote && (
        <p className="translation-status" role="status" data-testid="translation-status">
          {translationNote.text}
          {'retry' in translationNote && translationNote.retry && (
            <button type="button" className="link-button" onClick={translationNote.retry.onRetry}>
              {translationNote.retry.label}
            </button>
          )}
        </p>
      )}
      <div className="reader-body">{body}</div>
    </div>
  );
}

function introOf(chapter: { intro: string | null } | undefined, lang: ProvisionColumn['lang']) {
  return chapter?.intro ? { lang, text: chapter.intro } : null;
}
