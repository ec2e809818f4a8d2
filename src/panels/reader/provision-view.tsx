import { useEffect, useRef } from 'react';
import { READER_STRINGS } from '../../i18n/reader.ts';
import type { MentionSpan } from '../../plan/mentions.ts';
import type { Span } from '../../plan/search.ts';
import type { Chapter, Provision } from '../../plan/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { ProvisionText } from './provision-text.tsx';
import { format } from '../../lib/format.ts';

export interface ProvisionViewProps {
  provision: Provision;
  chapter: Chapter;
  prev: Provision | null;
  next: Provision | null;
  lang: Lang;
  matches?: readonly Span[];
  mentions?: readonly MentionSpan[];
  mapped?: ReadonlySet<string>;
  activeIds?: readonly string[];
  /** Ids of the mapped features this provision mentions (for "show on map"). */
  mappedIds?: readonly string[];
  /** A short note to show under the text (e.g. a location not published), or null. */
  note?: string | null;
  /** Whether to offer "back to results" instead of "contents". */
  fromSearch?: boolean;
  onSelect: (n: number) => void;
  onBack: () => void;
  onMention?: (ids: string[], words: string) => void;
  onShowOnMap?: (ids: string[]) => void;
}

/** One provision: chapter context, number and title, the verbatim text, "show on map" and previous/next. */
export function ProvisionView({
  provision: p,
  chapter,
  prev,
  next,
  lang,
  matches,
  mentions,
  mapped,
  activeIds,
  mappedIds = [],
  note,
  fromSearch,
  onSelect,
  onBack,
  onMention,
  onShowOnMap,
}: ProvisionViewProps) {
  const t = READER_STRINGS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Move focus to the new provision's heading after previous/next, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, [p.number]);

  return (
    <article className="provision-view" aria-labelledby="provision-heading" data-testid="provision-view" data-provision={p.number}>
      <div className="provision-nav-top">
        <button type="button" className="link-button back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {fromSearch ? t.backToResults : t.backToContents}
        </button>
      </div>
      <div className="chapter-context">
        <span className="chapter-numeral small" aria-hidden="true">
          {chapter.numeral}
        </span>
        <div>
          <div className="chapter-context-label">{format(t.inChapter, { numeral: chapter.numeral, number: chapter.number })}</div>
          <div className="chapter-context-title" lang="zh-CN">
            {chapter.title}
          </div>
        </div>
      </div>
      {chapter.intro && (
        <details className="plan-aside chapter-intro">
          <summary>{t.chapterIntro}</summary>
          <p lang="zh-CN">{chapter.intro}</p>
        </details>
      )}
      <h2 className="provision-heading" id="provision-heading" tabIndex={-1} ref={heading}>
        <span className="prov-badge large">{p.number}</span>
        <span className="visually-hidden">{format(t.provisionN, { n: p.number })} </span>
        <span className="provision-heading-title" lang="zh-CN">
          {p.title}
        </span>
      </h2>
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
      <ProvisionText
        provision={p}
        matches={matches}
        mentions={mentions}
        mapped={mapped}
        activeIds={activeIds}
        onMention={onMention}
        mentionHint={t.showOnMap}
      />
      {note && (
        <p className="provision-note" role="status">
          {note}
        </p>
      )}
      <nav className="provision-pager" aria-label={`${t.previous} / ${t.next}`}>
        {prev ? (
          <button type="button" className="pager prev" onClick={() => onSelect(prev.number)} data-testid="reader-prev">
            <span className="pager-dir">‹ {t.previous}</span>
            <span className="pager-title" lang="zh-CN">
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
            <span className="pager-title" lang="zh-CN">
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
