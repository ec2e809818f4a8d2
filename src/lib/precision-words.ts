import type { Interpretation, Kind, Precision, StatusClass } from '../../geo/schema.ts';
import { own } from './own.ts';

/**
 * Plain-language words for how sure we are of a feature's place and shape, and what the plan says about it, in
 * Chinese and English. Pure functions over the catalog's fields, shared by the near-me list and any other list or
 * panel that shows features. Distances are in metres.
 */

export type WordsLang = 'zh' | 'en';

/** Nouns for each feature kind: `[zh, en]`. The zh noun reads after 该 ("该产业带"), the en noun after "the". */
const KIND_WORDS: Record<Kind, readonly [string, string]> = {
  'industrial-belt': ['产业带', 'industrial belt'],
  'industrial-park': ['产业园区', 'industrial park'],
  'park-block': ['园区片区', 'park block'],
  'development-zone': ['开发区', 'development zone'],
  'new-area': ['新区', 'new area'],
  'agricultural-park': ['农业园区', 'agricultural park'],
  'logistics-hub': ['物流枢纽', 'logistics hub'],
  'bonded-zone': ['保税区', 'bonded zone'],
  'ecological-screen': ['生态屏障', 'ecological screen'],
  'ecological-belt': ['生态带', 'ecological belt'],
  'ecological-point': ['生态节点', 'ecological site'],
  'shelter-forest': ['防护林', 'shelter forest'],
  mountain: ['山体', 'mountain range'],
  grassland: ['草原', 'grassland'],
  river: ['河流', 'river'],
  lake: ['湖泊', 'lake'],
  'wetland-park': ['湿地公园', 'wetland park'],
  gully: ['山沟', 'gully'],
  'urban-core': ['城市核心', 'urban core'],
  'urban-wing': ['城市组团', 'urban wing'],
  'sub-centre': ['城市副中心', 'sub-centre'],
  'expressway-ring': ['快速路环线', 'expressway ring'],
  'ring-road': ['环路', 'ring road'],
  'elevated-road': ['高架路', 'elevated road'],
  expressway: ['高速公路', 'expressway'],
  highway: ['公路', 'highway'],
  road: ['道路', 'road'],
  'transport-hub': ['交通枢纽', 'transport hub'],
  'rail-line': ['铁路', 'railway'],
  'rail-station': ['火车站', 'railway station'],
  airport: ['机场', 'airport'],
  'freight-route': ['货运通道', 'freight route'],
  'power-plant': ['电站', 'power plant'],
  'power-grid': ['电网工程', 'power-grid project'],
  pipeline: ['管线', 'pipeline'],
  'water-project': ['水利工程', 'water project'],
  reservoir: ['水库', 'reservoir'],
  'water-plant': ['水厂', 'water plant'],
  hospital: ['医院', 'hospital'],
  'health-park': ['医疗园区', 'health park'],
  'research-facility': ['科研设施', 'research facility'],
  'science-park': ['科技园区', 'science park'],
  university: ['高校', 'university'],
  'data-centre': ['数据中心', 'data centre'],
  'heritage-site': ['文物遗址', 'heritage site'],
  temple: ['寺庙', 'temple'],
  museum: ['博物馆', 'museum'],
  'cultural-park': ['文化园区', 'cultural park'],
  'tourism-zone': ['旅游区', 'tourism zone'],
  'tourism-axis': ['旅游轴线', 'tourism axis'],
  'tourism-belt': ['旅游带', 'tourism belt'],
  'tourism-corridor': ['旅游廊道', 'tourism corridor'],
  'commercial-district': ['商圈', 'shopping district'],
  'consumption-belt': ['消费带', 'consumption belt'],
  street: ['街区', 'street'],
  district: ['城区', 'district'],
  county: ['旗县', 'banner or county'],
  'economic-circle': ['经济圈', 'economic circle'],
  'metropolitan-area': ['都市圈', 'metropolitan area'],
  city: ['城市', 'city'],
  region: ['地区', 'region'],
  port: ['口岸', 'port'],
  corridor: ['通道', 'corridor'],
  'cooperation-link': ['协作关系', 'cooperation link'],
};

