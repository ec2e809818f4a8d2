import type { BeltSummary, FeatureRef } from '../../lib/stats.ts';
import type { Lang } from '../../i18n/lang.ts';
import { OVERVIEW_STRINGS } from '../../i18n/overview.ts';
import { precisionLabel } from '../../lib/words.ts';

export interface BeltCardsProps {
  belts: BeltSummary[];
  lang: Lang;
  /** Shows a belt with its parks on the map. */
  onShowBelt: (belt: BeltSummary) => void;
  /** Selects one park. */
  onShowPark: (park: FeatureRef) => void;
}

/**
 * Lists the industrial belts: each with its output target exactly as written (两千亿级 / 千亿级), the leading
 * sectors as written, and the parks drawn as part of it (each park a button that shows it on the map).
 */
export function BeltCards({ belts, lang, onShowBelt, onShowPark }: BeltCardsProps) {
  const s = OVERVIEW_STRINGS[lang];
  const name = (f: FeatureRef) => (lang === 'en' ? f.name_en : f.name_zh);
  return (
    <ul className="ov-belts" data-testid="belts">
      {belts.map((b) => (
        <li key={b.id} className="ov-belt" data-belt={b.id}>
          <div className="ov-belt__head">
            <h4 className="ov-belt__name">{name(b)}</h4>
            <span className={`ov-belt__target${b.target?.startsWith('两千亿') ? ' ov-belt__target--big' : ''}`}>
              {b.target ? (
                <>
                  <span className="ov-belt__target-key">{s.beltTarget}</span> <span lang="zh">{b.target}</span>
                </>
              ) : (
                s.beltNoTarget
              )}
            </span>
          </div>
          {b.sectors_text && (
            <p className="ov-belt__sectors" lang="zh">
              {b.sectors_text}
            </p>
          )}
          <p className="ov-belt__parks-title">
            {s.beltParks} · {b.parks.length}
          </p>
          {b.parks.length ? (
            <ul className="ov-belt__parks">
              {b.parks.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="ov-park"
                    data-precision={p.precision}
                    title={precisionLabel(p.precision, lang)}
                    onClick={() => onShowPark(p)}
                  >
                    {name(p)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ov-note">{s.beltNoParks}</p>
          )}
          <button type="button" className="ov-belt__show" onClick={() => onShowBelt(b)}>
            {s.beltShow} <span aria-hidden="true">→</span>
            <span className="ov-sr"> {name(b)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
