import { useEffect, useMemo, useRef } from 'react';
import type { CatalogEntry } from '../../../geo/schema.ts';
import { MAP_STRINGS } from '../../i18n/map.ts';
import { layerById } from '../../layers/registry.ts';
import { VOCABULARY } from '../../i18n/vocabulary.ts';
import { format } from '../../lib/format.ts';
import { interpretationLabel, kindWord, precisionPhrase, statusPhrase } from '../../lib/words.ts';
import { TRANSLATION_LABEL } from '../../i18n/translation.ts';
import { EMPTY_MENTION_DATA, type MentionIndex } from '../../plan/mentions.ts';
import { getProvision } from '../../plan/plan-data.ts';
import type { Provision } from '../../plan/types.ts';
import { selectLang, selectSelectedFeature } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useMentionData } from '../reader/mention-context.ts';
import { ProvisionText } from '../reader/provision-text.tsx';
import { useEnglish } from '../reader/use-english.ts';
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

/** The English edition as the feature panel quotes it: the provisions and the English mention spans. */
export interface EnglishQuotes {
  provisions: readonly Provision[];
  index: MentionIndex;
}

export interface FeatureDetailsProps {
  entry: CatalogEntry;
  lang: Lang;
  /** In the English interface: quote the provisions in English, the words that name the feature highlighted. */
  english?: EnglishQuotes | null;
  districtNames: Record<string, { name_zh: string; name_en: string }>;
  onClose: () => void;
  onOpenProvision: (n: number) => void;
}

/** The selected feature: names, kind, precision, interpretation, status, source, districts and every mention. */
export function FeatureDetails({ entry, lang, english = null, districtNames, onClose, onOpenProvision }: FeatureDetailsProps) {
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
        {english && groups.length > 0 && (
          <p className="feature-panel__translation-label" data-testid="translation-label">
            {TRANSLATION_LABEL[lang]}
          </p>
        )}
        <ol className="feature-panel__mentions">
          {groups.map(({ p, words }) => {
            const provision = getProvision(p);
            if (!provision) return null;
            const en = english?.provisions[p - 1];
            const spans = en ? (english?.index[p] ?? []).filter((s) => s.ids.includes(entry.id)) : [];
            return (
              <li key={p} data-testid={`feature-mention-${p}`}>
                <div className="feature-panel__mention-head">
                  <span className="feature-panel__pnum">{format(t.provisionN, { n: p })}</span>
                  <button type="button" className="feature-panel__open" onClick={() => onOpenProvision(p)} data-testid={`open-provision-${p}`}>
                    {format(t.openInReader, { n: p })}
                  </button>
                </div>
                {en ? (
                  <>
                    <ProvisionText provision={en} lang="en" emphasisSpans={spans} className="feature-panel__text" />
                    <details className="feature-panel__original">
                      <summary>{t.chineseOriginal}</summary>
                      <ProvisionText provision={provision} emphasis={words} className="feature-panel__text" />
                    </details>
                  </>
                ) : (
                  <ProvisionText provision={provision} emphasis={words} className="feature-panel__text" />
                )}
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
  const mentions = useMentionData();
  // The English edition is loaded only for the English interface (and only once a feature is open).
  const { english } = useEnglish(lang === 'en' && id != null);
  const quotes = useMemo<EnglishQuotes | null>(
    () =>
      english && mentions !== EMPTY_MENTION_DATA
        ? { provisions: english.plan.provisions, index: english.mentions(mentions.index, mentions.names).index }
        : null,
    [english, mentions],
  );
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
      english={quotes}
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
