import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { area, centroid, cleanCoords, featureCollection, kinks, simplify, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { pinyinWords } from './pinyin.ts';

/**
 * One-off import of the basemap context: reads the shared data folder (`../shared/geodata/` beside the repository),
 * clips, simplifies and renames, and writes the committed `geo/context/*.geojson`. Run it by hand with
 * `npx tsx geo/import-context.ts`; the app and the build never need the shared folder.
 *
 * Every output carries `metadata` {source, licence, crs: 'WGS84', note}. Boundaries are simplified (Douglas–Peucker,
 * tolerances below); metro stations, parks and colleges keep full precision because they make street scale legible.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared', 'geodata');
const OUT = join(ROOT, 'geo', 'context');

type Props = Record<string, unknown>;
type AnyFeature = Feature<Geometry, Props>;

interface Meta {
  source: string;
  licence: string;
  crs: 'WGS84';
  note: string;
}

const DATAV_LICENCE = 'no open licence stated; DataV.GeoAtlas / Amap (高德) terms apply — credit "DataV.GeoAtlas / 高德"';

function read(name: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(SHARED, name), 'utf8')) as FeatureCollection<Geometry, Props>;
}

function roundTo(c: unknown, digits: number): unknown {
  const f = 10 ** digits;
  if (typeof c === 'number') return Math.round(c * f) / f + 0;
  if (Array.isArray(c)) return c.map((x) => roundTo(x, digits));
  return c;
}

/** Drops repeated positions that rounding created, keeping rings closed. */
function dedupe(geometry: Geometry): Geometry {
  return cleanCoords(geometry) as Geometry;
}

function hasKinks(g: Geometry): boolean {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((rings) => kinks({ type: 'Polygon', coordinates: rings }).features.length > 0);
}

/**
 * Simplifies a polygon or line to `tolerance` degrees and rounds it to `digits` decimals; halves the tolerance until
 * the result has no self-intersection (a simplified border can cross itself).
 */
function simplified(g: Geometry, tolerance: number, digits: number, label: string): Geometry {
  for (let t = tolerance; t > tolerance / 64; t /= 2) {
    const s = simplify({ type: 'Feature', properties: {}, geometry: g }, { tolerance: t, highQuality: true }).geometry;
    const r = dedupe({ ...s, coordinates: roundTo((s as Polygon).coordinates, digits) } as Geometry);
    if (!hasKinks(r)) {
      if (t !== tolerance) console.warn(`  ${label}: tolerance lowered to ${t}° to avoid a self-intersection`);
      return r;
    }
  }
  throw new Error(`${label}: no simplification without self-intersection`);
}

/** Returns the rings of a polygon, simplified, as lines: an outline drawn as a line, never filled. */
function outline(g: Polygon | MultiPolygon, tolerance: number, digits: number): Geometry {
  const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
  const lines = rings.map((ring) => {
    const s = simplify({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }, { tolerance, highQuality: true });
    return roundTo((s.geometry as LineString).coordinates, digits) as Position[];
  });
  // An islet's ring can round down to a single point: keep only lines with two distinct positions.
  const distinct = (l: Position[]) => new Set(l.map((p) => p.join(','))).size >= 2;
  return dedupe({ type: 'MultiLineString', coordinates: lines.filter(distinct) } as Geometry);
}

/** Removes holes and parts smaller than `minKm2` (slivers between source polygons after a union). */
function dropSlivers(g: Polygon | MultiPolygon, minKm2: number): Polygon | MultiPolygon {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const km2 = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
  const kept = polys
    .filter((rings) => km2(rings[0]!) >= minKm2)
    .map((rings) => [rings[0]!, ...rings.slice(1).filter((h) => km2(h) >= minKm2)]);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

function write(name: string, features: AnyFeature[], metadata: Meta): number {
  mkdirSync(OUT, { recursive: true });
  const fc = { type: 'FeatureCollection', metadata, features };
  const text = `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${features
    // Six decimals (≈ 0.1 m) is more than any of these sources is worth; no shipped file carries more.
    .map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: { ...f.geometry, coordinates: roundTo((f.geometry as { coordinates: unknown }).coordinates, 6) } }))
    .join(',\n')}\n]}\n`;
  JSON.parse(text); // guard: the hand-joined text must stay valid JSON
  writeFileSync(join(OUT, `${name}.geojson`), text);
  console.log(`${name}.geojson: ${fc.features.length} features, ${(text.length / 1024).toFixed(1)} KB`);
  return text.length;
}

const COUNTY_EN: Record<string, string> = {
  '150102': 'Xincheng District',
  '150103': 'Huimin District',
  '150104': 'Yuquan District',
  '150105': 'Saihan District',
  '150121': 'Tumed Left Banner',
  '150122': 'Togtoh County',
  '150123': 'Horinger County',
  '150124': 'Qingshuihe County',
  '150125': 'Wuchuan County',
};

const PREFECTURE_EN: Record<string, string> = {
  '150200': 'Baotou',
  '150300': 'Wuhai',
  '150400': 'Chifeng',
  '150500': 'Tongliao',
  '150600': 'Ordos',
  '150700': 'Hulunbuir',
  '150800': 'Bayannur',
  '150900': 'Ulanqab',
  '152200': 'Hinggan League',
  '152500': 'Xilingol League',
  '152900': 'Alxa League',
  '140200': 'Datong',
  '140600': 'Shuozhou',
  '140900': 'Xinzhou',
};
/** The prefectures that border Hohhot (the others in `neighbours` are the rest of Inner Mongolia). */
const BORDERING = new Set(['150200', '150600', '150900', '140200', '140600', '140900']);

const PROVINCE_EN: Record<string, string> = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi', '150000': 'Inner Mongolia',
  '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang', '310000': 'Shanghai', '320000': 'Jiangsu',
  '330000': 'Zhejiang', '340000': 'Anhui', '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong',
  '410000': 'Henan', '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou', '530000': 'Yunnan',
  '540000': 'Xizang (Tibet)', '610000': 'Shaanxi', '620000': 'Gansu', '630000': 'Qinghai', '640000': 'Ningxia',
  '650000': 'Xinjiang', '710000': 'Taiwan', '810000': 'Hong Kong', '820000': 'Macao',
};

const SEAT_EN: Record<string, string> = {
  ...Object.fromEntries(Object.entries(COUNTY_EN)),
  '150202': 'Donghe District', '150203': 'Kundulun District', '150204': 'Qingshan District', '150205': 'Shiguai District',
  '150206': 'Bayan Obo Mining District', '150207': 'Jiuyuan District', '150221': 'Tumed Right Banner',
  '150222': 'Guyang County', '150223': 'Darhan Muminggan United Banner', '150602': 'Dongsheng District',
  '150603': 'Kangbashi District', '150621': 'Dalad Banner', '150622': 'Jungar Banner', '150627': 'Ejin Horo Banner',
  '150902': 'Jining District', '150921': 'Zhuozi County', '150925': 'Liangcheng County',
  '150926': 'Qahar Right Front Banner', '150927': 'Qahar Right Middle Banner', '150928': 'Qahar Right Rear Banner',
  '150929': 'Siziwang Banner', '150981': 'Fengzhen', '150100': 'Hohhot', '150200': 'Baotou', '150600': 'Ordos',
  '150900': 'Ulanqab',
};

const PARK_EN: Record<string, string> = {
  青城公园: 'Qingcheng Park', 植物园: 'Botanical Garden', 阿尔泰游乐园: 'Altai Amusement Park',
  成吉思汗公园: 'Genghis Khan Park', 敕勒川公园: 'Chilechuan Park', 如意广场: 'Ruyi Square', 乌兰夫公园: 'Ulanhu Park',
  新华广场: 'Xinhua Square', '仕奇公园（水上公园）': 'Shiqi Park (Water Park)', 金川文化广场: 'Jinchuan Culture Square',
  秋岭公园: 'Qiuling Park', 哈拉沁生态公园: 'Halaqin Ecological Park', 呼和浩特大黑河军事主题公园: 'Dahei River Military Theme Park',
  北郊公园: 'Beijiao Park', 和硕恪靖公主府: 'Princess Kejing’s Mansion',
};

/** English names of the named railway stations (OpenStreetMap names, without 站). */
const STATION_EN: Record<string, string> = {
  呼和浩特: 'Hohhot',
  呼和浩特东: 'Hohhot East',
  托克托: 'Togtoh',
  托克托东: 'Togtoh East',
  准格尔: 'Jungar',
  陶卜齐: 'Taobuqi',
  民族: 'Minzu',
  萨拉齐东: 'Salaqi East',
  三卜素: 'Sanbusu',
  大红城: 'Dahongcheng',
  周家湾: 'Zhoujiawan',
  何家塔: 'Hejiata',
  大院东: 'Dayuan East',
};

const COLLEGE_EN: Record<string, string> = {
  呼和浩特民族学院: 'Hohhot Minzu College',
  '内蒙古大学(北校区)-东院': 'Inner Mongolia University (North Campus, East)',
  内蒙古化工职业学院: 'Inner Mongolia Vocational College of Chemical Engineering',
  内蒙古商贸职业学院: 'Inner Mongolia Business and Trade Vocational College',
  '内蒙古工业职业学院-南门': 'Inner Mongolia Industrial Vocational College (south gate)',
  '呼和浩特职业学院(新校区)': 'Hohhot Vocational College (new campus)',
  内蒙古科技职业学院: 'Inner Mongolia Vocational College of Science and Technology',
  内蒙古鸿德文理学院: 'Inner Mongolia Hongde College of Arts and Sciences',
  内蒙古能源职业学院: 'Inner Mongolia Energy Vocational College',
  '内蒙古建筑职业技术学院(北校区)': 'Inner Mongolia Technical College of Construction (North Campus)',
  内蒙古电子信息职业技术学院: 'Inner Mongolia Electronic Information Vocational Technical College',
  '内蒙古师范大学(赛罕校区)': 'Inner Mongolia Normal University (Saihan Campus)',
  内蒙古体育职业学院: 'Inner Mongolia Sports Vocational College',
  内蒙古财经大学: 'Inner Mongolia University of Finance and Economics',
  内蒙古经贸外语职业学院: 'Inner Mongolia Vocational College of Economics, Trade and Foreign Languages',
  内蒙古警察职业学院: 'Inner Mongolia Police Vocational College',
  '内蒙古农业大学(新校区)': 'Inner Mongolia Agricultural University (new campus)',
  内蒙古艺术学院: 'Inner Mongolia Arts University',
  内蒙古丰州职业学院: 'Inner Mongolia Fengzhou Vocational College',
  '内蒙古工业大学(新城校区)': 'Inner Mongolia University of Technology (Xincheng Campus)',
  内蒙古机电职业技术学院: 'Inner Mongolia Technical College of Mechanics and Electrics',
  内蒙古医科大学: 'Inner Mongolia Medical University',
  内蒙古北方职业技术学院: 'Inner Mongolia North Vocational and Technical College',
  '内蒙古大学创业学院(玉泉校区)': 'Inner Mongolia University Chuangye College (Yuquan Campus)',
};

function polygonal(f: AnyFeature): Feature<Polygon | MultiPolygon, Props> {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`not a polygon: ${String(f.properties.name)}`);
  return f as Feature<Polygon | MultiPolygon, Props>;
}

