import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Catalog, CatalogEntry, Interpretation, MapFeatureProps, Mention, Precision, Role, StatusClass } from '../../../geo/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { LAYER_IDS, layerById } from '../../layers/registry.ts';
import { PLAN } from '../../plan/plan-data.ts';
import type { Filters } from '../../store/types.ts';
import { filtersActive, matchesFilters } from '../filters.ts';
import { interpretationLabel, kindWord, precisionPhrase, sectorLabel, statusLabel } from '../words.ts';
import { attributionFor, type ExportAttribution } from './attribution.ts';

/**
 * What is currently shown (visible layers × filters) as one GeoJSON FeatureCollection that every other export format
 * (CSV, KML, GeoPackage, README) is written from. Pure: builds objects only. Coordinates are WGS84 `[lng, lat]`,
 * normalised to RFC 7946: six decimals (about 0.1 m, far finer than any feature's precision), polygon rings wound by
 * the right-hand rule (exterior counter-clockwise, holes clockwise), no `crs` member.
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
  /** The interface language: which language the README puts first and per-feature links open in. Default `zh`. */
  lang?: Lang;
  /** The English edition of the plan, when it could be loaded: English titles and words of each feature's provisions. */
  english?: ExportEnglish;
}

/** What the exports take from the English edition of the plan. */
export interface ExportEnglish {
  /** The translation's label ("Unofficial English translation …; the Chinese text is authoritative."). */
  label: string;
  /** The English title of provision `p`. */
  titleOf: (p: number) => string | undefined;
  /** The English words that mention feature `id`, per provision. */
  mentionsOf: (id: string) => Mention[];
}

/**
 * The properties of one exported feature. Every field a reader sees comes in both languages (`_zh`, `_en`); codes
 * (`precision`, `status_class` …) stay as the app's stable English identifiers. Bilingual text fields the catalog
 * gains later (any `*_zh` / `*_en` string) are carried as they are.
 */
export interface ExportProps {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
  layer_zh: string;
  layer_en: string;
  kind: string;
  kind_zh: string;
  kind_en: string;
  sector: string;
  sector_zh: string;
  sector_en: string;
  /** The plan's own verb, verbatim (Chinese), or null. */
  status: string | null;
  status_class: StatusClass;
  status_zh: string;
  status_en: string;
  precision: Precision;
  /** Radius of doubt in metres (approximate features), or null. */
  uncertainty_m: number | null;
  /** How exact the geometry is, in words. */
  precision_zh: string;
  precision_en: string;
  interpretation: Interpretation;
  interpretation_zh: string;
  interpretation_en: string;
  /** Why we read it so, or the published source that identifies it, in each language (null when none). */
  interpretation_note_zh: string | null;
  interpretation_note_en: string | null;
  /** How an approximate feature's position was obtained (published coordinate, OSM, a description …), or null. */
  placed_by: string | null;
  note_zh: string | null;
  note_en: string | null;
  /** Output target as written (industrial belts). */
  target: string | null;
  /** Leading sectors as written (industrial belts). */
  sectors_text: string | null;
  /** The primary role's `part_of` (a layout or another feature). */
  part_of: string | null;
  /** Other layers that also draw the feature (for one of its roles). */
  also_in: string[];
  /** Every role the feature plays in the plan, as the catalog records them. */
  roles: Role[];
  /** Provision numbers that name the feature, ascending. */
  provisions: number[];
  /** Each mention with the plan's exact words. */
  mentions: Mention[];
  /** The same mentions in the English translation (empty when it is not available). */
  mentions_en: Mention[];
  /** `(n) title` of each provision in `provisions`: the Chinese title sentence verbatim, and its English translation. */
  provision_titles_zh: string[];
  provision_titles_en: string[];
  /** Adcodes of the Hohhot districts touched. */
  districts: string[];
  district_names_zh: string[];
  district_names_en: string[];
  /** A representative point `[lng, lat]`. */
  anchor: [number, number] | null;
  /** km for lines, null when schematic (counted, not measured). */
  length_km: number | null;
  /** km² for polygons, null when schematic. */
  area_km2: number | null;
  /** Where the geometry and facts come from, in each language. */
  source_zh: string;
  source_en: string;
  /** The sources and licences of this feature's layer, in each language: `text (licence)` joined by ` | `. */
  attribution_zh: string;
  attribution_en: string;
  /** A link that opens the app on this feature, when the page URL is known. */
  link: string | null;
  /** Bilingual text fields beyond the ones above (e.g. `source_zh`), as the catalog has them. */
  [extra: `${string}_${'zh' | 'en'}`]: string | string[] | Mention[] | null;
}

