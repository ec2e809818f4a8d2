import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Catalog, CatalogEntry, UnplacedEntry } from '../../../geo/schema.ts';
import { MAP_STRINGS } from '../../i18n/map.ts';
import { inLang, placedByPhrase, PROVENANCE_STRINGS, roleViews, unplacedWords } from '../../i18n/provenance.ts';
import { layerById } from '../../layers/registry.ts';
import { VOCABULARY } from '../../i18n/vocabulary.ts';
import { format } from '../../lib/format.ts';
import { own } from '../../lib/own.ts';
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
  /** The catalog's features, to name what a role is part of (optional: roles then show their labels only). */
  features?: Catalog['features'];
  onClose: () => void;
  onOpenProvision: (n: number) => void;
  /** Opens another feature (a role's whole). */
  onOpenFeature?: (id: string) => void;
}

/**
 * The mentions of an entry, grouped by provision, each with the provision's text and the words highlighted: in
 * English (the Chinese original folded under it) when the English edition is given.
 */
function MentionList({
  entry,
  lang,
  english,
  onOpenProvision,
}: {
  entry: Pick<CatalogEntry, 'id' | 'mentions'>;
  lang: Lang;
  english: EnglishQuotes | null;
  onOpenProvision: (n: number) => void;
}) {
  const t = MAP_STRINGS[lang];
  const groups = mentionsByProvision(entry);
  return (
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
  );
}

