import { getProvision } from '../plan/plan-data.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Story, StoryExcerpt, StoryStep } from './story-schema.ts';

/**
 * What a step says in a language, and quotations as ranges of the verbatim text. Pure; shared by the briefing, the
 * exported sheet and the editor.
 */

/** Returns `a` when it has words, otherwise `b` (a step written in one language shows that language in both). */
const either = (a: string, b: string): string => (a.trim() ? a : b);

/** A step's texts in the interface language, each falling back to the other language when left empty. */
export interface StepText {
  title: string;
  caption: string;
  notes: string;
  /** Whether the title shown is the other language's (for `lang` attributes). */
  titleLang: Lang;
  captionLang: Lang;
  notesLang: Lang;
}

/** Returns the step's title, caption and notes in `lang`, or in the other language where `lang`'s is empty. */
export function stepText(step: StoryStep, lang: Lang): StepText {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const pick = (zh: string, en: string) => {
    const mine = lang === 'zh' ? zh : en;
    const theirs = lang === 'zh' ? en : zh;
    return { text: either(mine, theirs), lang: mine.trim() ? lang : theirs.trim() ? other : lang };
  };
  const title = pick(step.title_zh, step.title_en);
  const caption = pick(step.caption_zh, step.caption_en);
  const notes = pick(step.notes_zh, step.notes_en);
  return {
    title: title.text,
    caption: caption.text,
    notes: notes.text,
    titleLang: title.lang,
    captionLang: caption.lang,
    notesLang: notes.lang,
  };
}

/** Returns the story's title in `lang`, or the other language's when `lang`'s is empty. */
export function storyTitle(story: Pick<Story, 'title_zh' | 'title_en'>, lang: Lang): string {
  return lang === 'zh' ? either(story.title_zh, story.title_en) : either(story.title_en, story.title_zh);
}

/** Returns the quoted words of an excerpt: the slice of its provision's verbatim text (empty if out of range). */
export function excerptWords(x: StoryExcerpt, text: (n: number) => string | undefined = (n) => getProvision(n)?.text): string {
  const full = text(x.p);
  return full !== undefined && x.end <= full.length ? full.slice(x.start, x.end) : '';
}

/** Characters that never start or end a quotation: white space of both scripts and line breaks. */
const EDGE_SPACE = /[\s\u3000]/;

/**
 * Returns the range `[start, end)` of `text` without white space at either end, or null when nothing but white space
 * is selected. Offsets are UTF-16 code units, as a text field's `selectionStart` and `selectionEnd` report them.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && EDGE_SPACE.test(text[a])) a++;
  while (b > a && EDGE_SPACE.test(text[b - 1])) b--;
  // Never cut a surrogate pair in two.
  if (a > 0 && a < text.length && isLowSurrogate(text.charCodeAt(a))) a--;
  if (b < text.length && b > 0 && isLowSurrogate(text.charCodeAt(b))) b++;
  return a < b ? { start: a, end: b } : null;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Returns the offsets of the first occurrence of `words` in `text` (for turning quoted words into a range). */
export function findWords(text: string, words: string): { start: number; end: number } | null {
  if (!words) return null;
  const at = text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}

/** Returns whether two ranges overlap (share at least one character). */
export function rangesOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