function main(): void {
  if (!existsSync(SHARED)) throw new Error('the shared data folder (../shared/geodata beside the repository) is missing');
  let total = 0;

  // City outline: dissolve the 9 units with clean shared borders.
  const full = read('hohhot_150100_full_datav_wgs84.geojson').features.map(polygonal);
  const dissolved = union(featureCollection(full))!;
  total += write(
    'city',
    [{
      type: 'Feature',
      properties: { adcode: '150100', name_zh: '呼和浩特市', name_en: 'Hohhot' },
      geometry: simplified(dropSlivers(dissolved.geometry, 1), 0.001, 5, 'city'),
    }],
    {
      source: 'DataV.GeoAtlas 150100_full (Amap-derived), converted GCJ-02 → WGS84; the 9 county-level units dissolved into one outline',
      licence: DATAV_LICENCE,
      crs: 'WGS84',
      note: 'simplified to ≈ 100 m (0.001°); source vertex spacing ≈ 840 m',
    },
  );

  // Counties: the detailed file, simplified to ≈ 100 m.
  const counties = read('hohhot_counties_datav_wgs84.geojson').features.map(polygonal);
  total += write(
    'counties',
    counties.map((f) => {
      const adcode = String(f.properties.adcode);
      return {
        type: 'Feature',
        properties: { adcode, name_zh: String(f.properties.name), name_en: COUNTY_EN[adcode] ?? '' },
        geometry: simplified(dropSlivers(f.geometry, 0.01), 0.001, 5, `county ${adcode}`),
      };
    }),
    {
      source: 'DataV.GeoAtlas county files (Amap-derived, 2022 snapshot), converted GCJ-02 → WGS84',
      licence: DATAV_LICENCE,
      crs: 'WGS84',
      note: 'Hohhot’s 9 county-level units, simplified to ≈ 100 m (0.001°); neighbouring units may show sliver gaps or overlaps of that size',
    },
  );

  // Neighbours: the other Inner Mongolia prefectures and Shanxi's three bordering ones, coarse.
  const im = read('inner_mongolia_cities_datav_wgs84.geojson').features.filter((f) => String(f.properties.adcode) !== '150100');
  const sx = read('shanxi_cities_datav_wgs84.geojson').features.filter((f) => ['140200', '140600', '140900'].includes(String(f.properties.adcode)));
  total += write(
    'neighbours',
    [...im, ...sx].map(polygonal).map((f) => {
      const adcode = String(f.properties.adcode);
      return {
        type: 'Feature',
        properties: {
          adcode,
          name_zh: String(f.properties.name),
          name_en: PREFECTURE_EN[adcode] ?? '',
          province_zh: adcode.startsWith('14') ? '山西省' : '内蒙古自治区',
          borders_hohhot: BORDERING.has(adcode),
        },
        geometry: simplified(dropSlivers(f.geometry, 1), 0.01, 4, `prefecture ${adcode}`),
      };
    }),
    {
      source: 'DataV.GeoAtlas 150000_full and 140000_full (Amap-derived), converted GCJ-02 → WGS84',
      licence: DATAV_LICENCE,
      crs: 'WGS84',
      note: 'prefecture-level units: Baotou, Ordos, Ulanqab, Datong, Shuozhou, Xinzhou (borders_hohhot) and the rest of Inner Mongolia; coarse, simplified to ≈ 1 km (0.01°)',
    },
  );

  // Provinces and China's outline, both from the DataV national file (never from world data). This file is drawn at
  // every scale and fetched on every visit: the provinces that a view of Hohhot shows keep ≈ 2 km detail, the rest of
  // the country is seen only at national scales, where ≈ 6 km is below a pixel's worth.
  const NEAR_PROVINCES = new Set(['150000', '140000', '130000', '110000', '120000', '610000', '640000']);
  const FAR_TOLERANCE = 0.06;
  const prov = read('china_provinces_datav_wgs84.geojson').features;
  const provinces = prov.filter((f) => f.properties.adcode !== '100000_JD').map(polygonal);
  const jd = prov.find((f) => f.properties.adcode === '100000_JD')!;
  const china = union(featureCollection(provinces))!;
  total += write(
    'provinces',
    [
      {
        type: 'Feature',
        properties: { adcode: '100000', name_zh: '中国', name_en: 'China', kind: 'country' },
        // Drawn as a line only (the provinces fill the land), so its rings need no self-intersection check.
        geometry: outline(dropSlivers(china.geometry, 0.5), FAR_TOLERANCE, 3),
      },
      ...provinces.map((f) => {
        const adcode = String(f.properties.adcode);
        const tolerance = NEAR_PROVINCES.has(adcode) ? 0.02 : FAR_TOLERANCE;
        return {
          type: 'Feature' as const,
          properties: { adcode, name_zh: String(f.properties.name), name_en: PROVINCE_EN[adcode] ?? '', kind: 'province' },
          geometry: simplified(dropSlivers(f.geometry, 0.05), tolerance, 3, `province ${adcode}`),
        };
      }),
      {
        type: 'Feature',
        properties: { adcode: '100000_JD', name_zh: '南海诸岛', name_en: 'South China Sea islands (boundary line)', kind: 'boundary-line' },
        geometry: dedupe({ ...jd.geometry, coordinates: roundTo((jd.geometry as MultiPolygon).coordinates, 4) } as Geometry),
      },
    ],
    {
      source: 'DataV.GeoAtlas 100000_full (Amap-derived), converted GCJ-02 → WGS84; China’s outline is the union of its provinces',
      licence: DATAV_LICENCE,
      crs: 'WGS84',
      note: 'Inner Mongolia and the provinces around Hohhot simplified to ≈ 2 km (0.02°), the others and China’s outline to ≈ 6 km (0.06°): they are seen only at national scales; features by kind: country (outline), province, boundary-line (the South China Sea line, kept as published)',
    },
  );

  // Rivers (1:4M national basic data).
  const nbgd = (file: string, fallbackZh: string) =>
    read(file).features.map((f) => {
      const zh = String(f.properties.NAME ?? fallbackZh);
      const en = zh === '黄河' ? 'Yellow River' : zh === '大黑河' ? 'Dahei River' : zh === '塔布河' ? 'Tabu River' : '';
      return { type: 'Feature' as const, properties: { name_zh: zh, name_en: en }, geometry: simplified(f.geometry, 0.0005, 5, zh) };
    });
  const nbgdMeta = (what: string): Meta => ({
    source: `China 1:4,000,000 national basic geographic data (国家基础地理信息 1:400万), ${what}, as redistributed in a public repository`,
    licence: 'public national basic data; reuse terms not formally stated — credit "国家基础地理信息 1:400万"',
    crs: 'WGS84',
    note: '1990s survey, ≈ 0.4 km accuracy, vertex spacing ≈ 480 m; clipped to the Hohhot region',
  });
  total += write('yellow-river', nbgd('yellow_river_nbgd4m_wgs84.geojson', '黄河'), nbgdMeta('rivers layer hyd2_4l'));
  total += write('dahei-river', nbgd('dahei_river_nbgd4m_wgs84.geojson', '大黑河'), {
    ...nbgdMeta('4th-level rivers'),
    note: '大黑河 in 10 segments (two parallel reaches between 111.51°E and 111.95°E) and 塔布河 (Wuchuan); 1990s survey, ≈ 0.4 km accuracy',
  });

  // Lakes (GSHHG): name them by position.
  total += write(
    'lakes',
    read('gshhg_lakes_clip.geojson').features.map(polygonal).map((f) => {
      const [lng] = centroid(f).geometry.coordinates as [number, number];
      const daihai = lng < 113;
      return {
        type: 'Feature' as const,
        properties: daihai ? { name_zh: '岱海', name_en: 'Daihai Lake' } : { name_zh: '黄旗海', name_en: 'Huangqihai Lake' },
        geometry: simplified(f.geometry, 0.0005, 5, 'lake'),
      };
    }),
    {
      source: 'GSHHG 2.3.7 level-2 lake shorelines (Wessel & Smith), via Debian gmt-gshhg-full',
      licence: 'LGPL-3.0',
      crs: 'WGS84',
      note: '岱海 and 黄旗海 in Ulanqab; 哈素海 is not in this dataset',
    },
  );

  // Seats.
  total += write(
    'seats',
    read('admin_seats_datav_wgs84.geojson').features.map((f) => {
      const adcode = String(f.properties.adcode);
      return {
        type: 'Feature' as const,
        properties: { adcode, name_zh: String(f.properties.name), name_en: SEAT_EN[adcode] ?? '', level: String(f.properties.level) },
        geometry: { ...f.geometry, coordinates: roundTo((f.geometry as { coordinates: unknown }).coordinates, 6) } as Geometry,
      };
    }),
    {
      source: 'DataV.GeoAtlas `center` points (government seats, Amap POIs), converted GCJ-02 → WGS84',
      licence: DATAV_LICENCE,
      crs: 'WGS84',
      note: 'seats of Hohhot’s county-level units, of the neighbouring counties of Baotou, Ordos and Ulanqab, and 4 city seats (level: city)',
    },
  );

  // Metro: full precision.
  total += write(
    'metro-stations',
    read('hohhot_metro_stations_amap_wgs84.geojson').features.map((f) => {
      const lines = (f.properties.lines as string[]) ?? [];
      return {
        type: 'Feature' as const,
        properties: {
          name_zh: String(f.properties.name),
          name_en: pinyinWords(String(f.properties.name_pinyin ?? '')),
          lines: lines.join('、'),
          line: lines.length > 1 ? 0 : Number.parseInt(lines[0] ?? '0', 10),
          transfer: Boolean(f.properties.transfer),
        },
        geometry: { ...f.geometry, coordinates: roundTo((f.geometry as { coordinates: unknown }).coordinates, 6) } as Geometry,
      };
    }),
    {
      source: 'Amap’s public subway-map data for Hohhot, as republished on GitHub (MDJHX2018/china-metro-visualization), cross-checked with two other copies',
      licence: 'no licence stated; Amap (高德地图) terms apply — credit "高德地图"',
      crs: 'WGS84',
      note: 'all 43 stations of Lines 1 and 2 (新华广场 shared: line 0 = transfer); within 3–6 m of independent WGS84 coordinates; full precision',
    },
  );
  total += write(
    'metro-lines',
    read('hohhot_metro_lines_stationchain_amap_wgs84.geojson').features.map((f) => ({
      type: 'Feature' as const,
      properties: {
        name_zh: String(f.properties.name),
        name_en: String(f.properties.short) === '1号线' ? 'Metro Line 1' : 'Metro Line 2',
        line: Number.parseInt(String(f.properties.short), 10),
        color: String(f.properties.color),
      },
      geometry: f.geometry,
    })),
    {
      source: 'derived from the Amap station points (see metro-stations)',
      licence: 'no licence stated; Amap (高德地图) terms apply — credit "高德地图"',
      crs: 'WGS84',
      note: 'straight segments between consecutive stations: NOT the track alignment (corners are cut)',
    },
  );

  // Parks (OSM): full precision, names where OSM has them.
  total += write(
    'parks',
    read('hohhot_parks_osm_wgs84.geojson').features.map(polygonal).map((f) => {
      const name = typeof f.properties.name === 'string' ? f.properties.name : '';
      return {
        type: 'Feature' as const,
        properties: {
          name_zh: name,
          name_en: PARK_EN[name] ?? '',
          osm_id: String(f.properties.osm_id ?? ''),
          kind: f.properties.leisure === 'park' ? 'park' : 'green',
        },
        geometry: f.geometry,
      };
    }),
    {
      source: 'OpenStreetMap (leisure=park ∪ landuse=grass in urban Hohhot, mid-2022), via a public export',
      licence: 'ODbL 1.0 — © OpenStreetMap contributors',
      crs: 'WGS84',
      note: '163 park and green polygons, 16 named; full precision',
    },
  );

  // Colleges (Baidu, converted from BD-09).
  total += write(
    'colleges',
    read('hohhot_universities_baidu_wgs84.geojson').features.map((f) => {
      const name = String(f.properties.name);
      return {
        type: 'Feature' as const,
        properties: { name_zh: name, name_en: COLLEGE_EN[name] ?? '', district: String(f.properties.district ?? '') },
        geometry: f.geometry,
      };
    }),
    {
      source: 'Baidu Map place search results (as dumped in a public repository), converted BD-09 → WGS84',
      licence: 'no licence stated; Baidu (百度地图) terms apply — credit "百度地图"',
      crs: 'WGS84',
      note: '24 colleges and universities in Hohhot; some points are a gate, not the campus centre',
    },
  );

  // Railway stations (OpenStreetMap): the train stations only (the metro stations come from Amap above).
  total += write(
    'rail-stations',
    read('hohhot_railway_stations_osm_wgs84.geojson')
      .features.filter((f) => f.properties.station === 'train')
      .map((f) => {
        const [lng, lat] = (f.geometry as { coordinates: number[] }).coordinates as [number, number];
        // The OSM node of 呼和浩特站 carries no name in the extract; it is the node 21 m from an independent coordinate.
        const main = Math.abs(lng - 111.658717) < 1e-6 && Math.abs(lat - 40.830427) < 1e-6;
        const name = typeof f.properties.name === 'string' ? f.properties.name : main ? '呼和浩特' : '';
        return {
          type: 'Feature' as const,
          properties: { name_zh: name ? `${name}站` : '', name_en: STATION_EN[name] ?? '', named: name ? 1 : 0 },
          geometry: { type: 'Point', coordinates: roundTo([lng, lat], 6) } as Geometry,
        };
      })
      .sort((a, b) => b.properties.named - a.properties.named),
    {
      source: 'OpenStreetMap railway stations (station=train), extract of 2025-01-24, via the public OpenQGIS/OMap-GeoDB repository',
      licence: 'ODbL 1.0 — © OpenStreetMap contributors',
      crs: 'WGS84',
      note: 'the train stations of the OSM extract (most unnamed there); 呼和浩特站 named by the project from its node (21 m from an independent coordinate); full precision',
    },
  );

  // Railway (京包).
  total += write(
    'railway',
    read('jingbao_railway_gmtchina_wgs84.geojson').features.map((f) => ({
      type: 'Feature' as const,
      properties: { name_zh: '京包铁路', name_en: 'Beijing–Baotou Railway' },
      geometry: simplified(f.geometry, 0.0002, 5, 'railway'),
    })),
    {
      source: 'GMT China community data (CN-Railways, credited to MapSIS), gmt-china/china-geospatial-data',
      licence: 'no licence stated — credit "GMT China / MapSIS"',
      crs: 'WGS84',
      note: 'the one railway line through Hohhot in the data, by its route the Beijing–Baotou line; other lines are not available',
    },
  );

  console.log(`total ${(total / 1024).toFixed(1)} KB`);
}

main();
