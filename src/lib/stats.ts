import {
  PRECISIONS,
  SECTORS,
  STATUS_CLASSES,
  type Catalog,
  type CatalogEntry,
  type Kind,
  type Precision,
  type Sector,
  type StatusClass,
} from '../../geo/schema.ts';
import { GROUPS, LAYERS, type GroupId } from '../layers/registry.ts';

/**
 * The overview's figures, computed from the shipped catalog and never typed in. Pure: no React, no DOM, no fetch.
 *
 * Counting rules (the overview's "how we count" note states them to the reader):
 * - An item is one catalog feature (a drawn feature). Places the plan names but we could not place are counted
 *   separately (`unplaced`), never in the breakdowns.
 * - A feature touching several districts counts once in each, so district counts may add up to more than the total.
 * - Lengths and areas come only from geometry that is not schematic: a schematic belt or ring is a diagram, so it is
 *   counted but not measured.
 */

/** Number of numbered provisions in the plan. */
export const PROVISION_TOTAL = 53;

/** The layer that holds the four industrial belts. */
export const BELT_LAYER = 'industry-belts';

/** Kinds drawn as roads (lines) for the "km of roads" figure. */
export const ROAD_KINDS: readonly Kind[] = ['expressway-ring', 'ring-road', 'elevated-road', 'expressway', 'highway', 'road'];
/** Kinds drawn as railways (lines) for the "km of rail" figure. */
export const RAIL_KINDS: readonly Kind[] = ['rail-line'];
/**
 * Polygon kinds that are administrative or regional units rather than planned zones: they would swamp the hectare
 * figure with whole counties, so they are left out of it (they are still counted as items).
 */
export const NON_ZONE_KINDS: readonly Kind[] = ['district', 'county', 'city', 'region', 'economic-circle', 'metropolitan-area'];

const LINE_TYPES = new Set(['LineString', 'MultiLineString']);
const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);

/** One bar of a breakdown. */
export interface CountRow<K extends string = string> {
  key: K;
  count: number;
}

/** One of the plan's verbs and how many mapped items carry it. */
export interface VerbCount {
  verb: string;
  count: number;
}

/** Items of one status class, with the plan's own verbs behind it (most frequent first). */
export interface StatusRow extends CountRow<StatusClass> {
  verbs: VerbCount[];
}

/** Items touching one county-level unit of Hohhot. */
export interface DistrictRow extends CountRow<string> {
  name_zh: string;
  name_en: string;
}

/** A named feature reference (for belts and their parks). */
export interface FeatureRef {
  id: string;
  name_zh: string;
  name_en: string;
  precision: Precision;
}

/** One industrial belt: its output target exactly as the plan writes it, and the parks drawn as part of it. */
export interface BeltSummary extends FeatureRef {
  /** e.g. `两千亿级`, verbatim; null if the data carries none. */
  target: string | null;
  sectors_text: string | null;
  /** Provisions that name the belt, ascending. */
  provisions: number[];
  parks: FeatureRef[];
}

/** Measured length of a group of line features. */
export interface LengthFigure {
  /** Sum of `length_km` over the measured (non-schematic) lines, km. */
  km: number;
  /** Lines measured. */
  measured: number;
  /** Schematic lines: counted, not measured. */
  schematic: number;
  /** Ids of the measured lines (to show them on the map). */
  ids: string[];
  /** Ids of the schematic lines. */
  schematicIds: string[];
}

/** Everything the overview shows. */
export interface OverviewStats {
  /** Features drawn on the map. */
  mapped: number;
  /** Places the plan names that are listed but not drawn. */
  unplaced: number;
  bySector: CountRow<Sector>[];
  byStatus: StatusRow[];
  /** One row per county-level unit of Hohhot, in adcode order (zero rows kept so the chart is stable). */
  byDistrict: DistrictRow[];
  /** Features touching no Hohhot district (regional links, neighbouring cities). */
  outsideCity: number;
  byGroup: CountRow<GroupId>[];
  byPrecision: CountRow<Precision>[];
  belts: BeltSummary[];
  roads: LengthFigure;
  rail: LengthFigure;
  /** Mapped zones (polygons that are not administrative units). */
  zones: {
    /** Sum of `area_km2 × 100` over non-schematic zones, hectares. */
    hectares: number;
    measured: number;
    schematic: number;
    /** Ids of the measured zones. */
    ids: string[];
    /** Measured hectares by layer group, largest first (groups with no measured zone left out). */
    byGroup: { key: GroupId; hectares: number; measured: number }[];
  };
  provisions: {
    total: number;
    /** Provisions with at least one mapped feature, ascending. */
    mapped: number[];
    /** Provisions with no mapped feature, ascending. */
    unmapped: number[];
  };
}

const byCountDesc = <K extends string>(a: CountRow<K>, b: CountRow<K>) => b.count - a.count;

/** Returns the layer group of a layer id, or undefined when the layer is not in the registry. */
export function groupOfLayer(layerId: string): GroupId | undefined {
  return LAYERS.find((l) => l.id === layerId)?.group;
}

function featureRef(e: CatalogEntry): FeatureRef {
  return { id: e.id, name_zh: e.name_zh, name_en: e.name_en, precision: e.precision };
}

function lengthFigure(lines: CatalogEntry[]): LengthFigure {
  let km = 0;
  let measured = 0;
  let schematic = 0;
  const ids: string[] = [];
  const schematicIds: string[] = [];
  for (const e of lines) {
    if (e.precision === 'schematic' || e.length_km == null) {
      schematic++;
      schematicIds.push(e.id);
    } else {
      km += e.length_km;
      measured++;
      ids.push(e.id);
    }
  }
  return { km, measured, schematic, ids: ids.sort(), schematicIds: schematicIds.sort() };
}

