import type { MentionIndex, MentionSpan } from './mentions.ts';
import { paragraphAt, paragraphRanges, paragraphTexts } from './paragraphs.ts';
import { fold } from './search.ts';
import type { AppPlan as Plan } from './plan-data.ts';
import type { Chapter, Provision } from './types.ts';

/**
 * The English edition of the plan: the stored translation (`data/plan.en.json`) and glossary (`data/glossary.json`)
 * turned into provisions shaped exactly like the Chinese ones (so the reader, search and snippets work on either
 * language), the checks that keep the translation aligned with the Chinese, and the English mention spans, derived
 * from the Chinese mention index through the glossary and the map's English names. Pure: no DOM, no fetch.
 *
 * Offsets are UTF-16 code units, as everywhere in the plan.
 */

/** One provision as stored: its title sentence and its paragraphs (the first continues after the title). */
export interface PlanEnProvision {
  number: number;
  /** The title, without the number and without a final full stop. */
  title: string;
  /** As many paragraphs as the Chinese provision, each the translation of its counterpart. */
  paragraphs: string[];
}

/** `data/plan.en.json`. */
export interface PlanEnFile {
  /** What the file is. */
  about: string;
  /** The label shown wherever the translation is shown, in English and in Chinese. */
  label_en: string;
  label_zh: string;
  /** SHA-256 of the Chinese source text this translation follows (`plan.json` `source.sha256`). */
  source_sha256: string;
  title: string;
  preamble: string;
  chapters: { number: number; title: string; intro: string | null }[];
  provisions: PlanEnProvision[];
  closing: string;
}

/** A recurring term or slogan with its fixed English form. */
export interface GlossaryTerm {
  zh: string;
  /** The fixed English form: wherever a Chinese paragraph has `zh`, its English paragraph has these words. */
  en: string;
  /** A word-for-word rendering. */
  literal: string;
  /** What it means, for a reader who does not know the term. */
  explained: string;
}

/** Place words of the text whose English the map's names (`name_en`) do not give as such. */
export interface GlossaryName {
  zh: string;
  en: string;
  /** Why `en` is not a part of the map's `name_en` for the place, when it is not. */
  note?: string;
}

/** A Chinese mention that has no English span, and why. */
export interface MentionException {
  p: number;
  /** The Chinese words of the mention span. */
  words: string;
  reason: string;
}

/** `data/glossary.json`. */
export interface Glossary {
  about: string;
  terms: GlossaryTerm[];
  names: GlossaryName[];
  mention_exceptions: MentionException[];
}

/** The English edition, ready for the reader. */
export interface EnglishPlan {
  label_en: string;
  label_zh: string;
  title: string;
  preamble: string;
  closing: string;
  /** The 12 chapters; `numeral` is the Arabic number, `heading` `5. Title`. */
  chapters: Chapter[];
  /** The 53 provisions, shaped like the Chinese: `(22) Title. First paragraph…\n\nSecond…`. */
  provisions: Provision[];
  glossary: Glossary;
}

/** Paragraphs of an English provision are separated as in the Chinese source: by a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Thrown when the stored translation cannot be matched with the plan at all (a chapter or provision missing). */
export class EnglishPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnglishPlanError';
  }
}

/** Returns an English provision shaped like `zh`: `(n) Title. ` then the paragraphs, offsets set like the Chinese. */
export function englishProvision(zh: Provision, en: PlanEnProvision): Provision {
  const prefix = `(${zh.number}) `;
  const head = `${prefix}${en.title}.`;
  return {
    id: zh.id,
    number: zh.number,
    chapter: zh.chapter,
    title: en.title,
    text: `${head} ${en.paragraphs.join(PARAGRAPH_SEPARATOR)}`,
    title_start: prefix.length,
    title_end: head.length,
  };
}

