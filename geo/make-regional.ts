import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buffer, circle, convex, featureCollection, point, simplify, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FeatureProps } from './schema.ts';

/**
 * Writes the two regional layers, `geo/features/regional-circles.geojson` (the 四大经济圈 of provision 3 and the
 * 呼和浩特都市圈 of provision 23) and `geo/features/regional-links.geojson` (Hohhot's links to Haidian, Beijing, the
 * 呼包鄂乌 cities, the ports of provision 25, the 中欧班列 routes, the 中蒙俄 corridor and the regions of provisions 24, 32
 * and 43), from the committed context data and the positions below. Run `npx tsx geo/make-regional.ts`, then
 * `npm run geo:build`. The written files are the authored data: review them like any other layer file.
 *
 * Every geometry here is a diagram: lines are straight (or follow a few named waypoints), circles are drawn by the
 * project. Only the regions' outlines come from a boundary dataset.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type P = FeatureProps;
type F = Feature<Geometry, P>;
type LngLat = [number, number];

function context(name: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(ROOT, 'geo', 'context', `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
}

const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 1e5) / 1e5 + 0 : Array.isArray(c) ? c.map(round) : c);
function geom<G extends Geometry>(g: G): G {
  return { ...g, coordinates: round((g as { coordinates: unknown }).coordinates) } as G;
}

const seats = context('seats').features;
const seat = (adcode: string): LngLat => {
  const f = seats.find((s) => s.properties.adcode === adcode);
  if (!f || f.geometry.type !== 'Point') throw new Error(`no seat ${adcode}`);
  return f.geometry.coordinates as LngLat;
};
const provinces = context('provinces').features;
const province = (adcode: string) => provinces.find((p) => p.properties.adcode === adcode) as Feature<Polygon | MultiPolygon>;

// Seats from the context data (DataV, WGS84).
const HOHHOT = seat('150100');
const BAOTOU = seat('150200');
const ORDOS = seat('150600');
const ULANQAB = seat('150900');

/** Returns the point of a feature of an authored layer file (so that a place drawn once is not re-typed here). */
function featurePoint(layer: string, id: string): LngLat {
  const fc = JSON.parse(readFileSync(join(ROOT, 'geo', 'features', `${layer}.geojson`), 'utf8')) as FeatureCollection<Geometry, P>;
  const f = fc.features.find((x) => x.properties.id === id);
  if (!f || f.geometry.type !== 'Point') throw new Error(`${layer}.geojson: no point feature "${id}"`);
  return f.geometry.coordinates as LngLat;
}

// 沙良物流园 as drawn in the industry-parks layer (approximate; see that feature's uncertainty).
const SHALIANG = featurePoint('industry-parks', 'park-shaliang');

// Positions estimated by the project (town or district centres; see each feature's uncertainty).
const HAIDIAN: LngLat = [116.298, 39.959]; // 海淀区 government
const BEIJING: LngLat = [116.397, 39.909]; // Tian'anmen, centre of Beijing
const ERENHOT: LngLat = [111.977, 43.653]; // 二连浩特 town; the port is at its northern edge
const KHORGOS: LngLat = [80.41, 44.21]; // 霍尔果斯
const ALASHANKOU: LngLat = [82.57, 45.17]; // 阿拉山口
const TIANJIN_PORT: LngLat = [117.75, 38.98]; // 天津港, Binhai
const YRD: LngLat = [121.47, 31.23]; // Shanghai: the stand-in point for 长三角
const GBA: LngLat = [113.6, 22.6]; // mid Pearl River estuary: the stand-in point for 粤港澳大湾区
const CHENGYU: LngLat = [105.3, 30.1]; // between Chengdu and Chongqing: the stand-in point for 成渝

// Waypoints of the schematic routes (city centres, approximate).
const ULAANBAATAR: LngLat = [106.92, 47.92];
const ULAN_UDE: LngLat = [107.6, 51.83];
const IRKUTSK: LngLat = [104.28, 52.29];
const NOVOSIBIRSK: LngLat = [82.92, 55.03];
const YEKATERINBURG: LngLat = [60.6, 56.84];
const MOSCOW: LngLat = [37.62, 55.75];
const BREST: LngLat = [23.69, 52.1];
const WARSAW: LngLat = [21.01, 52.23];
const CENTRAL_EUROPE: LngLat = [8.0, 51.0];
const LANZHOU: LngLat = [103.83, 36.06];
const URUMQI: LngLat = [87.62, 43.83];
const ASTANA: LngLat = [71.43, 51.13];