/**
 * Returns every figure of the overview computed from `catalog`. Breakdowns by sector and status are sorted by count
 * (largest first) and omit empty classes; districts, groups and precisions keep their fixed order.
 */
export function computeStats(catalog: Catalog): OverviewStats {
  const entries = Object.values(catalog.features);

  const sector = new Map<Sector, number>();
  const status = new Map<StatusClass, { count: number; verbs: Map<string, number> }>();
  const district = new Map<string, number>();
  const group = new Map<GroupId, number>();
  const precision = new Map<Precision, number>();
  const mentioned = new Set<number>();
  let outsideCity = 0;

  for (const e of entries) {
    sector.set(e.sector, (sector.get(e.sector) ?? 0) + 1);
    const st = status.get(e.status_class) ?? { count: 0, verbs: new Map<string, number>() };
    st.count++;
    if (e.status) st.verbs.set(e.status, (st.verbs.get(e.status) ?? 0) + 1);
    status.set(e.status_class, st);
    const ds = new Set(e.districts);
    if (ds.size === 0) outsideCity++;
    for (const d of ds) district.set(d, (district.get(d) ?? 0) + 1);
    const g = groupOfLayer(e.layer);
    if (g) group.set(g, (group.get(g) ?? 0) + 1);
    precision.set(e.precision, (precision.get(e.precision) ?? 0) + 1);
    for (const m of e.mentions) if (m.p >= 1 && m.p <= PROVISION_TOTAL) mentioned.add(m.p);
  }

  const bySector = SECTORS.filter((k) => sector.has(k))
    .map((key) => ({ key, count: sector.get(key)! }))
    .sort(byCountDesc);
  const byStatus: StatusRow[] = STATUS_CLASSES.filter((k) => status.has(k))
    .map((key) => {
      const st = status.get(key)!;
      const verbs = [...st.verbs].map(([verb, count]) => ({ verb, count }));
      verbs.sort((a, b) => b.count - a.count || a.verb.localeCompare(b.verb, 'zh'));
      return { key, count: st.count, verbs };
    })
    .sort(byCountDesc);
  const byDistrict: DistrictRow[] = Object.keys(catalog.districts)
    .sort()
    .map((key) => ({
      key,
      count: district.get(key) ?? 0,
      name_zh: catalog.districts[key].name_zh,
      name_en: catalog.districts[key].name_en,
    }));
  const byGroup = GROUPS.map((key) => ({ key, count: group.get(key) ?? 0 }));
  const byPrecision = PRECISIONS.map((key) => ({ key, count: precision.get(key) ?? 0 }));

  const belts: BeltSummary[] = entries
    .filter((e) => e.layer === BELT_LAYER)
    .map((b) => ({
      ...featureRef(b),
      target: b.target ?? null,
      sectors_text: b.sectors_text ?? null,
      provisions: [...new Set(b.mentions.map((m) => m.p))].sort((x, y) => x - y),
      parks: entries
        .filter((e) => e.part_of === b.id)
        .map(featureRef)
        .sort((x, y) => x.name_zh.localeCompare(y.name_zh, 'zh')),
    }))
    // The plan names the 两千亿级 belts first; keep that order, then by name for a stable result.
    .sort((a, b) => targetRank(b.target) - targetRank(a.target) || a.id.localeCompare(b.id));

  const lines = entries.filter((e) => LINE_TYPES.has(e.geometry_type));
  const roads = lengthFigure(lines.filter((e) => ROAD_KINDS.includes(e.kind)));
  const rail = lengthFigure(lines.filter((e) => RAIL_KINDS.includes(e.kind)));

  let hectares = 0;
  let zonesMeasured = 0;
  let zonesSchematic = 0;
  const zoneIds: string[] = [];
  const zoneGroups = new Map<GroupId, { hectares: number; measured: number }>();
  for (const e of entries) {
    if (!AREA_TYPES.has(e.geometry_type) || NON_ZONE_KINDS.includes(e.kind)) continue;
    if (e.precision === 'schematic' || e.area_km2 == null) zonesSchematic++;
    else {
      hectares += e.area_km2 * 100;
      zonesMeasured++;
      zoneIds.push(e.id);
      const g = groupOfLayer(e.layer);
      if (g) {
        const z = zoneGroups.get(g) ?? { hectares: 0, measured: 0 };
        z.hectares += e.area_km2 * 100;
        z.measured++;
        zoneGroups.set(g, z);
      }
    }
  }
  const zonesByGroup = [...zoneGroups].map(([key, z]) => ({ key, ...z })).sort((a, b) => b.hectares - a.hectares);

  const all = Array.from({ length: PROVISION_TOTAL }, (_, i) => i + 1);
  return {
    mapped: entries.length,
    unplaced: catalog.unplaced.length,
    bySector,
    byStatus,
    byDistrict,
    outsideCity,
    byGroup,
    byPrecision,
    belts,
    roads,
    rail,
    zones: { hectares, measured: zonesMeasured, schematic: zonesSchematic, ids: zoneIds.sort(), byGroup: zonesByGroup },
    provisions: {
      total: PROVISION_TOTAL,
      mapped: all.filter((p) => mentioned.has(p)),
      unmapped: all.filter((p) => !mentioned.has(p)),
    },
  };
}

/** Ranks a target as written (两千亿级 above 千亿级) so belts list in the plan's order of weight. */
function targetRank(target: string | null): number {
  if (!target) return 0;
  if (target.includes('两千亿') || target.includes('2000亿')) return 2;
  if (target.includes('千亿')) return 1;
  return 0;
}