// Kinds drawn as lines: their schematic drawing shows a direction, not a route on the ground.
const LINEAR_KINDS: ReadonlySet<string> = new Set([
  'expressway-ring',
  'ring-road',
  'elevated-road',
  'expressway',
  'highway',
  'road',
  'rail-line',
  'freight-route',
  'power-grid',
  'pipeline',
  'river',
  'gully',
  'tourism-axis',
  'tourism-corridor',
  'corridor',
  'cooperation-link',
]);

/** Returns the noun for a feature kind in `lang` ("产业带" / "industrial belt"); unknown kinds get a neutral word. */
export function kindWord(kind: string, lang: WordsLang): string {
  const w = own(KIND_WORDS, kind);
  if (w) return lang === 'zh' ? w[0] : w[1];
  return lang === 'zh' ? '规划要素' : 'plan feature';
}

/** Returns a distance in metres as words: `350 米` / `350 m` below 1 km, else `1.2 公里` / `1.2 km` (whole km from 10 km). */
export function formatDistance(m: number, lang: WordsLang): string {
  if (!Number.isFinite(m) || m < 0) return lang === 'zh' ? '距离未知' : 'distance unknown';
  if (m < 1000) {
    // Tens of metres are the most a phone fix or a drawn site can honestly claim.
    const r = Math.max(10, Math.round(m / 10) * 10);
    return lang === 'zh' ? `${r} 米` : `${r} m`;
  }
  const km = m < 10_000 ? (Math.round(m / 100) / 10).toFixed(1) : String(Math.round(m / 1000));
  return lang === 'zh' ? `${km} 公里` : `${km} km`;
}

/** Returns a radius of doubt as `±2 公里` / `±2 km` (`±500 米` / `±500 m` below 1 km). */
export function formatUncertainty(m: number, lang: WordsLang): string {
  if (m < 1000) return `±${formatDistance(m, lang)}`;
  const km = Math.round(m / 100) / 10;
  const s = Number.isInteger(km) ? String(km) : km.toFixed(1);
  return lang === 'zh' ? `±${s} 公里` : `±${s} km`;
}

/** The fields the phrases read (a catalog entry or a map feature's properties both fit). */
export interface PrecisionFields {
  kind: string;
  precision: Precision;
  uncertainty_m?: number | null;
  /** The catalog's geometry type, when known: lines are spoken of as lines whatever their kind. */
  geometry_type?: string;
}

/** Returns whether the feature is drawn as a line (by its geometry type when known, else by its kind). */
function isLinear(f: PrecisionFields): boolean {
  if (f.geometry_type) return f.geometry_type.includes('LineString');
  return LINEAR_KINDS.has(f.kind);
}

/**
 * Returns how exact a feature's geometry is, in plain words:
 * surveyed → "位置取自测绘数据 / position from survey data"; approximate → "约略位置，误差约 ±2 公里 /
 * approximate location, ±2 km"; schematic → "示意：该产业带是概念，不是边界 / schematic: the industrial belt is a
 * concept, not a boundary" (for lines: "示意：该公路只表示走向，不是实际线位 / schematic: the highway shows a
 * direction, not the actual route").
 */
export function precisionPhrase(f: PrecisionFields, lang: WordsLang): string {
  const zh = lang === 'zh';
  switch (f.precision) {
    case 'surveyed':
      return zh ? '位置取自测绘数据' : 'position from survey data';
    case 'approximate': {
      const u = f.uncertainty_m;
      if (u && u > 0) {
        const w = formatUncertainty(u, lang);
        return zh ? `约略位置，误差约 ${w}` : `approximate location, ${w}`;
      }
      return zh ? '约略位置' : 'approximate location';
    }
    case 'schematic': {
      const noun = kindWord(f.kind, lang);
      if (isLinear(f)) {
        return zh ? `示意：该${noun}只表示走向，不是实际线位` : `schematic: the ${noun} shows a direction, not the actual route`;
      }
      return zh ? `示意：该${noun}是概念，不是边界` : `schematic: the ${noun} is a concept, not a boundary`;
    }
  }
}

/** Returns a one-word badge for a precision: 测绘 / surveyed, 约略 / approximate, 示意 / schematic. */
export function precisionBadge(p: Precision, lang: WordsLang): string {
  const words: Record<Precision, [string, string]> = {
    surveyed: ['测绘', 'surveyed'],
    approximate: ['约略', 'approximate'],
    schematic: ['示意', 'schematic'],
  };
  return lang === 'zh' ? words[p][0] : words[p][1];
}

