import type { Interpretation, Kind, PlacedBy, Precision, Sector, StatusClass } from '../../geo/schema.ts';
import type { Lang } from './lang.ts';

/**
 * The one vocabulary of the plan's data, per language: how exact a drawing is (precision), who says a feature is
 * what it is (interpretation), how far along it is (status), its sector and kind, and distances. Every panel, the map
 * tooltip, the legend, the exported sheet and the briefing take their words from here, so a term reads the same
 * everywhere. Templates have `{name}` slots, filled by `format()` (`src/lib/format.ts`); the phrases built from these
 * words live in `src/lib/words.ts`.
 */
export interface Vocabulary {
  precision: {
    /** One word per class, for badges, charts and legends. */
    label: Readonly<Record<Precision, string>>;
    /** Sentence for surveyed geometry. */
    surveyed: string;
    /** Sentence for an approximate site with its radius of doubt `{u}` (e.g. `±2 公里`). */
    approximate: string;
    /** Sentence for an approximate site without a radius. */
    approximateNoRadius: string;
    /** Sentence for a schematic area of kind `{noun}`. */
    schematicArea: string;
    /** Sentence for a schematic line of kind `{noun}`. */
    schematicLine: string;
    /** How the map draws each class: the legend's key and the exported sheet's. */
    key: Readonly<{ title: string; surveyed: string; schematic: string; approximate: string; inferred: string }>;
    /** The precision caveat shown with the map, the briefing and every export. */
    caveat: string;
    /** How an approximate feature's position was obtained (`placed_by`). */
    placedBy: Readonly<Record<PlacedBy, string>>;
  };
  interpretation: {
    label: Readonly<Record<Interpretation, string>>;
    /** The short mark beside an inferred feature's name. */
    inferredMark: string;
  };
  status: {
    label: Readonly<Record<StatusClass, string>>;
    /** Which verbs of the plan each class stands for. */
    hint: Readonly<Record<StatusClass, string>>;
    /** The plan's verb `{verb}` (verbatim Chinese) with its class `{status}`. */
    withVerb: string;
  };
  sector: Readonly<Record<Sector, string>>;
  /** Nouns for feature kinds, as they read inside a sentence (“该产业带”, “the industrial belt”). */
  kind: Readonly<Record<Kind, string>>;
  /** The noun for a kind the table does not know. */
  kindFallback: string;
  distance: {
    /** `{n}` metres / kilometres. */
    metres: string;
    kilometres: string;
    unknown: string;
    /** A radius of doubt `{d}`. */
    uncertainty: string;
    /** “About `{d}`”, and what a drawn position closer than `{d}` (100 m) may say instead. */
    about: string;
    under: string;
    /** The pin is inside a feature, by its precision (schematic ones name their kind `{noun}`). */
    insideSchematic: string;
    insideApproximate: string;
    insideSurveyed: string;
    /** `{about}` from a schematic area's edge or a schematic line of kind `{noun}`. */
    nearSchematicArea: string;
    nearSchematicLine: string;
    /** `{about}` from an approximate site with radius of doubt `{u}`. */
    nearApproximate: string;
  };
}