/** The top-level `metadata` member of the exported FeatureCollection (a foreign member, RFC 7946 §6.1). */
export interface ExportMetadata {
  title: string;
  plan_title: string;
  generated_at: string;
  url?: string;
  /** The coordinate system in words (not a `crs` member: RFC 7946 removed it, and WGS84 is implied). */
  coordinates: 'WGS84 (EPSG:4326), [lng, lat]';
  layers: string[];
  filters: Filters;
  count: number;
  precision_note: string;
  precision_note_zh: string;
  /** The English translation's label, when English words of the plan are included. */
  translation_note?: string;
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

export const PRECISION_NOTE_ZH =
  '精度（precision）：surveyed 实测 = 取自真实数据集；approximate 约略 = 真实地点，位置为估计（uncertainty_m 为误差半径，单位米）；' +
  'schematic 示意 = 概念示意图，不是地面上的边界（只计数，不量算长度与面积）。' +
  '解读（interpretation）：stated = 规划原文明确；confirmed = 有公开资料印证；inferred = 本项目推断（理由见 interpretation_note_zh / _en）。' +
  'placed_by：约略位置的确定方式（公开坐标、公开几何、OpenStreetMap、文字描述或本项目推断）。';

/** Decimal places kept in exported coordinates: 1e-6° is about 0.1 m, finer than any feature's precision. */
export const COORD_DECIMALS = 6;

const roundCoord = (n: number) => Number(n.toFixed(COORD_DECIMALS));

/** Twice the signed area of a ring in degrees² (shoelace): positive when counter-clockwise in lng/lat. */
export function ringArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s;
}

function roundRing(ring: readonly Position[], ccw: boolean): Position[] {
  const r = ring.map((p) => [roundCoord(p[0]), roundCoord(p[1])]);
  return (ringArea2(r) > 0) === ccw ? r : r.reverse();
}

const polygon = (rings: readonly Position[][]) => rings.map((ring, i) => roundRing(ring, i === 0));

/**
 * Returns the geometry as RFC 7946 wants it: 2D positions with {@link COORD_DECIMALS} decimals, exterior rings
 * counter-clockwise and holes clockwise (§3.1.6). Altitudes are dropped (the plan has none).
 */
export function rfc7946Geometry(g: Geometry): Geometry {
  const pt = (p: Position): Position => [roundCoord(p[0]), roundCoord(p[1])];
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: pt(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(pt) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(pt) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(pt)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: polygon(g.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map(rfc7946Geometry) };
  }
}

/** Returns a link to the app opening on feature `id`, from the page URL of the view (its fragment replaced). */
export function featureLink(pageUrl: string, id: string, lang: Lang): string {
  const base = pageUrl.split('#')[0];
  return `${base}#f=${encodeURIComponent(id)}${lang === 'en' ? '&lang=en' : ''}`;
}

/** Keys of the fixed properties, so that extra bilingual catalog fields are told apart. */
const FIXED_KEYS = new Set<string>([
  'name_zh',
  'name_en',
  'layer_zh',
  'layer_en',
  'kind_zh',
  'kind_en',
  'sector_zh',
  'sector_en',
  'status_zh',
  'status_en',
  'precision_zh',
  'precision_en',
  'interpretation_zh',
  'interpretation_en',
  'note_zh',
  'note_en',
  'district_names_zh',
  'district_names_en',
  'interpretation_note_zh',
  'interpretation_note_en',
  'source_zh',
  'source_en',
  'attribution_zh',
  'attribution_en',
  'provision_titles_zh',
  'provision_titles_en',
  'mentions_en',
]);

