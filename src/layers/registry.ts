/**
 * The layer registry (placeholder ids; the map module owns and completes it).
 * Each plan layer is one file `public/geo/layers/<id>.geojson` built from `geo/features/<id>.geojson`.
 */
export const GROUPS = ['industry', 'ecology', 'urban', 'transport', 'projects', 'culture', 'consumption', 'regional'] as const;
export type GroupId = (typeof GROUPS)[number];

export interface LayerDef {
  id: string;
  group: GroupId;
  title_zh: string;
  title_en: string;
  defaultVisible: boolean;
}

export const LAYERS: LayerDef[] = [
  { id: 'industry-belts', group: 'industry', title_zh: '四大产业带', title_en: 'Four industrial belts', defaultVisible: true },
  { id: 'industry-parks', group: 'industry', title_zh: '产业园区', title_en: 'Industrial parks', defaultVisible: true },
  { id: 'ecology-layout', group: 'ecology', title_zh: '两屏四带多点', title_en: 'Ecological layout', defaultVisible: false },
  { id: 'ecology-mountains', group: 'ecology', title_zh: '大青山与敕勒川', title_en: 'Daqing Shan and Chilechuan', defaultVisible: false },
  { id: 'ecology-water', group: 'ecology', title_zh: '河湖水系', title_en: 'Rivers and wetlands', defaultVisible: true },
  { id: 'ecology-forest', group: 'ecology', title_zh: '城市防护林', title_en: 'Urban shelter forest', defaultVisible: false },
  { id: 'urban-structure', group: 'urban', title_zh: '一主一副、一核两翼', title_en: 'Urban structure', defaultVisible: false },
  { id: 'transport-urban', group: 'transport', title_zh: '一横三纵四环三枢纽', title_en: 'Urban expressways and hubs', defaultVisible: false },
  { id: 'transport-highway', group: 'transport', title_zh: '公路网', title_en: 'Highway network', defaultVisible: false },
  { id: 'transport-rail', group: 'transport', title_zh: '铁路', title_en: 'Railways', defaultVisible: false },
  { id: 'transport-air', group: 'transport', title_zh: '机场', title_en: 'Airports', defaultVisible: true },
  { id: 'transport-logistics', group: 'transport', title_zh: '物流与口岸', title_en: 'Logistics and ports', defaultVisible: false },
  { id: 'projects-energy', group: 'projects', title_zh: '能源', title_en: 'Energy', defaultVisible: false },
  { id: 'projects-water', group: 'projects', title_zh: '水利', title_en: 'Water', defaultVisible: false },
  { id: 'projects-health', group: 'projects', title_zh: '医疗卫生', title_en: 'Health', defaultVisible: false },
  { id: 'projects-science', group: 'projects', title_zh: '科技与教育', title_en: 'Science and education', defaultVisible: false },
  { id: 'culture-heritage', group: 'culture', title_zh: '文物与博物馆', title_en: 'Heritage and museums', defaultVisible: false },
  { id: 'culture-tourism', group: 'culture', title_zh: '文旅布局', title_en: 'Tourism layout', defaultVisible: false },
  { id: 'consumption', group: 'consumption', title_zh: '消费商圈与街区', title_en: 'Consumption', defaultVisible: false },
  { id: 'regional-circles', group: 'regional', title_zh: '四大经济圈', title_en: 'Four economic circles', defaultVisible: false },
  { id: 'regional-links', group: 'regional', title_zh: '区域协作与通道', title_en: 'Regional links', defaultVisible: false },
];

export const LAYER_IDS = LAYERS.map((l) => l.id);
export const DEFAULT_VISIBLE_LAYERS = LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);
