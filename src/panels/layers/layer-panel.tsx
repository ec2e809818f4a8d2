import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAP_STRINGS } from '../../i18n/map.ts';
import { availableBasemaps, EMBEDDED_BASEMAP, type BasemapDef } from '../../layers/basemaps.ts';
import { GROUP_TITLES, GROUPS, layersInGroup, type GroupId } from '../../layers/registry.ts';
import { loadAppConfig } from '../../lib/app-config.ts';
import { VIEW_PRESETS, type ViewPreset } from '../../lib/camera.ts';
import { selectBasemap, selectLang, selectVisibleLayers } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import type { Lang } from '../../i18n/lang.ts';
import { Swatch } from '../legend.tsx';
import { MapFeatureList } from '../feature-list.tsx';
import { useCatalog } from '../use-catalog.ts';
import './layer-panel.css';

const VIEWS: { id: ViewPreset; label: 'viewCore' | 'viewCity' | 'viewRegion' | 'viewChina'; hint: 'viewCoreHint' | 'viewCityHint' | 'viewRegionHint' | 'viewChinaHint' }[] = [
  { id: 'core', label: 'viewCore', hint: 'viewCoreHint' },
  { id: 'city', label: 'viewCity', hint: 'viewCityHint' },
  { id: 'region', label: 'viewRegion', hint: 'viewRegionHint' },
  { id: 'china', label: 'viewChina', hint: 'viewChinaHint' },
];

/** A checkbox that can show the mixed state (some layers of a group on). */
function TriStateCheckbox({ checked, mixed, onChange, label }: { checked: boolean; mixed: boolean; onChange: (v: boolean) => void; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={checked}
      aria-checked={mixed ? 'mixed' : checked}
      aria-label={label}
      onChange={(e) => onChange(mixed ? true : e.target.checked)}
    />
  );
}

export interface LayerGroupsProps {
  lang: Lang;
  visible: readonly string[];
  counts: Record<string, number> | null;
  onToggle: (id: string, on: boolean) => void;
  onToggleGroup: (ids: string[], on: boolean) => void;
}

/** The layer groups with a tri-state toggle per group and a toggle, swatch and feature count per layer. */
export function LayerGroups({ lang, visible, counts, onToggle, onToggleGroup }: LayerGroupsProps) {
  const t = MAP_STRINGS[lang];
  return (
    <div className="layer-groups">
      {GROUPS.map((g: GroupId) => {
        const layers = layersInGroup(g);
        const on = layers.filter((l) => visible.includes(l.id)).length;
        const title = GROUP_TITLES[g][lang];
        return (
          <fieldset key={g} className="layer-group" data-testid={`layer-group-${g}`}>
            <legend className="layer-group__title">
              <label>
                <TriStateCheckbox
                  checked={on === layers.length}
                  mixed={on > 0 && on < layers.length}
                  label={`${title}：${t.showGroup}`}
                  onChange={(v) => onToggleGroup(layers.map((l) => l.id), v)}
                />
                <span>{title}</span>
              </label>
            </legend>
            <ul className="layer-list">
              {layers.map((l) => {
                const n = counts?.[l.id];
                return (
                  <li key={l.id}>
                    <label className="layer-row">
                      <input
                        type="checkbox"
                        checked={visible.includes(l.id)}
                        onChange={(e) => onToggle(l.id, e.target.checked)}
                        data-testid={`layer-toggle-${l.id}`}
                      />
                      <Swatch type={l.legend.swatch} color={l.color} />
                      <span className="layer-row__title">{lang === 'en' ? l.title_en : l.title_zh}</span>
                      {n != null && (
                        <span className="layer-row__count" title={`${n} ${t.features}`}>
                          {n}
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}

/** The layers tab: scale views, layer groups with legend swatches and counts, and the basemap switcher. */
export function LayerPanel() {
  const lang = useAppStore(selectLang);
  const visible = useAppStore(useShallow(selectVisibleLayers));
  const basemap = useAppStore(selectBasemap);
  const { catalog } = useCatalog();
  const counts = useMemo(() => (catalog ? Object.fromEntries(Object.entries(catalog.layers).map(([id, v]) => [id, v.count])) : null), [catalog]);
  const [basemaps, setBasemaps] = useState<BasemapDef[]>(() => availableBasemaps({}));
  const t = MAP_STRINGS[lang];

  useEffect(() => {
    let live = true;
    loadAppConfig().then((cfg) => live && setBasemaps(availableBasemaps(cfg)));
    return () => {
      live = false;
    };
  }, []);

  const store = useAppStore.getState;
  return (
    <div className="layer-panel" data-testid="layer-panel">
      <section aria-labelledby="lp-views">
        <h2 id="lp-views" className="layer-panel__h">{t.viewsTitle}</h2>
        <div className="layer-panel__views">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" title={t[v.hint]} onClick={() => store().fitBbox(VIEW_PRESETS[v.id])} data-testid={`view-${v.id}`}>
              {t[v.label]}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="lp-layers">
        <h2 id="lp-layers" className="layer-panel__h">{t.layersTitle}</h2>
        <LayerGroups
          lang={lang}
          visible={visible}
          counts={counts}
          onToggle={(id, on) => store().setLayerVisible(id, on)}
          onToggleGroup={(ids, on) => store().setLayersVisible(ids, on)}
        />
      </section>
      <MapFeatureList />
      <section aria-labelledby="lp-basemap">
        <h2 id="lp-basemap" className="layer-panel__h">{t.basemapTitle}</h2>
        <div className="layer-panel__basemaps" role="radiogroup" aria-labelledby="lp-basemap">
          {basemaps.map((b) => (
            <label key={b.id} className="layer-row">
              <input
                type="radio"
                name="basemap"
                value={b.id}
                checked={basemap === b.id || (!basemaps.some((x) => x.id === basemap) && b.id === EMBEDDED_BASEMAP.id)}
                onChange={() => store().setBasemap(b.id)}
                data-testid={`basemap-${b.id}`}
              />
              <span className="layer-row__title">{lang === 'en' ? b.title_en : b.title_zh}</span>
            </label>
          ))}
        </div>
      </section>
    </div>
  );
}
