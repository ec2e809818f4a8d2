/**
 * The data contract of the plan's geography: what every authored feature carries, and what the build writes for
 * the app. Pure types and constants, shared by the build scripts, the validator, the tests and the app.
 *
 * All coordinates are WGS84 `[lng, lat]`.
 */

/** How the geometry was obtained. */
export const PRECISIONS = ['surveyed', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];
// surveyed     taken from a real dataset (see `source`)
// approximate  a real, known site whose position we estimated; `uncertainty_m` gives the radius of doubt
// schematic    a diagram of a concept (a belt, a ring, a circle of influence): not a boundary on the ground

/** Whether the document itself names this part, a published source identifies it, or it is our reading. */
export const INTERPRETATIONS = ['stated', 'confirmed', 'inferred'] as const;
export type Interpretation = (typeof INTERPRETATIONS)[number];

/**
 * The status class derived from the plan's own verb (`status`, quoted from the text), read in its tense:
 * completed — done, as the review of the last five years (provision 1) reports it (建成, 正式授牌);
 * underway 加快建设/推进/开工, and the plan's future targets "建成…" / "建成投用" for works already started;
 * planned 规划建设/启动/谋划/布局, and future "建成" targets for works not known to have started;
 * sought 争创/争取/申建 · ongoing 提升/优化/打造/推动 (continuing work without a milestone) · context (no verb: a place
 * the plan names as a reference point).
 */
