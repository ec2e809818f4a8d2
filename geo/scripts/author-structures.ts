import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bezierSpline, buffer, ellipse, featureCollection, intersect, lineString, simplify, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FeatureProps, Interpretation, Role } from '../schema.ts';
import { daheiRiver, xiaoheiChannel, yellowRiver } from './extract-surveyed.ts';

/**
 * Writes the plan's spatial structures — industrial belts and parks, the ecological layout, mountains, water, shelter
 * forest, urban structure and transport — as `geo/features/<layer>.geojson`.
 *
 * The features are authored here rather than by hand in the GeoJSON because most of them are drawings: a schematic
 * band is a smoothed centre line with a width, a ring is a rounded loop around a centre. Keeping the control points
 * and widths here makes every drawing reproducible and easy to correct. Surveyed lines come from
 * `extract-surveyed.ts`. Run `npx tsx geo/scripts/author-structures.ts`, then `npm run geo:build`.
 *
 * Coordinates are WGS84 `[lng, lat]`, rounded to 5 decimals (≈ 1 m; every drawing here is far coarser than that).
 * Every text a reader sees is written in both languages (`*_zh`, `*_en`); a place that plays several roles in the plan
 * is one feature with several `roles` (see `geo/aliases.ts` for the ids that merged features used to have).
 */

type LngLat = [number, number];
type Props = FeatureProps;

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5 + 0;

/** Returns the geometry with coordinates rounded to 5 decimals and repeated positions removed. */
function tidy<G extends Geometry>(g: G): G {
  const line = (ps: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of ps) {
      const q = [r5(p[0]!), r5(p[1]!)];
      const prev = out[out.length - 1];
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
    }
    return out;
  };
  const ring = (ps: Position[]): Position[] => {
    const out = line(ps);
    const a = out[0]!;
    const b = out[out.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0]!, a[1]!]);
    return out;
  };
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [r5(g.coordinates[0]!), r5(g.coordinates[1]!)] } as G;
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map((p) => [r5(p[0]!), r5(p[1]!)]) } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) } as G;
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line) } as G;
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(ring) } as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((pg) => pg.map(ring)) } as G;
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

const pt = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });

/** Returns a smooth curve through the control points (Bézier spline), as positions. */
function smooth(ps: LngLat[]): Position[] {
  if (ps.length < 3) return ps;
  return bezierSpline(lineString(ps), { resolution: 1500, sharpness: 0.6 }).geometry.coordinates;
}

/** Returns a smooth line through the control points. */
const curve = (ps: LngLat[]): Geometry => ({ type: 'LineString', coordinates: smooth(ps) });

/** Returns a band of half-width `halfKm` around a smooth curve through the control points. */
function band(ps: LngLat[], halfKm: number): Polygon {
  return bandAlong(smooth(ps), halfKm);
}

/** Returns a band of half-width `halfKm` around an existing line's positions (no extra smoothing). */
function bandAlong(coords: Position[], halfKm: number): Polygon {
  const b = buffer(lineString(coords), halfKm, { units: 'kilometers', steps: 6 });
  if (!b || b.geometry.type !== 'Polygon') throw new Error('band buffer failed');
  // A drawing needs no more than ≈ 50 m of detail.
  return simplify(b.geometry, { tolerance: 0.0004, highQuality: true });
}

/** Returns the union of several polygons (one Polygon when they touch). */
function merge(...parts: Polygon[]): Polygon | MultiPolygon {
  const u = union(featureCollection(parts.map((p) => ({ type: 'Feature', properties: {}, geometry: p }) as Feature<Polygon>)));
  if (!u) throw new Error('union failed');
  return u.geometry;
}

/** Returns an ellipse with semi-axes `rxKm` (east–west before rotation) and `ryKm`, rotated `angle` degrees. */
function blob(center: LngLat, rxKm: number, ryKm: number, angle = 0): Polygon {
  return ellipse(center, rxKm, ryKm, { units: 'kilometers', steps: 64, angle }).geometry;
}

const KM_PER_DEG_LAT = 111.2;
const kmPerDegLng = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);

/**
 * Returns a closed ring line shaped like a rounded rectangle (a superellipse |x/a|^n + |y/b|^n = 1) around `center`,
 * with half-extents in km; `n` = 2 is an ellipse, larger is squarer.
 */
function roundedLoop(center: LngLat, aKm: number, bKm: number, n: number, steps = 96): Geometry {
  const coords: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = (2 * Math.PI * i) / steps;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const x = aKm * Math.sign(c) * Math.abs(c) ** (2 / n);
    const y = bKm * Math.sign(s) * Math.abs(s) ** (2 / n);
    coords.push([center[0] + x / kmPerDegLng(center[1]), center[1] + y / KM_PER_DEG_LAT]);
  }
  coords[coords.length - 1] = coords[0]!;
  return { type: 'LineString', coordinates: coords };
}

/** Returns a smooth closed polygon through the control ring (Chaikin corner cutting, 3 rounds). */
function smoothArea(ring: LngLat[]): Polygon {
  let ps: Position[] = ring.slice();
  for (let k = 0; k < 3; k++) {
    const next: Position[] = [];
    for (let i = 0; i < ps.length; i++) {
      const a = ps[i]!;
      const b = ps[(i + 1) % ps.length]!;
      next.push([0.75 * a[0]! + 0.25 * b[0]!, 0.75 * a[1]! + 0.25 * b[1]!]);
      next.push([0.25 * a[0]! + 0.75 * b[0]!, 0.25 * a[1]! + 0.75 * b[1]!]);
    }
    ps = next;
  }
  ps.push(ps[0]!);
  return { type: 'Polygon', coordinates: [ps] };
}

/** Returns a plain polygon through the corners given (closed automatically). */
function area(ring: LngLat[]): Polygon {
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

function feature(geometry: Geometry, props: Props): Feature<Geometry, Props> {
  return { type: 'Feature', properties: props, geometry: tidy(geometry) };
}


// ----------------------------------------------------------------------------------------------------------------
// Sources and recurring wording (each in Chinese and English)
// ----------------------------------------------------------------------------------------------------------------

type Src = Pick<Props, 'source_zh' | 'source_en'>;
type Note = Pick<Props, 'interpretation_note_zh' | 'interpretation_note_en'>;

const src = (zh: string, en: string): Src => ({ source_zh: zh, source_en: en });
const why = (zh: string, en: string): Note => ({ interpretation_note_zh: zh, interpretation_note_en: en });

/** A drawing made from the plan text and the research notes on the plan's layouts. */
const DRAWN = (zh: string, en: string): Src =>
  src(
    `本项目依据规划文本及规划布局研究笔记绘制（${zh}）；并非取自任何地图的边界或线位`,
    `Drawn by the project from the plan text and the project's research notes on the plan's layouts (${en}); not a boundary or alignment from any map`,
  );
/** A site placed from published descriptions in words. */
const PLACED = (zh: string, en: string): Src =>
  src(`本项目依据公开资料对该地的文字描述定位（${zh}）；位置为估计，未经测量`, `Placed by the project from published descriptions of the site (${en}); position estimated, not surveyed`);
/** A road drawn from general knowledge of the street grid (no road data was available). */
const ROAD_DRAWN = (zh: string, en: string): Src =>
  src(
    `本项目依据对呼和浩特路网的了解绘制（${zh}）；线位为约略示意，未取得道路数据`,
    `Drawn by the project from its knowledge of the Hohhot street grid (${en}); alignment approximate, no road data was available`,
  );
/** A river drawn from general knowledge of its course (no surveyed line was available). */
const RIVER_DRAWN = (zh: string, en: string): Src =>
  src(
    `本项目依据对河道走向的了解绘制（${zh}）；未取得该河流的实测线形`,
    `Drawn by the project from its knowledge of the river’s course (${en}); no surveyed geometry of this river was available`,
  );

const NBGD4M_ZH = '国家基础地理信息 1:400万 河流数据（20世纪90年代，转载于公开代码库；国家基础地理公开数据，再利用条款未正式说明），精度约0.4公里';
const NBGD4M_EN =
  'China’s 1:4,000,000 national basic geographic data (国家基础地理信息 1:400万, 1990s, as redistributed in public repositories; public national basic data, reuse terms not formally stated), accurate to about 0.4 km';
/** A government seat from DataV (an Amap point), converted to WGS84, with its coordinate quoted. */
const SEAT = (lat: number, lng: number): Src =>
  src(
    `DataV.GeoAtlas 政府驻地点位（高德地图兴趣点），已由 GCJ-02 转换为 WGS84：北纬${lat}°、东经${lng}°；注明“DataV.GeoAtlas / 高德”`,
    `DataV.GeoAtlas government-seat point (an Amap point of interest), converted from GCJ-02 to WGS84: ${lat} N, ${lng} E; attribute "DataV.GeoAtlas / 高德"`,
  );

const BELTS = 'layout-four-industrial-belts';
const ECO = 'layout-liangping-sidai-duodian';
const FOREST = 'layout-liangdai-sanxian-sipianqu';
const URBAN = 'layout-yizhu-yifu-yihe-liangyi';
const TRANSPORT = 'layout-yiheng-sanzong-sihuan-sanshuniu';
const HIGHWAY = 'layout-yihuan-wuzong-wuheng-qifangshe';

/** One role: part of `partOf` (a feature or slogan id), as the plan states it unless said otherwise. */
function role(partOf: string | null, interpretation: Interpretation = 'stated', extra: Omit<Role, 'part_of' | 'interpretation'> = {}): Role {
  return { ...(partOf ? { part_of: partOf } : {}), interpretation, ...extra };
}
const label = (zh: string, en: string) => ({ label_zh: zh, label_en: en });
const roleWhy = (zh: string, en: string) => ({ interpretation_note_zh: zh, interpretation_note_en: en });

// Anchors used more than once (WGS84).
/** 盛乐国际机场: Wikipedia, “Hohhot Shengle International Airport”, 40°28′47″N 111°34′23″E. */
const SHENGLE_AIRPORT: LngLat = [111.57306, 40.47972];
/** 呼和浩特站: the OpenStreetMap station node (2025-01-24 extract; within 21 m of an independent coordinate). */
const HOHHOT_STATION: LngLat = [111.658717, 40.830427];
/** 呼和浩特东站: the OpenStreetMap station node “呼和浩特东” (2025-01-24 extract). */
const HOHHOT_EAST_STATION: LngLat = [111.758224, 40.849721];
/** 萨拉齐东: an OpenStreetMap station on the way to Baotou (2025-01-24 extract). */
const SALAQI_EAST_STATION: LngLat = [110.54438, 40.564418];
const QINGSHUIHE_SEAT: LngLat = [111.6656, 39.9115];

/** The municipal boundary (`geo/context/city.geojson`), for clipping the plan's areas to the city. */
const CITY = (JSON.parse(readFileSync(fileURLToPath(new URL('../context/city.geojson', import.meta.url)), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>)
  .features[0]!;

/** Returns the part of an area inside the municipal boundary (the plan governs only the city's own territory). */
function inCity(p: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const x = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: p } as Feature<Polygon | MultiPolygon>, CITY]));
  if (!x) throw new Error('the area lies outside the city');
  // Clipping follows the detailed boundary; a drawing needs no more than ≈ 50 m of detail.
  return simplify(x.geometry, { tolerance: 0.0004, highQuality: true });
}

// ----------------------------------------------------------------------------------------------------------------
// industry-belts: the four belts of provision 22
// ----------------------------------------------------------------------------------------------------------------

const BELT_WHY_ZH = '规划点名了产业带、产值目标及所含园区，但未公布其范围，故由本项目围绕所列园区绘制带状示意。';
const BELT_WHY_EN =
  'The plan names the belt, its output target and its parks; its extent is not published, so the band is drawn by the project around the parks it names.';