const ZH: Vocabulary = {
  precision: {
    label: { surveyed: '实测', approximate: '约略', schematic: '示意' },
    surveyed: '位置取自测绘数据',
    approximate: '约略位置，误差约 {u}',
    approximateNoRadius: '约略位置',
    schematicArea: '示意：该{noun}是概念，不是边界',
    schematicLine: '示意：该{noun}只表示走向，不是实际线位',
    key: {
    title: '精度',
    surveyed: '实线：实测或取自公开数据',
    schematic: '虚线或斜线：示意',
    approximate: '淡圈：约略位置（±米）',
    inferred: '“?”：推测',
    },
    caveat: '示意图：规划要素多为示意或约略位置，不是用地边界，也不作为地块依据。',
    placedBy: {
      'published-coordinate': '采用公开发布的坐标',
      'published-geometry': '取自公开数据集的线形或范围',
      osm: '取自开放街道地图',
      'described-position': '依据文字描述定位',
      inferred: '由本项目推断',
    },
  },
  interpretation: {
    label: { stated: '原文明确', confirmed: '有公开资料印证', inferred: '推测' },
    inferredMark: '推测',
  },
  status: {
    label: {
      completed: '已建成',
      underway: '推进中',
      planned: '规划中',
      sought: '争取中',
      ongoing: '持续推进',
      context: '参照地点',
    },
    hint: {
      completed: '原文用“建成”“建成投运”等词',
      underway: '原文用“加快建设”“推进”“开工”等词',
      planned: '原文用“规划建设”“启动”“谋划”“布局”等词',
      sought: '原文用“争创”“争取”“申建”等词',
      ongoing: '原文用“提升”“优化”“打造”“推动”等词，无明确节点',
      context: '原文提到的地点，无动作动词',
    },
    withVerb: '{verb}（{status}）',
  },
  sector: {
    dairy: '乳业',
    silicon: '硅材料与新材料',
    computing: '算力与人工智能',
    biomanufacturing: '生物医药与制造',
    energy: '新能源与现代能源',
    equipment: '装备制造与航天',
    industry: '综合产业（产业带与园区）',
    logistics: '物流与开放',
    transport: '交通',
    ecology: '生态',
    water: '水利',
    health: '医疗卫生',
    science: '科技与教育',
    culture: '文化与旅游',
    consumption: '消费',
    urban: '城市空间',
    agriculture: '农牧业',
    regional: '区域协同',
  },
  kind: {
    'industrial-belt': '产业带',
    'industrial-park': '产业园区',
    'park-block': '园区片区',
    'development-zone': '开发区',
    'new-area': '新区',
    'agricultural-park': '农业园区',
    'logistics-hub': '物流枢纽',
    'bonded-zone': '保税区',
    'ecological-screen': '生态屏障',
    'ecological-belt': '生态带',
    'ecological-point': '生态节点',
    'shelter-forest': '防护林',
    mountain: '山体',
    grassland: '草原',
    river: '河流',
    lake: '湖泊',
    'wetland-park': '湿地公园',
    gully: '山沟',
    'urban-core': '城市核心',
    'urban-wing': '城市组团',
    'sub-centre': '城市副中心',
    'expressway-ring': '快速路环线',
    'ring-road': '环路',
    'elevated-road': '高架路',
    expressway: '高速公路',
    highway: '公路',
    road: '道路',
    'transport-hub': '交通枢纽',
    'rail-line': '铁路',
    'rail-station': '火车站',
    airport: '机场',
    'freight-route': '货运通道',
    'power-plant': '电站',
    'power-grid': '电网工程',
    pipeline: '管线',
    'water-project': '水利工程',
    reservoir: '水库',
    'water-plant': '水厂',
    hospital: '医院',
    'health-park': '医疗园区',
    'research-facility': '科研设施',
    'science-park': '科技园区',
    university: '高校',
    'data-centre': '数据中心',
    'heritage-site': '文物遗址',
    temple: '寺庙',
    museum: '博物馆',
    'cultural-park': '文化园区',
    'tourism-zone': '旅游区',
    'tourism-axis': '旅游轴线',
    'tourism-belt': '旅游带',
    'tourism-corridor': '旅游廊道',
    'commercial-district': '商圈',
    'consumption-belt': '消费带',
    street: '街区',
    district: '城区',
    county: '旗县',
    'economic-circle': '经济圈',
    'metropolitan-area': '都市圈',
    city: '城市',
    region: '地区',
    port: '口岸',
    corridor: '通道',
    'cooperation-link': '协作关系',
  },
  kindFallback: '规划要素',
  distance: {
    metres: '{n} 米',
    kilometres: '{n} 公里',
    unknown: '距离未知',
    uncertainty: '±{d}',
    about: '约 {d}',
    under: '不到 {d}',
    insideSchematic: '在示意{noun}范围内（仅供参考）',
    insideApproximate: '大致在其范围内',
    insideSurveyed: '您在其范围内',
    nearSchematicArea: '距示意{noun}边缘{about}（仅供参考）',
    nearSchematicLine: '距示意{noun}线{about}（仅供参考）',
    nearApproximate: '{about}（位置误差 {u}）',
  },
};

