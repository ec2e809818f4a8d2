import { useEffect, useRef } from 'react';
import type { CatalogEntry } from '../../../geo/schema.ts';
import { MAP_STRINGS } from '../../i18n/map.ts';
import { layerById } from '../../layers/registry.ts';
import { VOCABULARY } from '../../i18n/vocabulary.ts';
import { format } from '../../lib/format.ts';
import { interpretationLabel, kindWord, precisionPhrase, statusPhrase } from '../../lib/words.ts';
import { getProvision } from '../../plan/plan-data.ts';
import { selectLang, selectSelectedFeature } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import type { Lang } from '../../i18n/lang.ts';
import { ProvisionText } from '../reader/provision-text.tsx';
import { useCatalog } from '../use-catalog.ts';
import './feature-panel.css';

/** Returns the mentions of an entry grouped by provision (ascending), each with its distinct words. */
export function mentionsByProvision(entry: Pick<CatalogEntry, 'mentions'>): { p: number; words: string[] }[] {
  const m = new Map<number, Set<string>>();
  for (const x of entry.mentions) {
    if (!m.has(x.p)) m.set(x.p, new Set());
    m.get(x.p)!.add(x.text);
  }
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([p, w]) => ({ p, words: [...w] }));
}

export interface FeatureDetailsProps {
  entry: CatalogEntry;
  lang: Lang;
  districtNames: Record<string, { name_zh: string; name_en: string }>;
  onClose: () => void;
  onOpenProvision: (n: number) => void;
}

/** The selected feature: names, kind, precision, interpretation, status, source, districts and every mention. */
export function FeatureDetails({ entry, lang, districtNames, onClose, onOpenProvision }: FeatureDetailsProps) {
  const t = MAP_STRINGS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const layer = layerById(entry.layer);
  const inferred = entry.interpretation === 'inferred';
  const districts = entry.districts.map((d) => (lang === 'en' ? districtNames[d]?.name_en : districtNames[d]?.name_zh) ?? d);
  const groups = mentionsByProvision(entry);
  return (
    <article className="feature-panel" data-testid="feature-panel" data-feature-id={entry.id} aria-labelledby="feature-title">
      <header className="feature-panel__head">
        <div>
          <p className="feature-panel__kind">
            {layer && <span className="feature-panel__dot" style={{ background: layer.color }} aria-hidden="true" />}
            {kindWord(entry.kind, lang)}
            {layer && ` · ${lang === 'en' ? layer.title_en : layer.title_zh}`}
          </p>
          <h2 id="feature-title" ref={heading} tabIndex={-1}>
            {lang === 'en' ? entry.name_en || entry.name_zh : entry.name_zh}
            {inferred && <span className="feature-panel__inferred">{VOCABULARY[lang].interpretation.inferredMark}</span>}
          </h2>
          {lang === 'en' ? (
            <p className="feature-panel__alt" lang="zh-CN">{entry.name_zh}</p>
          ) : (
            entry.name_en && <p className="feature-panel__alt" lang="en">{entry.name_en}</p>
          )}
        </div>
        <button type="button" className="feature-panel__close" onClick={onClose} aria-label={t.close} data-testid="feature-close">
          ×
        </button>
      </header>
      <dl className="feature-panel__facts">
        <dt>{t.precision}</dt>
        <dd data-precision={entry.precision}>{precisionPhrase(entry, lang)}</dd>
        <dt>{t.interpretation}</dt>
        <dd data-interpretation={entry.interpretation} className={inferred ? 'is-inferred' : undefined}>
          {interpretationLabel(entry.interpretation, lang)}
          {entry.interpretation_note && <span className="feature-panel__note">{entry.interpretation_note}</span>}
        </dd>
        <dt>{t.status}</dt>
        <dd>{statusPhrase(entry, lang)}</dd>
        {entry.target && (
          <>
            <dt>{t.target}</dt>
            <dd lang="zh-CN">
              {entry.target}
              {entry.sectors_text && ` · ${entry.sectors_text}`}
            </dd>
          </>
        )}
        {districts.length > 0 && (
          <>
            <dt>{t.districts}</dt>
            <dd>{districts.join(lang === 'en' ? ', ' : '、')}</dd>
          </>
        )}
        <dt>{t.source}</dt>
        <dd className="feature-panel__source">{entry.source}</dd>
      </dl>
      {(lang === 'en' ? entry.note_en : entry.note_zh) && <p className="feature-panel__desc">{lang === 'en' ? entry.note_en : entry.note_zh}</p>}
      <section aria-labelledby="feature-mentions">
        <h3 id="feature-mentions">{t.mentionsTitle}</h3>
        {groups.length === 0 && <p>{t.mentionsNone}</p>}
        <ol className="feature-panel__mentions">
          {groups.map(({ p, words }) => {
            const provision = getProvision(p);
            if (!provision) return null;
            return (
              <li key={p} data-testid={`feature-mention-${p}`}>
                <div className="feature-panel__mention-head">
                  <span className="feature-panel__pnum">{format(t.provisionN, { n: p })}</span>
                  <button type="button" className="feature-panel__open" onClick={() => onOpenProvision(p)} data-testid={`open-provision-${p}`}>
                    {format(t.openInReader, { n: p })}
                  </button>
                </div>
                <ProvisionText provision={provision} emphasis={words} className="feature-panel__text" />
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}

/** The feature panel: shown when a feature is selected (on phones the shell opens the bottom sheet for it). */
export function FeaturePanel() {
  const lang = useAppStore(selectLang);
  const id = useAppStore(selectSelectedFeature);
  const { catalog, error } = useCatalog();
  const failed = error != null;
  if (!id) return null;
  const t = MAP_STRINGS[lang];
  const close = () => useAppStore.getState().selectFeature(null);
  const entry = catalog?.features[id];
  if (!entry) {
    if (!catalog && !failed) return null;
    return (
      <article className="feature-panel" data-testid="feature-panel" data-feature-id={id}>
        <header className="feature-panel__head">
          <h2>{id}</h2>
          <button type="button" className="feature-panel__close" onClick={close} aria-label={t.close}>
            ×
          </button>
        </header>
        <p>{failed ? t.catalogMissing : t.notInCatalog}</p>
      </article>
    );
  }
  return (
    <FeatureDetails
      entry={entry}
      lang={lang}
      districtNames={catalog.districts}
      onClose={close}
      onOpenProvision={(n) => {
        const s = useAppStore.getState();
        // Keep the feature lit on the map while the reader takes the panel's place.
        s.highlight([id]);
        s.selectFeature(null);
        s.selectProvision(n);
        s.setTab('reader');
      }}
    />
  );
}