export const STATUS_CLASSES = ['completed', 'underway', 'planned', 'sought', 'ongoing', 'context'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** Sectors for filtering: the six industrial clusters of provision 15 plus the other themes of the plan. */
export const SECTORS = [
  'dairy', // 乳业
  'silicon', // 光伏硅材料 / 新材料 / 半导体
  'computing', // 算力 / 数据 / 人工智能
  'biomanufacturing', // 生物医药 / 生物制造
  'energy', // 新能源 / 现代能源 / 电网 / 油气
  'equipment', // 装备制造 / 航天 / 低空
  'industry', // industrial belts and parks spanning several clusters
  'logistics', // 物流 / 口岸 / 开放
  'transport', // 道路 / 铁路 / 机场
  'ecology', // 生态 / 水系 / 防护林
  'water', // 水利 / 供排水
  'health', // 医疗卫生
  'science', // 科技创新 / 教育
  'culture', // 文化 / 遗产 / 旅游
  'consumption', // 消费 / 商圈
  'urban', // 城市空间结构
  'agriculture', // 农牧业
  'regional', // 区域协同 / 都市圈
] as const;
export type Sector = (typeof SECTORS)[number];

/** One mention of a feature in the plan: the provision number and the exact words used there. */
export interface Mention {
  /** Provision number 1–53; 0 for the preamble and -1 for the closing paragraph are not used. */
  p: number;
  /** Verbatim words as they occur in that provision's text (found by the validator). */
  text: string;
}

/** The authored properties of every plan feature (in `geo/features/*.geojson`). */
export interface FeatureProps {
  /** Stable, kebab-case, unique across all layers, e.g. `park-jinshan`. */
  id: string;
  name_zh: string;
  name_en: string;
  /** What it is, e.g. `industrial-park`, `belt`, `river`, `ring-road`, `hospital` (see KINDS). */
  kind: Kind;
  precision: Precision;
  /** Radius of doubt in metres; required when `precision` is `approximate`. */
  uncertainty_m?: number;
  interpretation: Interpretation;
  /** Why we read it so (required for `inferred`), or the published source that identifies it (for `confirmed`). */
  interpretation_note?: string;
  /** The plan's own verb for this item, verbatim from one of its mentions' provisions (e.g. `加快建设`). */
  status?: string;
  status_class: StatusClass;
  sector: Sector;
  /** Every provision that names this feature, with the exact words. At least one. */
  mentions: Mention[];
  /** Where the geometry and facts come from (dataset, report, or "drawn by the project from …"). */
  source: string;
  /** Id of the slogan/layout this feature is a part of, e.g. `layout-liangping-sidai-duodian`. */
  part_of?: string;
  /** One or two sentences of context, in each language. */
  note_zh?: string;
  note_en?: string;
  /** Output target as written in the text, e.g. `两千亿级` (industrial belts). */
  target?: string;
  /** Leading sectors as written in the text (industrial belts). */
  sectors_text?: string;
  /**
   * Zoom past which a schematic feature should fade out because its drawing no longer makes sense at that scale.
   * Defaults by kind in the layer styles.
   */
  fade_zoom?: number;
  /** Input coordinate system of the authored geometry; the build converts `gcj02` to WGS84. Default `wgs84`. */
  input_crs?: 'wgs84' | 'gcj02';
}

export const KINDS = [
  // structures and layouts
  'industrial-belt',
  'industrial-park',
  'park-block',
  'development-zone',
  'new-area',
  'agricultural-park',
  'logistics-hub',
  'bonded-zone',
  'ecological-screen',
  'ecological-belt',
  'ecological-point',
  'shelter-forest',
  'mountain',
  'grassland',
  'river',
  'lake',
  'wetland-park',
  'gully',
  'urban-core',
  'urban-wing',
  'sub-centre',
  'expressway-ring',
  'ring-road',
  'elevated-road',
  'expressway',
  'highway',
  'road',
  'transport-hub',
  'rail-line',
  'rail-station',
  'airport',
  'freight-route',
  // projects and sites
  'power-plant',
  'power-grid',
  'pipeline',
  'water-project',
  'reservoir',
  'water-plant',
  'hospital',
  'health-park',
  'research-facility',
  'science-park',
  'university',
  'data-centre',
  'heritage-site',
  'temple',
  'museum',
  'cultural-park',
  'tourism-zone',
  'tourism-axis',
  'tourism-belt',
  'tourism-corridor',
  'commercial-district',
  'consumption-belt',
  'street',
  'district',
  'county',
  // regional
  'economic-circle',
  'metropolitan-area',
  'city',
  'region',
  'port',
  'corridor',
  'cooperation-link',
] as const;
export type Kind = (typeof KINDS)[number];

/** A place the text names whose location is not known to us: listed, never drawn. */
export interface UnplacedEntry {
  id: string;
  name_zh: string;
  name_en: string;
  kind: Kind;
  sector: Sector;
  status?: string;
  status_class: StatusClass;
  mentions: Mention[];
  /** Why it is not on the map, e.g. "site not published". */
  reason: string;
  /** Where it is thought to be, in words, when even that is known (e.g. "in 和林格尔新区"). */
  area_hint?: string;
}

/**
 * Properties of a feature as the app's map receives them (`public/geo/layers/<layer>.geojson`): flat scalars only,
 * because MapLibre expressions do not see nested arrays reliably. Everything else is in the catalog, keyed by id.
 */
export interface MapFeatureProps {
  id: string;
  layer: string;
  name_zh: string;
  name_en: string;
  kind: Kind;
  precision: Precision;
  uncertainty_m?: number;
  interpretation: Interpretation;
  status_class: StatusClass;
  sector: Sector;
  fade_zoom?: number;
}

/** One feature's full record in `public/geo/catalog.json`. */
export interface CatalogEntry extends Omit<FeatureProps, 'input_crs'> {
  layer: string;
  geometry_type: 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';
  /** [minLng, minLat, maxLng, maxLat] */
  bbox: [number, number, number, number];
  /** A representative point on or in the feature, `[lng, lat]`. */
  anchor: [number, number];
  /** Adcodes of the Hohhot county-level units the feature touches (empty outside the city). */
  districts: string[];
  /** Length in km for lines and area in km² for polygons; null for schematic features (counted, not measured). */
  length_km: number | null;
  area_km2: number | null;
}

/** One attribution line, shown in the app and carried in exports. */
export interface Attribution {
  id: string;
  text: string;
  licence: string;
  url?: string;
  /** Layer ids (or `basemap`) that use this source. */
  used_by: string[];
}

/** `public/geo/catalog.json`. */
export interface Catalog {
  /** Generated by `npm run geo:build`; do not edit. */
  generated_by: string;
  features: Record<string, CatalogEntry>;
  unplaced: UnplacedEntry[];
  /** Layer id → feature count and bbox. */
  layers: Record<string, { count: number; bbox: [number, number, number, number] }>;
  /** The county-level units of Hohhot: adcode → names. */
  districts: Record<string, { name_zh: string; name_en: string }>;
  attribution: Attribution[];
}
