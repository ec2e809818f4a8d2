import { useEffect, useRef } from 'react';
import { READER_STRINGS } from '../../i18n/reader.ts';
import type { MentionSpan } from '../../plan/mentions.ts';
import type { Span } from '../../plan/search.ts';
import type { Chapter, Provision } from '../../plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { ProvisionText } from './provision-text.tsx';
import { format } from '../../lib/format.ts';

/** The language tag of a text of the plan: the Chinese original or the English translation. */
export type TextLang = 'zh-CN' | 'en';

/** One column of text: the provision in one language, with its search matches and place mentions. */
export interface ProvisionColumn {
  lang: TextLang;
  provision: Provision;
  matches?: readonly Span[];
  mentions?: readonly MentionSpan[];
  /** Says which text this is (shown when two columns stand side by side, or the text is not the interface's). */
  heading?: string;
  /** The translation's label, shown with the English text. */
  label?: string;
}

/** The control that shows the plan in the other language (beside, or instead of, the interface language). */
export interface LanguageToggle {
  pressed: boolean;
  label: string;
  title: string;
  onToggle: () => void;
}

export interface ProvisionViewProps {
  provision: Provision;
  chapter: Chapter;
  prev: Provision | null;
  next: Provision | null;
  lang: Lang;
  /** Language of `provision`, `chapter` and the pager titles. */
  textLang?: TextLang;
  /** The provision's title in the other language, shown small under the heading. */
  altTitle?: { lang: TextLang; text: string };
  /** Extra chapter introductions (the other language), shown under the first. */
  altIntro?: { lang: TextLang; text: string } | null;
  /** The texts to show; by default the provision alone, with `matches` and `mentions`. */
  columns?: ProvisionColumn[];
  matches?: readonly Span[];
  mentions?: readonly MentionSpan[];
  mapped?: ReadonlySet<string>;
  activeIds?: readonly string[];
  /** Ids of the mapped features this provision mentions (for "show on map"). */
  mappedIds?: readonly string[];
  /** A short note to show under the text (e.g. a location not published), or null. */
  note?: string | null;
  /** The state of the translation when it is wanted but not shown (loading, failed), with a retry. */
  translationNote?: { text: string; retry?: { label: string; onRetry: () => void } } | null;
  languageToggle?: LanguageToggle;
  /** Whether to offer "back to results" instead of "contents". */
  fromSearch?: boolean;
  onSelect: (n: number) => void;
  onBack: () => void;
  onMention?: (ids: string[], words: string) => void;
  onShowOnMap?: (ids: string[]) => void;
}

/**
 * One provision: chapter context, number and title, its text in one language or in two side by side, "show on map",
 * the control for the other language, and previous/next.
 */
