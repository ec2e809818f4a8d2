import type { Map as MaplibreMap } from 'maplibre-gl';
import { layerFile } from '../layers/registry.ts';
import { deckDescriptors, toDeckData, type ArcDatum, type DeckData, type DotDatum } from '../layers/to-deck.ts';
import { firstLabelLayerId } from '../layers/to-maplibre.ts';
import { loadLayer } from '../lib/geo-data.ts';
import type { AppState } from '../store/store.ts';
import type { DeckOverlayHandle } from './deck-overlay.ts';

/**
 * The deck.gl layers: deck.gl itself (its own chunk) is loaded only once a deck-rendered layer is to be shown, and each
 * layer's file when that layer is first shown. A file that cannot load is named in a notice; the rest keeps working.
 */
export interface DeckLayers {
  /** Shows exactly these deck-rendered layers (the latest call wins). Call only once the map has loaded. */
  show: (ids: readonly string[]) => Promise<void>;
  /** The feature id under a pixel, or null (null too while deck.gl is not loaded). */
  pick: (x: number, y: number) => string | null;
  /** The feature under a pixel with its names, for the tooltip, or null. */
  pickInfo: (x: number, y: number) => ArcDatum | DotDatum | null;
  destroy: () => void;
}

export function createDeckLayers(map: MaplibreMap, store: { getState: () => AppState }, signal: AbortSignal): DeckLayers {
  let deck: DeckOverlayHandle | null = null;
  let loading: Promise<DeckOverlayHandle | null> | null = null;
  let wanted: readonly string[] = [];
  const data: Record<string, DeckData> = {};
  const load = (id: string) =>
    loadLayer(id).then(
      (fc) => void (data[id] = toDeckData(fc as never)),
      () => {
        data[id] = { arcs: [], dots: [] };
        store.getState().notify({ id: `map-source-${id}`, level: 'warning', key: 'layerMissing', values: { file: layerFile(id) } });
      },
    );
  return {
    async show(ids) {
      wanted = ids;
      if (!deck && ids.length === 0) return;
      loading ??= import('./deck-overlay.ts').then(
        (m) => (signal.aborted ? null : (deck = m.createDeckOverlay(map, firstLabelLayerId()))),
        (err) => {
          console.error('deck.gl overlay failed to load', err);
          return null;
        },
      );
      const handle = await loading;
      if (!handle) return;
      await Promise.all(ids.filter((id) => !data[id]).map(load));
      if (!signal.aborted) handle.update(deckDescriptors(data, wanted));
    },
    pick: (x, y) => deck?.pick(x, y) ?? null,
    pickInfo: (x, y) => deck?.pickInfo(x, y) ?? null,
    destroy: () => deck?.destroy(),
  };
}