/** Returns the catalog entry's bilingual text fields that the fixed properties do not already carry. */
function extraBilingual(e: CatalogEntry | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!e) return out;
  for (const [k, v] of Object.entries(e)) {
    if (/_(zh|en)$/.test(k) && !FIXED_KEYS.has(k) && typeof v === 'string') out[k] = v;
  }
  return out;
}

interface PropsContext {
  catalog: Catalog;
  attribution: (layer: string, lang: Lang) => string;
  url?: string;
  lang: Lang;
  english?: ExportEnglish;
}

function exportProps(flat: MapFeatureProps, e: CatalogEntry | undefined, ctx: PropsContext): ExportProps {
  const mentions = e ? e.mentions.map((m) => ({ ...m })) : [];
  const provisions = [...new Set(mentions.map((m) => m.p))].sort((a, b) => a - b);
  const zhTitle = (p: number) => PLAN.provisions.find((x) => x.number === p)?.title;
  const layer = e?.layer ?? flat.layer;
  const def = layerById(layer);
  const kind = e?.kind ?? flat.kind;
  const sector = e?.sector ?? flat.sector;
  const statusClass = e?.status_class ?? flat.status_class;
  const precision = e?.precision ?? flat.precision;
  const uncertainty = e?.uncertainty_m ?? flat.uncertainty_m ?? null;
  const interpretation = e?.interpretation ?? flat.interpretation;
  const districts = e ? [...e.districts] : [];
  const precisionFields = { kind, precision, uncertainty_m: uncertainty, geometry_type: e?.geometry_type };
  return {
    id: flat.id,
    name_zh: e?.name_zh ?? flat.name_zh,
    name_en: e?.name_en ?? flat.name_en,
    layer,
    layer_zh: def?.title_zh ?? layer,
    layer_en: def?.title_en ?? layer,
    kind,
    kind_zh: kindWord(kind, 'zh'),
    kind_en: kindWord(kind, 'en'),
    sector,
    sector_zh: sectorLabel(sector, 'zh'),
    sector_en: sectorLabel(sector, 'en'),
    status: e?.status ?? null,
    status_class: statusClass,
    status_zh: statusLabel(statusClass, 'zh'),
    status_en: statusLabel(statusClass, 'en'),
    precision,
    uncertainty_m: uncertainty,
    precision_zh: precisionPhrase(precisionFields, 'zh'),
    precision_en: precisionPhrase(precisionFields, 'en'),
    interpretation,
    interpretation_zh: interpretationLabel(interpretation, 'zh'),
    interpretation_en: interpretationLabel(interpretation, 'en'),
    interpretation_note_zh: e?.interpretation_note_zh ?? null,
    interpretation_note_en: e?.interpretation_note_en ?? null,
    placed_by: e?.placed_by ?? null,
    note_zh: e?.note_zh ?? null,
    note_en: e?.note_en ?? null,
    target: e?.target ?? null,
    sectors_text: e?.sectors_text ?? null,
    part_of: e?.part_of ?? null,
    also_in: e?.also_in ? [...e.also_in] : [],
    roles: e?.roles ? e.roles.map((r) => ({ ...r })) : [],
    provisions,
    mentions,
    mentions_en: ctx.english ? ctx.english.mentionsOf(flat.id).map((m) => ({ p: m.p, text: m.text })) : [],
    provision_titles_zh: provisions.map((p) => `(${p}) ${zhTitle(p) ?? ''}`.trim()),
    provision_titles_en: ctx.english ? provisions.map((p) => `(${p}) ${ctx.english!.titleOf(p) ?? ''}`.trim()) : [],
    districts,
    district_names_zh: districts.map((d) => ctx.catalog.districts[d]?.name_zh ?? d),
    district_names_en: districts.map((d) => ctx.catalog.districts[d]?.name_en ?? d),
    anchor: e ? [roundCoord(e.anchor[0]), roundCoord(e.anchor[1])] : null,
    length_km: e?.length_km ?? null,
    area_km2: e?.area_km2 ?? null,
    source_zh: e?.source_zh ?? '',
    source_en: e?.source_en ?? '',
    attribution_zh: ctx.attribution(layer, 'zh'),
    attribution_en: ctx.attribution(layer, 'en'),
    link: ctx.url ? featureLink(ctx.url, flat.id, ctx.lang) : null,
    ...extraBilingual(e),
  };
}

