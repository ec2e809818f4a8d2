import type { Interpretation, Precision, Sector, StatusClass } from '../../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import { format, formatDistance, formatUncertainty } from './format.ts';

/**
 * Plain-language words for how sure we are of a feature's place and shape, what the plan says about it and how far
 * it is, built from the one vocabulary (`src/i18n/vocabulary.ts`). Pure functions over the catalog's fields, shared
 * by every panel, the map tooltip and the exports. Distances are in metres.
 */

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
export function kindWord(kind: string, lang: Lang): string {
  const v = VOCABULARY[lang];
  return Object.hasOwn(v.kind, kind) ? v.kind[kind as keyof typeof v.kind] : v.kindFallback;
}

/** Returns the label of a sector ("乳业" / "Dairy"), or the value itself when it is not a sector. */
export function sectorLabel(sector: Sector | string, lang: Lang): string {
  const v = VOCABULARY[lang].sector;
  return Object.hasOwn(v, sector) ? v[sector as Sector] : sector;
}

/** Returns the label of a status class (underway: 推进中 / Under way), or the value itself when it is not one. */
export function statusLabel(status: StatusClass | string, lang: Lang): string {
  const v = VOCABULARY[lang].status.label;
  return Object.hasOwn(v, status) ? v[status as StatusClass] : status;
}

/** Returns a one-word label for a precision: 实测 / Surveyed, 约略 / Approximate, 示意 / Schematic. */
export function precisionLabel(p: Precision, lang: Lang): string {
  return VOCABULARY[lang].precision.label[p];
}

/** Returns who says the feature is here: 原文明确 / Stated in the plan, … */
export function interpretationLabel(i: Interpretation, lang: Lang): string {
  return VOCABULARY[lang].interpretation.label[i];
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
 * surveyed → "位置取自测绘数据 / Position from survey data"; approximate → "约略位置，误差约 ±2 公里 /
 * Approximate location, ±2 km"; schematic → "示意：该产业带是概念，不是边界 / Schematic: the industrial belt is a
 * concept, not a boundary" (for lines: "示意：该公路只表示走向，不是实际线位 / Schematic: the highway shows a
 * direction, not the actual route").
 */
export function precisionPhrase(f: PrecisionFields, lang: Lang): string {
  const v = VOCABULARY[lang].precision;
  switch (f.precision) {
    case 'surveyed':
      return v.surveyed;
    case 'approximate': {
      const u = f.uncertainty_m;
      return u && u > 0 ? format(v.approximate, { u: formatUncertainty(u, lang) }) : v.approximateNoRadius;
    }
    case 'schematic':
      return format(isLinear(f) ? v.schematicLine : v.schematicArea, { noun: kindWord(f.kind, lang) });
  }
}

/**
 * Returns the status as the plan puts it: the plan's own verb (always Chinese, verbatim) with its class,
 * e.g. "加快建设（推进中）" / "Under way (plan: 加快建设)"; the class alone when the plan gives no verb.
 */
export function statusPhrase(f: { status?: string | null; status_class: StatusClass }, lang: Lang): string {
  const status = statusLabel(f.status_class, lang);
  return f.status ? format(VOCABULARY[lang].status.withVerb, { verb: f.status, status }) : status;
}

/**
 * Returns how far the pin is from a feature in a radius result, honest about the drawing:
 * inside → "您在其范围内" (schematic: "在示意产业带范围内（仅供参考）"); schematic → "距示意产业带边缘约 1.2 公里（仅供参考）"
 * (lines: "距示意公路线约 1.2 公里（仅供参考）"); approximate → "约 1.2 公里（位置误差 ±2 公里）"; surveyed → "1.2 公里".
 * Drawn (not surveyed) positions closer than 100 m say "不到 100 米 / under 100 m".
 */
export function distancePhrase(f: PrecisionFields, distanceM: number, relation: 'inside' | 'near', lang: Lang): string {
  const v = VOCABULARY[lang].distance;
  const noun = kindWord(f.kind, lang);
  if (relation === 'inside') {
    if (f.precision === 'schematic') return format(v.insideSchematic, { noun });
    return f.precision === 'approximate' ? v.insideApproximate : v.insideSurveyed;
  }
  const d = formatDistance(distanceM, lang);
  if (f.precision === 'surveyed') return d;
  // Below 100 m a drawn position cannot honestly say more than "under 100 m" (surveyed sites may).
  const about = distanceM < 100 ? format(v.under, { d: formatDistance(100, lang) }) : format(v.about, { d });
  if (f.precision === 'schematic') return format(isLinear(f) ? v.nearSchematicLine : v.nearSchematicArea, { noun, about });
  const u = f.uncertainty_m;
  return u && u > 0 ? format(v.nearApproximate, { about, u: formatUncertainty(u, lang) }) : about;
}

/** What the map's hover tooltip says about a feature: its name (with the inferred mark) and its precision in words. */
export function featureTooltip(props: Readonly<Record<string, unknown>>, lang: Lang): { title: string; detail: string } {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const name = lang === 'en' ? str(props.name_en) || str(props.name_zh) : str(props.name_zh);
  const mark = props.interpretation === 'inferred' ? ` (${VOCABULARY[lang].interpretation.inferredMark})` : '';
  const precision: Precision = props.precision === 'surveyed' || props.precision === 'schematic' ? props.precision : 'approximate';
  const detail = precisionPhrase({ kind: str(props.kind), precision, uncertainty_m: Number(props.uncertainty_m) || null }, lang);
  return { title: `${name}${mark}`, detail };
}