/**
 * Returns who says the feature is here: stated → "规划原文所述 / stated in the plan"; confirmed → "公开资料确认 /
 * confirmed by a published source"; inferred → "推测 / our interpretation".
 */
export function interpretationPhrase(i: Interpretation, lang: WordsLang): string {
  const words: Record<Interpretation, [string, string]> = {
    stated: ['规划原文所述', 'stated in the plan'],
    confirmed: ['公开资料确认', 'confirmed by a published source'],
    inferred: ['推测', 'our interpretation'],
  };
  return lang === 'zh' ? words[i][0] : words[i][1];
}

/** Returns the status class in words: completed → 已建成 / completed, underway → 在建 / under way, … */
export function statusClassWord(s: StatusClass, lang: WordsLang): string {
  const words: Record<StatusClass, [string, string]> = {
    completed: ['已建成', 'completed'],
    underway: ['推进中', 'under way'],
    planned: ['规划中', 'planned'],
    sought: ['争取中', 'being sought'],
    ongoing: ['持续提升', 'ongoing'],
    context: ['参照地点', 'reference place'],
  };
  return lang === 'zh' ? words[s][0] : words[s][1];
}

/**
 * Returns the status as the plan puts it: the plan's own verb (always Chinese, verbatim) with its class,
 * e.g. "加快建设（推进中）" / "under way (plan: 加快建设)"; the class alone when the plan gives no verb.
 */
export function statusPhrase(f: { status?: string | null; status_class: StatusClass }, lang: WordsLang): string {
  const cls = statusClassWord(f.status_class, lang);
  if (!f.status) return cls;
  return lang === 'zh' ? `${f.status}（${cls}）` : `${cls} (plan: ${f.status})`;
}

/**
 * Returns how far the pin is from a feature in a radius result, honest about the drawing:
 * inside → "您在其范围内" (schematic: "在示意产业带范围内（仅供参考）"); schematic → "距示意产业带边缘约 1.2 公里（仅供参考）"
 * (lines: "距示意公路线约 1.2 公里（仅供参考）"); approximate → "约 1.2 公里（位置误差 ±2 公里）"; surveyed → "1.2 公里".
 * Drawn (not surveyed) positions closer than 100 m say "不到 100 米 / under 100 m".
 */
export function distancePhrase(
  f: PrecisionFields,
  distanceM: number,
  relation: 'inside' | 'near',
  lang: WordsLang,
): string {
  const zh = lang === 'zh';
  const noun = kindWord(f.kind, lang);
  if (relation === 'inside') {
    if (f.precision === 'schematic') return zh ? `在示意${noun}范围内（仅供参考）` : `inside the schematic ${noun} (indicative only)`;
    if (f.precision === 'approximate') return zh ? '大致在其范围内' : 'roughly inside it';
    return zh ? '您在其范围内' : 'you are inside it';
  }
  // Below 100 m a drawn position cannot honestly say more than "under 100 m" (surveyed sites may).
  const close = f.precision !== 'surveyed' && distanceM < 100;
  const d = formatDistance(distanceM, lang);
  // "约 1.2 公里" / "about 1.2 km", or "不到 100 米" / "under 100 m".
  const about = close ? (zh ? '不到 100 米' : 'under 100 m') : zh ? `约 ${d}` : `about ${d}`;
  if (f.precision === 'schematic') {
    const what = isLinear(f) ? (zh ? `示意${noun}线` : `the schematic ${noun} line`) : zh ? `示意${noun}边缘` : `the edge of the schematic ${noun}`;
    return zh ? `距${what}${about}（仅供参考）` : `${about} from ${what} (indicative only)`;
  }
  if (f.precision === 'approximate') {
    const u = f.uncertainty_m;
    if (u && u > 0) {
      const w = formatUncertainty(u, lang);
      return zh ? `${about}（位置误差 ${w}）` : `${about} (position ${w})`;
    }
    return about;
  }
  return d;
}

/** Returns a chosen radius as words without false precision: `500 米`, `1 公里`, `2.5 公里` / `500 m`, `1 km`, `2.5 km`. */
export function formatRadius(m: number, lang: WordsLang): string {
  if (m < 1000) return lang === 'zh' ? `${Math.round(m)} 米` : `${Math.round(m)} m`;
  const km = Math.round(m / 100) / 10;
  return lang === 'zh' ? `${km} 公里` : `${km} km`;
}
