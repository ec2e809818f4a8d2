import type { Attribution } from './schema.ts';

/**
 * The sources of the map's geography, with licences: the build writes them (with `used_by` filled in) into
 * `public/geo/catalog.json`, the app shows them, and `geo/README.md` explains them.
 */
export interface SourceCredit extends Omit<Attribution, 'used_by'> {
  /** Short line for the map's attribution control. */
  short: string;
  /** Context files (without extension) that come from this source. */
  context: string[];
  /** Matches a plan feature's `source` text that relies on this source. */
  match: RegExp;
}

/** Every source the geography uses, in display order. */
export const SOURCES: readonly SourceCredit[] = [
  {
    id: 'project',
    short: '规划要素：本项目据规划文本绘制 / plan features drawn by the project',
    text: 'Plan features drawn by the project from the plan text and its research notes; positions of approximate and schematic features are estimates (see each feature’s precision and interpretation)',
    licence: 'project data; no warranty of position',
    context: [],
    match: /./,
  },
  {
    id: 'datav',
    short: '行政区划 © DataV.GeoAtlas / 高德',
    text: 'Administrative boundaries and seats: DataV.GeoAtlas (Alibaba; Amap-derived), converted from GCJ-02 to WGS84 and simplified',
    licence: 'no open licence stated; DataV / Amap terms apply',
    url: 'https://datav.aliyun.com/portal/school/atlas/area_selector',
    context: ['city', 'counties', 'neighbours', 'provinces', 'seats'],
    match: /DataV|GeoAtlas/i,
  },
  {
    id: 'nbgd4m',
    short: '河流 国家基础地理信息 1:400万',
    text: 'Yellow River and Dahei River: China’s 1:4,000,000 national basic geographic data (rivers), 1990s vintage',
    licence: 'public national basic data; reuse terms not formally stated',
    context: ['yellow-river', 'dahei-river'],
    match: /1:4\s?M|1:400万|nbgd4m|国家基础地理/i,
  },
  {
    id: 'gshhg',
    short: '湖泊 GSHHG (LGPL-3.0)',
    text: 'Lakes (岱海, 黄旗海): GSHHG, Wessel & Smith, via Debian gmt-gshhg',
    licence: 'LGPL-3.0',
    url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
    context: ['lakes'],
    match: /GSHHG/i,
  },
  {
    id: 'amap-metro',
    short: '地铁 © 高德地图',
    text: 'Metro lines and stations: Amap’s public subway-map data (as republished on GitHub), converted to WGS84; lines drawn as straight segments between stations',
    licence: 'no licence stated; Amap terms apply',
    context: ['metro-lines', 'metro-stations'],
    match: /Amap|高德/i,
  },
  {
    id: 'osm',
    short: '© OpenStreetMap contributors',
    text: 'Urban parks and green spaces: © OpenStreetMap contributors (mid-2022 export)',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
    context: ['parks'],
    match: /OpenStreetMap|\bOSM\b/,
  },
  {
    id: 'baidu',
    short: '高校 © 百度地图',
    text: 'Colleges and universities: Baidu place search, converted from BD-09 to WGS84 (some points are a gate, not the campus centre)',
    licence: 'no licence stated; Baidu terms apply',
    context: ['colleges'],
    match: /Baidu|百度/i,
  },
  {
    id: 'gmt-china',
    short: '京包铁路 GMT China',
    text: 'Beijing–Baotou railway: GMT China community data (credited to MapSIS)',
    licence: 'no licence stated',
    url: 'https://github.com/gmt-china/china-geospatial-data',
    context: ['railway'],
    match: /GMT[- ]?China|MapSIS/i,
  },
  {
    id: 'natural-earth',
    short: '国界(中国除外) Natural Earth',
    text: 'Countries along the China–Europe routes (Mongolia, Russia, Kazakhstan, Belarus, Poland, Germany): Natural Earth 1:110m Admin 0, via the world-atlas package (TopoJSON, converted with topojson-client); China’s outline is never taken from it',
    licence: 'public domain (Natural Earth); world-atlas package ISC',
    url: 'https://www.naturalearthdata.com/',
    context: ['world'],
    match: /Natural Earth/i,
  },
];