const industryBelts = [
  feature(
    band([[111.42, 40.776], [111.5, 40.767], [111.585, 40.749], [111.68, 40.735], [111.79, 40.733], [111.86, 40.754], [111.93, 40.782]], 2.6),
    {
      id: 'belt-central',
      name_zh: '中部产业带',
      name_en: 'Central industrial belt',
      kind: 'industrial-belt',
      precision: 'schematic',
      interpretation: 'stated',
      ...why(BELT_WHY_ZH, BELT_WHY_EN),
      status: '打造',
      status_class: 'ongoing',
      sector: 'industry',
      mentions: [{ p: 22, text: '两千亿级中部产业带' }],
      ...DRAWN(
        '研究笔记第10节：该带自西向东串联金山高新区、裕隆产业园、沙良物流园和航天经济开发区，横贯主城区南缘',
        '§10: the belt links 金山高新区, 裕隆产业园, 沙良物流园 and 航天经济开发区, west to east across the south edge of the main city',
      ),
      roles: [role(BELTS)],
      target: '两千亿级',
      sectors_text: '硅基材料、石油化工、航空航天、低空经济、北斗应用、绿色食品',
      note_zh: '串联金山高新区、裕隆产业园、沙良物流园和航天经济开发区，横贯主城区南缘，目标产值两千亿级。',
      note_en: 'Links the Jinshan, Yulong, Shaliang and Aerospace parks in a west–east band along the southern edge of the main city; output target: 200 billion yuan class.',
      fade_zoom: 12,
    },
  ),
  feature(
    merge(
      band([[111.72, 40.79], [111.7, 40.7], [111.665, 40.62], [111.63, 40.54], [111.6, 40.49]], 2.6),
      band([[111.56, 40.485], [111.65, 40.47], [111.73, 40.462], [111.81, 40.455]], 2.6),
    ),
    {
      id: 'belt-south',
      name_zh: '南部产业带',
      name_en: 'Southern industrial belt',
      kind: 'industrial-belt',
      precision: 'schematic',
      interpretation: 'stated',
      ...why(
        BELT_WHY_ZH + '经济技术开发区的如意、金川、沙尔沁等区块较为分散，部分位于带外。',
        BELT_WHY_EN + ' The 经济技术开发区 has scattered blocks (如意, 金川, 沙尔沁) that lie partly outside the band.',
      ),
      status: '推动',
      status_class: 'ongoing',
      sector: 'industry',
      mentions: [{ p: 22, text: '两千亿级南部产业带' }],
      ...DRAWN(
        '研究笔记第10节：该带连接经济技术开发区与和林格尔新区、和林格尔乳业开发区，由城区向南延伸至盛乐',
        '§10: the belt joins the 经济技术开发区 with 和林格尔新区 and 和林格尔乳业开发区, north–south from the city to Shengle',
      ),
      roles: [role(BELTS)],
      target: '两千亿级',
      sectors_text: '新一代信息技术、生物制造、人工智能、新材料、新能源装备制造、临空经济',
      note_zh: '推动经济技术开发区、和林格尔新区、和林格尔乳业开发区全面融合，由主城区向南延伸至盛乐机场与和林格尔新区，目标产值两千亿级。',
      note_en: 'Merges the Economic and Technological Development Zone with the Horinger New Area and the Horinger dairy zone, running south from the city to Shengle airport and the new area; output target: 200 billion yuan class.',
      fade_zoom: 12,
    },
  ),
  feature(
    merge(
      band([[111.12, 40.722], [111.3, 40.757], [111.5, 40.8], [111.58, 40.834], [111.65, 40.86], [111.74, 40.884], [111.8, 40.893]], 2.6),
      band([[111.625, 40.86], [111.59, 40.94], [111.52, 41.02], [111.45, 41.09]], 1.6),
    ),
    {
      id: 'belt-north',
      name_zh: '北部产业带',
      name_en: 'Northern industrial belt',
      kind: 'industrial-belt',
      precision: 'schematic',
      interpretation: 'stated',
      ...why(
        BELT_WHY_ZH + '沿大青山南麓自土默特左旗经回民区至科技城绘制，并跨山连接武川县。',
        BELT_WHY_EN + ' Drawn along the foot of the 大青山 from 土默特左旗 through 回民区 to the Science City, with a link across the range to 武川县.',
      ),
      status: '推动',
      status_class: 'ongoing',
      sector: 'industry',
      mentions: [{ p: 22, text: '千亿级北部产业带' }],
      ...DRAWN(
        '研究笔记第10节：该带联通科技城高新技术产业园区、敕勒川乳业开发区、土左旗国家现代农业产业园、武川县和回民区',
        '§10: the belt connects 科技城高新技术产业园区, 敕勒川乳业开发区, 土左旗国家现代农业产业园, 武川县 and 回民区',
      ),
      roles: [role(BELTS)],
      target: '千亿级',
      sectors_text: '总部经济、清洁能源、数据产业、人工智能、文化旅游',
      note_zh: '推动科技城、敕勒川乳业开发区、土左旗国家现代农业产业园、武川县和回民区深入联通，沿大青山南麓展开并跨山连接武川，目标产值千亿级。',
      note_en: 'Connects the Science City, the Chilechuan dairy zone, the Tumed Left agricultural park, Wuchuan County and Huimin District along the foot of the Daqing Shan, with a link over the range to Wuchuan; output target: 100 billion yuan class.',
      fade_zoom: 12,
    },
  ),
  feature(
    inCity(band([[111.13, 40.31], [111.22, 40.25], [111.31, 40.2], [111.39, 40.12], [111.45, 40.04], [111.52, 39.96], [111.62, 39.915]], 3.2)),
    {
      id: 'belt-yellow-river',
      name_zh: '沿黄产业带',
      name_en: 'Yellow River industrial belt',
      kind: 'industrial-belt',
      precision: 'schematic',
      interpretation: 'stated',
      ...why(
        BELT_WHY_ZH + '沿黄河东岸自托克托至清水河绘制，截至市界。',
        BELT_WHY_EN + ' Drawn along the east bank of the Yellow River from Togtoh to Qingshuihe, cut at the city boundary.',
      ),
      status: '推进',
      status_class: 'underway',
      sector: 'industry',
      mentions: [{ p: 22, text: '千亿级沿黄产业带' }],
      ...DRAWN('研究笔记第10节：该带沿黄河连接托克托经济开发区与清水河经济开发区', '§10: the belt joins 托克托经济开发区 and 清水河经济开发区 along the Yellow River'),
      roles: [role(BELTS)],
      target: '千亿级',
      sectors_text: '现代能源、现代化工、生物制造、新材料',
      note_zh: '推进托克托经济开发区、清水河经济开发区一体化发展，沿黄河东岸展开，目标产值千亿级。',
      note_en: 'Integrates the Togtoh and Qingshuihe economic development zones along the east bank of the Yellow River; output target: 100 billion yuan class.',
      fade_zoom: 12,
    },
  ),
];

// ----------------------------------------------------------------------------------------------------------------
// industry-parks: every park named in provision 22, the ETDZ blocks, and provision 16's 一谷一园
// ----------------------------------------------------------------------------------------------------------------

const RUYI: LngLat[] = [[111.735, 40.816], [111.776, 40.818], [111.778, 40.838], [111.737, 40.836]];
const JINCHUAN: LngLat[] = [[111.543, 40.782], [111.585, 40.783], [111.586, 40.81], [111.545, 40.809]];
const SHAERQIN = blob([111.42, 40.63], 2.2, 1.6);
/** 和林格尔新区: planned control area about 496 km² (core 341 km²) south of the city around 盛乐; outline estimated. */
const HORINGER_NEW_AREA = smoothArea([[111.545, 40.42], [111.7, 40.405], [111.86, 40.42], [111.865, 40.515], [111.7, 40.55], [111.55, 40.545]]);

const YIGU_WHY_ZH = '规划仅提“一谷一园”；“十四五”时期与之对应的正是伊利现代智慧健康谷和蒙牛中国乳业产业园（《呼和浩特日报》2021年6月15日），故作此解读。';
const YIGU_WHY_EN =
  'The plan says only “一谷一园”; the 14th Five-Year Plan period paired exactly the Yili health valley and the Mengniu dairy park (Hohhot Daily, 2021-06-15), so it is read so.';

