import { useShallow } from 'zustand/react/shallow';
import type { Catalog, CatalogEntry } from '../../geo/schema.ts';
import { FEATURE_LIST_STRINGS } from '../i18n/feature-list.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import { LAYERS } from '../layers/registry.ts';
import { selectLang, selectSelectedFeature, selectVisibleLayers } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { Lang } from '../i18n/lang.ts';
import { useCatalog } from './use-catalog.ts';
import './feature-list.css';
import { format } from '../lib/format.ts';
import { precisionPhrase } from '../lib/words.ts';

export interface FeatureListProps {
  lang: Lang;
  /** The catalogue; null while loading. */
  catalog: Catalog | null;
  /** Set when the catalogue could not load. */
  failed?: boolean;
  /** Visible layer ids (the list follows the map). */
  visible: readonly string[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Returns the catalogue's features of each visible layer, in registry order, each layer's features sorted by name. */
export function featuresByLayer(catalog: Catalog, visible: readonly string[], lang: Lang): { layerId: string; features: CatalogEntry[] }[] {
  const byLayer = new Map<string, CatalogEntry[]>();
  for (const f of Object.values(catalog.features)) {
    // A feature with a role in another layer is drawn there too, and listed with it.
    for (const layer of [f.layer, ...(f.also_in ?? [])]) {
      if (!visible.includes(layer)) continue;
      const list = byLayer.get(layer) ?? [];
      list.push(f);
      byLayer.set(layer, list);
    }
  }
  const name = (f: CatalogEntry) => (lang === 'en' ? f.name_en || f.name_zh : f.name_zh);
  return LAYERS.filter((l) => byLayer.has(l.id)).map((l) => ({
    layerId: l.id,
    features: byLayer.get(l.id)!.sort((a, b) => name(a).localeCompare(name(b), lang === 'en' ? 'en' : 'zh-CN')),
  }));
}

/**
 * The map's content as a list: every feature of the visible layers, grouped by layer, each a button that selects it
 * (as a click on the map would), with its precision in words. Collapsed by default so it does not crowd the panel.
 */
export function FeatureList({ lang, catalog, failed, visible, selected, onSelect }: FeatureListProps) {
  const t = FEATURE_LIST_STRINGS[lang];
  const groups = catalog ? featuresByLayer(catalog, visible, lang) : [];
  const total = groups.reduce((n, g) => n + g.features.length, 0);
  return (
    <section className="feature-list" aria-labelledby="feature-list-title" data-testid="feature-list">
      <h2 id="feature-list-title" className="visually-hidden">
        {t.title}
      </h2>
      <details>
        <summary data-testid="feature-list-toggle">{format(t.summary, { n: total })}</summary>
        <p className="feature-list__intro">{t.intro}</p>
        {failed ? (
          <p role="alert">{t.failed}</p>
        ) : !catalog ? (
          <p>{t.loading}</p>
        ) : groups.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          groups.map((g) => {
            const def = LAYERS.find((l) => l.id === g.layerId)!;
            const headingId = `feature-list-${g.layerId}`;
            return (
              <div key={g.layerId} className="feature-list__group" data-layer={g.layerId}>
                <h3 id={headingId} className="feature-list__layer">
                  {lang === 'en' ? def.title_en : def.title_zh}{' '}
                  <span className="feature-list__count">({format(t.count, { n: g.features.length })})</span>
                </h3>
                <ul aria-labelledby={headingId}>
                  {g.features.map((f) => (
                    <li key={f.id}>
                      <button
                        type="button"
                        className="feature-list__item"
                        aria-current={selected === f.id ? 'true' : undefined}
                        onClick={() => onSelect(f.id)}
                        data-feature={f.id}
                      >
                        <span className="feature-list__name">
                          {lang === 'en' ? f.name_en || f.name_zh : f.name_zh}
                          {f.interpretation === 'inferred' ? ` (${VOCABULARY[lang].interpretation.inferredMark})` : ''}
                        </span>
                        <span className="feature-list__precision">{precisionPhrase(f, lang)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </details>
    </section>
  );
}

/** The feature list wired to the store and the catalogue (for the Layers tab). */
export function MapFeatureList() {
  const lang = useAppStore(selectLang);
  const visible = useAppStore(useShallow(selectVisibleLayers));
  const selected = useAppStore(selectSelectedFeature);
  const { catalog, error } = useCatalog();
  return (
    <FeatureList
      lang={lang}
      catalog={catalog}
      failed={error != null}
      visible={visible}
      selected={selected}
      onSelect={(id) => {
        const s = useAppStore.getState();
        s.selectFeature(id);
        s.focusFeatures([id]);
      }}
    />
  );
}
