import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Catalog, CatalogEntry, Interpretation, MapFeatureProps, Mention, Precision } from '../../geo/schema.ts';
import { LAYER_IDS } from '../layers/registry.ts';
import type { EnglishPlanExport } from '../plan/english.ts';
import { PLAN } from '../plan/plan-data.ts';
import type { Plan } from '../plan/types.ts';
import type { Filters } from '../store/types.ts';
import { filtersActive, matchesFilters } from './filters.ts';

/**
 * Downloads of what is currently shown (visible layers × filters) as GeoJSON and CSV, and of the structured plan.
 * Pure: builds strings and objects only; the panel turns them into Blob downloads. Coordinates are WGS84 `[lng, lat]`.
 */

/** What an export is built from. */
export interface ExportInput {
  catalog: Catalog;
  /** Layer collections as the map receives them, keyed by layer id (at least the visible ones). */
  layers: Record<string, FeatureCollection<Geometry, MapFeatureProps> | undefined>;
  visibleLayers: readonly string[];
  filters: Filters;
  /** ISO 8601 time stamp written into the metadata. */
  generatedAt: string;
  /** A link back to this view (the page URL), if known. */
  url?: string;
}

/** The properties of one exported feature. */
export interface ExportProps {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
  kind: string;
  sector: string;
  /** The plan's own verb, verbatim, or null. */
  status: string | null;
  status_class: string;
  precision: Precision;
  /** Radius of doubt in metres (approximate features), or null. */
  uncertainty_m: number | null;
  interpretation: Interpretation;
  interpretation_note_zh: string | null;
  interpretation_note_en: string | null;
  /** How an approximate feature's position was obtained (published coordinate, OSM, description…), or null. */
  placed_by: string | null;
  source_zh: string;
  source_en: string;
  /** Provision numbers that name the feature, ascending. */
  provisions: number[];
  /** Each mention with the plan's exact words. */
  mentions: Mention[];
  /** Adcodes of the Hohhot districts touched. */
  districts: string[];
  /** A representative point `[lng, lat]`. */
  anchor: [number, number] | null;
  /** km for lines, null when schematic (counted, not measured). */
  length_km: number | null;
  /** km² for polygons, null when schematic. */
  area_km2: number | null;
  /** Output target as written (industrial belts). */
  target: string | null;
  part_of: string | null;
}

/** One attribution line as carried by exports. */
export interface ExportAttribution {
  text: string;
  licence: string;
  url?: string;
}

/** The top-level `metadata` member of the exported FeatureCollection (a foreign member, RFC 7946 §6.1). */
export interface ExportMetadata {
  title: string;
  plan_title: string;
  generated_at: string;
  url?: string;
  crs: 'WGS84 (EPSG:4326), [lng, lat]';
  layers: string[];
  filters: Filters;
  count: number;
  precision_note: string;
  attribution: ExportAttribution[];
}

export type ExportCollection = FeatureCollection<Geometry, ExportProps> & { metadata: ExportMetadata };

export const EXPORT_TITLE = '呼和浩特“十五五”规划建议空间布局 / Hohhot 15th Five-Year Plan recommendations: spatial layout';

export const PRECISION_NOTE =
  'precision: surveyed = from a real dataset; approximate = a real site whose position is estimated (uncertainty_m ' +
  'gives the radius of doubt); schematic = a diagram of a concept, not a boundary on the ground (counted, not measured). ' +
  'interpretation: stated = named by the plan; confirmed = identified by a published source; inferred = our reading ' +
  '(see interpretation_note_zh / _en). placed_by: how an approximate position was obtained (published coordinate, ' +
  'published geometry, OpenStreetMap, a description, or our inference).';

/**
 * Returns the attribution lines that apply to `layerIds` (lines used by one of them, or by no layer in particular),
 * in `lang`, or in both languages (`中文 / English`) when no language is given (the bilingual exports).
 */
export function attributionFor(catalog: Catalog, layerIds: readonly string[], lang?: 'zh' | 'en'): ExportAttribution[] {
  const ids = new Set(layerIds);
  const pick = (zh: string, en: string) => (lang === 'zh' ? zh : lang === 'en' ? en : `${zh} / ${en}`);
  return catalog.attribution
    .filter((a) => a.used_by.length === 0 || a.used_by.includes('*') || a.used_by.some((u) => ids.has(u)))
    .map((a) => {
      const line = { text: pick(a.text_zh, a.text_en), licence: pick(a.licence_zh, a.licence_en) };
      return a.url ? { ...line, url: a.url } : line;
    });
}

function exportProps(flat: MapFeatureProps, e: CatalogEntry | undefined): ExportProps {
  const mentions = e ? e.mentions.map((m) => ({ p: m.p, text: m.text })) : [];
  return {
    id: flat.id,
    name_zh: e?.name_zh ?? flat.name_zh,
    name_en: e?.name_en ?? flat.name_en,
    layer: e?.layer ?? flat.layer,
    kind: e?.kind ?? flat.kind,
    sector: e?.sector ?? flat.sector,
    status: e?.status ?? null,
    status_class: e?.status_class ?? flat.status_class,
    precision: e?.precision ?? flat.precision,
    uncertainty_m: e?.uncertainty_m ?? flat.uncertainty_m ?? null,
    interpretation: e?.interpretation ?? flat.interpretation,
    interpretation_note_zh: e?.interpretation_note_zh ?? null,
    interpretation_note_en: e?.interpretation_note_en ?? null,
    placed_by: e?.placed_by ?? null,
    source_zh: e?.source_zh ?? '',
    source_en: e?.source_en ?? '',
    provisions: [...new Set(mentions.map((m) => m.p))].sort((a, b) => a - b),
    mentions,
    districts: e ? [...e.districts] : [],
    anchor: e ? [e.anchor[0], e.anchor[1]] : null,
    length_km: e?.length_km ?? null,
    area_km2: e?.area_km2 ?? null,
    target: e?.target ?? null,
    part_of: e?.part_of ?? null,
  };
}

