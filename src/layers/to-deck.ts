import { LAYERS, type LayerDef } from './registry.ts';

/**
 * Pure descriptors of the deck.gl layers: plain data that `src/map/deck-overlay.ts` turns into deck layer instances.
 * Regional links become arcs (first → last vertex of each line, [lng, lat]); their end points become dots. Data is
 * derived once per loaded file, never per frame.
 */

type Position = [number, number];

/** One arc: a link between two places, [lng, lat] each. */
export interface ArcDatum {
  id: string;
  source: Position;
  target: Position;
  name_zh: string;
  name_en: string;
  precision: string;
  interpretation: string;
}

/** One dot: a place at the end of links (or a point feature of a deck layer). */
export interface DotDatum {
  id: string;
  position: Position;
  name_zh: string;
  name_en: string;
  precision: string;
  interpretation: string;
}

export interface DeckData {
  arcs: ArcDatum[];
  dots: DotDatum[];
}

interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Returns the arcs and dots of a FeatureCollection: lines → arcs (per part), points → dots; others are skipped. */
export function toDeckData(fc: { features?: GeoFeature[] } | null | undefined): DeckData {
  const arcs: ArcDatum[] = [];
  const dots: DotDatum[] = [];
  for (const f of fc?.features ?? []) {
    if (!f.geometry) continue;
    const p = f.properties ?? {};
    const base = {
      id: str(p.id),
      name_zh: str(p.name_zh),
      name_en: str(p.name_en),
      precision: str(p.precision),
      interpretation: str(p.interpretation),
    };
    const g = f.geometry;
    const lines: Position[][] =
      g.type === 'LineString' ? [g.coordinates as Position[]] : g.type === 'MultiLineString' ? (g.coordinates as Position[][]) : [];
    for (const line of lines) {
      if (line.length < 2) continue;
      arcs.push({ ...base, source: line[0], target: line[line.length - 1] });
    }
    const points: Position[] =
      g.type === 'Point' ? [g.coordinates as Position] : g.type === 'MultiPoint' ? (g.coordinates as Position[]) : [];
    for (const pt of points) dots.push({ ...base, position: pt });
  }
  return { arcs, dots };
}

/** Parses `#rrggbb` into [r, g, b, a] (0–255). */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** A deck layer described as data: the class name and its props (accessors are plain values or field names). */
export interface DeckLayerDescriptor {
  type: 'ArcLayer' | 'ScatterplotLayer';
  id: string;
  /** Registry layer this belongs to. */
  layerId: string;
  visible: boolean;
  data: ArcDatum[] | DotDatum[];
  color: [number, number, number, number];
  /** Second colour of arcs (target end). */
  targetColor?: [number, number, number, number];
  /** Line width (arcs) or radius (dots), px. */
  size: number;
}

/** Returns the deck layers to draw, one arc and one dot layer per deck-rendered registry layer with data. */
export function deckDescriptors(
  data: Record<string, DeckData>,
  visible: readonly string[],
  layers: readonly LayerDef[] = LAYERS,
): DeckLayerDescriptor[] {
  const out: DeckLayerDescriptor[] = [];
  for (const l of layers) {
    if (l.render !== 'deck') continue;
    const d = data[l.id];
    if (!d) continue;
    const on = visible.includes(l.id);
    out.push(
      {
        type: 'ArcLayer',
        id: `${l.id}-arcs`,
        layerId: l.id,
        visible: on,
        data: d.arcs,
        color: rgba(l.color, 220),
        targetColor: rgba('#f2a33a', 230),
        size: 2.5,
      },
      {
        type: 'ScatterplotLayer',
        id: `${l.id}-dots`,
        layerId: l.id,
        visible: on,
        data: d.dots,
        color: rgba(l.color, 235),
        size: 5,
      },
    );
  }
  return out;
}

/** Returns the ids of the registry layers drawn by deck.gl. */
export const deckLayerIds = (layers: readonly LayerDef[] = LAYERS) => layers.filter((l) => l.render === 'deck').map((l) => l.id);
