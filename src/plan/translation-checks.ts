import { wordOccurrences, type AlignedParagraph } from './english.ts';

/**
 * Checks that an English paragraph renders what its Chinese counterpart says in fixed forms: the numbers (with the
 * conversion table `data/number-forms.json`) and the glossary's terms and names. Pure; the data tests run them over
 * the whole plan, the unit tests over small paragraphs that must fail.
 */

/** A Chinese expression and the English that renders it. */
export interface FixedForm {
  zh: string;
  en: string;
}

/** `data/number-forms.json`. */
export interface NumberForms {
  about: string;
  forms: (FixedForm & { note?: string })[];
  /** Chinese numeral words that are not quantities (the detector ignores them). */
  not_numbers: { zh: string; reason: string }[];
}

interface Hit {
  start: number;
  end: number;
  form: FixedForm;
}

/**
 * Returns the occurrences of `forms` in `zh`, the longest winning where they overlap (then the earliest), so that a
 * term inside a longer one (`千亿级` inside `两千亿级`) is not required on its own.
 */
export function formHits(zh: string, forms: readonly FixedForm[]): Hit[] {
  const all: Hit[] = [];
  for (const form of forms) {
    if (!form.zh) continue;
    for (let i = zh.indexOf(form.zh); i >= 0; i = zh.indexOf(form.zh, i + 1)) all.push({ start: i, end: i + form.zh.length, form });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Returns the problems of one aligned paragraph with the glossary: every term or name of the Chinese (longest match)
 * whose fixed English form is not in the English paragraph (whole words, case-insensitive, plural allowed).
 */
export function glossaryProblems(para: AlignedParagraph, entries: readonly FixedForm[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of formHits(para.zh, entries)) {
    if (seen.has(h.form.zh)) continue;
    seen.add(h.form.zh);
    if (!wordOccurrences(para.en, h.form.en).length) out.push(`${where(para)}: ${h.form.zh} → “${h.form.en}” missing`);
  }
  return out;
}

const where = (p: AlignedParagraph) => (p.p != null ? `(${p.p}) ¶${p.index + 1}` : p.id);

/** Chinese numeral characters (with 两, 半, 〇 and the multipliers). */
const NUM = '〇一二两三四五六七八九十百千万亿半';
/**
 * Where the Chinese writes a quantity in Chinese numerals: ordinals (`第七`), years (`二〇三五年`), the Five-Year Plan
 * periods (`十五五`), and numerals before a measure word or unit (`七项`, `二期`, `四年`, `两千亿级`, `半小时`).
 */
const NUMERAL_QUANTITY = new RegExp(
  [
    `第[${NUM}]+`,
    `[〇一二三四五六七八九]{4}年`,
    `十[三四五]五(?=”)`,
    `(?<![\\d.])[${NUM}]+(?=个|大|项|条|级|期|次|年|届|代|成|位数|连冠|城|线|轮|维|类|小时|强|名|中全会|千瓦|景|刻钟|兆)`,
  ].join('|'),
  'g',
);

/** Formats an integer with thousands separators: 304000 → `304,000`. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Drops the floating-point noise of a decimal product (30.4 × 10000). */
const clean = (n: number) => Number(n.toPrecision(12));

/** Returns the English form(s) an Arabic figure of the Chinese must take, by the rules of `number-forms.json`. */
export function arabicForms(figure: string, unit: string): string[] {
  const n = Number(figure);
  if (unit === '亿') return [`${clean(n / 10)} billion`];
  if (unit === '万') {
    const v = clean(n * 10_000);
    return [grouped(v), String(v)];
  }
  if (unit === '千伏') return [`${figure} kV`];
  if (unit === '%') return [`${figure}%`];
  return Number.isInteger(n) && figure.length > 3 ? [figure, grouped(n)] : [figure];
}

/** Counts `form` in `en`: figures at digit boundaries (`82` in `82nd`, not in `1,820`), words as whole words. */
export function countForm(en: string, form: string): number {
  if (/^[\d.,]+$/.test(form)) {
    const esc = form.replace(/[.,]/g, (c) => `\\${c}`);
    return [...en.matchAll(new RegExp(`(?<![\\d.,]|\\d[.,])${esc}(?![\\d]|[.,]\\d)`, 'g'))].length;
  }
  return wordOccurrences(en, form).length;
}

/**
 * Returns the problems of one aligned paragraph with its numbers: each Arabic figure (by the rules) and each Chinese
 * numeral expression (by the table) must have its English in the English paragraph, as often as in the Chinese;
 * every Chinese numeral quantity must be covered by a table form, a glossary term or a `not_numbers` entry.
 */
export function numberProblems(para: AlignedParagraph, numbers: NumberForms, glossary: readonly FixedForm[]): string[] {
  const out: string[] = [];
  const need = new Map<string, { alts: string[]; count: number; zh: string }>();
  const want = (alts: string[], zh: string) => {
    const key = alts[0];
    const e = need.get(key) ?? { alts, count: 0, zh };
    e.count++;
    need.set(key, e);
  };
  for (const m of para.zh.matchAll(/(\d+(?:\.\d+)?)(亿|万|千伏|%)?/g)) want(arabicForms(m[1], m[2] ?? ''), m[0]);

  const termHits = formHits(para.zh, glossary);
  const inTerm = (s: number, e: number) => termHits.some((t) => s >= t.start && e <= t.end);
  const tableHits = formHits(para.zh, [...numbers.forms, ...numbers.not_numbers.map((x) => ({ zh: x.zh, en: '' }))]);
  for (const h of tableHits) if (h.form.en && !inTerm(h.start, h.end)) want([h.form.en], h.form.zh);

  for (const m of para.zh.matchAll(NUMERAL_QUANTITY)) {
    const s = m.index;
    const e = s + m[0].length;
    const covered = inTerm(s, e) || tableHits.some((h) => s >= h.start && e <= h.end);
    if (!covered) out.push(`${where(para)}: no number form for “${para.zh.slice(Math.max(0, s - 2), e + 2)}”`);
  }
  for (const { alts, count, zh } of need.values()) {
    const found = Math.max(...alts.map((a) => countForm(para.en, a)));
    if (found < count) out.push(`${where(para)}: ${zh} → “${alts[0]}” ${count}× in the Chinese, ${found}× in the English`);
  }
  return out;
}