/**
 * Returns what is currently shown as a GeoJSON FeatureCollection: the features of the visible layers (in registry
 * order) that pass the filters, each with its provisions, precision, interpretation, status and source, plus a
 * top-level `metadata` carrying the licence and attribution lines. Layers not loaded are skipped.
 */
export function buildGeoJsonExport(input: ExportInput): ExportCollection {
  const { catalog, filters } = input;
  const visible = new Set(input.visibleLayers);
  const order = [...LAYER_IDS.filter((id) => visible.has(id)), ...input.visibleLayers.filter((id) => !LAYER_IDS.includes(id))];
  const active = filtersActive(filters);
  const features: Feature<Geometry, ExportProps>[] = [];
  // A feature with a role in a second layer is drawn in both; it is exported once.
  const seen = new Set<string>();
  for (const layerId of order) {
    const fc = input.layers[layerId];
    if (!fc) continue;
    for (const f of fc.features) {
      if (!f.geometry || !f.properties || seen.has(f.properties.id)) continue;
      seen.add(f.properties.id);
      const entry = catalog.features[f.properties.id];
      // Without a catalog record the feature cannot be placed in a district: it passes only unfiltered.
      if (active && !(entry ? matchesFilters(entry, filters) : false)) continue;
      features.push({ type: 'Feature', geometry: f.geometry, properties: exportProps(f.properties, entry) });
    }
  }
  const metadata: ExportMetadata = {
    title: EXPORT_TITLE,
    plan_title: `《${PLAN.title}》`,
    generated_at: input.generatedAt,
    ...(input.url ? { url: input.url } : {}),
    crs: 'WGS84 (EPSG:4326), [lng, lat]',
    layers: order,
    filters: { sectors: [...filters.sectors], statuses: [...filters.statuses], districts: [...filters.districts] },
    count: features.length,
    precision_note: PRECISION_NOTE,
    attribution: attributionFor(catalog, order),
  };
  return { type: 'FeatureCollection', metadata, features };
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'layer',
  'kind',
  'sector',
  'status',
  'status_class',
  'precision',
  'uncertainty_m',
  'interpretation',
  'interpretation_note_zh',
  'interpretation_note_en',
  'placed_by',
  'provisions',
  'mentions',
  'districts',
  'district_names',
  'anchor_lng',
  'anchor_lat',
  'length_km',
  'area_km2',
  'target',
  'geometry_type',
  'source_zh',
  'source_en',
] as const;

/** Marks the attribution rows at the end of the CSV (first field starts with it). */
export const CSV_COMMENT = '#';

/** Returns one CSV field quoted per RFC 4180 when it contains a comma, a quote, CR or LF. */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const round = (n: number | null, digits: number) => (n == null ? null : Number(n.toFixed(digits)));

/**
 * Returns the collection as CSV text: a UTF-8 byte-order mark (so Excel reads the Chinese), a header row, one row
 * per feature with the anchor's lng/lat, then one row per attribution line whose single field starts with `#`.
 * Rows end with CRLF (RFC 4180).
 */
export function buildCsv(fc: ExportCollection, catalog: Catalog): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const f of fc.features) {
    const p = f.properties;
    const entry = catalog.features[p.id];
    rows.push([
      p.id,
      p.name_zh,
      p.name_en,
      p.layer,
      p.kind,
      p.sector,
      p.status,
      p.status_class,
      p.precision,
      p.uncertainty_m,
      p.interpretation,
      p.interpretation_note_zh,
      p.interpretation_note_en,
      p.placed_by,
      p.provisions.join(';'),
      p.mentions.map((m) => `(${m.p}) ${m.text}`).join(' | '),
      p.districts.join(';'),
      p.districts.map((d) => catalog.districts[d]?.name_zh ?? d).join(';'),
      round(p.anchor?.[0] ?? null, 6),
      round(p.anchor?.[1] ?? null, 6),
      round(p.length_km, 3),
      round(p.area_km2, 4),
      p.target,
      entry?.geometry_type ?? f.geometry.type,
      p.source_zh,
      p.source_en,
    ]);
  }
  rows.push([`${CSV_COMMENT} ${fc.metadata.title}; ${fc.metadata.plan_title}; generated ${fc.metadata.generated_at}`]);
  rows.push([`${CSV_COMMENT} ${fc.metadata.precision_note}`]);
  for (const a of fc.metadata.attribution) {
    rows.push([`${CSV_COMMENT} ${a.text} (${a.licence})${a.url ? ` ${a.url}` : ''}`]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Returns the structured plan as formatted JSON text: `planFile` is the text of `data/plan.json` (see `loadPlanFile`),
 * kept verbatim, segments included; with `english`, also the English edition (unofficial translation with its
 * label, aligned paragraph by paragraph) as the member `translation_en`.
 */
export function planJsonText(planFile: string, english?: EnglishPlanExport): string {
  const plan = JSON.parse(planFile) as Plan;
  return `${JSON.stringify(english ? { ...plan, translation_en: english } : plan, null, 2)}\n`;
}

/** Returns a download file name such as `hohhot-15th-fyp-20260301.geojson` for a date (local calendar day). */
export function exportFileName(ext: 'geojson' | 'csv' | 'json', date: Date, stem = 'hohhot-15th-fyp'): string {
  const d = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `${stem}-${d}.${ext}`;
}
