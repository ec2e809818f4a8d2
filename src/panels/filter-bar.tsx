import { useShallow } from 'zustand/react/shallow';
import type { Catalog } from '../../geo/schema.ts';
import { OVERVIEW_STRINGS } from '../i18n/overview.ts';
import { OUTSIDE_CITY, filtersActive } from '../lib/filters.ts';
import { selectFilterActions, selectFilters, selectLang } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Filters } from '../store/types.ts';
import { useCatalog } from './use-catalog.ts';
import './filter-bar.css';
import { format } from '../lib/format.ts';
import { sectorLabel, statusLabel } from '../lib/words.ts';

/** The filter keys in display order. */
export const FILTER_KEYS: readonly (keyof Filters)[] = ['sectors', 'statuses', 'districts'];

/**
 * Returns the words for one filter value: a sector or status label, or a district's name from the catalog (the
 * adcode itself when the catalog has no such district).
 */
export function filterValueLabel(
  key: keyof Filters,
  value: string,
  lang: Lang,
  districts?: Catalog['districts'] | null,
): string {
  if (key === 'sectors') return sectorLabel(value, lang);
  if (key === 'statuses') return statusLabel(value, lang);
  if (value === OUTSIDE_CITY) return OVERVIEW_STRINGS[lang].outsideCity;
  const d = districts?.[value];
  return d ? (lang === 'en' ? d.name_en : d.name_zh) : value;
}

export interface FilterBarProps {
  /** Number of items passing the filters, shown after the chips when given. */
  matching?: number | null;
  /** Hide the bar entirely while no filter is active (default: show "no filter"). */
  hideWhenEmpty?: boolean;
  /** Catalog for district names (loaded on demand when omitted). */
  catalog?: Catalog | null;
}

/**
 * Shows the active filters as removable chips with a "clear all" button. Reads and changes the store's filters, so
 * any panel can drop it in.
 */
export function FilterBar({ matching = null, hideWhenEmpty = false, catalog: given }: FilterBarProps) {
  const lang = useAppStore(selectLang);
  const filters = useAppStore(selectFilters);
  const { toggleFilter, clearFilters } = useAppStore(useShallow(selectFilterActions));
  const { catalog } = useCatalog(given);
  const s = OVERVIEW_STRINGS[lang];
  const active = filtersActive(filters);
  if (!active && hideWhenEmpty) return null;
  const keyWord = { sectors: s.keySector, statuses: s.keyStatus, districts: s.keyDistrict };

  return (
    <div className="filter-bar" role="group" aria-label={s.filtersLabel} data-testid="filter-bar" data-active={active}>
      <span className="filter-bar__title">{s.filtersLabel}</span>
      {!active && <span className="filter-bar__none">{s.filtersNone}</span>}
      <ul className="filter-bar__chips">
        {FILTER_KEYS.flatMap((key) =>
          filters[key].map((value) => {
            const label = filterValueLabel(key, value, lang, catalog?.districts);
            return (
              <li key={`${key}:${value}`}>
                <button
                  type="button"
                  className="filter-chip"
                  data-filter-key={key}
                  data-filter-value={value}
                  aria-label={format(s.filterRemove, { label })}
                  onClick={() => toggleFilter(key, value)}
                >
                  <span className="filter-chip__key">{keyWord[key]}</span>
                  <span className="filter-chip__value">{label}</span>
                  <span className="filter-chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            );
          }),
        )}
      </ul>
      {active && matching != null && (
        <span className="filter-bar__matching" data-testid="filter-matching">
          {format(s.filterMatching, { n: matching })}
        </span>
      )}
      {active && (
        <button type="button" className="filter-bar__clear" onClick={clearFilters}>
          {s.filtersClear}
        </button>
      )}
    </div>
  );
}
