import type { GlossaryTerm } from '../../plan/english.ts';
import type { Chapter, Provision } from '../../plan/types.ts';
import { READER_STRINGS } from '../../i18n/reader.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format } from '../../lib/format.ts';
import { GlossaryList } from './glossary-list.tsx';
import type { TextLang } from './provision-view.tsx';

export interface ContentsProps {
  chapters: readonly Chapter[];
  provisions: readonly Provision[];
  preamble: string;
  closing: string;
  lang: Lang;
  onSelect: (n: number) => void;
  /** Provisions that still have items passing the active filters; null when no filter is active. */
  matches?: ReadonlySet<number> | null;
  /** Language of the chapters, provisions, preamble and closing given (the Chinese original or the translation). */
  textLang?: TextLang;
  /** The provisions in the other language: their titles are shown under the given ones. */
  altProvisions?: readonly Provision[] | null;
  /** The translation's label, when the English is shown. */
  label?: string | null;
  /** The glossary's terms, shown at the end when the English is shown. */
  glossary?: readonly GlossaryTerm[] | null;
}

/**
 * The plan's contents: chapters with their provisions, each a button that opens the provision; in English with the
 * translation's label and the glossary of recurring terms.
 */
export function Contents({
  chapters,
  provisions,
  preamble,
  closing,
  lang,
  onSelect,
  matches = null,
  textLang = 'zh-CN',
  altProvisions = null,
  label = null,
  glossary = null,
}: ContentsProps) {
  const t = READER_STRINGS[lang];
  const altLang: TextLang = textLang === 'en' ? 'zh-CN' : 'en';
  return (
    <nav className="reader-contents" aria-labelledby="reader-contents-title" data-testid="reader-contents">
      <div className="contents-head">
        <h2 id="reader-contents-title">{t.contents}</h2>
        <p className="contents-intro">{t.contentsIntro}</p>
        {matches && (
          <p className="contents-filter-note" data-testid="reader-filter-note">
            {format(t.filterNote, { count: matches.size })}
          </p>
        )}
        {label && (
          <p className="translation-label" data-testid="translation-label">
            {label}
          </p>
        )}
      </div>
      <details className="plan-aside">
        <summary>{t.preamble}</summary>
        <p lang={textLang}>{preamble}</p>
      </details>
      <ol className="chapter-list">
        {chapters.map((c) => (
          <li key={c.id} className="chapter" id={`reader-${c.id}`}>
            <h3 className="chapter-head">
              <span className="chapter-numeral" aria-hidden="true">
                {c.numeral}
              </span>
              <span className="chapter-title">
                <span className="visually-hidden">{format(t.chapterLabel, { numeral: c.numeral, number: c.number })} </span>
                <span lang={textLang}>{c.title}</span>
              </span>
            </h3>
            <ol className="provision-list">
              {c.provisions.map((n) => {
                const p = provisions[n - 1];
                const match = matches ? (matches.has(n) ? 'yes' : 'no') : undefined;
                return (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="provision-link"
                      onClick={() => onSelect(n)}
                      data-provision={n}
                      data-filter-match={match}
                    >
                      <span className="prov-badge" aria-hidden="true">
                        {n}
                      </span>
                      <span className="visually-hidden">{format(t.provisionN, { n })} </span>
                      <span className="provision-link-title" lang={textLang}>
                        {p.title}
                        {altProvisions?.[n - 1] && (
                          <span className="provision-link-alt" lang={altLang}>
                            {altProvisions[n - 1].title}
                          </span>
                        )}
                      </span>
                      {match === 'yes' && <span className="filter-match-dot" title={t.filterMatch} aria-label={t.filterMatch} />}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <details className="plan-aside">
        <summary>{t.closing}</summary>
        <p lang={textLang}>{closing}</p>
      </details>
      {glossary && glossary.length > 0 && <GlossaryList terms={glossary} lang={lang} />}
    </nav>
  );
}
