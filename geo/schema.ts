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

/**
 * How the position of an approximate feature was obtained, from the most to the least direct:
 * published-coordinate  a coordinate published for this very site (an encyclopaedia entry, Global Energy Monitor, a
 *                       map service's point), quoted in `source_en` and checked against the geometry;
 * published-geometry    a line or outline taken from a published dataset, generalised (e.g. rivers at 1:4,000,000);
 * osm                   an OpenStreetMap object (© OpenStreetMap contributors);
 * described-position    placed from a description in words ("north-east of …", "in … town"): the radius covers
 *                       everything the description allows;
 * inferred              placed by our reasoning where not even a description locates it (e.g. at the centre of the
 *                       zone it is known to be in).
 */
export const PLACED_BY = ['published-coordinate', 'published-geometry', 'osm', 'described-position', 'inferred'] as const;
export type PlacedBy = (typeof PLACED_BY)[number];

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
  /**
   * Why we read it so (required for `inferred`), or the published source that identifies it (for `confirmed`), in
   * each language: both or neither.
   */
  interpretation_note_zh?: string;
  interpretation_note_en?: string;
  /** How the position was obtained; required for (and only for) `approximate` features. */
  placed_by?: PlacedBy;
  /** The plan's own verb for this item, verbatim from one of its mentions' provisions (e.g. `加快建设`). */
  status?: string;
  status_class: StatusClass;
  sector: Sector;
  /** Every provision that names this feature, with the exact words. At least one. */
  mentions: Mention[];
  /** Where the geometry and facts come from (dataset, report, or "drawn by the project from …"), in each language. */
  source_zh: string;
  source_en: string;
  /**
   * What the feature is a part of, one entry per role it plays in the plan (a place that plays several roles is one
   * feature with several roles, never several features). The first role with a `part_of` is the primary one.
   */
  roles?: Role[];
  /**
   * Set when the geometry deliberately extends beyond the municipal boundary (a railway to Baotou, a river from
   * Shanxi); the notes say why. Without it the validator requires the geometry to stay inside the city.
   */
  beyond_city?: true;
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

/** One role a feature plays in the plan: part of a slogan's layout or of another feature. */
export interface Role {
  /** A feature id, or a slogan id from `slogans.ts`. */
  part_of?: string;
  /** The role's own name where it has one (e.g. `一副` / `the sub-centre`); both or neither. */
  label_zh?: string;
  label_en?: string;
  /** Whether the plan states this role, a published source confirms it, or it is our reading. */
  interpretation: Interpretation;
  /** Required (both languages) for an inferred role; the source for a confirmed one. */
  interpretation_note_zh?: string;
  interpretation_note_en?: string;
  /** Another plan layer that also draws the feature for this role (e.g. the 大青山 in the ecological layout). */
  layer?: string;
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
  /** Why it is not on the map, e.g. "site not published", in each language. */
  reason_zh: string;
  reason_en: string;
  /** Where it is thought to be, in words, when even that is known (e.g. "in 和林格尔新区"); both or neither. */
  area_hint_zh?: string;
  area_hint_en?: string;
  /** A mapped feature whose area contains it, when known (the map frames that feature for it). */
  within?: string;
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
  /** The layer whose file holds the feature. */
  layer: string;
  /** Other layers that also draw it, from its roles (sorted; empty for most). */
  also_in: string[];
  /** The primary role's `part_of` (the first role that has one), for lists that group by membership. */
  part_of?: string;
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
  /** The full credit line in each language. */
  text_zh: string;
  text_en: string;
  licence_zh: string;
  licence_en: string;
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
  /**
   * Ids that features used to have → the id of the feature that now stands for that place (merged duplicates). Old
   * links keep working: the app resolves them through this table (`geo/aliases.ts`).
   */
  aliases: Record<string, string>;
}
