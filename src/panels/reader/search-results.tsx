import { READER_STRINGS } from '../../i18n/reader.ts';
import { makeSnippets, type SearchResult } from '../../plan/search.ts';
import type { Provision } from '../../plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { TextWindow } from './provision-text.tsx';
import { format } from '../../lib/format.ts';
import type { TextLang } from './provision-view.tsx';

export interface SearchResultsProps {
  result: SearchResult;
  provisions: readonly Provision[];
  lang: Lang;
  onSelect: (n: number) => void;
  /** Language of `provisions` (the text that was searched). */
  textLang?: TextLang;
}

/** Search results: a number match first, then ranked provisions with their counts and matches in context. */
export function SearchResults({ result, provisions, lang, onSelect, textLang = 'zh-CN' }: SearchResultsProps) {
  const t = READER_STRINGS[lang];
  const number = result.numberMatch != null ? provisions[result.numberMatch - 1] : null;
  return (
    <section className="search-results" aria-labelledby="search-summary" data-testid="search-results" data-text-lang={textLang}>
      <p id="search-summary" className="results-summary" role="status">
        {result.hits.length > 0
          ? format(t.resultsSummary, { hits: result.hits.length, total: result.total })
          : number
            ? ''
            : result.numberQuery != null
              ? format(t.numberMissing, { n: result.numberQuery })
              : format(t.resultsNone, { q: result.query })}
      </p>
      {number && (
        <button type="button" className="number-match" onClick={() => onSelect(number.number)} data-testid="number-match">
          <span className="number-match-label">{t.numberMatch}</span>
          <span className="number-match-body">
            <span className="prov-badge">{number.number}</span>
            <span lang={textLang}>{number.title}</span>
          </span>
          <span className="number-match-arrow" aria-hidden="true">
            →
          </span>
        </button>
      )}
      {result.hits.length === 0 && !number && <p className="results-hint">{t.resultsHint}</p>}
      <ol className="result-list">
        {result.hits.map((h) => {
          const p = provisions[h.number - 1];
          const titleSpans = h.spans.filter((s) => s.start < p.title_end);
          const bodySpans = h.spans.filter((s) => s.start >= p.title_end);
          // English needs a wider window than Chinese for the same amount of context.
          const snippets = textLang === 'en' ? makeSnippets(p.text, bodySpans, 60, 2, p.title_end, true) : makeSnippets(p.text, bodySpans, 22, 2, p.title_end);
          return (
            <li key={p.id}>
              <button type="button" className="result" onClick={() => onSelect(h.number)} data-provision={h.number}>
                <span className="result-head">
                  <span className="prov-badge" aria-hidden="true">
                    {h.number}
                  </span>
                  <span className="visually-hidden">{format(t.provisionN, { n: h.number })} </span>
                  <span className="result-title">
                    <TextWindow text={p.text} start={p.title_start} end={p.title_end - 1} spans={titleSpans} bare lang={textLang} />
                  </span>
                  <span className="result-count" data-testid="result-count">
                    {format(t.matchCount, { n: h.count })}
                  </span>
                </span>
                {snippets.map((s) => (
                  <span key={s.start} className="result-snippet">
                    <TextWindow text={p.text} start={s.start} end={s.end} spans={s.spans} lang={textLang} />
                  </span>
                ))}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
