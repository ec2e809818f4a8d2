import type { Story, StoryIssue } from './story-schema.ts';
import { excerptWords, storyTitle } from './story-text.ts';

/**
 * A briefing as a file: the same schema as `data/story.json` (version 2), pretty-printed, each quotation carrying its
 * words beside the offsets (`text`) so that a reader of the file sees them and the validator can tell a hand edit
 * that moved them.
 */

/** Largest briefing file accepted (30 steps with long notes in two languages stay far below it). */
export const MAX_FILE_BYTES = 2_000_000;

/** Returns the story as the file writes it: every field present, quotations with their words. */
export function toStoryFile(story: Story, text?: (n: number) => string | undefined): Record<string, unknown> {
  return {
    version: story.version,
    title_zh: story.title_zh,
    title_en: story.title_en,
    settings: { ...story.settings },
    steps: story.steps.map((s) => ({
      id: s.id,
      title_zh: s.title_zh,
      title_en: s.title_en,
      caption_zh: s.caption_zh,
      caption_en: s.caption_en,
      camera: { center: [...s.camera.center], zoom: s.camera.zoom, bearing: s.camera.bearing, pitch: s.camera.pitch },
      layers: [...s.layers],
      highlight: [...s.highlight],
      filters: { sectors: [...s.filters.sectors], statuses: [...s.filters.statuses], districts: [...s.filters.districts] },
      provisions: [...s.provisions],
      excerpts: s.excerpts.map((x) => ({
        p: x.p,
        start: x.start,
        end: x.end,
        text: excerptWords(x, text),
        ...(x.text_en ? { text_en: x.text_en } : {}),
      })),
      notes_zh: s.notes_zh,
      notes_en: s.notes_en,
      essential_motion: s.essential_motion,
    })),
  };
}

/**
 * Returns `value` as JSON indented by two spaces, with every object or array that fits on one line of `width`
 * characters, every list of plain values and every small object of plain values (a quotation) written on one line,
 * so that the file reads like `data/story.json`.
 */
export function formatJson(value: unknown, width = 120, indent = ''): string {
  const flat = inlineJson(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width || isSmallRecord(value)) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + formatJson(v, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, width - k.length - 4, inner)}`).join(',\n')}\n${indent}}`;
}

/** A list of plain values, or a small object of plain values (a quotation): kept on one line however long. */
function isSmallRecord(value: object): boolean {
  const vals = Object.values(value);
  const plain = vals.every((v) => v === null || typeof v !== 'object');
  return plain && (Array.isArray(value) || vals.length <= 5);
}

/** Returns `value` as one line of JSON with a space after each `:` and `,` (`{ "p": 3, "start": 12 }`). */
function inlineJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }` : '{}';
}

/** Returns the file's text: JSON as `formatJson` lays it out, with a final newline. */
export function storyFileText(story: Story, text?: (n: number) => string | undefined): string {
  return `${formatJson(toStoryFile(story, text))}\n`;
}

/** Returns a file name for the story: its title made safe for every file system, and the date (`YYYY-MM-DD`). */
export function storyFileName(story: Story, lang: 'zh' | 'en', date: Date): string {
  const title = storyTitle(story, lang)
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `${title || 'briefing'}-${day}.briefing.json`;
}

/** What a file holds: the parsed JSON (still to be validated), or why it cannot be read. */
export type FileResult = { ok: true; data: unknown } | { ok: false; issue: StoryIssue };

const fileIssue = (code: StoryIssue['code'], values?: StoryIssue['values']): FileResult => ({
  ok: false,
  issue: { field: 'file', code, ...(values ? { values } : {}) },
});

/** Returns the line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}

/**
 * Returns the offset at which `text` stops being JSON (RFC 8259), or -1 when it is JSON. Engines word their syntax
 * errors differently and not all give a position, so the file's reader finds it itself.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** Parses a file's text as JSON; a syntax error says where it is (line and column). */
export function parseStoryFile(text: string): FileResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileIssue('fileEmpty');
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch {
    const at = jsonErrorOffset(body);
    return at >= 0 ? fileIssue('notJson', lineColumn(body, at)) : fileIssue('notJson');
  }
}

const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} KB`);

/** Reads a chosen or dropped file as text, refusing empty and oversized files before reading them. */
export async function readStoryFile(file: Blob): Promise<FileResult> {
  if (file.size === 0) return fileIssue('fileEmpty');
  if (file.size > MAX_FILE_BYTES) return fileIssue('fileTooLarge', { size: kb(file.size), max: kb(MAX_FILE_BYTES) });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fileIssue('fileRead');
  }
  return parseStoryFile(text);
}