const industryParks = [
  feature(smoothArea([[111.41, 40.7], [111.505, 40.699], [111.515, 40.768], [111.425, 40.776]]), {
    id: 'park-jinshan',
    name_zh: '金山高新区',
    name_en: 'Jinshan High-tech Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'silicon',
    mentions: [
      { p: 22, text: '金山高新区' },
      { p: 1, text: '一区一园多平台' },
    ],
    ...PLACED(
      '国家级高新区，位于土默特左旗东部、紧邻金川，距市区约11公里，110国道与京包铁路穿区而过（研究笔记第10节）；区内的金山热电厂位于台阁牧镇大嘎洋村，Global Energy Monitor 公布其坐标为北纬40.7076°、东经111.4573°，轮廓据此向南包含电厂',
      'a national high-tech zone in eastern 土默特左旗 next to 金川, about 11 km west of the city, crossed by G110 and the Beijing–Baotou railway (research notes §10); the zone’s 金山 power station lies in 台阁牧镇 at 40.7076 N, 111.4573 E (Global Energy Monitor), so the outline reaches south to include it',
    ),
    roles: [
      role('belt-central'),
      role('layout-yiqu-yiyuan-duopingtai', 'inferred', {
        ...label('一区', 'the zone'),
        ...roleWhy(
          '第1条“一区一园多平台”未列明组成。“一区”理解为呼包鄂国家自主创新示范区在呼和浩特的核心区，该示范区依托国家高新区建设，“十四五”科技规划将其落在金山（nmgsq.com，2022年2月9日）；系本项目的解读。',
          'Provision 1’s “一区一园多平台” does not list its parts. The 一区 is read as the Hohhot core of the 呼包鄂 national independent innovation demonstration zone, which is built on the national high-tech zones and which the 14th Five-Year science plan located in 金山 (nmgsq.com, 2022-02-09); our reading.',
        ),
      }),
    ],
    note_zh: '国家级高新区，位于土默特左旗东部、紧邻金川，重点发展新材料；范围为估计，南至金山热电厂。“一区一园多平台”中的“一区”（推断）。',
    note_en: 'A national high-tech zone in eastern Tumed Left Banner next to Jinchuan, focused on new materials; the outline is an estimate reaching south to the Jinshan power station. Read as the “zone” of “one zone, one park, many platforms” (our reading).',
  }),
  feature(blob([111.905, 40.782], 3.8, 2.8), {
    id: 'park-aerospace',
    name_zh: '航天经济开发区',
    name_en: 'Aerospace Economic Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 5000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'equipment',
    mentions: [{ p: 22, text: '航天经济开发区' }],
    ...PLACED('赛罕区黄合少镇一带，约62平方公里，“一区六园”，含沙良物流园（研究笔记第10节）', '赛罕区黄合少镇, about 62 km², “一区六园” including the 沙良 logistics park; research notes §10'),
    roles: [role('belt-central')],
    note_zh: '位于赛罕区黄合少镇一带，规划约62平方公里，“一区六园”；范围为估计，所含沙良物流园另行标示。',
    note_en: 'Around Huanghesha town in Saihan District, about 62 km² in six parks; the outline is an estimate and the Shaliang logistics park, one of its parks, is shown separately.',
  }),
  feature(pt(111.9, 40.79), {
    id: 'park-casic-core',
    name_zh: '航天科工核心产业园',
    name_en: 'CASIC Core Industrial Park',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 6000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '建设',
    status_class: 'planned',
    sector: 'equipment',
    mentions: [{ p: 20, text: '航天科工核心产业园' }],
    ...PLACED('位于航天经济开发区黄合少一带，为航天科工六院在赛罕区的基地（研究地名录，未经核实）', 'within the 航天经济开发区 around 黄合少, the base of the CASIC sixth academy in 赛罕区; research gazetteer, unverified'),
    roles: [role('park-aerospace')],
    note_zh: '航天经济开发区内的中国航天科工核心产业园；位置未经核实。',
    note_en: 'The China Aerospace Science and Industry Corporation core park inside the Aerospace Economic Development Zone; its position is not verified.',
  }),
  feature(pt(111.8, 40.738), {
    id: 'park-low-altitude',
    name_zh: '低空经济产业园',
    name_en: 'Low-altitude Economy Industrial Park',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 5000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '加快',
    status_class: 'underway',
    sector: 'equipment',
    mentions: [{ p: 20, text: '加快低空经济产业园建设' }],
    ...PLACED(
      '2024年在航天经济开发区揭牌，紧邻沙良陆港保税设施（nmg.cnipai.com，2024年；研究地名录，未经核实）',
      'unveiled in 2024 inside the 航天经济开发区, beside the bonded facilities of the 沙良 land port (nmg.cnipai.com 2024); research gazetteer, unverified',
    ),
    roles: [role('park-aerospace')],
    note_zh: '2024年在航天经济开发区揭牌，毗邻沙良陆港，发展无人机与低空装备；位置未经核实。',
    note_en: 'Opened in 2024 in the Aerospace Economic Development Zone next to the Shaliang land port, for drones and low-altitude equipment; its position is not verified.',
  }),
  feature(pt(111.79, 40.73), {
    id: 'park-shaliang',
    name_zh: '沙良物流园',
    name_en: 'Shaliang Logistics Park',
    kind: 'logistics-hub',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'logistics',
    mentions: [
      { p: 22, text: '沙良物流园' },
      { p: 1, text: '国际陆港' },
      { p: 25, text: '升级沙良、铁通等国际陆港枢纽功能' },
      { p: 25, text: '加强中欧班列节点城市建设' },
    ],
    ...PLACED(
      '城区东南赛罕区的铁路公路联运陆港，约1830亩，2015年启用，为呼和浩特中欧班列集结中心（研究笔记第10节；人民网2025年9月24日）；园区具体范围未公布',
      'the rail–road land port south-east of the city in 赛罕区, about 1,830 mu, opened 2015, the assembly point of Hohhot’s China–Europe freight trains (research notes §10; people.com.cn 2025-09-24); its exact extent is not published',
    ),
    roles: [
      role('belt-central'),
      role(null, 'stated', { ...label('沙良国际陆港', 'Shaliang international land port'), layer: 'transport-logistics' }),
      role('logistics-national-hub', 'confirmed', {
        ...roleWhy('陆港型国家物流枢纽由沙良铁公联运区与嘉和煤场组成（jdgod，2023年8月2日）。', 'The land-port-type national logistics hub consists of the 沙良 rail–road area and the 嘉和 coal yard (jdgod, 2023-08-02).'),
      }),
    ],
    note_zh: '城区东南的铁路公路国际陆港，中欧班列集结中心；铁通陆港位置未能确定，未绘出。',
    note_en: 'The rail–road international land port south-east of the city, where China–Europe freight trains are assembled; the Tietong land port could not be located and is not drawn.',
  }),
  feature(smoothArea([[111.556, 40.734], [111.616, 40.735], [111.617, 40.765], [111.557, 40.764]]), {
    id: 'park-yulong',
    name_zh: '裕隆产业园',
    name_en: 'Yulong Industrial Park',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 3000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'industry',
    mentions: [{ p: 22, text: '裕隆产业园' }],
    ...PLACED(
      '原裕隆工业园加金川工业园区南区：东至机场连接线，西至金南二街，北至云中路，15.2平方公里（2024年招标公告；研究笔记第10节）',
      'the former 裕隆工业园 plus the southern 金川 industrial park: east to the airport link road, west to 金南二街, north to 云中路, 15.2 km² (2024 tender notice); research notes §10',
    ),
    roles: [role('belt-central')],
    note_zh: '由原裕隆工业园与金川工业园区南区整合而成，约15.2平方公里；范围为估计。',
    note_en: 'Formed from the former Yulong industrial park and the southern Jinchuan park, about 15.2 km²; the outline is an estimate.',
  }),
  feature({ type: 'MultiPolygon', coordinates: [area(RUYI).coordinates, area(JINCHUAN).coordinates, SHAERQIN.coordinates] }, {
    id: 'park-etdz',
    name_zh: '呼和浩特经济技术开发区',
    name_en: 'Hohhot Economic and Technological Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 6000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'industry',
    mentions: [{ p: 22, text: '经济技术开发区' }],
    ...PLACED(
      '国家级开发区，2020年园区整合后由如意（城东）、金川（城西）、沙尔沁（西南）等区块组成（研究笔记第10节）',
      'a national zone in several blocks: 如意 (east city), 金川 (west) and 沙尔沁 (south-west), after the 2020 park restructuring; research notes §10',
    ),
    roles: [role('belt-south')],
    note_zh: '国家级经开区，由如意、金川、沙尔沁等区块组成，各区块另行标示；范围为估计。',
    note_en: 'A national development zone made of several blocks (Ruyi, Jinchuan, Shaerqin), each also shown on its own; outlines are estimates.',
  }),
  feature(area(RUYI), {
    id: 'park-etdz-ruyi',
    name_zh: '经开区如意区块',
    name_en: 'ETDZ Ruyi block',
    kind: 'park-block',
    precision: 'approximate',
    uncertainty_m: 1500,
    placed_by: 'described-position',
    interpretation: 'confirmed',
    ...why('2020年市级园区整合方案（江苏龙网2020年8月13日转载）列明如意区块属开发区。', 'The 2020 municipal park restructuring (reposted by jiangsulong.com, 2020-08-13) names the 如意区块 as part of the zone.'),
    status: '推动',
    status_class: 'ongoing',
    sector: 'industry',
    mentions: [{ p: 22, text: '经济技术开发区' }],
    ...PLACED('赛罕区如意广场一带，老城以东；重点发展总部经济和生物医药', 'east of the old city around 如意广场 in 赛罕区; 总部经济 and 生物医药'),
    roles: [role('park-etdz', 'confirmed')],
    note_zh: '位于城区东部如意广场一带，重点发展总部经济和生物医药。',
    note_en: 'In the east of the city around Ruyi Square; headquarters economy and biomedicine.',
  }),
  feature(area(JINCHUAN), {
    id: 'park-etdz-jinchuan',
    name_zh: '经开区金川区块',
    name_en: 'ETDZ Jinchuan block',
    kind: 'park-block',
    precision: 'approximate',
    uncertainty_m: 1500,
    placed_by: 'described-position',
    interpretation: 'confirmed',
    ...why('开发区的市级报道（nmg.cnipai.com）将金川区列为其功能区之一；该区块为1992年设立的开发区起步区。', 'Municipal reports on the zone (nmg.cnipai.com) name 金川区 as one of its functional areas; it is the zone’s original 1992 block.'),
    status: '推动',
    status_class: 'ongoing',
    sector: 'industry',
    mentions: [{ p: 22, text: '经济技术开发区' }],
    ...PLACED('城区西部金川文化广场（OpenStreetMap）及地铁1号线西端一带', 'west of the city around 金川文化广场 (OpenStreetMap) and the metro Line 1 terminus'),
    roles: [role('park-etdz', 'confirmed')],
    note_zh: '位于城区西部金川一带，是开发区最早的区块。',
    note_en: 'West of the city around Jinchuan; the zone’s original block.',
  }),
  feature(SHAERQIN, {
    id: 'park-etdz-shaerqin',
    name_zh: '经开区沙尔沁区块',
    name_en: 'ETDZ Shaerqin block',
    kind: 'park-block',
    precision: 'approximate',
    uncertainty_m: 8000,
    placed_by: 'inferred',
    interpretation: 'confirmed',
    ...why('2020年市级园区整合方案列明沙尔沁区块（生物疫苗、智能家电）属开发区。', 'The 2020 municipal park restructuring names the 沙尔沁区块 (biological vaccines, smart appliances) as part of the zone.'),
    status: '推动',
    status_class: 'ongoing',
    sector: 'biomanufacturing',
    mentions: [{ p: 22, text: '经济技术开发区' }],
    ...src(
      '本项目推断的位置：仅知区块位于城区西南沙尔沁一带，点位取自研究地名录中未经核实的记忆坐标，故误差圈较大',
      'Position inferred by the project: only “south-west of the city, at 沙尔沁” is known, and the point is unverified recall from the research gazetteer, hence the large radius of doubt',
    ),
    roles: [role('park-etdz', 'confirmed')],
    note_zh: '重点发展生物疫苗和智能家电；位置未经核实。',
    note_en: 'Biological vaccines and smart appliances; its position is not verified.',
  }),
  feature(pt(111.565, 40.803), {
    id: 'park-bonded-zone',
    name_zh: '呼和浩特综合保税区',
    name_en: 'Hohhot Comprehensive Bonded Zone',
    kind: 'bonded-zone',
    precision: 'approximate',
    uncertainty_m: 5000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '支持',
    status_class: 'ongoing',
    sector: 'logistics',
    mentions: [
      { p: 1, text: '综合保税区' },
      { p: 25, text: '支持综合保税区做大贸易体量' },
    ],
    ...src(
      '本项目推断的位置：该区由经开区内的国家出口加工区发展而来，依研究地名录标于金川区块，未经核实',
      'Position inferred by the project: the zone grew from the national export-processing zone inside the ETDZ and is placed in the 金川 block after the research gazetteer, unverified',
    ),
    roles: [role('park-etdz')],
    note_zh: '由经开区内的出口加工区发展而来；位置未经核实。',
    note_en: 'Grew out of the export-processing zone inside the development zone; its position is not verified.',
  }),
  feature(HORINGER_NEW_AREA, {
    id: 'park-horinger-new-area',
    name_zh: '和林格尔新区',
    name_en: 'Horinger New Area',
    kind: 'new-area',
    precision: 'approximate',
    uncertainty_m: 8000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'computing',
    mentions: [
      { p: 22, text: '和林格尔新区' },
      { p: 1, text: '一主一副' },
      { p: 4, text: '城市空间布局持续优化' },
      { p: 17, text: '和林格尔集群多云算力资源监测与调度体系' },
    ],
    ...PLACED(
      '规划控制面积约496平方公里，其中核心区341平方公里，呈“一核两翼”，云谷片区（数据中心、盛乐园区）和空港片区（盛乐国际机场）为直管区，规划范围涉及6个旗县区（国际在线、光明网2022年报道，研究笔记第3、10节）；边界未公布，误差圈按此放宽',
      'planned control area about 496 km², core 341 km², with the 云谷 (data centres, 盛乐 park) and 空港 (盛乐 airport) sectors under direct management, the planned area touching six counties and districts (cri.cn / gmw.cn 2022 via research notes §3, §10); the boundary is not published, hence the wide radius',
    ),
    roles: [
      role('belt-south'),
      role(URBAN, 'inferred', {
        ...label('一副', 'the sub-centre'),
        ...roleWhy(
          '2022年三环路的报道把“一主一副”与三环向南延伸至和林格尔新区相提并论，新区是唯一被点名的独立城市节点；但没有资料直接写明“一副即和林格尔新区”。注意不要与新区内部的“一核两翼”混淆。',
          'Third Ring Road reports (2022) pair “一主一副” with the ring’s reach south to 和林格尔新区, the only large separate urban node named; no source says “一副 = 和林格尔新区” verbatim. Not to be confused with the new area’s own internal “一核两翼”.',
        ),
        layer: 'urban-structure',
      }),
      role(null, 'confirmed', {
        ...label('和林格尔数据中心集群起步区', 'starting area of the Horinger data-centre cluster'),
        ...roleWhy(
          '全国一体化算力网络内蒙古枢纽节点设立和林格尔数据中心集群，其起步区即和林格尔新区（《呼和浩特日报》2022年报道）。',
          'The Horinger data-centre cluster of the national computing-hub node in Inner Mongolia has the new area as its starting area (Hohhot Daily, 2022).',
        ),
      }),
    ],
    note_zh: '规划约496平方公里，包括云谷（数据中心）和空港（盛乐国际机场）片区；边界为估计。同时是“一主一副”中的“一副”（推断）和和林格尔数据中心集群的起步区。',
    note_en: 'Planned at about 496 km² with a “Cloud Valley” data-centre sector and the Shengle airport sector; the boundary is an estimate. Also read as the sub-centre of “one main, one sub-centre”, and the starting area of the Horinger data-centre cluster.',
  }),
  feature(smoothArea([[111.775, 40.44], [111.825, 40.44], [111.826, 40.47], [111.776, 40.471]]), {
    id: 'park-horinger-dairy',
    name_zh: '和林格尔乳业开发区',
    name_en: 'Horinger Dairy Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'dairy',
    mentions: [{ p: 22, text: '和林格尔乳业开发区' }],
    ...PLACED('和林格尔县城以北的盛乐经济园区，蒙牛所在地；二者为同一园区系研究笔记第10节的推断', 'the 盛乐 economic park north of the Horinger county seat, home of Mengniu; identity inferred in research notes §10'),
    roles: [role('belt-south')],
    note_zh: '位于和林格尔县城以北的盛乐经济园区一带，蒙牛总部所在地；范围为估计。',
    note_en: 'Around the Shengle economic park north of the Horinger county seat, home of Mengniu; the outline is an estimate.',
  }),
  feature(smoothArea([[111.715, 40.872], [111.775, 40.873], [111.776, 40.9], [111.716, 40.899]]), {
    id: 'park-science-city',
    name_zh: '科技城高新技术产业园区',
    name_en: 'Science City High-tech Industrial Park',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 2500,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'science',
    mentions: [{ p: 22, text: '科技城高新技术产业园区' }],
    ...PLACED('新城区大青山脚下，2018年在鸿盛工业园区基础上设立，22.65平方公里（研究笔记第10节）', '新城区, founded 2018 on the 鸿盛工业园区, 22.65 km², at the foot of the 大青山; research notes §10'),
    roles: [role('belt-north')],
    note_zh: '位于新城区北部，在鸿盛工业园区基础上建设，约22.65平方公里，国家大学科技园所在地；范围为估计。',
    note_en: 'In northern Xincheng District, built on the Hongsheng industrial park, about 22.65 km², home of the National University Science Park; the outline is an estimate.',
  }),
  feature(smoothArea([[111.505, 40.775], [111.567, 40.776], [111.568, 40.808], [111.506, 40.806]]), {
    id: 'park-chilechuan-dairy',
    name_zh: '敕勒川乳业开发区',
    name_en: 'Chilechuan Dairy Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'dairy',
    mentions: [{ p: 22, text: '敕勒川乳业开发区' }],
    ...PLACED('土默特左旗、金川以西，伊利现代智慧健康谷一带，地铁1号线西端车站即以其命名（研究笔记第10节）', '土默特左旗, west of 金川, around the 伊利现代智慧健康谷 (metro Line 1 ends at a station named after it); research notes §10'),
    roles: [role('belt-north')],
    note_zh: '位于土默特左旗东部、金川以西，伊利现代智慧健康谷所在地；范围为估计。',
    note_en: 'In eastern Tumed Left Banner west of Jinchuan, home of the Yili Modern Smart Health Valley; the outline is an estimate.',
  }),
  feature(pt(111.127, 40.719), {
    id: 'park-tumed-left-agri',
    name_zh: '土左旗国家现代农业产业园',
    name_en: 'Tumed Left Banner National Modern Agricultural Industrial Park',
    kind: 'agricultural-park',
    precision: 'approximate',
    uncertainty_m: 20000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'agriculture',
    mentions: [{ p: 22, text: '土左旗国家现代农业产业园' }],
    ...src(
      '本项目推断的位置：产业园覆盖旗域，范围未公布，故标于旗政府驻地察素齐（DataV.GeoAtlas 政府驻地点位，已转换为 WGS84），误差圈覆盖旗域大部',
      'Position inferred by the project: the park spans the banner and its extent is not published, so it is marked at the banner seat, 察素齐 (DataV.GeoAtlas government-seat point, converted to WGS84), with a radius covering most of the banner',
    ),
    roles: [role('belt-north')],
    note_zh: '产业园覆盖旗域，范围未公布，此处标于旗政府驻地察素齐。',
    note_en: 'The park covers much of the banner and its extent is not published; it is marked at the banner seat, Chasuqi.',
  }),
  feature(pt(111.4495, 41.0927), {
    id: 'node-wuchuan',
    name_zh: '武川县',
    name_en: 'Wuchuan County',
    kind: 'county',
    precision: 'approximate',
    uncertainty_m: 100,
    placed_by: 'published-coordinate',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'industry',
    mentions: [{ p: 22, text: '武川县' }],
    ...SEAT(41.0927, 111.4495),
    roles: [role('belt-north')],
    note_zh: '北部产业带的节点之一，以县政府驻地可可以力更镇标示。',
    note_en: 'A node of the northern belt, marked at the county seat, Kekeyiligeng.',
  }),
  feature(pt(111.6554, 40.8139), {
    id: 'node-huimin',
    name_zh: '回民区',
    name_en: 'Huimin District',
    kind: 'district',
    precision: 'approximate',
    uncertainty_m: 100,
    placed_by: 'published-coordinate',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'industry',
    mentions: [{ p: 22, text: '回民区' }],
    ...SEAT(40.8139, 111.6554),
    roles: [role('belt-north')],
    note_zh: '北部产业带的节点之一，以区政府驻地标示。',
    note_en: 'A node of the northern belt, marked at the district seat.',
  }),
  feature(smoothArea([[111.25, 40.19], [111.37, 40.175], [111.385, 40.235], [111.27, 40.25]]), {
    id: 'park-togtoh',
    name_zh: '托克托经济开发区',
    name_en: 'Togtoh Economic Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 8000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'energy',
    mentions: [{ p: 22, text: '托克托经济开发区' }],
    ...PLACED('原托克托工业园区，位于县城与托克托电厂之间的沿黄地带；各区块位置未经核实（研究笔记第10节）', 'the former 托克托工业园区 between the county seat and the Togtoh power station, near the Yellow River; its blocks are not verified (research notes §10)'),
    roles: [role('belt-yellow-river')],
    note_zh: '原托克托工业园区，位于县城与托克托电厂之间的沿黄地带；各区块位置未经核实。',
    note_en: 'The former Togtoh industrial park, between the county seat and the Togtoh power station near the Yellow River; its blocks are not verified.',
  }),
  feature(pt(111.47, 40.03), {
    id: 'park-qingshuihe',
    name_zh: '清水河经济开发区',
    name_en: 'Qingshuihe Economic Development Zone',
    kind: 'development-zone',
    precision: 'approximate',
    uncertainty_m: 12000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '推进',
    status_class: 'underway',
    sector: 'energy',
    mentions: [{ p: 22, text: '清水河经济开发区' }],
    ...src(
      '本项目推断的位置：原清水河工业园区位于清水河县沿黄一侧，各区块未经核实，故误差圈较大（研究笔记第10节）',
      'Position inferred by the project: the former 清水河工业园区 lies on the Yellow River side of 清水河县; its blocks are not verified, hence the large radius (research notes §10)',
    ),
    roles: [role('belt-yellow-river')],
    note_zh: '原清水河工业园区，位于清水河县沿黄一带；位置未经核实。',
    note_en: 'The former Qingshuihe industrial park on the Yellow River side of Qingshuihe County; its position is not verified.',
  }),
  feature(pt(111.54, 40.79), {
    id: 'park-yili-health-valley',
    name_zh: '伊利现代智慧健康谷',
    name_en: 'Yili Modern Smart Health Valley',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 3000,
    placed_by: 'described-position',
    interpretation: 'inferred',
    ...why(YIGU_WHY_ZH, YIGU_WHY_EN),
    status: '持续做大',
    status_class: 'ongoing',
    sector: 'dairy',
    mentions: [{ p: 16, text: '一谷一园' }],
    ...PLACED('位于敕勒川乳业开发区、金川以西；地铁1号线西端以其命名的车站位于北纬40.7836°、东经111.5684°', 'in the 敕勒川乳业开发区, west of 金川; metro Line 1 ends at a station named after it (40.7836 N, 111.5684 E)'),
    roles: [role('layout-yigu-yiyuan', 'inferred', { ...label('一谷', 'the valley'), ...roleWhy(YIGU_WHY_ZH, YIGU_WHY_EN) }), role('park-chilechuan-dairy')],
    note_zh: '伊利集团的乳业产业集聚区，即“一谷一园”中的“一谷”（推断）。',
    note_en: 'Yili’s dairy industry cluster, read as the “valley” of “one valley, one park”.',
  }),
  feature(pt(111.8, 40.455), {
    id: 'park-mengniu-dairy',
    name_zh: '蒙牛中国乳业产业园',
    name_en: 'Mengniu China Dairy Industrial Park',
    kind: 'industrial-park',
    precision: 'approximate',
    uncertainty_m: 3000,
    placed_by: 'described-position',
    interpretation: 'inferred',
    ...why(YIGU_WHY_ZH, YIGU_WHY_EN),
    status: '持续做大',
    status_class: 'ongoing',
    sector: 'dairy',
    mentions: [{ p: 16, text: '一谷一园' }],
    ...PLACED('和林格尔县盛乐经济园区内，属和林格尔乳业开发区', 'in the 盛乐 economic park, Horinger, in the 和林格尔乳业开发区'),
    roles: [role('layout-yigu-yiyuan', 'inferred', { ...label('一园', 'the park'), ...roleWhy(YIGU_WHY_ZH, YIGU_WHY_EN) }), role('park-horinger-dairy')],
    note_zh: '蒙牛集团在和林格尔盛乐的乳业产业园，即“一谷一园”中的“一园”（推断）。',
    note_en: 'Mengniu’s dairy industrial park at Shengle, Horinger, read as the “park” of “one valley, one park”.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// ecology-mountains
// ----------------------------------------------------------------------------------------------------------------

// The range between the plain and the Wuchuan plateau, south edge at the mountain foot (≈ G6/G110), north edge on the
// plateau; generalised by the project, then cut to the municipal boundary.
const DAQINGSHAN_RING: LngLat[] = [
  [110.8, 40.67], [111.0, 40.725], [111.2, 40.77], [111.4, 40.8], [111.55, 40.848], [111.66, 40.884], [111.75, 40.905],
  [111.85, 40.915], [111.95, 40.93], [112.1, 40.965], [112.26, 41.0], [112.28, 41.12], [112.0, 41.1], [111.8, 41.075], [111.6, 41.05],
  [111.45, 41.035], [111.3, 40.98], [111.1, 40.93], [110.9, 40.88], [110.79, 40.84],
];
// The front slope: from the mountain foot up to the first ridge line, ≈ 3.3 km deep.
const FRONT_SLOPE_LINE: LngLat[] = [
  [110.95, 40.728], [111.1, 40.762], [111.25, 40.789], [111.4, 40.816], [111.55, 40.864], [111.66, 40.899],
  [111.75, 40.92], [111.85, 40.93], [111.95, 40.945], [112.05, 40.968],
];

const ECO_NOT_PUBLISHED_ZH = '“两屏四带多点”的组成未见公开资料逐一列明。';
const ECO_NOT_PUBLISHED_EN = 'No published source spells out the parts of “两屏四带多点”.';
const ECO_READING_ZH = '本图采用的解读（市域尺度）：北屏为大青山，南屏为大黑河南部生态屏障，四带为主要河流（黄河、大黑河、小黑河、浑河），多点为规划点名的湿地与草原。';
const ECO_READING_EN =
  'Reading shown: municipal scale — north screen 大青山, south screen the 大黑河 southern ecological barrier, four belts the main rivers (黄河, 大黑河, 小黑河, 浑河), points the named wetlands and grassland.';
const FOREST_NOT_PUBLISHED_ZH = '“两带三线四片区”的组成未见公开资料列明。';
const FOREST_NOT_PUBLISHED_EN = 'No published source names the parts of “两带三线四片区”.';

/** The role of one of the “many points” of “两屏四带多点”, drawn in the ecological layout layer. */
const MANY_POINTS = role(ECO, 'inferred', {
  ...label('多点之一', 'one of the “many points”'),
  ...roleWhy(
    ECO_NOT_PUBLISHED_ZH + '“多点”理解为规划点名的湿地和公园：哈素海、南湖湿地公园、大黑河郊野公园、敕勒川草原和浑河湿地（中新网2024年3月22日及规划文本），名单并不封闭；浑河湿地位置未能确定，未绘出。',
    ECO_NOT_PUBLISHED_EN +
      ' The “points” are read as the named wetlands and parks: 哈素海, 南湖湿地公园, 大黑河郊野公园, 敕勒川草原 and the 浑河 wetland (chinanews, 2024-03-22, and the plan itself); the list is open, and the 浑河 wetland could not be located and is not drawn.',
  ),
  layer: 'ecology-layout',
});

const ecologyMountains = [
  feature(inCity(smoothArea(DAQINGSHAN_RING)), {
    id: 'mountain-daqingshan',
    name_zh: '大青山',
    name_en: 'Daqing Shan',
    kind: 'mountain',
    precision: 'approximate',
    uncertainty_m: 3000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '强化',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 9, text: '大青山区域生态治理' },
      { p: 43, text: '推动大青山旅游资源连片开放' },
      { p: 1, text: '两屏四带多点' },
    ],
    ...src(
      '本项目绘制：南界沿平原北缘的山脚线（G6、G110一线），北界为武川高原，概括至数公里，未使用高程数据；山体跨入包头、乌兰察布，图中只保留市域以内部分',
      'Drawn by the project: the south edge follows the mountain foot north of the plain (the G6/G110 line), the north edge the Wuchuan plateau; generalised to a few kilometres, no elevation data used; the range runs on into Baotou and Ulanqab, and only the part inside the city is drawn',
    ),
    roles: [
      role(ECO, 'inferred', {
        ...label('北屏', 'the northern screen'),
        ...roleWhy(
          ECO_NOT_PUBLISHED_ZH +
            '市级资料称大青山为首府的“天然生态屏障”，规划第9条标题即“强化大青山区域生态治理”，2022年的报道亦称“以大青山前坡和大黑河生态水系为重点的南北生态屏障”，故北屏极可能即大青山。' +
            ECO_READING_ZH,
          ECO_NOT_PUBLISHED_EN +
            ' Municipal sources call the 大青山 the capital’s “天然生态屏障”, provision 9 is headed 强化大青山区域生态治理, and a 2022 report names “以大青山前坡和大黑河生态水系为重点的南北生态屏障”: the northern screen is very likely the 大青山. ' +
            ECO_READING_EN,
        ),
        layer: 'ecology-layout',
      }),
      role(null, 'stated', { ...label('旅游资源连片开放', 'tourism resources opened as one area'), layer: 'culture-tourism' }),
    ],
    note_zh: '阴山山脉中段，横亘于呼和浩特平原以北，是首府的天然生态屏障；轮廓为概略绘制，只画市域以内部分。也是“两屏”之北屏（推断），第43条要求推动其旅游资源连片开放。',
    note_en: 'The central Yin Shan, running east–west north of the Hohhot plain: the city’s natural ecological shield. The outline is generalised and cut at the city boundary. Also read as the northern of the “two screens”; provision 43 opens its tourism resources as one area.',
  }),
  feature(inCity(bandAlong(smooth(FRONT_SLOPE_LINE), 1.65)), {
    id: 'mountain-daqingshan-front-slope',
    name_zh: '大青山前坡',
    name_en: 'Daqing Shan front slope',
    kind: 'mountain',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '规划提出“大青山区域生态治理”，市里在该区域的主要工程是前坡生态保护综合治理工程（东西约120公里、南北约3.3公里，位于G6、新G110与第一道山脊线之间；《内蒙古日报》2021年7月1日），故以前坡作为治理重点示意。',
      'The plan speaks of “大青山区域生态治理”; the city’s main programme there is the front-slope ecological project (about 120 km east–west, 3.3 km deep, between G6/new G110 and the first ridge line; Inner Mongolia Daily, 2021-07-01), so the front slope is shown as its focus.',
    ),
    status: '强化',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 9, text: '大青山区域生态治理' },
      { p: 9, text: '两带三线四片区' },
    ],
    ...DRAWN(
      '研究笔记第1节：前坡工程范围据《内蒙古日报》2021年7月1日，沿山脚绘为宽约3.3公里的带，截至市界',
      '§1: front-slope project extent from Inner Mongolia Daily, 2021-07-01; drawn as a 3.3 km band along the mountain foot, cut at the city boundary',
    ),
    roles: [
      role('mountain-daqingshan'),
      role(FOREST, 'inferred', {
        ...label('两带之一：大青山前坡防护林带', 'one of the “two belts”: the front-slope forest belt'),
        ...roleWhy(
          FOREST_NOT_PUBLISHED_ZH + '此前城市提出的“三环两带”以大青山前坡和大黑河为南北两道绿色屏障（hblexin，2022年），故“两带”最可能即此二者。',
          FOREST_NOT_PUBLISHED_EN +
            ' An earlier city slogan, “三环两带”, named the 大青山前坡 and 大黑河 as the north and south green screens (hblexin, 2022), so the two belts are most likely these two.',
        ),
        layer: 'ecology-forest',
      }),
    ],
    note_zh: '大青山南麓前坡生态保护综合治理区，东西约120公里、南北平均约3.3公里；为示意范围。同时推断为城市防护林“两带”之一。',
    note_en: 'The front-slope ecological restoration zone on the south face of the range, about 120 km long and 3.3 km deep on average; a schematic extent. Also read as one of the two belts of the urban shelter forest.',
    fade_zoom: 12,
  }),
  feature(inCity(smoothArea([[110.95, 40.84], [111.3, 40.88], [111.6, 40.93], [111.9, 40.97], [112.15, 41.02], [112.12, 41.07], [111.85, 41.04], [111.55, 41.0], [111.25, 40.95], [110.95, 40.9]])), {
    id: 'reserve-daqingshan',
    name_zh: '大青山国家级自然保护区',
    name_en: 'Daqing Shan National Nature Reserve',
    kind: 'mountain',
    precision: 'schematic',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [{ p: 9, text: '大青山自然保护区' }],
    ...src('本项目按大青山在呼和浩特境内的山脊地带示意绘制；未取得保护区边界', 'Drawn by the project as the ridge zone of the 大青山 within Hohhot; the reserve’s boundary is not available to the project'),
    roles: [role('mountain-daqingshan')],
    note_zh: '国家级自然保护区，横跨包头、呼和浩特、乌兰察布；此处仅示意其在呼和浩特的山脊地带，非保护区边界。',
    note_en: 'A national nature reserve spanning Baotou, Hohhot and Ulanqab; shown only as the ridge zone within Hohhot, not its legal boundary.',
    fade_zoom: 11,
  }),
  feature(smoothArea([[111.685, 40.878], [111.79, 40.884], [111.792, 40.906], [111.687, 40.9]]), {
    id: 'grassland-chilechuan',
    name_zh: '敕勒川草原',
    name_en: 'Chilechuan Grassland',
    kind: 'grassland',
    precision: 'approximate',
    uncertainty_m: 2500,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 9, text: '敕勒川草原' },
      { p: 48, text: '“敕勒歌”' },
      { p: 1, text: '两屏四带多点' },
    ],
    ...PLACED('新城区大青山脚下、山体与G6之间的恢复草原（研究地名录）', 'restored grassland at the foot of the 大青山 in 新城区, between the mountain and G6; research gazetteer'),
    roles: [MANY_POINTS],
    note_zh: '位于新城区大青山脚下的恢复草原，敕勒川国家草原自然公园；范围为估计。第48条的文化IP“敕勒歌”即咏敕勒川之歌（“敕勒川，阴山下”）。',
    note_en: 'Restored grassland at the foot of the Daqing Shan in Xincheng District (Chilechuan national grassland park); the outline is an estimate. The cultural brand “敕勒歌” of provision 48 is the old song of this plain (“敕勒川,阴山下”).',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// ecology-water: provision 10's rivers and lakes
