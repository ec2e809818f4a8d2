import { useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAP_STRINGS } from '../i18n/map.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import { LAYERS, type LayerDef, type SwatchType } from '../layers/registry.ts';
import { legendStartsOpen, type MapSize } from '../lib/map-furniture.ts';
import { selectLang, selectVisibleLayers } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import './legend.css';

/** Draws a legend swatch (fill, line, point, hatch or dashed) in a colour, as a small inline SVG. */
export function Swatch({ type, color, size = 22 }: { type: SwatchType; color: string; size?: number }) {
  const h = Math.round(size * 0.7);
  const id = `sw-${type}-${color.slice(1)}`;
  return (
    <svg className="swatch" width={size} height={h} viewBox="0 0 22 15" aria-hidden="true" focusable="false">
      {type === 'fill' && <rect x="1" y="1" width="20" height="13" rx="2" fill={color} fillOpacity="0.35" stroke={color} strokeWidth="1.5" />}
      {type === 'hatch' && (
        <>
          <defs>
            <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" stroke={color} strokeWidth="1.4" strokeOpacity="0.7" />
            </pattern>
          </defs>
          <rect x="1" y="1" width="20" height="13" rx="2" fill={color} fillOpacity="0.14" />
          <rect x="1" y="1" width="20" height="13" rx="2" fill={`url(#${id})`} stroke={color} strokeWidth="1.5" strokeDasharray="3 2" />
        </>
      )}
      {type === 'line' && <line x1="1" y1="7.5" x2="21" y2="7.5" stroke={color} strokeWidth="3" strokeLinecap="round" />}
      {type === 'dashed' && <line x1="1" y1="7.5" x2="21" y2="7.5" stroke={color} strokeWidth="3" strokeDasharray="4 3" />}
      {type === 'point' && <circle cx="11" cy="7.5" r="5" fill={color} stroke="#fff" strokeWidth="1.5" />}
    </svg>
  );
}

/** Returns the registry layers that are visible, in registry order. */
export function visibleLayerDefs(visible: readonly string[]): LayerDef[] {
  return LAYERS.filter((l) => visible.includes(l.id));
}

/** The size of the map the legend floats over (its positioned parent), or null before layout. */
function mapSizeOf(el: HTMLElement | null): MapSize | null {
  const host = el?.parentElement;
  return host && host.clientWidth > 0 ? { width: host.clientWidth, height: host.clientHeight } : null;
}

/**
 * The map legend: only the layers shown, plus the precision key (solid = surveyed, dashed/hatched = schematic, soft
 * circle = approximate ± m, "?" = inferred). Open on maps large enough for it, else starts as its title button (see
 * `legendStartsOpen`); when the map is resized across that size, it follows, otherwise the reader's choice stays.
 * It marks itself as covering the map, so that fitting the camera keeps features clear of it.
 */
export function Legend() {
  const lang = useAppStore(selectLang);
  const visible = useAppStore(useShallow(selectVisibleLayers));
  const ref = useRef<HTMLElement>(null);
  // Open in the first render (the prerendered page cannot know the map's size, and hydration must agree with it);
  // the layout effect below closes it before the first paint of a small map.
  const [open, setOpen] = useState(true);
  const auto = useRef<boolean | null>(null);
  useLayoutEffect(() => {
    const host = ref.current?.parentElement;
    const follow = () => {
      const size = mapSizeOf(ref.current);
      if (!size) return;
      const want = legendStartsOpen(size);
      if (want !== auto.current) {
        auto.current = want;
        setOpen(want);
      }
    };
    follow();
    if (!host || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(follow);
    ro.observe(host);
    return () => ro.disconnect();
  }, []);
  const t = MAP_STRINGS[lang];
  const key = VOCABULARY[lang].precision.key;
  const shown = visibleLayerDefs(visible);
  return (
    <section ref={ref} className="legend" aria-label={t.legendTitle} data-open={open} data-testid="legend" data-occludes-map="">
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t.legendToggle}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="legend__body">
          {shown.length === 0 ? (
            <p className="legend__empty">{t.legendEmpty}</p>
          ) : (
            <ul className="legend__list">
              {shown.map((l) => (
                <li key={l.id}>
                  <Swatch type={l.legend.swatch} color={l.color} />
                  <span>{lang === 'en' ? l.title_en : l.title_zh}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="legend__key-title">{key.title}</p>
          <ul className="legend__list legend__key">
            <li>
              <Swatch type="line" color="#5d564d" />
              <span>{key.surveyed}</span>
            </li>
            <li>
              <Swatch type="hatch" color="#5d564d" />
              <span>{key.schematic}</span>
            </li>
            <li>
              <svg className="swatch" width="22" height="15" viewBox="0 0 22 15" aria-hidden="true">
                <circle cx="11" cy="7.5" r="6.5" fill="#5d564d" fillOpacity="0.12" stroke="#5d564d" strokeOpacity="0.5" />
                <circle cx="11" cy="7.5" r="2.5" fill="#5d564d" />
              </svg>
              <span>{key.approximate}</span>
            </li>
            <li>
              <span className="legend__q" aria-hidden="true">?</span>
              <span>{key.inferred}</span>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
