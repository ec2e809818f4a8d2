/**
 * The layer registry: every plan layer declared as plain data (what it is, how it looks, how it behaves). Pure: no
 * DOM, no map. `to-maplibre.ts` and `to-deck.ts` turn it into renderer specs; the layer panel and the legend read it.
 * Each plan layer is one file `public/geo/layers/<id>.geojson` built from `geo/features/<id>.geojson`.
 */
export const GROUPS = ['industry', 'ecology', 'urban', 'transport', 'projects', 'culture', 'consumption', 'regional'] as const;
export type GroupId = (typeof GROUPS)[number];

/** Group titles for panels and the legend. */
export const GROUP_TITLES: Record<GroupId, { zh: string; en: string }> = {
  industry: { zh: '产业布局', en: 'Industry' },
  ecology: { zh: '生态格局', en: 'Ecology' },
  urban: { zh: '城市空间结构', en: 'Urban structure' },
  transport: { zh: '交通', en: 'Transport' },
  projects: { zh: '重大项目', en: 'Major projects' },
  culture: { zh: '文化与旅游', en: 'Culture and tourism' },
  consumption: { zh: '消费', en: 'Consumption' },
  regional: { zh: '区域协同', en: 'Regional' },
};

/** How the legend draws a layer's swatch. `hatch` and `dashed` are used for schematic layers. */
export type SwatchType = 'fill' | 'line' | 'point' | 'hatch' | 'dashed';

/** Which renderer draws the layer: MapLibre for ordinary geometry, deck.gl where it adds something (arcs). */
export type Renderer = 'maplibre' | 'deck';

/** Optional style fragments: each overrides a default of `to-maplibre.ts`. Units are CSS pixels. */
export interface StyleFragments {
  /** Base fill opacity of polygons (before precision and fading). */
  fillOpacity?: number;
  /** Line width of lines and outlines at zoom 10, px. */
  lineWidth?: number;
  /** Radius of point markers, px. */
  pointRadius?: number;
  /** Label size, px. */
  textSize?: number;
  /** Zoom from which labels show. */
  labelMinzoom?: number;
}

export interface LayerDef {
  id: string;
  group: GroupId;
  title_zh: string;
  title_en: string;
  defaultVisible: boolean;
  /** Main colour, CSS hex `#rrggbb`. */
  color: string;
  /** Legend swatch: what the layer mostly looks like. */
  legend: { swatch: SwatchType };
  style: StyleFragments;
  /** Whether a click selects its features. */
  clickable: boolean;
  /** Whether hovering shows a tooltip (desktop). */
  tooltip: boolean;
  minzoom: number;
  maxzoom: number;
  render: Renderer;
  /**
   * Zoom past which schematic features fade, unless a feature carries its own `fade_zoom`: a diagram drawn for the
   * whole city stops making sense at street scale.
   */
  fadeZoom: number;
}

type Def = Pick<LayerDef, 'id' | 'group' | 'title_zh' | 'title_en' | 'defaultVisible' | 'color'> &
  Partial<Omit<LayerDef, 'id' | 'group' | 'title_zh' | 'title_en' | 'defaultVisible' | 'color'>>;

const def = (d: Def): LayerDef => ({
  legend: { swatch: 'fill' },
  style: {},
  clickable: true,
  tooltip: true,
  minzoom: 0,
  maxzoom: 24,
  render: 'maplibre',
  fadeZoom: 13,
  ...d,
});

