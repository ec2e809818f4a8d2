import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ArcDatum, DeckLayerDescriptor, DotDatum } from '../layers/to-deck.ts';

/**
 * The deck.gl overlay, loaded as its own chunk only when a deck-rendered layer is first shown, so that the first
 * render costs MapLibre alone. Interleaved with MapLibre (`interleaved: true`, chosen once): deck layers are inserted
 * before `beforeId` so the overlay labels stay on top. deck does not handle clicks here: the map adapter asks
 * `pick()` only when MapLibre found nothing (one event source per click).
 */

export interface DeckOverlayHandle {
  /** Replaces the drawn layers with these descriptors (data arrays are stable: deck diffs by reference). */
  update: (descriptors: DeckLayerDescriptor[]) => void;
  /** Returns the feature id under a pixel of the map canvas, or null. */
  pick: (x: number, y: number) => string | null;
  /** Returns the feature under a pixel with its names, for tooltips, or null. */
  pickInfo: (x: number, y: number) => ArcDatum | DotDatum | null;
  destroy: () => void;
}

/** Creates the interleaved overlay on a loaded map and returns a small handle around it. */
export function createDeckOverlay(map: MaplibreMap, beforeId: string): DeckOverlayHandle {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  let warmed = false;

  const toLayer = (d: DeckLayerDescriptor): Layer => {
    // `beforeId` is a MapLibre-interleaving prop that deck's layer props do not declare.
    const common = { id: d.id, visible: d.visible, pickable: true, beforeId } as Record<string, unknown>;
    if (d.type === 'ArcLayer') {
      return new ArcLayer<ArcDatum>({
        ...common,
        data: d.data as ArcDatum[],
        getSourcePosition: (a) => a.source,
        getTargetPosition: (a) => a.target,
        getSourceColor: d.color,
        getTargetColor: d.targetColor ?? d.color,
        getWidth: d.size,
        widthUnits: 'pixels',
        getHeight: 0.5,
        greatCircle: false,
      });
    }
    return new ScatterplotLayer<DotDatum>({
      ...common,
      data: d.data as DotDatum[],
      getPosition: (p) => p.position,
      getFillColor: d.color,
      getLineColor: [255, 255, 255, 255],
      stroked: true,
      lineWidthMinPixels: 1.5,
      getRadius: d.size,
      radiusUnits: 'pixels',
    });
  };

  const pickRaw = (x: number, y: number) => {
    try {
      return overlay.pickObject({ x, y, radius: 6 }) as { object?: ArcDatum | DotDatum } | null;
    } catch {
      // deck is not initialised yet (first frame pending): nothing to pick.
      return null;
    }
  };

  return {
    update(descriptors) {
      overlay.setProps({ layers: descriptors.map(toLayer) });
      if (!warmed) {
        // The first pick compiles the picking shaders (slow under software GL): do it before a user clicks.
        warmed = true;
        map.once('idle', () => pickRaw(1, 1));
      }
    },
    pick(x, y) {
      return pickRaw(x, y)?.object?.id || null;
    },
    pickInfo(x, y) {
      return pickRaw(x, y)?.object ?? null;
    },
    destroy() {
      map.removeControl(overlay);
    },
  };
}
