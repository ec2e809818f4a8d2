import { useEffect, useRef, useState } from 'react';
import { READER_STRINGS } from '../../i18n/reader.ts';
import { MAX_QUERY_LENGTH } from '../../plan/search.ts';
import type { Lang } from '../../i18n/lang.ts';

export interface SearchBoxProps {
  query: string;
  lang: Lang;
  onQuery: (q: string) => void;
  /** Enter pressed (e.g. open the provision a number query names). */
  onSubmit?: () => void;
}

/**
 * The reader's search field. Searches as you type, but not while an input method is composing (pinyin letters are
 * not the query yet); Escape clears it.
 */
export function SearchBox({ query, lang, onQuery, onSubmit }: SearchBoxProps) {
  const t = READER_STRINGS[lang];
  const [value, setValue] = useState(query);
  const composing = useRef(false);

  // Follow the store when the query changes elsewhere (a pasted link, a clear button).
  useEffect(() => {
    if (!composing.current) setValue(query);
  }, [query]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <label htmlFor="reader-search" className="visually-hidden">
        {t.searchLabel}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id="reader-search"
        type="search"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(e) => {
          setValue(e.target.value);
          if (!composing.current) onQuery(e.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          onQuery(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            setValue('');
            onQuery('');
          }
        }}
      />
      {value && (
        <button
          type="button"
          className="search-clear"
          aria-label={t.clearSearch}
          onClick={() => {
            setValue('');
            onQuery('');
          }}
        >
          ×
        </button>
      )}
    </form>
  );
}
