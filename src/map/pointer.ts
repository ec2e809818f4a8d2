import type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { LAYERS, layerById } from '../layers/registry.ts';
import { interactiveLayerIds, META_OVERLAY } from '../layers/to-maplibre.ts';
import { featureTooltip } from '../lib/words.ts';
import type { AppState } from '../store/store.ts';
import type { DeckLayers } from './deck-layers.ts';
import { matchesMedia } from './media.ts';
import { createTooltip } from './tooltip.ts';

/**
 * Clicks and hovers. One event source per click: MapLibre's features first, deck.gl picking only when MapLibre found
 * nothing. Hovering (on devices that hover) shows the name and precision in a tooltip, once per animation frame.
 */
export interface Pointer {
  hideTooltip: () => void;
  destroy: () => void;
}

export function attachPointer(map: MaplibreMap, container: HTMLElement, store: { getState: () => AppState }, deck: DeckLayers): Pointer {
  const tooltip = createTooltip(container);
  const topFeature = (x: number, y: number, r: number): MapGeoJSONFeature | null => {
    const visible = new Set(store.getState().visibleLayers);
    const layers = interactiveLayerIds(LAYERS.filter((l) => visible.has(l.id))).filter((id) => map.getLayer(id));
    if (!layers.length) return null;
    const hits = map.queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers });
    // Points win over lines, lines over areas: the smaller target is the one the user aimed at.
    const rank = (f: MapGeoJSONFeature) => (f.layer.type === 'circle' ? 0 : f.layer.type === 'line' ? 1 : 2);
    return hits.filter((f) => typeof f.properties?.id === 'string').sort((a, b) => rank(a) - rank(b))[0] ?? null;
  };

  map.on('click', (e) => {
    const f = topFeature(e.point.x, e.point.y, matchesMedia('(pointer: coarse)') ? 10 : 4);
    const id = f ? String(f.properties.id) : deck.pick(e.point.x, e.point.y);
    if (id) store.getState().selectFeature(id);
  });

  let frame = 0;
  let last: { x: number; y: number } | null = null;
  const hover = () => {
    frame = 0;
    if (!last) return;
    const { x, y } = last;
    const f = topFeature(x, y, 4);
    const props = f?.properties ?? (deck.pickInfo(x, y) as Record<string, unknown> | null);
    const def = f ? layerById(String((f.layer.metadata as Record<string, unknown> | undefined)?.[META_OVERLAY])) : undefined;
    map.getCanvas().style.cursor = props ? 'pointer' : '';
    if (!props || (def && !def.tooltip)) return tooltip.hide();
    const { title, detail } = featureTooltip(props, store.getState().lang);
    tooltip.show(x, y, title, detail);
  };
  if (matchesMedia('(hover: hover)')) {
    map.on('mousemove', (e) => {
      last = { x: e.point.x, y: e.point.y };
      frame ||= requestAnimationFrame(hover);
    });
    map.on('mouseout', () => {
      last = null;
      tooltip.hide();
    });
  }
  return {
    hideTooltip: () => tooltip.hide(),
    destroy() {
      cancelAnimationFrame(frame);
      tooltip.destroy();
    },
  };
}