const line = (...pts: LngLat[]): Geometry => geom({ type: 'LineString', coordinates: pts as Position[] });
const pt = (p: LngLat): Geometry => geom({ type: 'Point', coordinates: p as Position });

const src = (zh: string, en: string) => ({ source_zh: zh, source_en: en });
const why = (zh: string, en: string) => ({ interpretation_note_zh: zh, interpretation_note_en: en });
const SCHEMATIC_LINK = src('本项目绘制：两地之间的直线，表示关系而非路线', 'Drawn by the project: a straight line between the two places, showing a relation, not a route.');
const SEATS_LINK = src(
  '本项目绘制：两地之间的直线，表示关系而非路线；端点为两市政府驻地（DataV.GeoAtlas）',
  'Drawn by the project: a straight line between the two places, showing a relation, not a route. Ends at the city seats (DataV.GeoAtlas).',
);
const POSITION_EST = src(
  '城镇或城区中心的位置，由本项目估计（研究笔记，记忆坐标未经核实）；仅适用于区域尺度，误差圈覆盖其建成区',
  'Position of the town or district centre estimated by the project (research notes, unverified recall); regional scale only, the radius covering its built-up area.',
);

function polygonOf(f: Feature<Polygon | MultiPolygon> | null | undefined): Polygon | MultiPolygon {
  if (!f) throw new Error('empty geometry');
  return f.geometry;
}

function regionUnion(adcodes: string[], minKm2Parts: number): Polygon | MultiPolygon {
  const u = polygonOf(union(featureCollection(adcodes.map(province))));
  const s = simplify({ type: 'Feature', properties: {}, geometry: u }, { tolerance: 0.03, highQuality: true }).geometry;
  // Drop holes (slivers between provinces) and islets: at the national scale they only add weight.
  const polys = s.type === 'Polygon' ? [s.coordinates] : s.coordinates;
  const ringKm2 = (r: Position[]) => {
    let a = 0;
    for (let i = 0; i < r.length - 1; i++) a += r[i]![0]! * r[i + 1]![1]! - r[i + 1]![0]! * r[i]![1]!;
    return (Math.abs(a) / 2) * 111 * 111 * Math.cos((r[0]![1]! * Math.PI) / 180);
  };
  const kept = polys.filter((rings) => ringKm2(rings[0]!) >= minKm2Parts).map((rings) => [rings[0]!]);
  return geom(kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept });
}

/**
 * Returns the convex hull of small circles (radius `bufferKm`) around the points: a widened hull. Built from circle
 * vertices rather than with turf's buffer, whose local projection distorts shapes that span a continent.
 */
function hull(points: LngLat[], bufferKm: number): Polygon {
  const vertices = points.flatMap((p) => circle(p, bufferKm, { units: 'kilometers', steps: 16 }).geometry.coordinates[0]!);
  const h = convex(featureCollection(vertices.map((v) => point(v))))!;
  const s = simplify(h, { tolerance: 0.01, highQuality: true });
  return geom(s.geometry as Polygon);
}