/**
 * Returns what is currently shown as a GeoJSON FeatureCollection: the features of the visible layers (in registry
 * order) that pass the filters, each with its provisions, precision, interpretation, status, source and attribution
 * in both languages, plus a top-level `metadata` carrying the licence and attribution lines. Layers not loaded are
 * skipped. Each feature also carries its id as the Feature `id` member.
 */
export function buildGeoJsonExport(input: ExportInput): ExportCollection {
  const { catalog, filters } = input;
  const lang = input.lang ?? 'zh';
  const visible = new Set(input.visibleLayers);
  const order = [...LAYER_IDS.filter((id) => visible.has(id)), ...input.visibleLayers.filter((id) => !LAYER_IDS.includes(id))];
  const active = filtersActive(filters);
  const perLayer = new Map<string, string>();
  const attribution = (layer: string, lang: Lang) => {
    const key = `${lang}:${layer}`;
    let s = perLayer.get(key);
    if (s == null) {
      const paren = (t: string, l: string) => (lang === 'zh' ? `${t}（${l}）` : `${t} (${l})`);
      s = attributionFor(catalog, [layer], lang)
        .map((a) => paren(a.text, a.licence))
        .join(' | ');
      perLayer.set(key, s);
    }
    return s;
  };
  const ctx: PropsContext = { catalog, attribution, url: input.url, lang, english: input.english };
  const features: Feature<Geometry, ExportProps>[] = [];
  const seen = new Set<string>();
  for (const layerId of order) {
    const fc = input.layers[layerId];
    if (!fc) continue;
    for (const f of fc.features) {
      if (!f.geometry || !f.properties) continue;
      // One record per id, whatever a layer file holds: the id is the key every format and reader joins on.
      if (seen.has(f.properties.id)) continue;
      const entry = catalog.features[f.properties.id];
      // Without a catalog record the feature cannot be placed in a district: it passes only unfiltered.
      if (active && !(entry ? matchesFilters(entry, filters) : false)) continue;
      seen.add(f.properties.id);
      features.push({ type: 'Feature', geometry: rfc7946Geometry(f.geometry), properties: exportProps(f.properties, entry, ctx) });
    }
  }
  const metadata: ExportMetadata = {
    title: EXPORT_TITLE,
    plan_title: `《${PLAN.title}》`,
    generated_at: input.generatedAt,
    ...(input.url ? { url: input.url } : {}),
    coordinates: 'WGS84 (EPSG:4326), [lng, lat]',
    layers: order,
    filters: { sectors: [...filters.sectors], statuses: [...filters.statuses], districts: [...filters.districts] },
    count: features.length,
    precision_note: PRECISION_NOTE,
    precision_note_zh: PRECISION_NOTE_ZH,
    ...(input.english ? { translation_note: input.english.label } : {}),
    attribution: attributionFor(catalog, order),
  };
  return { type: 'FeatureCollection', metadata, features };
}

/** Returns the GeoJSON text of an export (one line per feature, so that a diff or a text editor can follow it). */
export function geoJsonText(fc: ExportCollection): string {
  const { features, ...head } = fc;
  const open = JSON.stringify({ ...head, features: [] }).slice(0, -3);
  return `${open}[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** The file kinds the downloads produce. */
export type ExportExt = 'geojson' | 'csv' | 'kml' | 'gpkg' | 'zip' | 'json' | 'txt';

/** Returns a download file name such as `hohhot-15th-fyp-20260301.geojson` for a date (local calendar day). */
export function exportFileName(ext: ExportExt, date: Date, stem = 'hohhot-15th-fyp'): string {
  return `${exportStem(date, stem)}.${ext}`;
}

/** Returns the dated stem of the download files, `hohhot-15th-fyp-20260301` (local calendar day). */
export function exportStem(date: Date, stem = 'hohhot-15th-fyp'): string {
  const d = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `${stem}-${d}`;
}
