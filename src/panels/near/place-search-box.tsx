import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { NearStrings } from '../../i18n/near.ts';
import { searchPlaces, type Place, type PlaceIndex } from '../../lib/place-search.ts';
import { format } from '../../lib/format.ts';
import type { Lang } from '../../i18n/lang.ts';

export interface PlaceSearchBoxProps {
  index: PlaceIndex | null;
  lang: Lang;
  t: NearStrings;
  onChoose: (place: Place) => void;
}


/**
 * A search box with results as you type, following the ARIA combobox pattern (list autocomplete): arrow keys move
 * through the results, Enter chooses, Escape closes (and a second Escape clears).
 */
export function PlaceSearchBox({ index, lang, t, onChoose }: PlaceSearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = useMemo(() => (index && query.trim() ? searchPlaces(index, query, 8) : []), [index, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (place: Place) => {
    setQuery(lang === 'zh' ? place.name_zh : place.name_en);
    setOpen(false);
    setActive(-1);
    onChoose(place);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a <= 0 ? hits.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (expanded && hit) {
        e.preventDefault();
        choose(hit.place);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="near-search">
      <label className="near-label" htmlFor={`${id}-input`}>
        {t.searchLabel}
      </label>
      <div className="near-search-field">
        <input
          id={`${id}-input`}
          className="near-search-input"
          type="search"
          role="combobox"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={t.searchPlaceholder}
          value={query}
          data-testid="near-search"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={t.searchLabel} className="near-search-list" hidden={!expanded}>
        {expanded &&
          hits.map((h, i) => {
            const p = h.place;
            const name = lang === 'zh' ? p.name_zh : p.name_en;
            const other = lang === 'zh' ? p.name_en : p.name_zh;
            const detail = (lang === 'zh' ? p.detail_zh : p.detail_en) ?? t.kindPlace[p.kind];
            return (
              <li
                key={p.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="near-search-option"
                data-kind={p.kind}
                // mousedown, not click: the input must not lose focus (and close the list) before the choice lands.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(p);
                }}
              >
                <span className="near-option-name">{name}</span>
                <span className="near-option-detail">
                  {detail}
                  {other && other !== name ? ` · ${other}` : ''}
                </span>
              </li>
            );
          })}
      </ul>
      {expanded && index && hits.length === 0 && (
        <p className="near-search-empty" role="status">
          {format(t.searchNoResults, { q: query.trim() })}
        </p>
      )}
    </div>
  );
}