const circles: F[] = [
  {
    type: 'Feature',
    properties: {
      id: 'circle-shoufu-half-hour',
      name_zh: '首府半小时都市圈',
      name_en: 'Half-hour metropolitan circle of the capital',
      kind: 'economic-circle',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('规划点名了该圈而未列明成员。按距市中心40公里、约半小时高速车程画圆；研究笔记理解为首府及其周边旗县，即第23条的呼和浩特都市圈。', 'The text names the circle but not its members. Drawn as a circle of 40 km around the city centre, about half an hour by expressway; the research notes read it as Hohhot and its near counties, i.e. the 呼和浩特都市圈 of provision 23.'),
      status: '推动融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 3, text: '首府半小时都市圈' }],
      ...src('本项目绘制（以 DataV.GeoAtlas 中的呼和浩特市政府驻地为圆心、半径40公里的圆）；研究笔记“四大经济圈”一节', 'Drawn by the project (circle of 40 km radius around the Hohhot city seat from DataV.GeoAtlas); research notes, section 四大经济圈.'),
      roles: [{ part_of: 'layout-sida-jingjiquan', interpretation: 'inferred' }],
      fade_zoom: 11,
      note_zh: '示意:以首府为中心约半小时车程的范围,成员未公布。',
      note_en: 'Diagram: about half an hour’s drive around the city centre; its members are not published.',
    },
    geometry: geom(simplify(circle(HOHHOT, 40, { units: 'kilometers', steps: 48 }), { tolerance: 0.001 }).geometry),
  },
  {
    type: 'Feature',
    properties: {
      id: 'metro-area-hohhot',
      name_zh: '呼和浩特都市圈',
      name_en: 'Hohhot metropolitan area',
      kind: 'metropolitan-area',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('第23条提出“与周边地区协作建设”，但未列明周边地区，也未能读到公布的组成；示意为市域轮廓向外扩展20公里，代表首府及相邻地区。', 'Provision 23 builds it “with the surrounding areas” (与周边地区协作) but does not list them, and its published composition could not be read. Drawn as the city’s outline widened by 20 km to stand for Hohhot plus the adjoining parts of its neighbours.'),
      status: '打造',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [
        { p: 23, text: '打造呼和浩特都市圈' },
        { p: 23, text: '与周边地区协作建设呼和浩特都市圈' },
        { p: 2, text: '呼和浩特都市圈建设破题起势' },
        { p: 4, text: '呼和浩特都市圈的核心引擎及辐射带动作用明显增强' },
      ],
      ...src('本项目绘制：呼和浩特市域轮廓（DataV.GeoAtlas）向外扩展20公里', 'Drawn by the project: the Hohhot city outline (DataV.GeoAtlas) buffered by 20 km.'),
      fade_zoom: 11,
      note_zh: '示意:呼和浩特市域及周边地区,范围未公布。',
      note_en: 'Diagram: the city and the surrounding areas it works with; the extent is not published.',
    },
    geometry: (() => {
      const city = context('city').features[0] as Feature<Polygon | MultiPolygon>;
      const b = buffer(city, 20, { units: 'kilometers', steps: 4 })!;
      return geom(simplify(b, { tolerance: 0.01, highQuality: true }).geometry);
    })(),
  },
  {
    type: 'Feature',
    properties: {
      id: 'circle-hubaoewu-one-hour',
      name_zh: '呼包鄂乌一小时城市圈',
      name_en: 'Hohhot–Baotou–Ordos–Ulanqab one-hour city circle',
      kind: 'economic-circle',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('成员由名称本身说明（呼和浩特、包头、鄂尔多斯、乌兰察布）；轮廓为示意：四市政府驻地的外包范围向外扩展30公里。', 'Members are stated by the name (呼 Hohhot, 包 Baotou, 鄂 Ordos, 乌 Ulanqab); the outline is a diagram: the hull of the four city seats widened by 30 km.'),
      status: '推动融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [
        { p: 3, text: '呼包鄂乌一小时城市圈' },
        { p: 23, text: '主动引领呼包鄂乌一体化发展' },
        { p: 1, text: '呼包鄂乌213个大项政务服务事项实现“四城通办”' },
      ],
      ...src('本项目围绕四市政府驻地（DataV.GeoAtlas）绘制', 'Drawn by the project around the four city seats (DataV.GeoAtlas).'),
      roles: [{ part_of: 'layout-sida-jingjiquan', interpretation: 'stated' }],
      fade_zoom: 10,
      note_zh: '示意:呼和浩特、包头、鄂尔多斯、乌兰察布四市一小时交通圈。',
      note_en: 'Diagram: the four cities within an hour of each other.',
    },
    geometry: hull([HOHHOT, BAOTOU, ORDOS, ULANQAB], 30),
  },
  {
    type: 'Feature',
    properties: {
      id: 'circle-jingjinji-two-hour',
      name_zh: '京津冀两小时经济圈',
      name_en: 'Beijing–Tianjin–Hebei two-hour economic circle',
      kind: 'economic-circle',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('首府要融入该圈；按北京、天津、河北与呼和浩特的外包范围示意，两地高铁约两小时。与第1、24条同海淀区的“两小时创新圈”相呼应。', 'Hohhot is to join the circle; we draw it as the hull of Beijing, Tianjin and Hebei together with Hohhot, about two hours apart by high-speed rail. Matches the 两小时创新圈 with Haidian (provisions 1, 24).'),
      status: '推动融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 3, text: '京津冀两小时经济圈' }],
      ...src('本项目绘制：北京、天津、河北轮廓（DataV.GeoAtlas）与呼和浩特市政府驻地的凸包', 'Drawn by the project: convex hull of the Beijing, Tianjin and Hebei outlines (DataV.GeoAtlas) and the Hohhot city seat.'),
      roles: [{ part_of: 'layout-sida-jingjiquan', interpretation: 'inferred' }],
      fade_zoom: 9,
      note_zh: '示意:首府融入京津冀两小时经济圈。',
      note_en: 'Diagram: Hohhot joining the two-hour economic circle of Beijing, Tianjin and Hebei.',
    },
    geometry: (() => {
      const jjj = regionUnion(['110000', '120000', '130000'], 50);
      const ring = (jjj.type === 'Polygon' ? [jjj.coordinates] : jjj.coordinates).flatMap((p) => p[0]!) as LngLat[];
      return hull([...ring, HOHHOT], 15);
    })(),
  },
  {
    type: 'Feature',
    properties: {
      id: 'circle-opening-russia-mongolia-europe',
      name_zh: '面向俄蒙欧对外开放圈',
      name_en: 'Opening-up circle towards Russia, Mongolia and Europe',
      kind: 'economic-circle',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('这是开放方向而非一片地域。示意为呼和浩特、第25条所列口岸（二连浩特、阿拉山口、霍尔果斯）与中欧班列途经地（乌兰巴托、西伯利亚铁路、莫斯科、中欧）的外包范围。', 'A direction of opening, not an area. Drawn as the hull of Hohhot, the ports of provision 25 (二连浩特, 阿拉山口, 霍尔果斯) and the places the China–Europe trains pass (Ulaanbaatar, the Trans-Siberian, Moscow, Central Europe).'),
      status: '推动融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 3, text: '面向俄蒙欧对外开放圈' }],
      ...src('本项目依据各城市的大致位置绘制（研究笔记）', 'Drawn by the project from approximate city positions (research notes).'),
      roles: [{ part_of: 'layout-sida-jingjiquan', interpretation: 'inferred' }],
      fade_zoom: 6,
      note_zh: '示意:经二连浩特、阿拉山口、霍尔果斯等口岸面向蒙古国、俄罗斯和欧洲开放。',
      note_en: 'Diagram: opening towards Mongolia, Russia and Europe through the border ports.',
    },
    geometry: hull([HOHHOT, ERENHOT, ULAANBAATAR, ULAN_UDE, IRKUTSK, NOVOSIBIRSK, MOSCOW, CENTRAL_EUROPE, WARSAW, ALASHANKOU, KHORGOS], 50),
  },
];