/** Every plan layer, in drawing order (first = bottom). */
export const LAYERS: LayerDef[] = [
  def({ id: 'regional-circles', group: 'regional', title_zh: '四大经济圈', title_en: 'Four economic circles', defaultVisible: false, color: '#5c6f8a', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.08 }, fadeZoom: 9 }),
  def({ id: 'ecology-layout', group: 'ecology', title_zh: '两屏四带多点', title_en: 'Ecological layout', defaultVisible: false, color: '#5f9e3a', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.14 }, fadeZoom: 11 }),
  def({ id: 'ecology-mountains', group: 'ecology', title_zh: '大青山与敕勒川', title_en: 'Daqing Shan and Chilechuan', defaultVisible: false, color: '#8a7a4c', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.14 }, fadeZoom: 11 }),
  def({ id: 'ecology-forest', group: 'ecology', title_zh: '城市防护林', title_en: 'Urban shelter forest', defaultVisible: false, color: '#2f7d3b', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.2 }, fadeZoom: 13 }),
  def({ id: 'urban-structure', group: 'urban', title_zh: '一主一副、一核两翼', title_en: 'Urban structure', defaultVisible: false, color: '#8d4aa8', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.12 }, fadeZoom: 12 }),
  def({ id: 'industry-belts', group: 'industry', title_zh: '四大产业带', title_en: 'Four industrial belts', defaultVisible: true, color: '#e0592a', legend: { swatch: 'hatch' }, style: { fillOpacity: 0.16, lineWidth: 2 }, fadeZoom: 12 }),
  def({ id: 'consumption', group: 'consumption', title_zh: '消费商圈与街区', title_en: 'Consumption', defaultVisible: false, color: '#d9731a', legend: { swatch: 'point' }, style: { labelMinzoom: 11 } }),
  def({ id: 'culture-tourism', group: 'culture', title_zh: '文旅布局', title_en: 'Tourism layout', defaultVisible: false, color: '#b0489b', legend: { swatch: 'dashed' }, style: { fillOpacity: 0.1 }, fadeZoom: 12 }),
  def({ id: 'ecology-water', group: 'ecology', title_zh: '河湖水系', title_en: 'Rivers and wetlands', defaultVisible: true, color: '#1f78b4', legend: { swatch: 'line' }, style: { fillOpacity: 0.3, lineWidth: 2.2 } }),
  def({ id: 'transport-highway', group: 'transport', title_zh: '公路网', title_en: 'Highway network', defaultVisible: false, color: '#c98a12', legend: { swatch: 'line' }, style: { lineWidth: 2.2 } }),
  def({ id: 'transport-urban', group: 'transport', title_zh: '一横三纵四环三枢纽', title_en: 'Urban expressways and hubs', defaultVisible: false, color: '#e0a419', legend: { swatch: 'line' }, style: { lineWidth: 2.6 } }),
  def({ id: 'transport-rail', group: 'transport', title_zh: '铁路', title_en: 'Railways', defaultVisible: false, color: '#3b4650', legend: { swatch: 'line' }, style: { lineWidth: 2.2 } }),
  def({ id: 'transport-logistics', group: 'transport', title_zh: '物流与口岸', title_en: 'Logistics and ports', defaultVisible: false, color: '#00897b', legend: { swatch: 'point' } }),
  def({ id: 'industry-parks', group: 'industry', title_zh: '产业园区', title_en: 'Industrial parks', defaultVisible: true, color: '#a8361b', legend: { swatch: 'point' }, style: { fillOpacity: 0.3, pointRadius: 6 } }),
  def({ id: 'projects-energy', group: 'projects', title_zh: '能源', title_en: 'Energy', defaultVisible: false, color: '#d69e00', legend: { swatch: 'point' } }),
  def({ id: 'projects-water', group: 'projects', title_zh: '水利', title_en: 'Water', defaultVisible: false, color: '#0097a7', legend: { swatch: 'point' } }),
  def({ id: 'projects-health', group: 'projects', title_zh: '医疗卫生', title_en: 'Health', defaultVisible: false, color: '#d0305f', legend: { swatch: 'point' }, style: { labelMinzoom: 11 } }),
  def({ id: 'projects-science', group: 'projects', title_zh: '科技与教育', title_en: 'Science and education', defaultVisible: false, color: '#5b3fb0', legend: { swatch: 'point' }, style: { labelMinzoom: 10 } }),
  def({ id: 'culture-heritage', group: 'culture', title_zh: '文物与博物馆', title_en: 'Heritage and museums', defaultVisible: false, color: '#7b5136', legend: { swatch: 'point' }, style: { labelMinzoom: 10 } }),
  def({ id: 'transport-air', group: 'transport', title_zh: '机场', title_en: 'Airports', defaultVisible: true, color: '#2f4fb5', legend: { swatch: 'point' }, style: { pointRadius: 7 } }),
  def({ id: 'regional-links', group: 'regional', title_zh: '区域协作与通道', title_en: 'Regional links', defaultVisible: false, color: '#d23c3c', legend: { swatch: 'line' }, render: 'deck' }),
];

export const LAYER_IDS = LAYERS.map((l) => l.id);
export const DEFAULT_VISIBLE_LAYERS = LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);

/** Returns the layer definition with this id, or undefined. */
export const layerById = (id: string): LayerDef | undefined => LAYERS.find((l) => l.id === id);

/** Returns the layers of a group, in registry order. */
export const layersInGroup = (group: GroupId): LayerDef[] => LAYERS.filter((l) => l.group === group);

/** Returns the layer's GeoJSON file path, relative to the page (`geo/layers/<id>.geojson`). */
export const layerFile = (id: string): string => `geo/layers/${id}.geojson`;