const EN: Vocabulary = {
  precision: {
    label: { surveyed: 'Surveyed', approximate: 'Approximate', schematic: 'Schematic' },
    surveyed: 'Position from survey data',
    approximate: 'Approximate location, {u}',
    approximateNoRadius: 'Approximate location',
    schematicArea: 'Schematic: the {noun} is a concept, not a boundary',
    schematicLine: 'Schematic: the {noun} shows a direction, not the actual route',
    key: {
    title: 'Precision',
    surveyed: 'Solid: surveyed or from published data',
    schematic: 'Dashed or hatched: schematic',
    approximate: 'Soft circle: approximate (± m)',
    inferred: '“?”: inferred',
    },
    caveat: 'Diagram: most plan features are schematic or approximate, not land boundaries and not a basis for parcel decisions.',
    placedBy: {
      'published-coordinate': 'a published coordinate',
      'published-geometry': 'a line or outline from a published dataset',
      osm: 'an OpenStreetMap object',
      'described-position': 'placed from a description in words',
      inferred: 'inferred by the project',
    },
  },
  interpretation: {
    label: { stated: 'Stated in the plan', confirmed: 'Confirmed by a published source', inferred: 'Inferred (our reading)' },
    inferredMark: 'inferred',
  },
  status: {
    label: {
      completed: 'Completed',
      underway: 'Under way',
      planned: 'Planned',
      sought: 'Sought',
      ongoing: 'Ongoing',
      context: 'Reference place',
    },
    hint: {
      completed: 'the plan says 建成 (built), 建成投运 …',
      underway: 'the plan says 加快建设 (speed up building), 推进 (advance), 开工 …',
      planned: 'the plan says 规划建设 (plan and build), 启动 (start), 谋划, 布局 …',
      sought: 'the plan says 争创 / 争取 (strive for), 申建 (apply to build) …',
      ongoing: 'the plan says 提升 (upgrade), 优化, 打造 (build up), 推动 … without a milestone',
      context: 'a place the plan names, without a verb',
    },
    withVerb: '{status} (plan: {verb})',
  },
  sector: {
    dairy: 'Dairy',
    silicon: 'Silicon and new materials',
    computing: 'Computing and AI',
    biomanufacturing: 'Biomedicine and biomanufacturing',
    energy: 'New and modern energy',
    equipment: 'Equipment and aerospace',
    industry: 'Mixed industry (belts and parks)',
    logistics: 'Logistics and opening-up',
    transport: 'Transport',
    ecology: 'Ecology',
    water: 'Water',
    health: 'Health',
    science: 'Science and education',
    culture: 'Culture and tourism',
    consumption: 'Consumption',
    urban: 'Urban structure',
    agriculture: 'Agriculture',
    regional: 'Regional cooperation',
  },
  kind: {
    'industrial-belt': 'industrial belt',
    'industrial-park': 'industrial park',
    'park-block': 'park block',
    'development-zone': 'development zone',
    'new-area': 'new area',
    'agricultural-park': 'agricultural park',
    'logistics-hub': 'logistics hub',
    'bonded-zone': 'bonded zone',
    'ecological-screen': 'ecological screen',
    'ecological-belt': 'ecological belt',
    'ecological-point': 'ecological site',
    'shelter-forest': 'shelter forest',
    mountain: 'mountain range',
    grassland: 'grassland',
    river: 'river',
    lake: 'lake',
    'wetland-park': 'wetland park',
    gully: 'gully',
    'urban-core': 'urban core',
    'urban-wing': 'urban wing',
    'sub-centre': 'sub-centre',
    'expressway-ring': 'expressway ring',
    'ring-road': 'ring road',
    'elevated-road': 'elevated road',
    expressway: 'expressway',
    highway: 'highway',
    road: 'road',
    'transport-hub': 'transport hub',
    'rail-line': 'railway',
    'rail-station': 'railway station',
    airport: 'airport',
    'freight-route': 'freight route',
    'power-plant': 'power plant',
    'power-grid': 'power-grid project',
    pipeline: 'pipeline',
    'water-project': 'water project',
    reservoir: 'reservoir',
    'water-plant': 'water plant',
    hospital: 'hospital',
    'health-park': 'health park',
    'research-facility': 'research facility',
    'science-park': 'science park',
    university: 'university',
    'data-centre': 'data centre',
    'heritage-site': 'heritage site',
    temple: 'temple',
    museum: 'museum',
    'cultural-park': 'cultural park',
    'tourism-zone': 'tourism zone',
    'tourism-axis': 'tourism axis',
    'tourism-belt': 'tourism belt',
    'tourism-corridor': 'tourism corridor',
    'commercial-district': 'shopping district',
    'consumption-belt': 'consumption belt',
    street: 'street',
    district: 'district',
    county: 'banner or county',
    'economic-circle': 'economic circle',
    'metropolitan-area': 'metropolitan area',
    city: 'city',
    region: 'region',
    port: 'port',
    corridor: 'corridor',
    'cooperation-link': 'cooperation link',
  },
  kindFallback: 'plan feature',
  distance: {
    metres: '{n} m',
    kilometres: '{n} km',
    unknown: 'distance unknown',
    uncertainty: '±{d}',
    about: 'about {d}',
    under: 'under {d}',
    insideSchematic: 'inside the schematic {noun} (indicative only)',
    insideApproximate: 'roughly inside it',
    insideSurveyed: 'you are inside it',
    nearSchematicArea: '{about} from the edge of the schematic {noun} (indicative only)',
    nearSchematicLine: '{about} from the schematic {noun} line (indicative only)',
    nearApproximate: '{about} (position {u})',
  },
};

/** The vocabulary of each interface language. */
export const VOCABULARY: Readonly<Record<Lang, Vocabulary>> = { zh: ZH, en: EN };