function port(id: string, zh: string, en: string, at: LngLat, uncertainty: number): F {
  return {
    type: 'Feature',
    properties: {
      id,
      name_zh: zh,
      name_en: en,
      kind: 'port',
      precision: 'approximate',
      uncertainty_m: uncertainty,
      placed_by: 'described-position',
      interpretation: 'stated',
      status: '加强',
      status_class: 'context',
      sector: 'logistics',
      mentions: [{ p: 25, text: zh }],
      ...POSITION_EST,
      fade_zoom: 12,
    },
    geometry: pt(at),
  };
}

function portLink(id: string, zh: string, en: string, to: LngLat): F {
  return {
    type: 'Feature',
    properties: {
      id,
      name_zh: `沙良—${zh}口岸协作`,
      name_en: `Shaliang land port – ${en} port cooperation`,
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('规划把沙良、铁通两个陆港与这些口岸并提；铁通位置不明，故连线自沙良画出。', 'The text pairs the land ports 沙良 and 铁通 with these ports; we draw the link from 沙良 (铁通’s site is not known).'),
      status: '加强',
      status_class: 'ongoing',
      sector: 'logistics',
      mentions: [
        { p: 25, text: zh },
        { p: 25, text: '升级沙良、铁通等国际陆港枢纽功能' },
      ],
      ...SCHEMATIC_LINK,
    },
    geometry: line(SHALIANG, to),
  };
}

