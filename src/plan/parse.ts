import type { Chapter, Plan, PlanSource, Provision, Segment } from './types.ts';

/**
 * Parser of the plan's source text into {@link Plan}. Pure: no file system, no DOM. It is strict on purpose: any
 * departure from the expected structure (a missing or repeated number, a stray paragraph) throws a
 * {@link PlanParseError} naming the line, rather than silently producing a plan that no longer matches the text.
 */

/** Thrown when the source text does not have the structure the parser expects; the message names the line. */
export class PlanParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'PlanParseError';
  }
}

export const CHAPTER_COUNT = 12;
export const PROVISION_COUNT = 53;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Returns the Chinese numeral for 1–99 as used in headings and ordinals: 1 → `一`, 12 → `十二`, 22 → `二十二`. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no numeral for ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** Returns the number written by a Chinese numeral of 1–99 (`十二` → 12), or null if it is not one. */
export function parseChineseNumeral(s: string): number | null {
  for (let n = 1; n <= 99; n++) if (chineseNumeral(n) === s) return n;
  return null;
}

interface Block {
  text: string;
  start: number;
  end: number;
  /** 1-based line number of the block's first line, for error messages. */
  line: number;
}

/** Splits the text into non-empty lines with their offsets (line breaks, `\n` or `\r\n`, belong to no block). */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let line = 1;
  let last = 0;
  while ((m = re.exec(source))) {
    for (let i = last; i < m.index; i++) if (source.charCodeAt(i) === 10) line++;
    last = m.index;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, line });
  }
  return out;
}

const HEADING_RE = /^([一二三四五六七八九十]{1,3})、/;
const PROVISION_RE = /^\((\d{1,2})\)/;

/** Extra facts about the source file that the text itself does not carry. */
export type SourceFacts = Omit<PlanSource, 'sha256' | 'bytes' | 'file'> & { file: string };

/**
 * Parses the full source text into the structured plan. `sha256` and `bytes` describe the file (the caller hashes
 * it, so this stays free of Node APIs).
 */
export function parsePlan(
  source: string,
  meta: { facts: SourceFacts; sha256: string; bytes: number; generatedBy: string },
): Plan {
  const bs = blocks(source);
  const firstHeading = bs.findIndex((b) => b.text.startsWith(`${chineseNumeral(1)}、`));
  if (firstHeading < 0) throw new PlanParseError('no chapter heading 一、 found', 1);
  if (firstHeading < 1) throw new PlanParseError('no preamble before the first chapter', bs[0].line);

  type Role = { kind: Segment['kind']; id: string; start: number; end: number };
  const roles: Role[] = [];
  const furniture = bs.slice(0, firstHeading - 1);
  furniture.forEach((b, i) => roles.push({ kind: 'furniture', id: `furniture-${i + 1}`, start: b.start, end: b.end }));
  const pre = bs[firstHeading - 1];
  roles.push({ kind: 'preamble', id: 'preamble', start: pre.start, end: pre.end });

  const chapters: Chapter[] = [];
  const provisions: Provision[] = [];
  let current: { start: number; end: number; number: number; line: number } | null = null;
  const closeProvision = () => {
    if (!current) return;
    const text = source.slice(current.start, current.end);
    const prefix = `(${current.number})`;
    const stop = text.indexOf('。');
    if (stop < 0) throw new PlanParseError(`provision ${current.number} has no title sentence ending in 。`, current.line);
    const title = text.slice(prefix.length, stop);
    if (!title.trim()) throw new PlanParseError(`provision ${current.number} has an empty title`, current.line);
    provisions.push({
      id: `p${current.number}`,
      number: current.number,
      chapter: chapters.length,
      title,
      text,
      title_start: prefix.length,
      title_end: stop + 1,
    });
    roles.push({ kind: 'provision', id: `p${current.number}`, start: current.start, end: current.end });
    current = null;
  };

  const last = bs.length - 1;
  for (let i = firstHeading; i <= last; i++) {
    const b = bs[i];
    const h = HEADING_RE.exec(b.text);
    const p = PROVISION_RE.exec(b.text);
    if (h && parseChineseNumeral(h[1]) === chapters.length + 1) {
      closeProvision();
      const number = chapters.length + 1;
      chapters.push({
        id: `ch${number}`,
        number,
        numeral: h[1],
        title: b.text.slice(h[0].length),
        heading: b.text,
        intro: null,
        provisions: [],
      });
      roles.push({ kind: 'chapter-heading', id: `ch${number}-heading`, start: b.start, end: b.end });
      continue;
    }
    if (p) {
      const n = Number(p[1]);
      if (n !== provisions.length + (current ? 2 : 1)) {
        throw new PlanParseError(`expected provision (${provisions.length + (current ? 2 : 1)}), found (${n})`, b.line);
      }
      closeProvision();
      current = { start: b.start, end: b.end, number: n, line: b.line };
      chapters[chapters.length - 1].provisions.push(n);
      continue;
    }
    if (h) throw new PlanParseError(`chapter heading ${h[1]}、 out of order`, b.line);
    const ch = chapters[chapters.length - 1];
    if (i === last && provisions.length + (current ? 1 : 0) === PROVISION_COUNT) {
      closeProvision();
      roles.push({ kind: 'closing', id: 'closing', start: b.start, end: b.end });
      continue;
    }
    if (current) {
      // A provision may run over several paragraphs (provision 4 lists its goals as `——` lines).
      current.end = b.end;
      continue;
    }
    if (ch.provisions.length === 0 && ch.intro == null) {
      ch.intro = b.text;
      roles.push({ kind: 'chapter-intro', id: `ch${ch.number}-intro`, start: b.start, end: b.end });
      continue;
    }
    throw new PlanParseError(`unexpected paragraph in chapter ${ch.numeral}: ${b.text.slice(0, 20)}…`, b.line);
  }
  if (current) throw new PlanParseError('no closing paragraph after the last provision', bs[last].line);
  if (chapters.length !== CHAPTER_COUNT) throw new PlanParseError(`found ${chapters.length} chapters, expected ${CHAPTER_COUNT}`, bs[last].line);
  if (provisions.length !== PROVISION_COUNT) {
    throw new PlanParseError(`found ${provisions.length} provisions, expected ${PROVISION_COUNT}`, bs[last].line);
  }

  const segments: Segment[] = [];
  let pos = 0;
  let breaks = 0;
  for (const r of roles) {
    if (r.start > pos) segments.push({ id: `break-${++breaks}`, kind: 'break', text: source.slice(pos, r.start), start: pos });
    segments.push({ id: r.id, kind: r.kind, text: source.slice(r.start, r.end), start: r.start });
    pos = r.end;
  }
  if (pos < source.length) segments.push({ id: `break-${++breaks}`, kind: 'break', text: source.slice(pos), start: pos });

  const title = /《([^》]+)》/.exec(furniture.map((b) => b.text).join('\n') + pre.text)?.[1];
  if (!title) throw new PlanParseError('no document title in 《》 before the first chapter', bs[0].line);

  return {
    generated_by: meta.generatedBy,
    title,
    source: { ...meta.facts, sha256: meta.sha256, bytes: meta.bytes },
    segments,
    preamble: pre.text,
    chapters,
    provisions,
    closing: segments.find((s) => s.kind === 'closing')!.text,
  };
}
