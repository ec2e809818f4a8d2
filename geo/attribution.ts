import type { Attribution } from './schema.ts';

/**
 * The sources of the map's geography, with licences: the build writes them (with `used_by` filled in) into
 * `public/geo/catalog.json`, the app shows them, and `geo/README.md` explains them.
 */
export interface SourceCredit extends Omit<Attribution, 'used_by'> {
  /** Short line for the map's attribution control, in each language. */
  short_zh: string;
  short_en: string;
  /** Context files (without extension) that come from this source. */
  context: string[];
  /** Matches a plan feature's `source` text that relies on this source. */
  match: RegExp;
}

/** Every source the geography uses, in display order. */
export const SOURCES: readonly SourceCredit[] = [
  {
    id: 'project',
    short_zh: '规划要素：本项目据规划文本绘制',
    short_en: 'Plan features drawn by the project',
    text_zh: '规划要素由本项目根据规划文本及研究笔记绘制；约略要素和示意要素的位置均为估计（详见各要素的精度与解读说明）',
    text_en: 'Plan features drawn by the project from the plan text and its research notes; positions of approximate and schematic features are estimates (see each feature’s precision and interpretation)',
    licence_zh: '本项目数据，不保证位置准确',
    licence_en: 'project data; no warranty of position',
    context: [],
    match: /./,
  },
  {
    id: 'datav',
    short_zh: '行政区划 © DataV.GeoAtlas / 高德',
    short_en: 'Boundaries © DataV.GeoAtlas / Amap',
    text_zh: '行政区界与政府驻地：DataV.GeoAtlas（阿里云，源自高德地图），已由 GCJ-02 转换为 WGS84 并作简化',
    text_en: 'Administrative boundaries and seats: DataV.GeoAtlas (Alibaba; Amap-derived), converted from GCJ-02 to WGS84 and simplified',
    licence_zh: '未声明开放许可，适用 DataV 与高德的使用条款',
    licence_en: 'no open licence stated; DataV / Amap terms apply',
    url: 'https://datav.aliyun.com/portal/school/atlas/area_selector',
    context: ['city', 'counties', 'neighbours', 'provinces', 'seats'],
    match: /DataV|GeoAtlas/i,
  },
  {
    id: 'nbgd4m',
    short_zh: '河流 国家基础地理信息 1:400万',
    short_en: 'Rivers: national basic geographic data 1:4M',
    text_zh: '黄河、大黑河：国家基础地理信息 1:400万 河流数据（20世纪90年代）',
    text_en: 'Yellow River and Dahei River: China’s 1:4,000,000 national basic geographic data (rivers), 1990s vintage',
    licence_zh: '国家基础地理公开数据，再利用条款未正式说明',
    licence_en: 'public national basic data; reuse terms not formally stated',
    context: ['yellow-river', 'dahei-river'],
    match: /1:4\s?M|1:400万|nbgd4m|国家基础地理/i,
  },
  {
    id: 'gshhg',
    short_zh: '湖泊数据 GSHHG（LGPL-3.0 许可）',
    short_en: 'Lakes: GSHHG (LGPL-3.0)',
    text_zh: '湖泊（岱海、黄旗海）：GSHHG 海岸线与湖泊数据（Wessel 与 Smith），取自 Debian 的 gmt-gshhg 软件包',
    text_en: 'Lakes (Daihai, Huangqihai): GSHHG, Wessel & Smith, via Debian gmt-gshhg',
    licence_zh: 'LGPL-3.0',
    licence_en: 'LGPL-3.0',
    url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
    context: ['lakes'],
    match: /GSHHG/i,
  },
  {
    id: 'amap-metro',
    short_zh: '地铁 © 高德地图',
    short_en: 'Metro © Amap',
    text_zh: '地铁线路与车站：高德地图公开的地铁线路图数据（转载于 GitHub），已转换为 WGS84；线路按站间直线绘制',
    text_en: 'Metro lines and stations: Amap’s public subway-map data (as republished on GitHub), converted to WGS84; lines drawn as straight segments between stations',
    licence_zh: '未声明许可，适用高德地图使用条款',
    licence_en: 'no licence stated; Amap terms apply',
    context: ['metro-lines', 'metro-stations'],
    match: /Amap|高德/i,
  },
  {
    id: 'osm',
    short_zh: '© OpenStreetMap 贡献者',
    short_en: '© OpenStreetMap contributors',
    text_zh: '城市公园与绿地（2022年年中导出）、铁路车站（2025年1月导出）：© OpenStreetMap 贡献者',
    text_en: 'Urban parks and green spaces (mid-2022 export) and railway stations (January 2025 extract): © OpenStreetMap contributors',
    licence_zh: 'ODbL 1.0（开放数据库许可）',
    licence_en: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
    context: ['parks', 'rail-stations'],
    match: /OpenStreetMap|\bOSM\b/,
  },
  {
    id: 'baidu',
    short_zh: '高校 © 百度地图',
    short_en: 'Colleges © Baidu Maps',
    text_zh: '高等院校：百度地图地点检索，已由 BD-09 转换为 WGS84（部分点位为校门而非校园中心）',
    text_en: 'Colleges and universities: Baidu place search, converted from BD-09 to WGS84 (some points are a gate, not the campus centre)',
    licence_zh: '未声明许可，适用百度地图使用条款',
    licence_en: 'no licence stated; Baidu terms apply',
    context: ['colleges'],
    match: /Baidu|百度/i,
  },
  {
    id: 'gmt-china',
    short_zh: '京包铁路 GMT China',
    short_en: 'Beijing–Baotou railway: GMT China',
    text_zh: '京包铁路：GMT China 社区数据（注明来源为 MapSIS）',
    text_en: 'Beijing–Baotou railway: GMT China community data (credited to MapSIS)',
    licence_zh: '未声明许可',
    licence_en: 'no licence stated',
    url: 'https://github.com/gmt-china/china-geospatial-data',
    context: ['railway'],
    match: /GMT[- ]?China|MapSIS/i,
  },
  {
    id: 'natural-earth',
    short_zh: '国界（中国除外）Natural Earth',
    short_en: 'Countries (not China): Natural Earth',
    text_zh: '中欧班列沿线国家（蒙古、俄罗斯、哈萨克斯坦、白俄罗斯、波兰、德国）：Natural Earth 1:1.1亿 国家边界，取自 world-atlas 软件包（TopoJSON，经 topojson-client 转换）；中国轮廓从不取自该数据',
    text_en: 'Countries along the China–Europe routes (Mongolia, Russia, Kazakhstan, Belarus, Poland, Germany): Natural Earth 1:110m Admin 0, via the world-atlas package (TopoJSON, converted with topojson-client); China’s outline is never taken from it',
    licence_zh: '公有领域（Natural Earth）；world-atlas 软件包为 ISC 许可',
    licence_en: 'public domain (Natural Earth); world-atlas package ISC',
    url: 'https://www.naturalearthdata.com/',
    context: ['world'],
    match: /Natural Earth/i,
  },
];