/**
 * Returns the English edition built from the stored file, following the structure of the Chinese plan. Throws
 * {@link EnglishPlanError} when a chapter or provision of the plan has no translation; finer problems are reported by
 * {@link checkEnglishPlan}.
 */
export function buildEnglishPlan(file: PlanEnFile, zh: Plan, glossary: Glossary): EnglishPlan {
  const chapters = new Map(file.chapters.map((c) => [c.number, c]));
  const provisions = new Map(file.provisions.map((p) => [p.number, p]));
  return {
    label_en: file.label_en,
    label_zh: file.label_zh,
    title: file.title,
    preamble: file.preamble,
    closing: file.closing,
    chapters: zh.chapters.map((c) => {
      const en = chapters.get(c.number);
      if (!en) throw new EnglishPlanError(`no English for chapter ${c.number}`);
      return { ...c, numeral: String(c.number), title: en.title, heading: `${c.number}. ${en.title}`, intro: en.intro };
    }),
    provisions: zh.provisions.map((p) => {
      const en = provisions.get(p.number);
      if (!en) throw new EnglishPlanError(`no English for provision ${p.number}`);
      return englishProvision(p, en);
    }),
    glossary,
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * Returns every way the stored translation departs from the plan's structure (empty when aligned): the source it
 * follows, chapters and provisions in order, the same number of paragraphs per provision, no empty paragraph, no line
 * break inside one, no Chinese characters except inside a glossary form that has them (`H + 回`).
 */
export function checkEnglishPlan(file: PlanEnFile, zh: Plan, glossary: Pick<Glossary, 'terms' | 'names'>): string[] {
  const out: string[] = [];
  if (file.source_sha256 !== zh.source.sha256) out.push(`source_sha256 ${file.source_sha256} is not the plan's ${zh.source.sha256}`);
  const allowedHan = [...glossary.terms, ...glossary.names].map((g) => g.en).filter((e) => HAN.test(e));
  const text = (where: string, s: unknown) => {
    if (typeof s !== 'string' || !s.trim()) return out.push(`${where}: empty`);
    if (/[\r\n]/.test(s)) out.push(`${where}: contains a line break`);
    if (s !== s.trim()) out.push(`${where}: leading or trailing white space`);
    let rest = s;
    for (const a of allowedHan) rest = rest.split(a).join('');
    if (HAN.test(rest)) out.push(`${where}: contains Chinese characters`);
  };
  for (const k of ['title', 'preamble', 'closing', 'label_en'] as const) text(k, file[k]);
  if (file.chapters.length !== zh.chapters.length) out.push(`${file.chapters.length} chapters, the plan has ${zh.chapters.length}`);
  zh.chapters.forEach((c, i) => {
    const en = file.chapters[i];
    if (!en || en.number !== c.number) return out.push(`chapters[${i}]: expected chapter ${c.number}`);
    text(`chapter ${c.number} title`, en.title);
    if ((c.intro == null) !== (en.intro == null)) out.push(`chapter ${c.number}: intro ${c.intro == null ? 'should be null' : 'missing'}`);
    else if (en.intro != null) text(`chapter ${c.number} intro`, en.intro);
  });
  if (file.provisions.length !== zh.provisions.length) {
    out.push(`${file.provisions.length} provisions, the plan has ${zh.provisions.length}`);
  }
  zh.provisions.forEach((p, i) => {
    const en = file.provisions[i];
    if (!en || en.number !== p.number) return out.push(`provisions[${i}]: expected provision ${p.number}`);
    text(`provision ${p.number} title`, en.title);
    if (/[.。]$/.test(en.title)) out.push(`provision ${p.number} title: ends with a full stop (it is added when shown)`);
    const want = paragraphTexts(p.text).length;
    if (!Array.isArray(en.paragraphs) || en.paragraphs.length !== want) {
      out.push(`provision ${p.number}: ${en.paragraphs?.length ?? 0} paragraphs, the Chinese has ${want}`);
    }
    (en.paragraphs ?? []).forEach((s, j) => text(`provision ${p.number} paragraph ${j + 1}`, s));
  });
  return out;
}

/** One paragraph of the Chinese and its English counterpart. */
export interface AlignedParagraph {
  /** `p22`, `ch5-intro`, `preamble`, … */
  id: string;
  /** Provision number, or null for the other parts. */
  p: number | null;
  /** 0-based paragraph index within the provision. */
  index: number;
  zh: string;
  en: string;
}

/**
 * Returns every Chinese paragraph of the plan with its English counterpart: the title, the preamble, the chapter
 * headings and introductions, each paragraph of each provision (the first with its number and title sentence), and
 * the closing. Missing English is an empty string.
 */
export function alignedParagraphs(zh: Plan, en: EnglishPlan): AlignedParagraph[] {
  const out: AlignedParagraph[] = [
    { id: 'title', p: null, index: 0, zh: zh.title, en: en.title },
    { id: 'preamble', p: null, index: 0, zh: zh.preamble, en: en.preamble },
  ];
  zh.chapters.forEach((c, i) => {
    out.push({ id: `ch${c.number}-heading`, p: null, index: 0, zh: c.title, en: en.chapters[i]?.title ?? '' });
    if (c.intro) out.push({ id: `ch${c.number}-intro`, p: null, index: 0, zh: c.intro, en: en.chapters[i]?.intro ?? '' });
  });
  zh.provisions.forEach((p, i) => {
    const zs = paragraphTexts(p.text);
    const es = en.provisions[i] ? paragraphTexts(en.provisions[i].text) : [];
    zs.forEach((z, j) => out.push({ id: p.id, p: p.number, index: j, zh: z, en: es[j] ?? '' }));
  });
  out.push({ id: 'closing', p: null, index: 0, zh: zh.closing, en: en.closing });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// English mention spans

/** The map's names of the entries the text mentions (features and unplaced places), by id. */
export type EntryNames = ReadonlyMap<string, { name_zh: string; name_en: string }>;

/** A Chinese mention span that found no English words in its aligned paragraph. */
export interface MissingMention {
  p: number;
  /** 0-based paragraph index. */
  paragraph: number;
  words: string;
  ids: string[];
}

export interface EnglishMentions {
  /** Provision number → spans of the English provision text, sorted, never overlapping. */
  index: MentionIndex;
  /** Chinese spans with no English span (see the glossary's `mention_exceptions`). */
  missing: MissingMention[];
}

/** Returns `s` without the quotation marks that wrap it whole (`“两小时创新圈”` → `两小时创新圈`), else `s`. */
export function unwrapQuotes(s: string): string {
  const m = /^[“"「『《](.*)[”"」』》]$/.exec(s);
  return m && !/[“”"「」『』《》]/.test(m[1]) ? m[1] : s;
}

/**
 * Returns the forms of a map name that may stand for it in running English, strong first: the name; without
 * parenthetical remarks; after a label colon (`The core: central urban area` → `central urban area`); each also
 * without a leading `The`. `weak` adds the part before a comma (`Haidian District, Beijing` → `Haidian District`),
 * which is only worth trying after the glossary's words (it would turn `"One corridor, two axes…" layout` into
 * `One corridor`).
 */
export function nameForms(name: string, weak = false): string[] {
  const base = unwrapQuotes(name.replace(/\s+/g, ' ').trim());
  const noParens = base.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const forms = [base, noParens];
  const colon = noParens.indexOf(': ');
  if (colon > 0) forms.push(noParens.slice(colon + 2));
  if (weak) {
    forms.length = 0;
    for (const f of [base, noParens]) {
      const comma = f.indexOf(', ');
      if (comma > 0) forms.push(f.slice(0, comma));
    }
  }
  const all = [...forms, ...forms.map((f) => f.replace(/^the\s+/i, ''))].map((f) => unwrapQuotes(f.trim()));
  return [...new Set(all)].filter((f) => f.length >= 2);
}

const isWord = (s: string, i: number) => i >= 0 && i < s.length && /[a-z0-9\u00c0-\u024f]/.test(s[i]);

/**
 * Returns the ranges of `hay` where `needle` occurs as whole words (case-, quote- and dash-insensitive through
 * {@link fold}); a plural `s`/`es` right after the needle belongs to the match (`centre` → `centres`).
 */
export function wordOccurrences(hay: string, needle: string): { start: number; end: number }[] {
  const h = fold(hay);
  const n = fold(needle);
  const out: { start: number; end: number }[] = [];
  if (!n) return out;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (isWord(n, 0) && isWord(h, i - 1)) continue;
    let end = i + n.length;
    if (isWord(n, n.length - 1)) {
      if (h[end] === 's' && !isWord(h, end + 1)) end += 1;
      else if (h.startsWith('es', end) && !isWord(h, end + 2)) end += 2;
      if (isWord(h, end)) continue;
    }
    out.push({ start: i, end });
  }
  return out;
}

/**
 * Returns the English words that may render a Chinese mention, best first: a glossary entry for exactly these words;
 * the map's English names of the entries mentioned ({@link nameForms}); glossary entries for words inside the mention
 * (longest first, e.g. `升级沙良、铁通等国际陆港枢纽功能` → `international land port`); the names' weak forms.
 */
export function mentionCandidates(
  words: string,
  ids: readonly string[],
  names: EntryNames,
  glossary: Pick<Glossary, 'terms' | 'names'>,
): string[] {
  const core = unwrapQuotes(words);
  const entries = [...glossary.terms, ...glossary.names];
  const out: string[] = [];
  for (const g of entries) if (g.zh === words || g.zh === core) out.push(g.en);
  const named = (weak: boolean) => {
    for (const id of ids) {
      const n = names.get(id);
      if (n?.name_en) out.push(...nameForms(n.name_en, weak));
    }
  };
  named(false);
  const inside = entries.filter((g) => g.zh !== words && g.zh !== core && words.includes(g.zh));
  inside.sort((a, b) => b.zh.length - a.zh.length || b.en.length - a.en.length);
  out.push(...inside.map((g) => g.en));
  named(true);
  return [...new Set(out.map((s) => s.trim()).filter(Boolean))];
}

interface Pending {
  words: string;
  ids: string[];
  paragraph: number;
  /** Relative position of the Chinese span in its paragraph, 0–1. */
  at: number;
  candidates: { text: string; hits: { start: number; end: number }[] }[];
}

/**
 * Returns the English mention index: for each Chinese mention span (from the same index the Chinese reader uses),
 * the first of its {@link mentionCandidates} found as whole words in the aligned English paragraph, linked to the same
 * ids. Spans whose best words are longest are placed first (so `Dahei River Country Park` is taken before
 * `Dahei River`); among several free occurrences, the one nearest to the Chinese span's relative position wins.
 * Spans never overlap. Chinese spans with no English are listed in `missing`.
 */
export function buildEnglishMentions(
  zh: readonly Provision[],
  en: readonly Provision[],
  zhIndex: MentionIndex,
  names: EntryNames,
  glossary: Pick<Glossary, 'terms' | 'names'>,
): EnglishMentions {
  const index: MentionIndex = {};
  const missing: MissingMention[] = [];
  const enByNumber = new Map(en.map((p) => [p.number, p]));
  for (const zp of zh) {
    const spans = zhIndex[zp.number];
    const ep = enByNumber.get(zp.number);
    if (!spans?.length) continue;
    const zParas = paragraphRanges(zp.text);
    const eParas = ep ? paragraphRanges(ep.text) : [];
    const pending: Pending[] = [];
    for (const s of spans) {
      const k = paragraphAt(zParas, s.start);
      const words = zp.text.slice(s.start, s.end);
      const para = eParas[k];
      const zr = zParas[k];
      const item: Pending = {
        words,
        ids: [...s.ids],
        paragraph: k,
        at: zr ? (s.start - zr.start) / Math.max(1, zr.end - zr.start) : 0,
        candidates: [],
      };
      if (ep && para) {
        const paraText = ep.text.slice(para.start, para.end);
        item.candidates = mentionCandidates(words, s.ids, names, glossary)
          .map((text) => ({
            text,
            hits: wordOccurrences(paraText, text).map((h) => ({ start: h.start + para.start, end: h.end + para.start })),
          }))
          .filter((c) => c.hits.length > 0);
      }
      pending.push(item);
    }
    const longest = (x: Pending) => x.candidates[0]?.text.length ?? 0;
    const order = [...pending].sort((a, b) => longest(b) - longest(a) || a.at - b.at);
    const taken: MentionSpan[] = [];
    for (const item of order) {
      const para = eParas[item.paragraph];
      let placed: MentionSpan | null = null;
      for (const c of item.candidates) {
        const free = c.hits.filter((h) => !taken.some((t) => h.start < t.end && t.start < h.end));
        if (!free.length || !para) continue;
        const rel = (h: { start: number }) => (h.start - para.start) / Math.max(1, para.end - para.start);
        free.sort((a, b) => Math.abs(rel(a) - item.at) - Math.abs(rel(b) - item.at) || a.start - b.start);
        placed = { start: free[0].start, end: free[0].end, ids: [...item.ids] };
        break;
      }
      if (placed) taken.push(placed);
      else missing.push({ p: zp.number, paragraph: item.paragraph, words: item.words, ids: item.ids });
    }
    if (taken.length) index[zp.number] = taken.sort((a, b) => a.start - b.start);
  }
  return { index, missing };
}

/**
 * Returns the English words that mention entry `id`, per provision (ascending, each words once), from an English
 * mention index: what an export or a panel quotes in English for a feature.
 */
export function englishMentionsOf(index: MentionIndex, provisions: readonly Provision[], id: string): { p: number; text: string }[] {
  const out: { p: number; text: string }[] = [];
  for (const p of provisions) {
    const seen = new Set<string>();
    for (const s of index[p.number] ?? []) {
      if (!s.ids.includes(id)) continue;
      const text = p.text.slice(s.start, s.end);
      if (!seen.has(text)) out.push({ p: p.number, text });
      seen.add(text);
    }
  }
  return out;
}

/** The loaded English edition (see `english-loader.ts`): what the panels and the downloads use. */
export interface EnglishEdition {
  plan: EnglishPlan;
  /** The English mention spans derived from a Chinese mention index (memoised per index). */
  mentions: (zhIndex: MentionIndex, names: EntryNames) => EnglishMentions;
  /** The English edition as the plan download carries it. */
  exportData: () => EnglishPlanExport;
}

/** What the plan download carries of the English edition (the translation, its label and the glossary's terms). */
export interface EnglishPlanExport {
  label: string;
  title: string;
  preamble: string;
  chapters: { number: number; title: string; intro: string | null }[];
  provisions: { number: number; title: string; paragraphs: string[] }[];
  closing: string;
  glossary: GlossaryTerm[];
}

/** Returns the English edition as the plan download carries it (paragraphs as stored, aligned with the Chinese). */
export function englishPlanExport(file: PlanEnFile, glossary: Pick<Glossary, 'terms'>): EnglishPlanExport {
  return {
    label: file.label_en,
    title: file.title,
    preamble: file.preamble,
    chapters: file.chapters.map((c) => ({ number: c.number, title: c.title, intro: c.intro })),
    provisions: file.provisions.map((p) => ({ number: p.number, title: p.title, paragraphs: [...p.paragraphs] })),
    closing: file.closing,
    glossary: glossary.terms.map((t) => ({ ...t })),
  };
}
