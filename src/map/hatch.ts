import type { Map as MaplibreMap } from 'maplibre-gl';
import { hatchImage } from '../layers/hatch.ts';
import { layerById } from '../layers/registry.ts';
import { hatchImageLayer } from '../layers/to-maplibre.ts';

/**
 * Adds the hatch pattern `imageId` names (`hatch-<layer id>`) to `map` in its layer's colour, for MapLibre's
 * missing-image hook: the patterns are generated, never fetched. Returns false when the id is no known hatch.
 */
export function addHatchImage(map: MaplibreMap, imageId: string): boolean {
  const layerId = hatchImageLayer(imageId);
  const def = layerId ? layerById(layerId) : undefined;
  const img = def ? hatchImage(def.color) : null;
  if (!img) return false;
  if (!map.hasImage(imageId)) map.addImage(imageId, img, { pixelRatio: 2 });
  return true;
}
