import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { READER_STRINGS } from '../../i18n/reader.ts';
import { PLAN } from '../../plan/plan-data.ts';
import { searchProvisions } from '../../plan/search.ts';
import { selectHighlighted, selectLang, selectProvision, selectQuery } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { Contents } from './contents.tsx';
import { useProvisionMatches } from '../overview/use-filter-matches.ts';
import { EMPTY_MENTION_DATA } from '../../plan/mentions.ts';
import { useMentionData } from './mention-context.ts';
import { ProvisionView } from './provision-view.tsx';
import { SearchBox } from './search-box.tsx';
import { SearchResults } from './search-results.tsx';
import './reader.css';
import { format } from '../../lib/format.ts';

/** Opens provision `n` in the reader (and switches the panel to the reader tab). */
export function openProvision(n: number | null): void {
  const s = useAppStore.getState();
  s.selectProvision(n);
  if (n != null) s.setTab('reader');
}

/**
 * The plan reader: search box, then a provision (with highlights of the query), search results, or the contents.
 * Links the text to the map through the mention data the shell provides.
 */
export function ReaderPanel() {
  const lang = useAppStore(selectLang);
  const filterMatches = useProvisionMatches();
  const provision = useAppStore(selectProvision);
  const query = useAppStore(selectQuery);
  const highlighted = useAppStore(useShallow(selectHighlighted));
  const mentions = useMentionData();
  const t = READER_STRINGS[lang];
  const [note, setNote] = useState<string | null>(null);

  const result = useMemo(() => (query.trim() ? searchProvisions(PLAN.provisions, query) : null), [query]);
  useEffect(() => setNote(null), [provision]);

  const p = provision != null ? PLAN.provisions[provision - 1] : undefined;

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

  let body;
  if (p) {
    const hit = result?.hits.find((h) => h.number === p.number);
    body = (
      <ProvisionView
        provision={p}
        chapter={PLAN.chapters[p.chapter - 1]}
        prev={PLAN.provisions[p.number - 2] ?? null}
        next={PLAN.provisions[p.number] ?? null}
        lang={lang}
        matches={hit?.spans}
        mentions={mentions.index[p.number]}
        mapped={mentions.mapped}
        activeIds={highlighted}
        mappedIds={mentions.mappedByProvision.get(p.number)}
        note={note}
        fromSearch={result != null}
        onSelect={openProvision}
        onBack={() => openProvision(null)}
        onMention={onMention}
        // Without a catalog there is nothing to show on the map: no button rather than a dead one.
        onShowOnMap={mentions === EMPTY_MENTION_DATA ? undefined : showOnMap}
      />
    );
  } else if (result) {
    body = <SearchResults result={result} provisions={PLAN.provisions} lang={lang} onSelect={openProvision} />;
  } else {
    body = (
      <Contents
        chapters={PLAN.chapters}
        provisions={PLAN.provisions}
        preamble={PLAN.preamble}
        closing={PLAN.closing}
        lang={lang}
        onSelect={openProvision}
        matches={filterMatches}
      />
    );
  }

  return (
    <div className="reader" data-testid="reader">
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
      <div className="reader-body">{body}</div>
    </div>
  );
}
