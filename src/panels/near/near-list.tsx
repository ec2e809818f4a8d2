import type { CatalogEntry, MapFeatureProps } from '../../../geo/schema.ts';
import type { NearStrings } from '../../i18n/near.ts';
import type { Lang } from '../../i18n/lang.ts';
import { VOCABULARY } from '../../i18n/vocabulary.ts';
import { distancePhrase, kindWord, precisionLabel, precisionPhrase, statusPhrase } from '../../lib/words.ts';
import { format } from '../../lib/format.ts';

/** One row of a list: the feature's map properties, its catalog record when known, and its distance (if any). */
export interface ListRow {
  id: string;
  props: MapFeatureProps | CatalogEntry;
  entry?: CatalogEntry;
  distance?: number;
  relation?: 'inside' | 'near';
}

export interface FeatureListProps {
  rows: ListRow[];
  lang: Lang;
  t: NearStrings;
  label: string;
  selected: string | null;
  onSelect: (id: string) => void;
  onProvision: (n: number) => void;
  testId: string;
}


/** Returns the provision numbers that mention a feature, ascending and without repeats. */
function provisionsOf(entry: CatalogEntry | undefined): number[] {
  if (!entry) return [];
  return [...new Set(entry.mentions.map((m) => m.p))].filter((n) => n >= 1).sort((a, b) => a - b);
}

/**
 * A list of plan features with, for each: name (choosing it shows it on the map), kind, distance in honest words,
 * the plan's verb, how exact the drawing is, and links to the provisions that mention it.
 */
export function FeatureList({ rows, lang, t, label, selected, onSelect, onProvision, testId }: FeatureListProps) {
  return (
    <ul className="near-list" aria-label={label} data-testid={testId}>
      {rows.map((row) => {
        const p = row.entry ?? row.props;
        const name = lang === 'zh' ? p.name_zh : p.name_en || p.name_zh;
        const provisions = provisionsOf(row.entry);
        const status = row.entry ? statusPhrase(row.entry, lang) : null;
        return (
          <li
            key={row.id}
            className="near-item"
            data-precision={p.precision}
            data-feature-id={row.id}
            aria-current={selected === row.id ? 'true' : undefined}
          >
            <button
              type="button"
              className="near-item-main"
              onClick={() => onSelect(row.id)}
            >
              {/* The action is read around the visible name, so the accessible name contains all visible text (WCAG 2.5.3). */}
              <span className="near-item-name">
                <span className="visually-hidden">{t.showOnMap.split('{name}')[0]}</span>
                {name}
                <span className="visually-hidden">{t.showOnMap.split('{name}')[1]} </span>
              </span>
              <span className="near-item-kind">{kindWord(p.kind, lang)}</span>
              {row.distance !== undefined && row.relation && (
                <span className="near-item-distance" data-testid="near-distance">
                  {distancePhrase(p, row.distance, row.relation, lang)}
                </span>
              )}
            </button>
            <div className="near-item-facts">
              {status && <span className="near-item-status" data-status={p.status_class}>{status}</span>}
              <span className="near-item-precision" data-testid="near-precision">
                <span className="near-badge" data-precision={p.precision}>
                  {precisionLabel(p.precision, lang)}
                </span>{' '}
                {precisionPhrase(p, lang)}
              </span>
              {p.interpretation === 'inferred' && (
                <span className="near-item-reading">
                  {t.interpretation}{VOCABULARY[lang].interpretation.inferredMark}
                </span>
              )}
            </div>
            {provisions.length > 0 && (
              <div className="near-item-provisions">
                <span className="near-item-provisions-label">{t.mentionedIn}</span>
                {provisions.map((n) => (
                  <button
                    key={n}
                    type="button"
                    className="near-provision-link"
                    aria-label={format(t.provisionLinkLabel, { n })}
                    onClick={() => onProvision(n)}
                  >
                    {format(t.provisionLink, { n })}
                  </button>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