function regionLink(id: string, zh: string, en: string, to: LngLat, quote: string): F {
  return {
    type: 'Feature',
    properties: {
      id,
      name_zh: `与${zh}合作`,
      name_en: `Cooperation with ${en}`,
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      status: '全面深化',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [
        { p: 24, text: quote },
        { p: 32, text: quote },
        { p: 43, text: quote },
      ],
      ...SCHEMATIC_LINK,
      note_zh: '产业链供应链协作、精准招商与文旅协同(第24、32、43条)。',
      note_en: 'Supply-chain cooperation, investment promotion and tourism cooperation (provisions 24, 32, 43).',
    },
    geometry: line(HOHHOT, to),
  };
}

const links: F[] = [
  {
    type: 'Feature',
    properties: {
      id: 'link-haidian-innovation',
      name_zh: '与海淀区“两小时创新圈”',
      name_en: 'Two-hour innovation circle with Haidian',
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      status: '深入开展',
      status_class: 'ongoing',
      sector: 'science',
      mentions: [
        { p: 24, text: '“两小时创新圈”' },
        { p: 1, text: '“两小时创新圈”' },
      ],
      ...SCHEMATIC_LINK,
      roles: [{ part_of: 'layout-liangxiaoshi-chuangxinquan', interpretation: 'stated' }],
      note_zh: '呼和浩特与北京市海淀区约两小时高铁车程的科技创新合作。',
      note_en: 'Innovation partnership with Beijing’s Haidian District, about two hours away by high-speed rail.',
    },
    geometry: line(HOHHOT, HAIDIAN),
  },
  {
    type: 'Feature',
    properties: {
      id: 'district-haidian',
      name_zh: '北京市海淀区',
      name_en: 'Haidian District, Beijing',
      kind: 'district',
      precision: 'approximate',
      uncertainty_m: 3000,
      placed_by: 'described-position',
      interpretation: 'stated',
      status_class: 'context',
      sector: 'science',
      mentions: [
        { p: 24, text: '海淀区' },
        { p: 1, text: '北京市海淀区' },
      ],
      ...POSITION_EST,
      roles: [{ part_of: 'layout-liangxiaoshi-chuangxinquan', interpretation: 'stated' }],
    },
    geometry: pt(HAIDIAN),
  },
  {
    type: 'Feature',
    properties: {
      id: 'link-beijing-jingjinji',
      name_zh: '融入京津冀协同发展',
      name_en: 'Joining Beijing–Tianjin–Hebei coordinated development',
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      status: '深度融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [
        { p: 24, text: '深度融入京津冀协同发展' },
        { p: 24, text: '承接北京非首都功能转移' },
        { p: 24, text: '把首府建成全方位服务京津冀的“腹地”' },
      ],
      ...SCHEMATIC_LINK,
    },
    geometry: line(HOHHOT, BEIJING),
  },
  {
    type: 'Feature',
    properties: {
      id: 'city-beijing',
      name_zh: '北京',
      name_en: 'Beijing',
      kind: 'city',
      precision: 'approximate',
      uncertainty_m: 5000,
      placed_by: 'described-position',
      interpretation: 'stated',
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 24, text: '承接北京非首都功能转移' },
        { p: 24, text: '京蒙智算合作' },
      ],
      ...POSITION_EST,
      note_zh: '承接北京非首都功能转移;京蒙(北京—内蒙古)智算合作。',
      note_en: 'Hohhot is to take over functions that Beijing moves out as a non-capital city; Beijing–Inner Mongolia cooperation on intelligent computing.',
    },
    geometry: pt(BEIJING),
  },
  {
    type: 'Feature',
    properties: {
      id: 'region-jingjinji',
      name_zh: '京津冀',
      name_en: 'Beijing–Tianjin–Hebei',
      kind: 'region',
      precision: 'approximate',
      uncertainty_m: 3000,
      placed_by: 'published-geometry',
      interpretation: 'confirmed',
      ...why('京津冀区域即北京、天津、河北全境（《京津冀协同发展规划纲要》，2015年）。', 'The region is Beijing, Tianjin and Hebei in full (京津冀协同发展规划纲要, 2015).'),
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 24, text: '京津冀' },
        { p: 32, text: '京津冀' },
        { p: 43, text: '京津冀' },
      ],
      ...src('北京、天津、河北轮廓（DataV.GeoAtlas）合并而成，简化至约3公里', 'Union of the Beijing, Tianjin and Hebei outlines from DataV.GeoAtlas (simplified to ≈ 3 km).'),
    },
    geometry: regionUnion(['110000', '120000', '130000'], 50),
  },
  {
    type: 'Feature',
    properties: {
      id: 'region-north-china',
      name_zh: '华北地区',
      name_en: 'North China',
      kind: 'region',
      precision: 'approximate',
      uncertainty_m: 3000,
      placed_by: 'published-geometry',
      interpretation: 'inferred',
      ...why('规划未界定“华北地区”。按我国地理和统计上的通常划分绘制：北京、天津、河北、山西和内蒙古（也有划分将内蒙古东部归入东北）。', 'The plan does not define 华北地区. Drawn as the conventional North China of Chinese geography and statistics: Beijing, Tianjin, Hebei, Shanxi and Inner Mongolia (some divisions put eastern Inner Mongolia in the North-east).'),
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 4, text: '华北地区重要的中心城市' },
        { p: 25, text: '华北地区具有区域枢纽功能的国际航空口岸' },
        { p: 25, text: '华北地区班列集散中心' },
        { p: 37, text: '华北地区重要的国家区域性枢纽机场' },
      ],
      ...src('北京、天津、河北、山西、内蒙古轮廓（DataV.GeoAtlas）合并而成，简化至约3公里，去除小岛', 'Union of the Beijing, Tianjin, Hebei, Shanxi and Inner Mongolia outlines from DataV.GeoAtlas (simplified to ≈ 3 km; islets dropped).'),
      note_zh: '首府定位为华北地区重要的中心城市,并打造华北地区的航空口岸、班列集散中心和枢纽机场。',
      note_en: 'The plan makes Hohhot an important central city of North China, with a regional air port, a freight-train hub and a hub airport for North China.',
      fade_zoom: 8,
    },
    geometry: regionUnion(['110000', '120000', '130000', '140000', '150000'], 100),
  },
  {
    type: 'Feature',
    properties: {
      id: 'link-baotou-same-city',
      name_zh: '呼包同城化',
      name_en: 'Hohhot–Baotou integration',
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      status: '深化',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 23, text: '深化呼包同城化' }],
      ...SEATS_LINK,
      roles: [{ part_of: 'circle-hubaoewu-one-hour', interpretation: 'stated' }],
    },
    geometry: line(HOHHOT, BAOTOU),
  },
  {
    type: 'Feature',
    properties: {
      id: 'link-ordos',
      name_zh: '呼鄂协作',
      name_en: 'Hohhot–Ordos link',
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('鄂尔多斯即“呼包鄂乌”中的“鄂”。', 'Ordos is the 鄂 of 呼包鄂乌.'),
      status: '主动引领',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 23, text: '主动引领呼包鄂乌一体化发展' }],
      ...SEATS_LINK,
      roles: [{ part_of: 'circle-hubaoewu-one-hour', interpretation: 'stated' }],
    },
    geometry: line(HOHHOT, ORDOS),
  },
  {
    type: 'Feature',
    properties: {
      id: 'link-ulanqab',
      name_zh: '呼乌协作',
      name_en: 'Hohhot–Ulanqab link',
      kind: 'cooperation-link',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('乌兰察布即“呼包鄂乌”中的“乌”；第17条点名其为绿色算力示范区的合作方。', 'Ulanqab is the 乌 of 呼包鄂乌; provision 17 names it as the partner of a green-computing demonstration zone.'),
      status: '主动引领',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [
        { p: 23, text: '主动引领呼包鄂乌一体化发展' },
        { p: 17, text: '与乌兰察布市合作打造绿色算力产业先行示范区' },
      ],
      ...SEATS_LINK,
      roles: [{ part_of: 'circle-hubaoewu-one-hour', interpretation: 'stated' }],
      note_zh: '呼包鄂乌一体化;与乌兰察布市合作打造绿色算力产业先行示范区(第17条)。',
      note_en: 'Hohhot–Baotou–Ordos–Ulanqab integration; a joint green-computing demonstration zone with Ulanqab (provision 17).',
    },
    geometry: line(HOHHOT, ULANQAB),
  },
  port('port-erenhot', '二连浩特', 'Erenhot', ERENHOT, 5000),
  port('port-khorgos', '霍尔果斯', 'Khorgos', KHORGOS, 10000),
  port('port-alashankou', '阿拉山口', 'Alashankou', ALASHANKOU, 10000),
  port('port-tianjin', '天津港', 'Port of Tianjin', TIANJIN_PORT, 10000),
  portLink('link-port-erenhot', '二连浩特', 'Erenhot', ERENHOT),
  portLink('link-port-khorgos', '霍尔果斯', 'Khorgos', KHORGOS),
  portLink('link-port-alashankou', '阿拉山口', 'Alashankou', ALASHANKOU),
  portLink('link-port-tianjin', '天津港', 'Port of Tianjin', TIANJIN_PORT),
  {
    type: 'Feature',
    properties: {
      id: 'route-china-europe-erenhot',
      name_zh: '中欧班列(经二连浩特)',
      name_en: 'China–Europe Railway Express via Erenhot',
      kind: 'freight-route',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('规划把首府定为中欧班列节点城市，并将二连浩特列为合作口岸；经蒙古国和西伯利亚铁路通往欧洲的走向是本项目的解读。规划未点名欧洲终点，线路止于中欧，仅示方向。', 'The text makes Hohhot a 中欧班列 node city and names 二连浩特 among the partner ports; the route via Mongolia and the Trans-Siberian to Europe is our reading. The European end is not named: the line stops in Central Europe to show direction only.'),
      status: '加强',
      status_class: 'ongoing',
      sector: 'logistics',
      mentions: [
        { p: 25, text: '加强中欧班列节点城市建设' },
        { p: 1, text: '入选中欧班列节点城市' },
      ],
      ...src('本项目经各城市大致位置绘制（沙良、二连浩特、乌兰巴托、乌兰乌德、伊尔库茨克、新西伯利亚、叶卡捷琳堡、莫斯科、布列斯特、华沙），并非铁路线位', 'Drawn by the project through approximate city positions (沙良, 二连浩特, Ulaanbaatar, Ulan-Ude, Irkutsk, Novosibirsk, Yekaterinburg, Moscow, Brest, Warsaw); not the track.'),
      fade_zoom: 8,
    },
    geometry: line(SHALIANG, ERENHOT, ULAANBAATAR, ULAN_UDE, IRKUTSK, NOVOSIBIRSK, YEKATERINBURG, MOSCOW, BREST, WARSAW, CENTRAL_EUROPE),
  },
  {
    type: 'Feature',
    properties: {
      id: 'route-china-europe-alashankou',
      name_zh: '中欧班列(经阿拉山口)',
      name_en: 'China–Europe Railway Express via Alashankou',
      kind: 'freight-route',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('经阿拉山口（第25条点名）和哈萨克斯坦的西线是本项目对合作口岸的解读；规划未点名欧洲终点，画至中欧。', 'The western route through 阿拉山口 (named in provision 25) and Kazakhstan is our reading of the partner ports; the European end is not named and is drawn in Central Europe.'),
      status: '加强',
      status_class: 'ongoing',
      sector: 'logistics',
      mentions: [
        { p: 25, text: '加强中欧班列节点城市建设' },
        { p: 25, text: '阿拉山口' },
        { p: 1, text: '入选中欧班列节点城市' },
      ],
      ...src('本项目经各城市大致位置绘制（沙良、包头、兰州、乌鲁木齐、阿拉山口、阿斯塔纳、莫斯科、布列斯特、华沙），并非铁路线位', 'Drawn by the project through approximate city positions (沙良, Baotou, Lanzhou, Urumqi, 阿拉山口, Astana, Moscow, Brest, Warsaw); not the track.'),
      fade_zoom: 8,
    },
    geometry: line(SHALIANG, BAOTOU, LANZHOU, URUMQI, ALASHANKOU, ASTANA, MOSCOW, BREST, WARSAW, CENTRAL_EUROPE),
  },
  {
    type: 'Feature',
    properties: {
      id: 'corridor-china-mongolia-russia',
      name_zh: '中蒙俄经济走廊',
      name_en: 'China–Mongolia–Russia Economic Corridor',
      kind: 'corridor',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why('按本项目对2016年走廊规划纲要的理解，沿其华北支线绘制：呼和浩特—二连浩特—乌兰巴托—乌兰乌德；经满洲里的东线未画出。', 'Drawn along its north China branch as we understand the 2016 corridor outline: Hohhot – 二连浩特 – Ulaanbaatar – Ulan-Ude; the eastern branch via Manzhouli is not shown.'),
      status: '积极融入',
      status_class: 'ongoing',
      sector: 'regional',
      mentions: [{ p: 25, text: '积极融入共建“一带一路”和中蒙俄经济走廊' }],
      ...src('本项目经各城市大致位置绘制，并非路线', 'Drawn by the project through approximate city positions; not a route.'),
      fade_zoom: 8,
    },
    geometry: line(HOHHOT, ERENHOT, ULAANBAATAR, ULAN_UDE),
  },
  regionLink('link-yangtze-delta', '长三角', 'the Yangtze River Delta', YRD, '长三角'),
  regionLink('link-greater-bay-area', '粤港澳大湾区', 'the Guangdong–Hong Kong–Macao Greater Bay Area', GBA, '粤港澳大湾区'),
  regionLink('link-chengdu-chongqing', '成渝', 'the Chengdu–Chongqing region', CHENGYU, '成渝'),
  {
    type: 'Feature',
    properties: {
      id: 'region-yangtze-delta',
      name_zh: '长三角',
      name_en: 'Yangtze River Delta',
      kind: 'region',
      precision: 'approximate',
      uncertainty_m: 3000,
      placed_by: 'published-geometry',
      interpretation: 'confirmed',
      ...why('规划范围为上海、江苏、浙江、安徽全境（《长江三角洲区域一体化发展规划纲要》，2019年）。', 'The planning area is Shanghai, Jiangsu, Zhejiang and Anhui in full (长江三角洲区域一体化发展规划纲要, 2019).'),
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 24, text: '长三角' },
        { p: 32, text: '长三角' },
        { p: 43, text: '长三角' },
      ],
      ...src('上海、江苏、浙江、安徽轮廓（DataV.GeoAtlas）合并而成，简化至约3公里，去除小岛', 'Union of the Shanghai, Jiangsu, Zhejiang and Anhui outlines from DataV.GeoAtlas (simplified to ≈ 3 km; islets dropped).'),
    },
    geometry: regionUnion(['310000', '320000', '330000', '340000'], 100),
  },
  {
    type: 'Feature',
    properties: {
      id: 'region-greater-bay-area',
      name_zh: '粤港澳大湾区',
      name_en: 'Guangdong–Hong Kong–Macao Greater Bay Area',
      kind: 'region',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('以一个点代表该区域（其广东九市不在本项目的边界数据中）。', 'A point standing for the region (its nine Guangdong cities are not in our boundary data).'),
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 24, text: '粤港澳大湾区' },
        { p: 32, text: '粤港澳大湾区' },
        { p: 43, text: '粤港澳大湾区' },
      ],
      ...src('本项目在珠江口放置的代表点', 'Point placed by the project in the Pearl River estuary.'),
    },
    geometry: pt(GBA),
  },
  {
    type: 'Feature',
    properties: {
      id: 'region-chengdu-chongqing',
      name_zh: '成渝',
      name_en: 'Chengdu–Chongqing region',
      kind: 'region',
      precision: 'schematic',
      interpretation: 'stated',
      ...why('以成都与重庆之间的一个点代表该区域（其范围不在本项目的边界数据中）。', 'A point between Chengdu and Chongqing standing for the region (its extent is not in our boundary data).'),
      status_class: 'context',
      sector: 'regional',
      mentions: [
        { p: 24, text: '成渝' },
        { p: 32, text: '成渝' },
        { p: 43, text: '成渝' },
      ],
      ...src('本项目在两市之间放置的代表点', 'Point placed by the project between the two cities.'),
    },
    geometry: pt(CHENGYU),
  },
];

function write(name: string, features: F[]): void {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeFileSync(join(ROOT, 'geo', 'features', `${name}.geojson`), text);
  console.log(`${name}.geojson: ${features.length} features, ${(text.length / 1024).toFixed(1)} KB`);
}

write('regional-circles', circles);
write('regional-links', links);