export function ProvisionView({
  provision: p,
  chapter,
  prev,
  next,
  lang,
  textLang = 'zh-CN',
  altTitle,
  altIntro,
  columns,
  matches,
  mentions,
  mapped,
  activeIds,
  mappedIds = [],
  note,
  translationNote,
  languageToggle,
  fromSearch,
  onSelect,
  onBack,
  onMention,
  onShowOnMap,
}: ProvisionViewProps) {
  const t = READER_STRINGS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const cols = columns ?? [{ lang: textLang, provision: p, matches, mentions }];

  // Move focus to the new provision's heading after previous/next, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, [p.number]);

  return (
    <article
      className="provision-view"
      aria-labelledby="provision-heading"
      data-testid="provision-view"
      data-provision={p.number}
      data-columns={cols.length}
      data-text-lang={cols.map((c) => c.lang).join(' ')}
    >
      <div className="provision-nav-top">
        <button type="button" className="link-button back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {fromSearch ? t.backToResults : t.backToContents}
        </button>
        {languageToggle && (
          <button
            type="button"
            className="lang-toggle"
            aria-pressed={languageToggle.pressed}
            title={languageToggle.title}
            onClick={languageToggle.onToggle}
            data-testid="reader-lang-toggle"
          >
            <span aria-hidden="true" className="lang-toggle__icon">
              ⇄
            </span>
            {languageToggle.label}
          </button>
        )}
      </div>
      <div className="chapter-context">
        <span className="chapter-numeral small" aria-hidden="true">
          {chapter.numeral}
        </span>
        <div>
          <div className="chapter-context-label">{format(t.inChapter, { numeral: chapter.numeral, number: chapter.number })}</div>
          <div className="chapter-context-title" lang={textLang}>
            {chapter.title}
          </div>
        </div>
      </div>
      {chapter.intro && (
        <details className="plan-aside chapter-intro">
          <summary>{t.chapterIntro}</summary>
          <p lang={textLang}>{chapter.intro}</p>
          {altIntro && (
            <p lang={altIntro.lang} className="plan-aside__alt">
              {altIntro.text}
            </p>
          )}
        </details>
      )}
      <h2 className="provision-heading" id="provision-heading" tabIndex={-1} ref={heading}>
        <span className="prov-badge large">{p.number}</span>
        <span className="visually-hidden">{format(t.provisionN, { n: p.number })} </span>
        <span className="provision-heading-title" lang={textLang}>
          {p.title}
        </span>
      </h2>
      {altTitle && (
        <p className="provision-alt-title" lang={altTitle.lang} data-testid="provision-alt-title">
          {altTitle.text}
        </p>
      )}
      {onShowOnMap && (
        <div className="provision-actions">
          <button
            type="button"
            className="primary-button"
            disabled={mappedIds.length === 0}
            title={mappedIds.length === 0 ? t.noMapped : undefined}
            onClick={() => onShowOnMap([...mappedIds])}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" className="button-icon">
              <path
                d="M10 18s6-5.3 6-10a6 6 0 10-12 0c0 4.7 6 10 6 10z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              />
              <circle cx="10" cy="8" r="2.2" fill="currentColor" />
            </svg>
            {mappedIds.length ? format(t.showOnMapCount, { n: mappedIds.length }) : t.noMapped}
          </button>
        </div>
      )}
      {translationNote && (
        <p className="translation-status" role="status" data-testid="translation-status">
          {translationNote.text}
          {translationNote.retry && (
            <button type="button" className="link-button" onClick={translationNote.retry.onRetry}>
              {translationNote.retry.label}
            </button>
          )}
        </p>
      )}
      <div className="provision-columns">
        {cols.map((c) => (
          <section key={c.lang} className="provision-column" data-lang={c.lang} aria-label={c.heading}>
            {c.heading && <h3 className="provision-column__head">{c.heading}</h3>}
            {c.label && (
              <p className="translation-label" data-testid="translation-label">
                {c.label}
              </p>
            )}
            <ProvisionText
              provision={c.provision}
              lang={c.lang}
              matches={c.matches}
              mentions={c.mentions}
              mapped={mapped}
              activeIds={activeIds}
              onMention={onMention}
              mentionHint={t.showOnMap}
            />
          </section>
        ))}
      </div>
      {note && (
        <p className="provision-note" role="status">
          {note}
        </p>
      )}
      <nav className="provision-pager" aria-label={`${t.previous} / ${t.next}`}>
        {prev ? (
          <button type="button" className="pager prev" onClick={() => onSelect(prev.number)} data-testid="reader-prev">
            <span className="pager-dir">‹ {t.previous}</span>
            <span className="pager-title" lang={textLang}>
              <span className="prov-badge small">{prev.number}</span>
              {prev.title}
            </span>
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" className="pager next" onClick={() => onSelect(next.number)} data-testid="reader-next">
            <span className="pager-dir">{t.next} ›</span>
            <span className="pager-title" lang={textLang}>
              <span className="prov-badge small">{next.number}</span>
              {next.title}
            </span>
          </button>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
