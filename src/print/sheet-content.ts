import type { Lang } from '../i18n/lang.ts';
import { PRINT_STRINGS } from '../i18n/print.ts';
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
}

export interface SheetContent {
  lang: Lang;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  cited: CitedExcerpt[];
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
 * Returns the opening of a provision, verbatim: whole sentences (ending in 。；) from just after the `(n)` prefix
 * until `maxChars` would be passed (at least the title sentence).
 */
export function provisionOpening(p: Provision, maxChars = 160): CitedExcerpt {
  const body = p.text.slice(p.title_start);
  const sentences = body.match(/[^。；]*[。；]|[^。；]+$/g) ?? [body];
  let out = '';
  for (const s of sentences) {
    if (out && [...out].length + [...s].length > maxChars) break;
    out += s;
  }
  return { p: p.number, text: out, truncated: out.length < body.trimEnd().length };
}

export interface SheetInput {
  lang: Lang;
  /** The current briefing step, if presenting. */
  step: StoryStep | null;
  /** The provision open in the reader, if any. */
  provision: Provision | null;
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
  if (input.step) {
    title = input.lang === 'en' ? input.step.title_en : input.step.title_zh;
    cited = input.step.excerpts.map((x) => ({ p: x.p, text: x.text, truncated: true }));
  } else if (input.provision) {
    title = `${format(t.provision, { n: input.provision.number })} ${input.provision.title}`;
    cited = [provisionOpening(input.provision)];
  }
  const custom = input.customTitle?.trim();
  return {
    lang: input.lang,
    title: custom || title,
    subtitle: `《${t.planTitle}》`,
    legend: legendFor(input.visibleLayers, input.lang),
    cited,
    sources: [...input.sources],
    caveat: sheetCaveat(input.lang),
    link: input.link,
    date: input.date.toISOString().slice(0, 10),
  };
}