// ----------------------------------------------------------------------------------------------------------------

const YELLOW = yellowRiver();
const DAHEI = daheiRiver();
const XIAOHEI = xiaoheiChannel();
const WUSUTU: LngLat[] = [[111.548, 40.95], [111.553, 40.915], [111.562, 40.885], [111.578, 40.858], [111.593, 40.832], [111.607, 40.805], [111.622, 40.78], [111.64, 40.763]];
const HUNHE: LngLat[] = [[112.26, 40.17], [112.12, 40.165], [111.98, 40.15], [111.85, 40.115], [111.72, 40.07], [111.6, 40.03], [111.5, 40.0], [111.415, 40.0]];
const SHILAWUSU: LngLat[] = [[111.82, 40.3], [111.7, 40.32], [111.58, 40.33], [111.45, 40.31], [111.33, 40.28], [111.24, 40.25]];
const BAOBEI: LngLat[] = [[112.02, 40.42], [111.93, 40.395], [111.82, 40.38], [111.72, 40.41], [111.62, 40.45], [111.52, 40.5], [111.42, 40.555], [111.36, 40.58]];

const ecologyWater = [
  feature(YELLOW, {
    id: 'river-huanghe',
    name_zh: '黄河',
    name_en: 'Yellow River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 500,
    placed_by: 'published-geometry',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 2, text: '黄河流域生态保护和高质量发展' },
      { p: 10, text: '黄河' },
      { p: 38, text: '黄河干流' },
      { p: 43, text: '黄河长城游' },
    ],
    ...src(NBGD4M_ZH + '；宽阔河段按一侧河岸绘制，不含河心洲（geo/scripts/extract-surveyed.ts）', NBGD4M_EN + '; the wide reach is drawn by one bank, islands left out (geo/scripts/extract-surveyed.ts)'),
    beyond_city: true,
    note_zh: '流经土默特左旗、托克托县和清水河县，构成首府西南边界，故线形沿市界并伸出市域。第38条：黄河干流防洪骨干工程；第2条：黄河流域生态保护和高质量发展国家战略；第43条：黄河长城游线路。',
    note_en: 'Flows past Tumed Left Banner, Togtoh and Qingshuihe and forms the city’s south-western edge, so its line runs along and beyond the boundary. Provision 38 plans flood-control works on its main stem; provision 2 names the national Yellow River basin strategy; provision 43 a Yellow River and Great Wall tourist route.',
  }),
  feature(DAHEI, {
    id: 'river-dahei',
    name_zh: '大黑河',
    name_en: 'Dahei River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 500,
    placed_by: 'published-geometry',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '大黑河' },
      { p: 21, text: '大黑河休闲消费带' },
      { p: 38, text: '大黑河' },
    ],
    ...src(NBGD4M_ZH + '；只取干流，两条近乎平行的河道中保留南侧一条（geo/scripts/extract-surveyed.ts）', NBGD4M_EN + '; main stem only, of two near-parallel channels the southern kept (geo/scripts/extract-surveyed.ts)'),
    beyond_city: true,
    note_zh: '黄河一级支流，源自乌兰察布，自东向西南流经城区以南，于托克托县汇入黄河；上游一段位于市域以外。',
    note_en: 'A tributary of the Yellow River rising in Ulanqab, flowing from the east past the south of the city to join the Yellow River in Togtoh; its upper reach lies outside the city.',
  }),
  feature(XIAOHEI, {
    id: 'river-xiaohei',
    name_zh: '小黑河',
    name_en: 'Xiaohei River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 1500,
    placed_by: 'published-geometry',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '小黑河' },
      { p: 21, text: '沿小黑河' },
      { p: 38, text: '小黑河' },
    ],
    ...src(
      '线形取自' + NBGD4M_ZH + '中标为大黑河的一条河道；该河道在城东离开干流、横穿城区南部，与小黑河走向相符，此认定为本项目所作',
      'Geometry of a channel in ' + NBGD4M_EN + ' that the source labels 大黑河; its course, leaving the main stem east of the city and crossing the south of the urban area, matches the 小黑河 — that identification is the project’s',
    ),
    note_zh: '大黑河的汊流，横穿城区南部；沿河规划休闲消费带。',
    note_en: 'A branch of the Dahei River crossing the south of the urban area; a leisure and consumption belt is planned along it.',
  }),
  feature(curve(WUSUTU), {
    id: 'river-wusutu',
    name_zh: '乌素图河',
    name_en: 'Wusutu River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 2500,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '乌素图河' },
      { p: 38, text: '乌素图河道清淤' },
      { p: 38, text: '乌素图河' },
    ],
    ...RIVER_DRAWN('出城区西北乌素图沟，向南穿过回民区流向小黑河', 'out of the 乌素图 valley north-west of the city, south through 回民区 towards the 小黑河'),
    roles: [role(null, 'stated', { ...label('乌素图河道清淤', 'Wusutu River channel dredging'), layer: 'projects-water' })],
    note_zh: '发源于城区西北乌素图沟，向南流经回民区；线位为示意。',
    note_en: 'Rises in the Wusutu valley north-west of the city and flows south through Huimin District; the course is indicative.',
  }),
  feature(curve(HUNHE), {
    id: 'river-hunhe',
    name_zh: '浑河',
    name_en: 'Hun River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '浑河' },
      { p: 38, text: '浑河' },
    ],
    ...RIVER_DRAWN('自山西向西流经和林格尔县南部、清水河县北部注入黄河', 'from Shanxi west through southern 和林格尔县 and northern 清水河县 to the Yellow River'),
    beyond_city: true,
    note_zh: '黄河支流，自山西流入，向西经和林格尔县南部、清水河县北部汇入黄河；上游一段在山西境内，线位为示意。',
    note_en: 'A Yellow River tributary from Shanxi, flowing west through southern Horinger and northern Qingshuihe to the Yellow River; its upper reach lies in Shanxi, and the course is indicative.',
  }),
  feature(curve(SHILAWUSU), {
    id: 'river-shilawusu',
    name_zh: '什拉乌素河',
    name_en: 'Shilawusu River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 8000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [{ p: 10, text: '什拉乌素河' }],
    ...RIVER_DRAWN('和林格尔、托克托平原上向西流入黄河水系的小河，本项目对其河道所知甚少', 'a small river on the 和林格尔/托克托 plain draining west towards the Yellow River; its course is poorly known to the project'),
    note_zh: '和林格尔、托克托一带向西注入黄河水系的小河；线位很不确定。',
    note_en: 'A small river on the Horinger–Togtoh plain draining west towards the Yellow River; its course is very uncertain.',
  }),
  feature(curve(BAOBEI), {
    id: 'river-baobei',
    name_zh: '宝贝河',
    name_en: 'Baobei River',
    kind: 'river',
    precision: 'approximate',
    uncertainty_m: 6000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [{ p: 10, text: '宝贝河' }],
    ...RIVER_DRAWN('自和林格尔县城以东的丘陵流经县城，再向西北流向大黑河', 'from the hills east of the Horinger county seat, past the seat and north-west towards the 大黑河'),
    note_zh: '流经和林格尔县城一带的河流；线位很不确定。',
    note_en: 'A river past the Horinger county seat; its course is very uncertain.',
  }),
  feature(blob([110.99, 40.6], 4.0, 2.5, 20), {
    id: 'lake-hasuhai',
    name_zh: '哈素海',
    name_en: 'Hasuhai Lake',
    kind: 'lake',
    precision: 'approximate',
    uncertainty_m: 2500,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '开展',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '哈素海' },
      { p: 38, text: '哈素海水库清淤扩容' },
      { p: 1, text: '两屏四带多点' },
    ],
    ...src(
      '本项目按公布的水面面积（约32平方公里）在土默特左旗、旗政府驻地察素齐以西的估计位置绘为椭圆；实际湖岸曲折，未取得其轮廓',
      'Drawn by the project as an ellipse of about 32 km² (the published water area) at the lake’s estimated position in 土默特左旗, west of the banner seat 察素齐; the real shoreline is irregular and was not available',
    ),
    roles: [
      role(null, 'stated', { ...label('哈素海水库清淤扩容', 'Hasuhai reservoir dredging and enlargement'), layer: 'projects-water' }),
      MANY_POINTS,
    ],
    note_zh: '土默特左旗的黄河故道湖泊，水面约32平方公里，国家湿地公园，兼具水库功能，第38条计划清淤扩容；轮廓为示意。',
    note_en: 'An old Yellow River oxbow lake in Tumed Left Banner, about 32 km² of water and a national wetland park; it also serves as a reservoir, which provision 38 plans to dredge and enlarge. The outline is indicative.',
  }),
  feature(smoothArea([[111.59, 40.706], [111.72, 40.716], [111.85, 40.749], [111.86, 40.69], [111.74, 40.65], [111.6, 40.655]]), {
    id: 'wetland-dahei-country-park',
    name_zh: '大黑河郊野公园',
    name_en: 'Dahei River Country Park',
    kind: 'wetland-park',
    precision: 'approximate',
    uncertainty_m: 3000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '持续加强',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '大黑河郊野公园' },
      { p: 1, text: '两屏四带多点' },
    ],
    ...PLACED(
      '“大黑河至马鬃山138平方公里大黑河郊野公园”（市园林绿化中心，《内蒙古日报》2022年5月14日转述），即大黑河城区段以南地带',
      '“大黑河至马鬃山138平方公里大黑河郊野公园” (municipal landscaping centre via Inner Mongolia Daily, 2022-05-14): the zone south of the river’s urban reach',
    ),
    roles: [MANY_POINTS],
    note_zh: '自大黑河至马鬃山约138平方公里的郊野公园，是中心城区南部生态屏障；范围为估计。',
    note_en: 'A country park of about 138 km² from the Dahei River south to Mazong Shan, the southern green shield of the central city; the outline is an estimate.',
  }),
  feature(smoothArea([[111.627, 40.748], [111.684, 40.75], [111.686, 40.773], [111.628, 40.772]]), {
    id: 'wetland-nanhu',
    name_zh: '南湖湿地公园',
    name_en: 'Nanhu Wetland Park',
    kind: 'wetland-park',
    precision: 'approximate',
    uncertainty_m: 2000,
    placed_by: 'described-position',
    interpretation: 'stated',
    status: '持续加强',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [
      { p: 10, text: '南湖湿地公园' },
      { p: 1, text: '两屏四带多点' },
    ],
    ...PLACED('玉泉区南二环以南、小黑河沿岸，规划约1165公顷（360doc，2017年）', '玉泉区, south of the South Second Ring Road along the 小黑河, about 1,165 ha planned (360doc, 2017)'),
    roles: [MANY_POINTS],
    note_zh: '位于玉泉区南二环以南，规划约1165公顷；范围为估计。',
    note_en: 'In Yuquan District south of the South Second Ring Road, about 1,165 ha planned; the outline is an estimate.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// ecology-layout: “两屏四带多点” (the northern screen and the points are roles of the 大青山 and the wetlands)
// ----------------------------------------------------------------------------------------------------------------

const ecologyLayout = [
  feature(smoothArea([[111.45, 40.7], [111.6, 40.74], [111.75, 40.76], [111.95, 40.8], [111.97, 40.74], [111.8, 40.68], [111.62, 40.64], [111.46, 40.63]]), {
    id: 'eco-screen-south',
    name_zh: '南屏：大黑河南部生态屏障（不确定）',
    name_en: 'Southern screen: Dahei River barrier (uncertain)',
    kind: 'ecological-screen',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      ECO_NOT_PUBLISHED_ZH +
        '上述2022年报道把大黑河生态水系列为南部屏障，市里“南北双百”工程也把大青山前坡与138平方公里的大黑河郊野公园并列；另一候选是东南部的蛮汉山。现有资料无法断定。' +
        ECO_READING_ZH,
      ECO_NOT_PUBLISHED_EN +
        ' The 2022 report quoted for the north names the 大黑河 ecological water system as the southern barrier, and the city’s “南北双百” project pairs the 大青山 front slope with the 138 km² 大黑河郊野公园; the other candidate is the 蛮汉山 hills in the south-east. Which is meant cannot be decided from the sources. ' +
        ECO_READING_EN,
    ),
    status: '构建起',
    status_class: 'completed',
    sector: 'ecology',
    mentions: [{ p: 1, text: '两屏四带多点' }],
    ...DRAWN('研究笔记第1节及补充依据；沿中心城区以南的大黑河示意的一片区域', '§1 and its further evidence; a schematic zone along the 大黑河 south of the central city'),
    roles: [role(ECO, 'inferred', { ...label('南屏', 'the southern screen') })],
    note_zh: '“两屏”之南屏，此处按大黑河南部生态屏障示意；另一可能为东南部蛮汉山，尚无定论。',
    note_en: 'The southern of the “two screens”, shown as the Dahei River barrier south of the city; the south-eastern Manhan Shan is the other candidate, and the sources do not decide.',
    fade_zoom: 11,
  }),
  ...(
    [
      ['eco-belt-huanghe', '黄河生态带', 'Yellow River ecological belt', YELLOW.coordinates, 3, '黄河', 'Yellow River'],
      ['eco-belt-dahei', '大黑河生态带', 'Dahei River ecological belt', DAHEI.coordinates, 2, '大黑河', 'Dahei River'],
      ['eco-belt-xiaohei', '小黑河生态带', 'Xiaohei River ecological belt', XIAOHEI.coordinates, 1.5, '小黑河', 'Xiaohei River'],
      ['eco-belt-hunhe', '浑河生态带', 'Hun River ecological belt', smooth(HUNHE), 2.5, '浑河', 'Hun River'],
    ] as const
  ).map(([id, zh, en, coords, half, river, riverEn]) =>
    feature(inCity(bandAlong(coords as Position[], half)), {
      id,
      name_zh: `${zh}（推断）`,
      name_en: `${en} (inferred)`,
      kind: 'ecological-belt',
      precision: 'schematic',
      interpretation: 'inferred',
      ...why(
        ECO_NOT_PUBLISHED_ZH +
          '“四带”理解为第10条和第38条均点名的四条主要河流（乌素图河为较弱的备选）；也可能是城市尺度的“青城四带”（前坡绿带、大黑河花带、环城水带、文化带）。' +
          ECO_READING_ZH,
        ECO_NOT_PUBLISHED_EN +
          ' The four belts are read as the four largest rivers, the ones named both in provision 10 and in provision 38 (乌素图河 is a weaker alternative); a city-scale reading, the “青城四带” (front-slope green belt, 大黑河 flower belt, ring water belt, culture belt), is also possible. ' +
          ECO_READING_EN,
      ),
      status: '构建起',
      status_class: 'completed',
      sector: 'ecology',
      mentions: [
        { p: 1, text: '两屏四带多点' },
        { p: 10, text: river },
      ],
      ...DRAWN(`研究笔记第1节；沿水系图层中的${river}绘制的带，截至市界`, `§1; a band along the ${riverEn} as drawn in the water layer, cut at the city boundary`),
      roles: [role(ECO, 'inferred', { ...label('四带之一', 'one of the “four belts”') })],
      note_zh: `“四带”之一，推断为${river}生态廊道（市域以内部分）。`,
      note_en: `One of the “four belts”, read as the ${riverEn} corridor (the part inside the city).`,
      fade_zoom: 11,
    }),
  ),
];

// ----------------------------------------------------------------------------------------------------------------
// ecology-forest: “两带三线四片区” (the front-slope belt is a role of the 大青山前坡)
// ----------------------------------------------------------------------------------------------------------------

// The southern arc of the ring expressway (G5901) as drawn in the highway layer.
const RING_EXPRESSWAY = roundedLoop([111.7, 40.78], 19.5, 13.4, 2.6);
const ringCoords = (RING_EXPRESSWAY as { coordinates: Position[] }).coordinates;
const RING_SOUTH_ARC = ringCoords.filter((p) => p[1]! < 40.745);

const ecologyForest = [
  feature(bandAlong(DAHEI.coordinates.filter((p) => p[0]! > 111.45 && p[0]! < 111.98), 1.2), {
    id: 'forest-belt-dahei',
    name_zh: '大黑河防护林带（推断）',
    name_en: 'Dahei River forest belt (inferred)',
    kind: 'shelter-forest',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      FOREST_NOT_PUBLISHED_ZH + '理解为城南的大黑河绿带，即此前“三环两带”中南侧的一带（hblexin，2022年）。',
      FOREST_NOT_PUBLISHED_EN + ' Read as the 大黑河 green belt south of the city, the southern half of the earlier “三环两带” pair (hblexin, 2022).',
    ),
    status: '打造',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [{ p: 9, text: '两带三线四片区' }],
    ...DRAWN('研究笔记第6节；沿城区附近的大黑河河段绘制的带', '§6; a band along the 大黑河 reach near the city'),
    roles: [role(FOREST, 'inferred', { ...label('两带之一', 'one of the “two belts”') })],
    note_zh: '“两带”之一，推断为大黑河沿岸林带。',
    note_en: 'One of the “two belts”, read as the forest belt along the Dahei River south of the city.',
    fade_zoom: 12,
  }),
  feature({ type: 'LineString', coordinates: RING_SOUTH_ARC }, {
    id: 'forest-line-ring-expressway',
    name_zh: '绕城高速防护林（推断为“三线”之一）',
    name_en: 'Ring expressway shelter belt (read as one of the “three lines”)',
    kind: 'shelter-forest',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      FOREST_NOT_PUBLISHED_ZH + '城南绕城高速沿线约58公里的防护林带被称为“首府南部的一条重要生态长廊”（《内蒙古晨报》2016年），最可能是“三线”之一；另外两线未能确定。',
      FOREST_NOT_PUBLISHED_EN +
        ' The 58 km shelter belt along the ring expressway south of the city, called “首府南部的一条重要生态长廊” (内蒙古晨报, 2016), is the strongest candidate for one of the three lines; the other two are not identified.',
    ),
    status: '打造',
    status_class: 'ongoing',
    sector: 'ecology',
    mentions: [{ p: 9, text: '两带三线四片区' }],
    ...DRAWN('研究笔记第6节及补充依据；取公路图层中绕城高速的南段', '§6 and its further evidence; the southern arc of the ring expressway as drawn in the highway layer'),
    roles: [
      role(FOREST, 'inferred', { ...label('三线之一', 'one of the “three lines”') }),
      role('hwy-ring-g5901'),
    ],
    note_zh: '“三线”之一（推断）：绕城高速南段约58公里的防护林带；其余两线及“四片区”未能确定。',
    note_en: 'Read as one of the “three lines”: the 58 km shelter belt along the southern ring expressway; the other two lines and the “four areas” are not identified.',
    fade_zoom: 12,
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// urban-structure: “一主一副、一核两翼” (the sub-centre is a role of the 和林格尔新区), and 和林格尔县 (provision 46)
// ----------------------------------------------------------------------------------------------------------------

const CORE_RING: LngLat[] = [
  [111.585, 40.76], [111.66, 40.735], [111.76, 40.735], [111.815, 40.77], [111.8, 40.835], [111.77, 40.872],
  [111.68, 40.876], [111.6, 40.862], [111.575, 40.81],
];
const PROFILE_ZH = '2025年引用2022年国土空间规划的城市概况';
const PROFILE_EN = 'A 2025 city profile citing the 2022 territorial spatial plan';
const MAIN_CITY_WHY = roleWhy('“一主”理解为中心城区连同东西两翼（见“一主：主城”的解读说明）。', 'The main city is read as the core with its two wings (see the note of “The main city”).');

const urbanStructure = [
  feature(smoothArea(CORE_RING), {
    id: 'urban-core',
    name_zh: '一核：中心城区',
    name_en: 'The core: central urban area',
    kind: 'urban-core',
    precision: 'schematic',
    interpretation: 'confirmed',
    ...why(`${PROFILE_ZH}指明“一核”为四个市辖区组成的中心城区，约240平方公里（研究笔记第3节）。`, `${PROFILE_EN} identifies 一核 as the central urban area of the four urban districts, about 240 km² (research notes §3).`),
    status: '构建起',
    status_class: 'completed',
    sector: 'urban',
    mentions: [
      { p: 1, text: '一核两翼' },
      { p: 4, text: '城市空间布局持续优化' },
      { p: 11, text: '主城区实现热电联产供热全覆盖' },
    ],
    ...DRAWN('研究笔记第3节：北以G6高速为界，南大致至南三环，规划约240平方公里', '§3: bounded north by the G6 expressway, south broadly by the South Third Ring; about 240 km² planned'),
    roles: [role(URBAN, 'confirmed', { ...label('一核', 'the core') }), role('urban-main-city', 'inferred', MAIN_CITY_WHY)],
    note_zh: '由四个市辖区组成的中心城区，规划约240平方公里；范围为示意。',
    note_en: 'The central urban area of the four urban districts, planned at about 240 km²; a schematic extent.',
    fade_zoom: 12,
  }),
  feature(blob([111.845, 40.85], 5.2, 4.3), {
    id: 'urban-wing-east',
    name_zh: '东翼：白塔生态宜居区',
    name_en: 'East wing: Baita eco-liveable area',
    kind: 'urban-wing',
    precision: 'schematic',
    interpretation: 'confirmed',
    ...why(
      '同一城市概况称东翼为原白塔机场一带的“东部白塔生态宜居区”，约70平方公里；2025年政府工作报告称“东部环白塔机场生态宜居区”。',
      'The same 2025 city profile names the east wing as the 东部白塔生态宜居区 around the former Baita airport, about 70 km²; the 2025 government work report speaks of the 东部环白塔机场生态宜居区.',
    ),
    status: '构建起',
    status_class: 'completed',
    sector: 'urban',
    mentions: [
      { p: 1, text: '一核两翼' },
      { p: 4, text: '城市空间布局持续优化' },
    ],
    ...DRAWN('研究笔记第3节：以原白塔机场（北纬40.851°、东经111.824°）为中心约70平方公里', '§3: about 70 km² around the former Baita airport (111.824E 40.851N)'),
    roles: [role(URBAN, 'confirmed', { ...label('东翼', 'the east wing') }), role('urban-main-city', 'inferred', MAIN_CITY_WHY)],
    note_zh: '环原白塔国际机场（旧机场）一带的生态宜居区，约70平方公里；范围为示意。',
    note_en: 'An eco-liveable district around the former Baita airport, about 70 km²; a schematic extent.',
    fade_zoom: 12,
  }),
  feature(blob([111.49, 40.785], 6.6, 4.8, 10), {
    id: 'urban-wing-west',
    name_zh: '西翼：伊利健康谷产城融合区',
    name_en: 'West wing: Yili Health Valley industry–city area',
    kind: 'urban-wing',
    precision: 'schematic',
    interpretation: 'confirmed',
    ...why('同一城市概况称西翼为土默特左旗的“西部伊利健康谷产城融合区”，约100平方公里。', 'The same 2025 city profile names the west wing as the 西部伊利健康谷产城融合区 in 土默特左旗, about 100 km².'),
    status: '构建起',
    status_class: 'completed',
    sector: 'urban',
    mentions: [
      { p: 1, text: '一核两翼' },
      { p: 4, text: '城市空间布局持续优化' },
    ],
    ...DRAWN('研究笔记第3节：土默特左旗伊利现代智慧健康谷一带约100平方公里', '§3: about 100 km² in 土默特左旗 around the 伊利现代智慧健康谷'),
    roles: [role(URBAN, 'confirmed', { ...label('西翼', 'the west wing') }), role('urban-main-city', 'inferred', MAIN_CITY_WHY)],
    note_zh: '土默特左旗伊利健康谷一带的产城融合区，约100平方公里；范围为示意。',
    note_en: 'An area combining industry and housing around the Yili Health Valley in Tumed Left Banner, about 100 km²; a schematic extent.',
    fade_zoom: 12,
  }),
  feature(smoothArea([[111.41, 40.74], [111.58, 40.72], [111.76, 40.715], [111.92, 40.79], [111.9, 40.89], [111.75, 40.9], [111.58, 40.88], [111.42, 40.84]]), {
    id: 'urban-main-city',
    name_zh: '一主：主城',
    name_en: 'The main city',
    kind: 'urban-core',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '2022年三环路的报道称其有助于构建“一主一副”格局，并服务伊利健康谷、和林格尔新区和白塔；据此把“一主”理解为中心城区连同两翼。没有资料逐字这样表述。',
      'Reports on the Third Ring Road (2022) say it helps build the “一主一副” layout while serving the Yili valley, 和林格尔新区 and Baita; the main city is therefore read as the core with its two wings. No source states it verbatim.',
    ),
    status: '构建起',
    status_class: 'completed',
    sector: 'urban',
    mentions: [
      { p: 1, text: '一主一副' },
      { p: 4, text: '城市空间布局持续优化' },
    ],
    ...DRAWN('研究笔记第3节：中心城区与两翼的外包范围', '§3: an envelope of the core and its two wings'),
    roles: [role(URBAN, 'inferred', { ...label('一主', 'the main city') })],
    note_zh: '“一主”推断为中心城区连同东西两翼组成的主城。',
    note_en: 'The “main” centre, read as the central urban area together with its east and west wings.',
    fade_zoom: 11,
  }),
  feature(pt(111.81738, 40.37919), {
    id: 'county-horinger',
    name_zh: '和林格尔县',
    name_en: 'Horinger County',
    kind: 'county',
    precision: 'approximate',
    uncertainty_m: 100,
    placed_by: 'published-coordinate',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'urban',
    mentions: [{ p: 46, text: '推动和林格尔县创建成为第八届全国县级文明城市' }],
    ...SEAT(40.37919, 111.81738),
    note_zh: '争创第八届全国县级文明城市；以县政府驻地城关镇标示，县界见底图。',
    note_en: 'To become a national civilised county-level city (eighth round); marked at the county seat, Chengguan; the county boundary is in the basemap.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// transport-urban: “一横三纵四环三枢纽” (the fourth ring and the airport hub are roles of the ring and the airport)
// ----------------------------------------------------------------------------------------------------------------

const THREE_HUBS_WHY = roleWhy(
  '人民网2023年1月13日（转自《呼和浩特日报》）列出的“三枢纽”为呼和浩特站、呼和浩特东站和盛乐国际机场。',
  'People’s Daily Online (2023-01-13, from Hohhot Daily) names the three hubs: 呼和浩特站, 呼和浩特东站 and 盛乐国际机场.',
);
const OSM_STATION = (zhName: string, lat: number, lng: number): Src =>
  src(
    `OpenStreetMap 车站节点“${zhName}”（2025年1月24日数据，经 OpenQGIS/OMap-GeoDB 公开库取得）：北纬${lat}°、东经${lng}°；© OpenStreetMap 贡献者，ODbL`,
    `OpenStreetMap station node “${zhName}” (extract of 2025-01-24, via the public OpenQGIS/OMap-GeoDB repository): ${lat} N, ${lng} E; © OpenStreetMap contributors, ODbL`,
  );

const transportUrban = [
  feature(curve([[111.548, 40.8], [111.585, 40.806], [111.625, 40.824], [111.66, 40.84], [111.7, 40.847], [111.755, 40.853]]), {
    id: 'road-jinhai-elevated',
    name_zh: '金海高架路',
    name_en: 'Jinhai Elevated Road',
    kind: 'elevated-road',
    precision: 'schematic',
    interpretation: 'stated',
    status: '全线贯通',
    status_class: 'completed',
    sector: 'transport',
    mentions: [
      { p: 1, text: '金海高架路' },
      { p: 1, text: '一横三纵四环三枢纽' },
    ],
    ...ROAD_DRAWN('自金川向东至城区东部，位于新华大街以北', 'west from 金川 to the east of the city, north of 新华大街'),
    roles: [
      role(TRANSPORT, 'inferred', {
        ...label('一横', 'the east–west axis'),
        ...roleWhy(
          '规划点名了这条路；把它理解为“一横”，依据是2022年市城建部门称其“进一步提升了主城区东西方向的大连通”（研究笔记第4节）。',
          'The road is named in the plan; reading it as the “一横” (the east–west axis) is inferred from a 2022 city construction bureau statement that it “进一步提升了主城区东西方向的大连通” (research notes §4).',
        ),
      }),
    ],
    note_zh: '东西向城市高架快速路，“十四五”期间全线贯通，推断为“一横”。',
    note_en: 'An east–west urban elevated expressway opened in full during the 14th Five-Year Plan period, read as the “one east–west” axis.',
    fade_zoom: 13,
  }),
  feature(curve([[111.634, 40.775], [111.633, 40.8], [111.632, 40.825], [111.631, 40.85], [111.63, 40.869]]), {
    id: 'road-bayan-elevated',
    name_zh: '巴彦高架路',
    name_en: 'Bayan Elevated Road',
    kind: 'elevated-road',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '规划点名了巴彦高架路；其线位理解为巴彦淖尔路高架（“南起南二环、北至北三环，全长10.43公里”，网易2022年5月30日）。',
      'Named in the plan; its alignment is read as the 巴彦淖尔路 elevated road (“南起南二环、北至北三环,全长10.43公里”, 163.com 2022-05-30).',
    ),
    status: '全线贯通',
    status_class: 'completed',
    sector: 'transport',
    mentions: [
      { p: 1, text: '巴彦高架路' },
      { p: 1, text: '一横三纵四环三枢纽' },
    ],
    ...ROAD_DRAWN('沿城西巴彦淖尔路，南二环至北三环，10.43公里', 'along 巴彦淖尔路 in the west of the city, South Second Ring to North Third Ring, 10.43 km'),
    roles: [
      role(TRANSPORT, 'inferred', {
        ...label('三纵之一', 'one of the three north–south axes'),
        ...roleWhy('较早的表述为“一横两纵”，此路是此后新增的一纵。', 'It is the axis added since the earlier “一横两纵” wording.'),
      }),
    ],
    note_zh: '推断即巴彦淖尔路高架快速路，南起南二环、北至北三环，为“三纵”之一。',
    note_en: 'Read as the Bayannaoer Road elevated expressway from the South Second Ring to the North Third Ring, one of the three north–south axes.',
    fade_zoom: 13,
  }),
  feature(curve([[111.686, 40.772], [111.687, 40.8], [111.69, 40.822], [111.694, 40.845], [111.695, 40.865]]), {
    id: 'road-zhaowuda-zhelimu',
    name_zh: '昭乌达—哲里木路快速路（推断为“纵”）',
    name_en: 'Zhaowuda–Zhelimu Road expressway (read as a north–south axis)',
    kind: 'elevated-road',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '规划未点名此路；作为北二环至南二环之间的中部南北向快速路（9.2公里），它是“三纵”的候选之一（研究笔记第4节）。',
      'The plan does not name it; it is a candidate for one of the “三纵” as the central north–south expressway between the North and South Second Rings (9.2 km; research notes §4).',
    ),
    status: '构建起',
    status_class: 'completed',
    sector: 'transport',
    mentions: [{ p: 1, text: '一横三纵四环三枢纽' }],
    ...ROAD_DRAWN('新华大街以北沿哲里木路、以南沿昭乌达路', 'along 哲里木路 north and 昭乌达路 south of 新华大街'),
    roles: [role(TRANSPORT, 'inferred', { ...label('三纵之一', 'one of the three north–south axes') })],
    note_zh: '城区中部南北向高架快速路，北二环至南二环，推断为“三纵”之一。',
    note_en: 'The central north–south elevated expressway from the North to the South Second Ring, read as one of the three north–south axes.',
    fade_zoom: 13,
  }),
  feature(curve([[111.752, 40.74], [111.754, 40.78], [111.756, 40.815], [111.757, 40.85], [111.758, 40.88]]), {
    id: 'road-keerqin',
    name_zh: '科尔沁快速路（推断为“纵”）',
    name_en: 'Keerqin Expressway (read as a north–south axis)',
    kind: 'road',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '规划未点名此路；它是“三纵”候选中依据最弱的一条：城东南北向快速路，2022年规划为新东二环（新华社2022年5月26日）。',
      'The plan does not name it; it is the weakest of the three north–south candidates: the east-side expressway re-planned in 2022 as the new East Second Ring (Xinhua, 2022-05-26).',
    ),
    status: '构建起',
    status_class: 'completed',
    sector: 'transport',
    mentions: [{ p: 1, text: '一横三纵四环三枢纽' }],
    ...ROAD_DRAWN('呼和浩特东站附近的城东南北向快速路', 'the east-side north–south expressway near 呼和浩特东站'),
    roles: [role(TRANSPORT, 'inferred', { ...label('三纵之一', 'one of the three north–south axes') })],
    note_zh: '城区东部南北向快速路，2022年规划为新东二环，推断为“三纵”之一（依据最弱）。',
    note_en: 'The eastern north–south expressway, re-planned in 2022 as the new East Second Ring; the weakest of the north–south candidates.',
    fade_zoom: 13,
  }),
  feature(roundedLoop([111.671, 40.818], 7.2, 5.2, 5), {
    id: 'ring-second',
    name_zh: '二环路',
    name_en: 'Second Ring Road',
    kind: 'ring-road',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why('规划只说“四环”而未点名；二环理解为其中之一（新华社2022年5月26日：“二环、三环、四环‘环起来’”）。', 'The plan counts “四环” without naming them; the Second Ring is read as one of them (Xinhua, 2022-05-26: “二环、三环、四环‘环起来’”).'),
    status: '构建起',
    status_class: 'completed',
    sector: 'transport',
    mentions: [{ p: 1, text: '一横三纵四环三枢纽' }],
    ...ROAD_DRAWN(
      '以西二环（约东经111.585°，地铁西二环路站）、南二环（约北纬40.772°）、新东二环（科尔沁快速路）和北二环围成的圆角矩形',
      'a rounded rectangle on the West Second Ring (≈ 111.585E, metro 西二环路), the South Second Ring (≈ 40.772N), the new East Second Ring (科尔沁) and the North Second Ring',
    ),
    roles: [role(TRANSPORT, 'inferred', { ...label('四环之一', 'one of the four rings') })],
    note_zh: '环绕老城区的快速环路，推断为“四环”之一；原东二环已更名为丝绸之路大道，科尔沁快速路为新东二环。',
    note_en: 'The expressway ring round the older city, read as one of the four rings; the old East Second Ring is now Silk Road Avenue and the Keerqin Expressway is the new east side.',
    fade_zoom: 13,
  }),
  feature(roundedLoop([111.7, 40.803], 15.2, 10.3, 3.2), {
    id: 'ring-third',
    name_zh: '三环路',
    name_en: 'Third Ring Road',
    kind: 'ring-road',
    precision: 'schematic',
    interpretation: 'stated',
    status: '全线贯通',
    status_class: 'completed',
    sector: 'transport',
    mentions: [
      { p: 1, text: '三环路' },
      { p: 1, text: '一横三纵四环三枢纽' },
    ],
    ...ROAD_DRAWN('按公布长度87.8公里绕城一周的环线，2022年12月25日通车（《内蒙古日报》）', 'a loop of about the published length, 87.8 km, round the city; opened 2022-12-25 (Inner Mongolia Daily)'),
    roles: [role(TRANSPORT, 'stated', { ...label('四环之一', 'one of the four rings') })],
    note_zh: '全长87.8公里的城市快速环路，2022年12月全线通车，连接绕城高速、S43、G209等；线位为示意。',
    note_en: 'An 87.8 km urban expressway ring, opened in December 2022, linking the ring expressway, S43 and G209; the alignment is indicative.',
    fade_zoom: 12,
  }),
  feature(pt(...HOHHOT_EAST_STATION), {
    id: 'hub-hohhot-east-station',
    name_zh: '呼和浩特东站',
    name_en: 'Hohhot East Railway Station',
    kind: 'rail-station',
    precision: 'approximate',
    uncertainty_m: 150,
    placed_by: 'osm',
    interpretation: 'confirmed',
    ...why(THREE_HUBS_WHY.interpretation_note_zh, THREE_HUBS_WHY.interpretation_note_en),
    status: '构建起',
    status_class: 'completed',
    sector: 'transport',
    mentions: [{ p: 1, text: '一横三纵四环三枢纽' }],
    ...OSM_STATION('呼和浩特东', HOHHOT_EAST_STATION[1], HOHHOT_EAST_STATION[0]),
    roles: [role(TRANSPORT, 'confirmed', { ...label('三枢纽之一', 'one of the three hubs') })],
    note_zh: '“三枢纽”之一，城市东部的高铁客运站。',
    note_en: 'One of the three hubs: the high-speed rail station in the east of the city.',
  }),
  feature(pt(...HOHHOT_STATION), {
    id: 'hub-hohhot-station',
    name_zh: '呼和浩特站',
    name_en: 'Hohhot Railway Station',
    kind: 'rail-station',
    precision: 'approximate',
    uncertainty_m: 150,
    placed_by: 'osm',
    interpretation: 'confirmed',
    ...why(THREE_HUBS_WHY.interpretation_note_zh, THREE_HUBS_WHY.interpretation_note_en),
    status: '构建起',
    status_class: 'completed',
    sector: 'transport',
    mentions: [{ p: 1, text: '一横三纵四环三枢纽' }],
    ...src(
      `OpenStreetMap 车站节点（2025年1月24日数据，该节点未标名称，位于地铁呼和浩特站以北、京包铁路上，与独立坐标相差约21米）：北纬${HOHHOT_STATION[1]}°、东经${HOHHOT_STATION[0]}°；© OpenStreetMap 贡献者，ODbL`,
      `OpenStreetMap station node (extract of 2025-01-24; unnamed there, on the Beijing–Baotou line north of the metro stop of the same name, 21 m from an independent coordinate): ${HOHHOT_STATION[1]} N, ${HOHHOT_STATION[0]} E; © OpenStreetMap contributors, ODbL`,
    ),
    roles: [role(TRANSPORT, 'confirmed', { ...label('三枢纽之一', 'one of the three hubs') })],
    note_zh: '“三枢纽”之一，老城区的铁路客运站。',
    note_en: 'One of the three hubs: the main railway station of the older city.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// transport-highway: “一环五纵五横七放射” and the roads of provision 37
// ----------------------------------------------------------------------------------------------------------------

const RADIAL_WHY = why(
  '规划只提“七放射”而未列明。《呼和浩特日报》2026年2月6日称S43通车后七条放射线全部形成；其余各条依据此前“四环十二射”规划（新华社2022年5月26日）和出城高速公路推定，未找到官方名单。',
  'The plan names “七放射” without listing them. Hohhot Daily (2026-02-06) says S43 completed the seven radials; the others are read from the earlier “四环十二射” plan (Xinhua, 2022-05-26) and the expressways that leave the city. The official list was not found.',
);
const RADIAL = role(HIGHWAY, 'inferred', { ...label('七放射之一', 'one of the seven radials') });
/** Why a road drawing runs beyond the city: it is a radial that leaves it. */
const LEAVES_CITY = (zh: string, en: string) => ({ beyond_city: true as const, note_zh: zh, note_en: en });

const transportHighway = [
  feature(RING_EXPRESSWAY, {
    id: 'hwy-ring-g5901',
    name_zh: '绕城高速（G5901）',
    name_en: 'Hohhot Ring Expressway (G5901)',
    kind: 'expressway-ring',
    precision: 'schematic',
    interpretation: 'inferred',
    ...why(
      '规划未直接点名绕城高速，它出现在两处布局中：公路网“一环五纵五横七放射”的“一环”，以及城市交通“一横三纵四环三枢纽”的“四环”之一。两处均为本项目的解读，依据见各角色说明。',
      'The plan does not name the ring expressway itself; it appears in two layouts: as the “one ring” of the highway skeleton and as one of the “four rings” of the urban transport layout. Both are our readings; the reasons are given with each role.',
    ),
    status: '构建',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [
      { p: 37, text: '一环五纵五横七放射' },
      { p: 1, text: '一横三纵四环三枢纽' },
    ],
    ...ROAD_DRAWN('G5901环绕城区一周，北段沿山脚与G6共线', 'G5901 round the city, the north side shared with G6 along the mountain foot'),
    roles: [
      role(HIGHWAY, 'inferred', {
        ...label('一环', 'the one ring'),
        ...roleWhy(
          '规划未点名“一环”；G5901是环绕城区的唯一一条高速环线，上一轮规划也把它计为环线之一（研究笔记第5节）。',
          'The plan does not name the ring; the ring expressway G5901 is the only expressway ring round the city and the predecessor plan counted it as one of the rings (research notes §5).',
        ),
      }),
      role(TRANSPORT, 'inferred', {
        ...label('四环之一（城市四环）', 'one of the four rings (the city’s Fourth Ring)'),
        ...roleWhy(
          '新华社2022年5月26日报道绕城高速已规划为城市四环，故理解为“四环”之一。加上二环、三环共三环，口号中的另一环尚无法确定（候选：46.6公里的沿河环路、金盛快速路或内侧一环），未绘出。',
          'Xinhua (2022-05-26) reports the ring expressway re-planned as the city’s fourth ring, so it is read as one of the “四环”. With the Second and Third Rings that makes three; the fourth ring of the slogan is unresolved (candidates: the 46.6 km riverside ring road, the 金盛 expressway, or an inner first ring) and is not drawn.',
        ),
        layer: 'transport-urban',
      }),
    ],
    note_zh: '呼和浩特绕城高速（G5901），推断为公路网主骨架的“一环”，也已规划为城市四环；“五纵五横”未见公布，未绘出。',
    note_en: 'The Hohhot Ring Expressway (G5901), read as the “one ring” of the highway skeleton and re-planned as the city’s fourth ring; the five north–south and five east–west routes are not published and are not drawn.',
    fade_zoom: 11,
  }),
  feature(curve([[111.47, 40.8], [111.35, 40.77], [111.2, 40.742], [111.05, 40.712], [110.93, 40.678], [110.8, 40.645]]), {
    id: 'hwy-radial-g6-west',
    name_zh: '放射线：G6京藏高速（往包头）（推断）',
    name_en: 'Radial: G6 towards Baotou (inferred)',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'inferred',
    ...RADIAL_WHY,
    status: '构建',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '一环五纵五横七放射' }],
    ...ROAD_DRAWN('沿山脚以南的平原向西，经毕克齐、察素齐', 'west along the plain south of the mountain foot, past 毕克齐 and 察素齐'),
    roles: [RADIAL],
    note_zh: '“七放射”候选之一：向西通往包头的京藏高速。',
    note_en: 'A candidate for the seven radials: the G6 expressway west to Baotou.',
    fade_zoom: 11,
  }),
  feature(curve([[111.93, 40.88], [112.02, 40.915], [112.1, 40.955], [112.16, 40.98], [112.28, 41.0]]), {
    id: 'hwy-radial-g6-east',
    name_zh: '放射线：G6京藏高速（往集宁、北京）（推断）',
    name_en: 'Radial: G6 towards Jining and Beijing (inferred)',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'inferred',
    ...RADIAL_WHY,
    status: '构建',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '一环五纵五横七放射' }],
    ...ROAD_DRAWN('沿大黑河谷向东，经旗下营通往乌兰察布', 'east up the 大黑河 valley past 旗下营 towards Ulanqab'),
    roles: [RADIAL],
    ...LEAVES_CITY(
      '“七放射”候选之一：向东经旗下营通往乌兰察布、北京的京藏高速；放射线本身即出城道路，故画出市界以示去向。',
      'A candidate for the seven radials: the G6 expressway east past Qixiaying to Ulanqab and Beijing; a radial leaves the city by definition, so it is drawn past the boundary to show its direction.',
    ),
    fade_zoom: 11,
  }),
  feature(curve([[111.76, 40.665], [111.8, 40.55], [111.83, 40.42], [111.8, 40.25], [111.72, 40.05], [111.67, 39.93], [111.6, 39.75]]), {
    id: 'hwy-radial-g59-south',
    name_zh: '放射线：G59呼北高速（往和林格尔、清水河）（推断）',
    name_en: 'Radial: G59 south via Horinger and Qingshuihe (inferred)',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'inferred',
    ...RADIAL_WHY,
    status: '构建',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '一环五纵五横七放射' }],
    ...ROAD_DRAWN('向南经和林格尔、清水河县城通往山西', 'south past the Horinger and Qingshuihe county seats towards Shanxi'),
    roles: [RADIAL],
    note_zh: '“七放射”候选之一：向南经和林格尔、清水河通往山西的呼北高速。',
    note_en: 'A candidate for the seven radials: the G59 expressway south past Horinger and Qingshuihe towards Shanxi.',
    fade_zoom: 11,
  }),
  feature(curve([[111.92, 40.72], [112.05, 40.66], [112.2, 40.6], [112.35, 40.56], [112.49, 40.53]]), {
    id: 'hwy-radial-s29',
    name_zh: '放射线：S29呼凉高速（推断）',
    name_en: 'Radial: S29 Hohhot–Liangcheng Expressway (inferred)',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'inferred',
    ...RADIAL_WHY,
    status: '构建',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '一环五纵五横七放射' }],
    ...ROAD_DRAWN('向东南通往凉城', 'south-east towards 凉城'),
    roles: [RADIAL],
    ...LEAVES_CITY(
      '“七放射”候选之一：向东南通往乌兰察布凉城的呼凉高速；作为出城放射线，画出市界以示去向。',
      'A candidate for the seven radials: the S29 expressway south-east to Liangcheng in Ulanqab; as a radial leaving the city it is drawn past the boundary to show its direction.',
    ),
    fade_zoom: 11,
  }),
  feature(curve([[111.53, 40.67], [111.42, 40.55], [111.3, 40.42], [111.19, 40.3], [111.08, 40.2], [110.9, 40.08], [110.7, 39.95]]), {
    id: 'hwy-s27',
    name_zh: 'S27呼鄂高速',
    name_en: 'S27 Hohhot–Ordos Expressway',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'stated',
    status: '建成',
    // “建成” here is a target for the plan period (the road is being built), not a finished work.
    status_class: 'underway',
    sector: 'transport',
    mentions: [{ p: 37, text: 'S27呼鄂高速' }],
    ...ROAD_DRAWN('自绕城高速向西南经托克托，跨黄河通往鄂尔多斯；线路未详细公布', 'south-west from the ring expressway past Togtoh, across the Yellow River towards Ordos; the route is not published in detail'),
    roles: [role(HIGHWAY)],
    ...LEAVES_CITY(
      '向西南经托克托跨黄河通往鄂尔多斯的高速公路，规划“十五五”期间建成；线位为示意，跨河后一段位于鄂尔多斯境内，画出以示去向。',
      'An expressway south-west past Togtoh and across the Yellow River to Ordos, to be completed in the 15th Five-Year Plan period; the route is indicative, and the part beyond the river, in Ordos, is drawn to show where it leads.',
    ),
    fade_zoom: 11,
  }),
  feature(curve([[111.127, 40.7], [111.13, 40.6], [111.15, 40.48], [111.19, 40.37], [111.24, 40.26], [111.34, 40.14], [111.44, 40.03], [111.47, 39.9], [111.45, 39.75]]), {
    id: 'hwy-s237',
    name_zh: 'S237土左旗至清水河交旅融合公路',
    name_en: 'S237 Tumed Left–Qingshuihe transport and tourism road',
    kind: 'highway',
    precision: 'schematic',
    interpretation: 'stated',
    status: '建成',
    // “建成” here is a target for the plan period (the road is being built), not a finished work.
    status_class: 'underway',
    sector: 'transport',
    mentions: [{ p: 37, text: 'S237土左旗至清水河交旅融合公路' }],
    ...ROAD_DRAWN(
      '自土默特左旗旗政府驻地向南，沿黄河东岸经托克托至清水河，全程在市域以内；线路未详细公布',
      'from the 土默特左旗 seat south, along the east bank of the Yellow River through Togtoh to Qingshuihe, all inside the city; the route is not published in detail',
    ),
    roles: [role(HIGHWAY)],
    note_zh: '自土默特左旗沿黄河经托克托至清水河的交通旅游融合公路；线位为示意。',
    note_en: 'A road joining transport and tourism, from Tumed Left Banner along the Yellow River through Togtoh to Qingshuihe; the route is indicative.',
    fade_zoom: 11,
  }),
  feature(curve([[111.66, 40.716], [111.64, 40.65], [111.615, 40.58], [111.59, 40.52], [SHENGLE_AIRPORT[0], SHENGLE_AIRPORT[1] + 0.005]]), {
    id: 'hwy-s43-airport',
    name_zh: 'S43呼和浩特机场高速公路',
    name_en: 'S43 Hohhot Airport Expressway',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'stated',
    status_class: 'context',
    sector: 'transport',
    mentions: [
      { p: 37, text: 'S43盛乐国际机场至清水河高速公路' },
      { p: 37, text: '一环五纵五横七放射' },
    ],
    ...ROAD_DRAWN(
      '自三环路向南至盛乐国际机场，29.435公里，2025年12月30日通车（《呼和浩特日报》2026年2月6日）',
      'from the Third Ring Road south to 盛乐国际机场, 29.435 km, opened 2025-12-30 (Hohhot Daily, 2026-02-06)',
    ),
    roles: [
      role(HIGHWAY, 'confirmed', {
        ...label('七放射之一', 'one of the seven radials'),
        ...roleWhy('《呼和浩特日报》2026年2月6日称S43通车后“七放射”全部形成。', 'Hohhot Daily (2026-02-06) says S43 completed the seven radials.'),
      }),
    ],
    note_zh: '城区至盛乐国际机场段，全长29.435公里，双向八车道，2025年12月30日通车，“七放射”之一。',
    note_en: 'The section from the city to Shengle airport, 29.4 km and eight lanes, opened on 30 December 2025; one of the seven radials.',
    fade_zoom: 11,
  }),
  feature(curve([[SHENGLE_AIRPORT[0], SHENGLE_AIRPORT[1] + 0.005], [111.6, 40.35], [111.63, 40.2], [111.655, 40.05], QINGSHUIHE_SEAT]), {
    id: 'hwy-s43-extension',
    name_zh: 'S43盛乐国际机场至清水河高速公路',
    name_en: 'S43 extension: Shengle Airport to Qingshuihe Expressway',
    kind: 'expressway',
    precision: 'schematic',
    interpretation: 'stated',
    status: '规划建设',
    status_class: 'planned',
    sector: 'transport',
    mentions: [{ p: 37, text: 'S43盛乐国际机场至清水河高速公路' }],
    ...ROAD_DRAWN('自机场至清水河县城的大致直线；线路未公布', 'a straight-ish line from the airport to the 清水河 county seat; the route is not published'),
    roles: [role(HIGHWAY), role('hwy-s43-airport')],
    note_zh: 'S43向南延伸至清水河的规划高速公路；线位未公布，仅示意起终点。',
    note_en: 'The planned southward extension of S43 to Qingshuihe; its route is not published, so only its two ends are meaningful.',
    fade_zoom: 10,
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// transport-rail: the planned lines, drawn from the real stations they start at
// ----------------------------------------------------------------------------------------------------------------

const transportRail = [
  feature(curve([HOHHOT_EAST_STATION, [111.62, 40.79], [111.4, 40.73], [111.1, 40.68], [110.8, 40.62], SALAQI_EAST_STATION, [110.03, 40.59]]), {
    id: 'rail-hohhot-baotou-hsr',
    name_zh: '呼包高铁',
    name_en: 'Hohhot–Baotou High-speed Railway',
    kind: 'rail-line',
    precision: 'schematic',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '呼包高铁' }],
    ...DRAWN(
      '规划线路向西穿过土默川平原通往包头；线路未公布，只有两端有意义。起点取呼和浩特东站的 OpenStreetMap 位置，并经包头境内萨拉齐东站（OpenStreetMap）',
      'the planned line west across the 土默川 plain to Baotou; the route is not published, only its ends are meaningful. It starts at the OpenStreetMap position of 呼和浩特东站 and passes the 萨拉齐东 station in Baotou (OpenStreetMap)',
    ),
    beyond_city: true,
    note_zh: '规划中的呼和浩特至包头高速铁路；线位未公布，为示意，西段位于包头境内，画出以示终点。',
    note_en: 'The planned high-speed railway from Hohhot west to Baotou; its route is not published and is drawn schematically, with its western part in Baotou to show where it ends.',
    fade_zoom: 10,
  }),
  feature(curve([HOHHOT_EAST_STATION, [111.7, 40.7], [111.6, 40.55], [SHENGLE_AIRPORT[0], SHENGLE_AIRPORT[1] + 0.005], [111.7, 40.2], [111.95, 39.8], [112.2, 39.55], [112.43, 39.33]]), {
    id: 'rail-hohhot-shuozhou-taiyuan-hsr',
    name_zh: '呼朔太高铁',
    name_en: 'Hohhot–Shuozhou–Taiyuan High-speed Railway',
    kind: 'rail-line',
    precision: 'schematic',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '呼朔太高铁' }],
    ...DRAWN(
      '自呼和浩特东站（OpenStreetMap 位置）经盛乐国际机场向南至朔州（图中只画到朔州，线路继续通往太原），依据人民网2023年1月13日；线路未公布',
      'from 呼和浩特东站 (its OpenStreetMap position) via 盛乐国际机场 south to Shuozhou (drawn as far as Shuozhou; the line continues to Taiyuan) after People’s Daily Online 2023-01-13; the route is not published',
    ),
    beyond_city: true,
    note_zh: '规划中的呼和浩特经盛乐机场、朔州至太原的高速铁路；图中画至山西朔州以示去向，线位为示意。',
    note_en: 'The planned high-speed railway from Hohhot via Shengle airport and Shuozhou to Taiyuan; drawn into Shanxi as far as Shuozhou to show where it leads, route schematic.',
    fade_zoom: 10,
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// transport-air
// ----------------------------------------------------------------------------------------------------------------

const transportAir = [
  feature(pt(...SHENGLE_AIRPORT), {
    id: 'airport-shengle',
    name_zh: '盛乐国际机场',
    name_en: 'Hohhot Shengle International Airport',
    kind: 'airport',
    precision: 'approximate',
    uncertainty_m: 2500,
    placed_by: 'published-coordinate',
    interpretation: 'stated',
    status: '推动',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [
      { p: 2, text: '盛乐国际机场投入运营' },
      { p: 25, text: '盛乐国际机场海关监管作业场所' },
      { p: 37, text: '推动盛乐国际机场通航运营' },
      { p: 1, text: '一横三纵四环三枢纽' },
      { p: 37, text: '盛乐国际机场综合立体交通枢纽' },
    ],
    ...src(
      `维基百科“呼和浩特盛乐国际机场”条目公布的坐标：北纬${SHENGLE_AIRPORT[1]}°、东经${SHENGLE_AIRPORT[0]}°，与报道的选址相符（和林格尔县巧什营镇，距市中心约38.5公里）；误差圈涵盖两条约3.4至3.8公里长的跑道`,
      `Coordinate published in the Wikipedia article “Hohhot Shengle International Airport”: ${SHENGLE_AIRPORT[1]} N, ${SHENGLE_AIRPORT[0]} E, which agrees with the reported siting (巧什营镇, 和林格尔县, about 38.5 km from the city centre); the radius covers its two runways of 3.4 and 3.8 km`,
    ),
    roles: [
      role(TRANSPORT, 'confirmed', { ...label('三枢纽之一：综合立体交通枢纽', 'one of the three hubs: the integrated transport hub'), ...THREE_HUBS_WHY, layer: 'transport-urban' }),
      role('park-horinger-new-area', 'confirmed', {
        ...roleWhy('空港片区是和林格尔新区的直管区之一（国际在线、光明网2022年）。', 'The airport sector is one of the directly managed sectors of the new area (cri.cn / gmw.cn 2022).'),
      }),
    ],
    note_zh: '位于和林格尔县巧什营镇的4F级新机场，替代白塔机场，目标为区域性枢纽机场和一类航空口岸；连同高铁、轨道、公路换乘构成“三枢纽”之一。',
    note_en: 'The new 4F airport at Qiaoshiying, Horinger County, replacing Baita; planned as a regional hub and first-class air port of entry, and with its rail and road interchange one of the three hubs.',
  }),
  feature(pt(111.45, 39.7), {
    id: 'airport-laoniuwan',
    name_zh: '老牛湾通用机场',
    name_en: 'Laoniuwan General Aviation Airport',
    kind: 'airport',
    precision: 'approximate',
    uncertainty_m: 12000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '优化',
    status_class: 'ongoing',
    sector: 'transport',
    mentions: [{ p: 37, text: '老牛湾通用机场' }],
    ...src(
      '本项目按机场名称推断：标于清水河县老牛湾景区（黄河与明长城交汇处）以北一带，机场实际位置未经核实，误差圈涵盖老牛湾景区及老牛湾镇一带',
      'Position inferred by the project from the airport’s name: marked north of the 老牛湾 scenic area (where the Yellow River meets the Ming wall) in 清水河县; the airfield’s site is not verified, and the radius covers the scenic area and the surrounding town',
    ),
    note_zh: '清水河县老牛湾一带的通用机场；具体位置未经核实。',
    note_en: 'A general-aviation airfield near Laoniuwan in Qingshuihe County; its exact site is not verified.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------
// transport-logistics (the 沙良 land port is a role of the 沙良物流园 in the industry layer)
// ----------------------------------------------------------------------------------------------------------------

const transportLogistics = [
  feature(smoothArea([[111.775, 40.717], [111.811, 40.718], [111.812, 40.739], [111.776, 40.738]]), {
    id: 'logistics-national-hub',
    name_zh: '国家物流枢纽（陆港型）',
    name_en: 'National logistics hub (land-port type)',
    kind: 'logistics-hub',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'described-position',
    interpretation: 'inferred',
    ...why(
      '规划提到国家物流枢纽而未指明地点；呼和浩特陆港型国家物流枢纽由沙良铁公联运区和嘉和煤场组成，约8385亩（jdgod，2023年8月2日）。商贸服务型枢纽未能定位。',
      'The plan names 国家物流枢纽 without a site; Hohhot’s land-port-type national logistics hub is the 沙良 rail–road area plus the 嘉和 coal yard, about 8,385 mu (jdgod, 2023-08-02). The trade-service-type hub is not located.',
    ),
    status: '加强',
    status_class: 'ongoing',
    sector: 'logistics',
    mentions: [{ p: 21, text: '国家物流枢纽' }],
    ...PLACED('沙良一带约5.6平方公里（8385亩）；嘉和煤场位置不明，故轮廓以沙良为中心', 'about 5.6 km² (8,385 mu) around 沙良; the 嘉和 coal yard’s position is not known, so the outline is centred on 沙良'),
    note_zh: '陆港型国家物流枢纽，由沙良铁公联运区与嘉和煤场组成，约8385亩；范围为估计。',
    note_en: 'The land-port-type national logistics hub: the Shaliang rail–road area and the Jiahe coal yard, about 8,385 mu; the outline is an estimate.',
  }),
  feature(pt(SHENGLE_AIRPORT[0] + 0.01, SHENGLE_AIRPORT[1] - 0.006), {
    id: 'logistics-air-express-centre',
    name_zh: '国际航空快件中心',
    name_en: 'International Air Express Centre',
    kind: 'logistics-hub',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '加强',
    status_class: 'ongoing',
    sector: 'logistics',
    mentions: [{ p: 25, text: '国际航空快件中心' }],
    ...src(
      '本项目推断的位置：规划将其与盛乐国际机场海关监管作业场所并提，故标于机场旁；具体地点未公布',
      'Position inferred by the project: the plan pairs it with the customs site of 盛乐国际机场, so it is marked beside the airport; its exact site is not published',
    ),
    roles: [role('airport-shengle')],
    note_zh: '与盛乐国际机场海关监管作业场所一并建设的国际航空快件中心；标于机场旁。',
    note_en: 'The international air express centre, built together with the customs site of Shengle airport; marked beside the airport.',
  }),
  feature(pt(SHENGLE_AIRPORT[0] + 0.012, SHENGLE_AIRPORT[1] + 0.008), {
    id: 'logistics-shengle-bonded-zone',
    name_zh: '盛乐国际机场综合保税区',
    name_en: 'Shengle International Airport Comprehensive Bonded Zone',
    kind: 'bonded-zone',
    precision: 'approximate',
    uncertainty_m: 4000,
    placed_by: 'inferred',
    interpretation: 'stated',
    status: '建设',
    status_class: 'planned',
    sector: 'logistics',
    mentions: [{ p: 25, text: '建设盛乐国际机场综合保税区' }],
    ...src('本项目推断的位置：标于盛乐国际机场旁；综合保税区的具体地点未公布', 'Position inferred by the project: marked beside 盛乐国际机场; the zone’s site is not published'),
    roles: [role('airport-shengle')],
    note_zh: '规划在盛乐国际机场建设的综合保税区；具体位置未公布，标于机场旁。',
    note_en: 'A comprehensive bonded zone planned at Shengle airport; its site is not published, so it is marked beside the airport.',
  }),
];

// ----------------------------------------------------------------------------------------------------------------

const FILES: Record<string, Feature[]> = {
  'industry-belts': industryBelts,
  'industry-parks': industryParks,
  'ecology-layout': ecologyLayout,
  'ecology-mountains': ecologyMountains,
  'ecology-water': ecologyWater,
  'ecology-forest': ecologyForest,
  'urban-structure': urbanStructure,
  'transport-urban': transportUrban,
  'transport-highway': transportHighway,
  'transport-rail': transportRail,
  'transport-air': transportAir,
  'transport-logistics': transportLogistics,
};

/** Returns every authored FeatureCollection, keyed by layer id. */
export function structures(): Record<string, { type: 'FeatureCollection'; features: Feature[] }> {
  const out: Record<string, { type: 'FeatureCollection'; features: Feature[] }> = {};
  for (const [layer, features] of Object.entries(FILES)) out[layer] = { type: 'FeatureCollection', features };
  return out;
}

function write(): void {
  for (const [layer, fc] of Object.entries(structures())) {
    const path = fileURLToPath(new URL(`../features/${layer}.geojson`, import.meta.url));
    // One feature per line keeps diffs readable.
    const body = fc.features.map((f) => '  ' + JSON.stringify(f)).join(',\n');
    writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
    console.log(`${layer}.geojson: ${fc.features.length} features`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) write();
