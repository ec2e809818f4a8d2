/**
 * Which language a piece of prose is written in, by a rule simple enough to state and to check everywhere: the
 * validator runs it on every `_zh` / `_en` field, and the browser test runs it on every paragraph of the feature panel.
 *
 * The rule:
 * - Chinese prose (`_zh`) is mostly Chinese: it has at least two Chinese characters for every Latin word (a dataset
 *   name such as `DataV.GeoAtlas`, a code such as `GCJ-02` or a domain such as `people.com.cn` counts as one or two
 *   words), and it holds no run of four or more consecutive English words outside quotation marks, book-title marks
 *   or brackets.
 * - English prose (`_en`) uses Chinese only for names and quotations: every run of Chinese characters outside quotation
 *   marks, book-title marks or brackets is at most 12 characters long and carries no Chinese sentence punctuation
 *   (。，；！？、), and outside those marks Chinese characters make up at most 40% of its letters.
 */

/** A Chinese character (CJK unified ideographs, extension A, compatibility ideographs). */
const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN_GLOBAL = /[A-Za-z]/g;
/** Chinese sentence punctuation: its presence outside a quotation means a Chinese sentence. */
const ZH_SENTENCE_PUNCT = /[。，；！？、]/u;
/** The longest run of Chinese characters that English prose may carry unquoted (a place or institution name). */
export const MAX_NAME_RUN = 12;

/** Pairs of marks whose content is a quotation, a title or an aside, and so exempt from the language rule. */
const QUOTE_PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];
const BRACKET_PAIRS: readonly [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['[', ']'],
];

/** Returns `text` with the content of quotation marks (and, when `brackets`, of brackets) replaced by spaces. */
export function stripQuoted(text: string, brackets = false): string {
  const pairs = brackets ? [...QUOTE_PAIRS, ...BRACKET_PAIRS] : QUOTE_PAIRS;
  let out = '';
  let close: string | null = null;
  let depth = 0;
  let open = '';
  for (const ch of text) {
    if (close !== null) {
      // Symmetric marks (") close on their next occurrence; brackets may nest.
      if (ch === close && open !== close) depth -= 1;
      else if (ch === open && open !== close) depth += 1;
      else if (ch === close) depth = 0;
      if (depth === 0) {
        close = null;
        out += ' ';
      } else out += ' ';
      continue;
    }
    const pair = pairs.find(([o]) => o === ch);
    if (pair) {
      close = pair[1];
      open = pair[0];
      depth = 1;
      out += ' ';
    } else out += ch;
  }
  // An unclosed mark: treat the rest as unquoted rather than hiding it.
  return close === null ? out : text;
}

/** Counts Chinese characters, Latin letters and Latin words (maximal runs of Latin letters). */
export function letterCounts(text: string): { cjk: number; latin: number; latinWords: number } {
  return {
    cjk: (text.match(CJK_GLOBAL) ?? []).length,
    latin: (text.match(LATIN_GLOBAL) ?? []).length,
    latinWords: (text.match(/[A-Za-z]+/g) ?? []).length,
  };
}

/** Returns the maximal runs of Chinese characters (with the Chinese punctuation inside them) in `text`. */
export function cjkRuns(text: string): string[] {
  return text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f\u00b7·]*/gu) ?? [];
}

/** Returns the longest run of consecutive English words (two or more letters each) in `text`. */
export function longestEnglishRun(text: string): string {
  let best = '';
  for (const m of text.matchAll(/(?:[A-Za-z][A-Za-z'’-]+[,;:]?\s+){2,}[A-Za-z][A-Za-z'’-]+/g)) {
    if (m[0].split(/\s+/).length > best.split(/\s+/).filter(Boolean).length) best = m[0];
  }
  return best;
}

/** Returns why `text` is not Chinese prose by the rule above, or null when it is. */
export function zhProblem(text: string): string | null {
  const { cjk, latinWords } = letterCounts(text);
  if (cjk === 0) return 'has no Chinese characters';
  if (cjk < 2 * latinWords) return `is mostly Latin (${cjk} Chinese characters, ${latinWords} Latin words)`;
  const run = longestEnglishRun(stripQuoted(text, true));
  if (run.split(/\s+/).filter(Boolean).length >= 4) return `holds an English phrase outside quotation marks: "${run.slice(0, 60)}"`;
  return null;
}

/** Returns why `text` is not English prose by the rule above, or null when it is. */
export function enProblem(text: string): string | null {
  if (letterCounts(text).latin === 0) return 'has no Latin letters';
  const bare = stripQuoted(text, true);
  const { cjk, latin } = letterCounts(bare);
  if (cjk > 0.4 * (cjk + latin)) return `is mostly Chinese outside quotations (${cjk} Chinese characters, ${latin} Latin letters)`;
  for (const run of cjkRuns(bare)) {
    if (ZH_SENTENCE_PUNCT.test(run)) return `holds a Chinese sentence outside quotation marks: "${run.slice(0, 30)}"`;
    const chars = (run.match(CJK_GLOBAL) ?? []).length;
    if (chars > MAX_NAME_RUN) return `holds ${chars} Chinese characters in a row outside quotation marks (a name has at most ${MAX_NAME_RUN}): "${run.slice(0, 30)}"`;
  }
  return null;
}

/** Returns whether `text` contains any Chinese character. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}
