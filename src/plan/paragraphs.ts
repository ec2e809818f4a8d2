import type { Span } from './search.ts';

/**
 * Returns the paragraphs of a provision's `text` as ranges `[start, end)` (UTF-16 code units): the line breaks of the
 * source separate them and belong to none. Pure; shared by the reader, the English edition and its checks.
 */
export function paragraphRanges(text: string, from = 0): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Returns the paragraphs of `text` as strings (see {@link paragraphRanges}). */
export function paragraphTexts(text: string): string[] {
  return paragraphRanges(text).map((r) => text.slice(r.start, r.end));
}

/** Returns the index of the paragraph of `ranges` that contains offset `at`, or -1. */
export function paragraphAt(ranges: readonly Span[], at: number): number {
  return ranges.findIndex((r) => at >= r.start && at < r.end);
}
