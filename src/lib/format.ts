import type { Lang } from '../i18n/lang.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';

/**
 * The one formatting module: templated interface strings, numbers and distances in the interface language. Pure.
 */

/** The names of the `{name}` slots of a template literal type (`'{n} of {total}'` → `'n' | 'total'`). */
export type Slots<T extends string> = T extends `${string}{${infer K}}${infer Rest}` ? K | Slots<Rest> : never;

/** Values for a template's slots: every slot of a literal template is required; a plain `string` takes any. */
export type FormatValues<T extends string> = string extends T
  ? Readonly<Record<string, string | number>>
  : Readonly<Record<Slots<T>, string | number>>;

/**
 * Returns `template` with each `{name}` replaced by `values[name]`. A slot without a value stays as written, so a
 * missing value shows up on screen instead of silently vanishing. Values are text (never markup).
 */
export function format<T extends string>(template: T, values: FormatValues<T>): string {
  const v = values as Readonly<Record<string, string | number>>;
  return template.replace(/\{(\w+)\}/g, (slot, k: string) => (Object.hasOwn(v, k) ? String(v[k]) : slot));
}

/** Returns a number in the interface language's digits grouping, with at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return n.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/**
 * How a distance is rounded: `measured` for a distance computed from drawn positions (tens of metres below 1 km,
 * 0.1 km below 10 km, whole km above: what a phone fix or a drawn site can honestly claim); `nominal` for a length
 * someone chose (a search radius, a radius of doubt, a scale bar): whole metres below 1 km, else km with at most one
 * decimal.
 */
export type DistanceStyle = 'measured' | 'nominal';

/** Returns a distance in metres as words: `350 米` / `350 m` below 1 km, else `1.2 公里` / `1.2 km`. */
export function formatDistance(m: number, lang: Lang, style: DistanceStyle = 'measured'): string {
  const d = VOCABULARY[lang].distance;
  if (!Number.isFinite(m) || m < 0) return d.unknown;
  if (style === 'nominal') {
    if (m < 1000) return format(d.metres, { n: Math.round(m) });
    return format(d.kilometres, { n: Math.round(m / 100) / 10 });
  }
  if (m < 1000) return format(d.metres, { n: Math.max(10, Math.round(m / 10) * 10) });
  return format(d.kilometres, { n: m < 10_000 ? (Math.round(m / 100) / 10).toFixed(1) : Math.round(m / 1000) });
}

/** Returns a radius of doubt: `±2 公里` / `±2 km`, `±500 米` / `±500 m`. */
export function formatUncertainty(m: number, lang: Lang): string {
  return format(VOCABULARY[lang].distance.uncertainty, { d: formatDistance(m, lang, 'nominal') });
}