/** The selected feature: names, kind, precision, interpretation, status, source, districts and every mention. */
export function FeatureDetails({
  entry,
  lang,
  english = null,
  districtNames,
  features,
  onClose,
  onOpenProvision,
  onOpenFeature,
}: FeatureDetailsProps) {
  const t = MAP_STRINGS[lang];
  const pv = PROVENANCE_STRINGS[lang];
  const interpretationNote = inLang(entry, 'interpretation_note', lang);
  const source = inLang(entry, 'source', lang);
  const placedBy = entry.precision === 'approximate' ? placedByPhrase(entry.placed_by, lang) : null;
  const roles = roleViews(entry, features ?? {}, lang);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const layer = layerById(entry.layer);
  const inferred = entry.interpretation === 'inferred';
  const districts = entry.districts.map((d) => {
    const names = own(districtNames, d);
    return (lang === 'en' ? names?.name_en : names?.name_zh) ?? d;
  });
  return (
    <article className="feature-panel" data-testid="feature-panel" data-feature-id={entry.id} aria-labelledby="feature-title">
      <header className="feature-panel__head">
        <div>
          <p className="feature-panel__kind">
            {layer && <span className="feature-panel__dot" style={{ background: layer.color }} aria-hidden="true" />}
            {kindWord(entry.kind, lang)}
            {layer && ` · ${lang === 'en' ? layer.title_en : layer.title_zh}`}
          </p>
          <FeatureNames entry={entry} lang={lang} heading={heading}>
            {inferred && <span className="feature-panel__inferred">{VOCABULARY[lang].interpretation.inferredMark}</span>}
          </FeatureNames>
        </div>
        <CloseButton label={t.close} onClose={onClose} />
      </header>
      <dl className="feature-panel__facts">
        <dt>{t.precision}</dt>
        <dd data-precision={entry.precision}>{precisionPhrase(entry, lang)}</dd>
        {placedBy && (
          <>
            <dt>{pv.placedBy}</dt>
            <dd data-placed-by={entry.placed_by} data-testid="feature-placed-by">
              {placedBy}
            </dd>
          </>
        )}
        <dt>{t.interpretation}</dt>
        <dd data-interpretation={entry.interpretation} className={inferred ? 'is-inferred' : undefined}>
          {interpretationLabel(entry.interpretation, lang)}
          {interpretationNote && <span className="feature-panel__note">{interpretationNote}</span>}
        </dd>
        {roles.length > 0 && (
          <>
            <dt>{pv.roles}</dt>
            <dd>
              <ul className="feature-panel__roles" data-testid="feature-roles">
                {roles.map((r, i) => (
                  <li key={i} data-interpretation={r.interpretation}>
                    {r.whole &&
                      (r.featureId && onOpenFeature ? (
                        <button type="button" className="feature-panel__role-link" onClick={() => onOpenFeature(r.featureId!)}>
                          {r.whole}
                        </button>
                      ) : (
                        <span>{r.whole}</span>
                      ))}
                    {r.label && <strong className="feature-panel__role-label">{r.whole ? ` · ${r.label}` : r.label}</strong>}
                    <span className="feature-panel__role-interp">
                      {lang === 'zh' ? `（${interpretationLabel(r.interpretation, lang)}）` : ` (${interpretationLabel(r.interpretation, lang)})`}
                    </span>
                    {r.note && <span className="feature-panel__note">{r.note}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
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
        <dd className="feature-panel__source" data-testid="feature-source">
          {source}
        </dd>
      </dl>
      {inLang(entry, 'note', lang) && <p className="feature-panel__desc">{inLang(entry, 'note', lang)}</p>}
      <MentionList entry={entry} lang={lang} english={english} onOpenProvision={onOpenProvision} />
    </article>
  );
}

export interface UnplacedDetailsProps {
  entry: UnplacedEntry;
  lang: Lang;
  /** As for a mapped feature: the English edition to quote in the English interface. */
  english?: EnglishQuotes | null;
  onClose: () => void;
  onOpenProvision: (n: number) => void;
  /** Shows the mapped area the place lies in (`within`), when there is one. */
  onShowArea?: (id: string) => void;
}

/** The panel's heading in the interface language (it takes the focus), and the name in the other language below. */
function FeatureNames({ entry, lang, heading, children }: { entry: { name_zh: string; name_en?: string }; lang: Lang; heading: RefObject<HTMLHeadingElement | null>; children?: ReactNode }) {
  return (
    <>
      <h2 id="feature-title" ref={heading} tabIndex={-1}>
        {lang === 'en' ? entry.name_en || entry.name_zh : entry.name_zh}
        {children}
      </h2>
      {lang === 'en' ? (
        <p className="feature-panel__alt" lang="zh-CN">{entry.name_zh}</p>
      ) : (
        entry.name_en && <p className="feature-panel__alt" lang="en">{entry.name_en}</p>
      )}
    </>
  );
}

const CloseButton = ({ label, onClose }: { label: string; onClose: () => void }) => (
  <button type="button" className="feature-panel__close" onClick={onClose} aria-label={label} data-testid="feature-close">
    ×
  </button>
);

/** A place the plan names but the map does not draw: its names, why it is not drawn, where it is thought to be. */
export function UnplacedDetails({ entry, lang, english = null, onClose, onOpenProvision, onShowArea }: UnplacedDetailsProps) {
  const t = MAP_STRINGS[lang];
  const pv = PROVENANCE_STRINGS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const { reason, hint } = unplacedWords(entry, lang);
  return (
    <article className="feature-panel" data-testid="feature-panel" data-feature-id={entry.id} data-unplaced="true" aria-labelledby="feature-title">
      <header className="feature-panel__head">
        <div>
          <p className="feature-panel__kind">
            {kindWord(entry.kind, lang)} · {pv.notDrawn}
          </p>
          <FeatureNames entry={entry} lang={lang} heading={heading} />
        </div>
        <CloseButton label={t.close} onClose={onClose} />
      </header>
      <dl className="feature-panel__facts">
        <dt>{pv.whyNotDrawn}</dt>
        <dd data-testid="unplaced-reason">{reason}</dd>
        {hint && (
          <>
            <dt>{pv.whereabouts}</dt>
            <dd>
              {hint}
              {entry.within && onShowArea && (
                <button type="button" className="feature-panel__role-link" onClick={() => onShowArea(entry.within!)}>
                  {pv.showArea}
                </button>
              )}
            </dd>
          </>
        )}
        <dt>{t.status}</dt>
        <dd>{statusPhrase(entry, lang)}</dd>
      </dl>
      <MentionList entry={entry} lang={lang} english={english} onOpenProvision={onOpenProvision} />
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
  // The selected feature must be on the map: a link may open a feature whose layer is hidden.
  const layerToShow = id && catalog && Object.hasOwn(catalog.features, id) ? catalog.features[id]!.layer : null;
  const alsoIn = id && catalog && Object.hasOwn(catalog.features, id) ? catalog.features[id]!.also_in : [];
  useEffect(() => {
    if (!layerToShow) return;
    const s = useAppStore.getState();
    if (![layerToShow, ...alsoIn].some((l) => s.visibleLayers.includes(l))) s.setLayersVisible([layerToShow], true);
    // Only when the selection changes, not when the reader later hides the layer again.
  }, [id, layerToShow]);
  if (!id) return null;
  const t = MAP_STRINGS[lang];
  const close = () => useAppStore.getState().selectFeature(null);
  const entry = own(catalog?.features, id);
  const openProvision = (n: number) => {
    const s = useAppStore.getState();
    // Keep the feature lit on the map while the reader takes the panel's place.
    s.highlight([id]);
    s.selectFeature(null);
    s.selectProvision(n);
    s.setTab('reader');
  };
  const unplaced = !entry ? catalog?.unplaced.find((u) => u.id === id) : undefined;
  if (unplaced) {
    return (
      <UnplacedDetails
        entry={unplaced}
        lang={lang}
        english={quotes}
        onClose={close}
        onOpenProvision={openProvision}
        onShowArea={(area) => useAppStore.getState().focusFeatures([area])}
      />
    );
  }
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
      districtNames={catalog!.districts}
      features={catalog!.features}
      onClose={close}
      onOpenProvision={openProvision}
      onOpenFeature={(other) => useAppStore.getState().openFeature(other)}
    />
  );
}
