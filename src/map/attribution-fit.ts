import type { Map as MaplibreMap } from 'maplibre-gl';
import { attributionStartsOpen } from '../lib/map-furniture.ts';

/**
 * Opens or collapses MapLibre's attribution control to suit the map's size (see `attributionStartsOpen`): collapsed
 * behind its ⓘ button on narrow or short maps, expanded on large ones. What the reader chooses (a tap on ⓘ, or
 * MapLibre collapsing it on a drag) is kept, also when the control is re-created for another language or basemap;
 * only a resize across the threshold applies the size's default again. Returns a function that stops it.
 */
export function fitAttribution(map: MaplibreMap): () => void {
  const container = map.getContainer();
  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  let auto = attributionStartsOpen(size());
  let open = auto;
  let current: HTMLElement | null = null;

  // MapLibre's compact attribution is open when it has `maplibregl-compact-show` (and the <details> is open).
  const apply = (el: HTMLElement) => {
    el.classList.toggle('maplibregl-compact-show', open);
    if (open) el.setAttribute('open', '');
    else el.removeAttribute('open');
  };
  const sync = () => {
    const el = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
    if (!el) return;
    if (el !== current) {
      current = el;
      apply(el);
    } else {
      open = el.classList.contains('maplibregl-compact-show');
    }
  };
  const observer = new MutationObserver(sync);
  const controls = container.querySelector('.maplibregl-control-container') ?? container;
  observer.observe(controls, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  sync();

  const onResize = () => {
    const want = attributionStartsOpen(size());
    if (want === auto) return;
    auto = want;
    open = want;
    if (current) apply(current);
  };
  map.on('resize', onResize);
  return () => {
    observer.disconnect();
    map.off('resize', onResize);
  };
}
