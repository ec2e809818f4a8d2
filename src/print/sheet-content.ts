import type { Lang } from '../i18n/lang.ts';
import { PRINT_STRINGS } from '../i18n/print.ts';
import { TRANSLATION_LABEL } from '../i18n/translation.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import { LAYERS, type SwatchType } from '../layers/registry.ts';
import type { Provision } from '../plan/types.ts';
import type { StoryStep } from '../story/story-schema.ts';
import { format } from '../lib/format.ts';

/**
 * What goes on an exported sheet besides the map, built from plain inputs (the current step or provision, visible
 * layers, attribution lines). Pure: no DOM, no store.
 */

export interface LegendItem {
  id: string;
  title: string;
  color: string;
  swatch: SwatchType;
}

export interface CitedExcerpt {
  /** Provision number 1–53. */
  p: number;
  /** Verbatim words of the provision. */
  text: string;
  /** Whether the provision continues beyond `text` (an ellipsis is drawn after it, outside the quotation). */
  truncated: boolean;
  /** `zh` for the verbatim Chinese, `en` for the English translation. */
  lang?: Lang;
}

export interface SheetContent {
  lang: Lang;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  cited: CitedExcerpt[];
  /** The translation's label when the cited words are the English translation, else null. */
  translationNote: string | null;
  sources: string[];
  /** The precision key and caveat, one statement per line. */
  caveat: string;
  link: string;
  date: string;
}

/** Returns the precision key (how each precision is drawn) and the caveat, one per line, as the map legend says them. */
export function sheetCaveat(lang: Lang): string {
  const p = VOCABULARY[lang].precision;
  return [p.key.surveyed, p.key.schematic, p.key.approximate, p.key.inferred, p.caveat].join('\n');
}

/** Returns the legend entries of the visible layers, in registry (drawing) order; unknown ids are skipped. */
export function legendFor(layerIds: readonly string[], lang: Lang): LegendItem[] {
  return LAYERS.filter((l) => layerIds.includes(l.id)).map((l) => ({
    id: l.id,
    title: lang === 'en' ? l.title_en : l.title_zh,
    color: l.color,
    swatch: l.legend.swatch,
  }));
}

/**
 * Returns the opening of a provision, verbatim: whole sentences (ending in 。； or, in the English edition, `.` `;`)
 * from just after the `(n)` prefix until `maxChars` would be passed (at least the title sentence).
 */
export function provisionOpening(p: Provision, maxChars = 160, lang: Lang = 'zh'): CitedExcerpt {
  const body = p.text.slice(p.title_start);
  const re = lang === 'en' ? /[^.;]*[.;](?:\s+|$)|[^.;]+$/g : /[^。；]*[。；]|[^。；]+$/g;
  const sentences = body.match(re) ?? [body];
  let out = '';
  for (const s of sentences) {
    if (out && [...out].length + [...s].length > maxChars) break;
    out += s;
  }
  out = out.trimEnd();
  return { p: p.number, text: out, truncated: out.length < body.trimEnd().length, lang };
}

export interface SheetInput {
  lang: Lang;
  /** The current briefing step, if presenting. */
  step: StoryStep | null;
  /** The provision open in the reader, if any. */
  provision: Provision | null;
  /** The same provision in the English edition, when it is loaded (quoted on English sheets). */
  englishProvision?: Provision | null;
  visibleLayers: readonly string[];
  sources: readonly string[];
  link: string;
  date: Date;
  /** A title typed by the user; empty for the default. */
  customTitle?: string;
}

/** Returns the sheet's texts: the briefing step wins over the reader's provision, which wins over the plan title. */
export function sheetContent(input: SheetInput): SheetContent {
  const t = PRINT_STRINGS[input.lang];
  let title: string = t.defaultTitle;
  let cited: CitedExcerpt[] = [];
  const en = input.lang === 'en';
  if (input.step) {
    title = en ? input.step.title_en : input.step.title_zh;
    cited = input.step.excerpts.map((x) =>
      en && x.text_en ? { p: x.p, text: x.text_en, truncated: true, lang: 'en' } : { p: x.p, text: x.text, truncated: true, lang: 'zh' },
    );
  } else if (input.provision) {
    // An English sheet quotes the English edition when it is loaded; the Chinese stands in until then.
    const p = en && input.englishProvision ? input.englishProvision : input.provision;
    title = `${format(t.provision, { n: p.number })} ${p.title}`;
    cited = [p === input.provision ? provisionOpening(p) : provisionOpening(p, 320, 'en')];
  }
  const custom = input.customTitle?.trim();
  return {
    lang: input.lang,
    title: custom || title,
    subtitle: `《${t.planTitle}》`,
    legend: legendFor(input.visibleLayers, input.lang),
    cited,
    translationNote: cited.some((c) => c.lang === 'en') ? TRANSLATION_LABEL.en : null,
    sources: [...input.sources],
    caveat: sheetCaveat(input.lang),
    link: input.link,
    date: input.date.toISOString().slice(0, 10),
  };
}
