import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHOR_STRINGS } from '../../src/i18n/author.ts';
import { issueText } from '../../src/i18n/story-issues.ts';
import { STORY_STRINGS } from '../../src/i18n/story.ts';
import { clearDraft, DRAFT_KEY, readDraft, writeDraft, type DraftStorage } from '../../src/story/draft-storage.ts';
import { APP_STORY_CONTEXT, STORY } from '../../src/story/story-data.ts';
import { emptyStory } from '../../src/story/story-edit.ts';
import { formatJson, lineColumn, parseStoryFile, readStoryFile, storyFileName, storyFileText, toStoryFile } from '../../src/story/story-file.ts';
import { validateStory, type Story } from '../../src/story/story-schema.ts';

/** Briefing files (same schema as data/story.json), drafts in browser storage, and the two languages' tables. */

const builtin = STORY as Story;

describe('briefing files', () => {
  it('write the same schema as data/story.json: the built-in briefing comes out as the file it was read from', () => {
    expect(JSON.parse(storyFileText(builtin))).toEqual(JSON.parse(readFileSync('data/story.json', 'utf8')));
  });

  it('validate back to the same story, with each quotation’s words beside its offsets', () => {
    const file = toStoryFile(builtin);
    const x = (file.steps as { excerpts: { text: string }[] }[])[0].excerpts[0];
    expect(x.text).toBe('推动融入首府半小时都市圈、呼包鄂乌一小时城市圈、京津冀两小时经济圈、面向俄蒙欧对外开放圈“四大经济圈”');
    const parsed = parseStoryFile(storyFileText(builtin));
    expect(parsed.ok && validateStory(parsed.data, APP_STORY_CONTEXT).story).toEqual(builtin);
  });

  it('say where a syntax error is', () => {
    const text = '{\n  "version": 2,\n  "steps": [,]\n}';
    const r = parseStoryFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe('notJson');
      expect(issueText(r.issue, 'en')).toMatch(/^File: not valid JSON: error near line 3, column \d+$/);
      expect(issueText(r.issue, 'zh')).toMatch(/^文件：不是有效的 JSON：第 3 行第 \d+ 列附近有错误$/);
    }
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });

  it('refuse an empty file, a byte-order mark is fine', async () => {
    const empty = await readStoryFile(new Blob([]));
    expect(!empty.ok && empty.issue.code).toBe('fileEmpty');
    expect(parseStoryFile('  \n').ok).toBe(false);
    expect(parseStoryFile('\uFEFF{"version":2}').ok).toBe(true);
  });

  it('refuse a file too large before reading it', async () => {
    const r = await readStoryFile(new Blob([new Uint8Array(2_000_001)]));
    expect(!r.ok && issueText(r.issue, 'en')).toBe('File: the file is too large (2.0 MB; a briefing file is at most 2.0 MB)');
  });

  it('are named after the title and the date, safely for every file system', () => {
    const date = new Date('2026-03-01T10:00:00Z');
    expect(storyFileName({ ...builtin, title_zh: '我的/简报:“产业”?' }, 'zh', date)).toBe('我的-简报-“产业”-2026-03-01.briefing.json');
    expect(storyFileName(emptyStory({ zh: '', en: '' }), 'en', date)).toBe('briefing-2026-03-01.briefing.json');
  });

  it('lay out small records on one line', () => {
    expect(formatJson({ a: [1, 2], b: { c: 'x' } })).toBe('{ "a": [1, 2], "b": { "c": "x" } }');
    expect(formatJson({ list: ['a'.repeat(200)] })).toBe(`{\n  "list": ["${'a'.repeat(200)}"]\n}`);
  });
});

/** A storage that keeps items in a Map, and can be told to fail like a full or blocked browser storage. */
function memoryStorage(fail: 'none' | 'quota' | 'blocked' = 'none'): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => {
      if (fail === 'blocked') throw new DOMException('denied', 'SecurityError');
      return items.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
      if (fail === 'blocked') throw new DOMException('denied', 'SecurityError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
}

describe('drafts in browser storage', () => {
  it('survive a reload: what is written is read back, with the time it was saved', () => {
    const storage = memoryStorage();
    const now = new Date('2026-03-01T10:00:00Z');
    expect(writeDraft(storage, builtin, now)).toBe('ok');
    expect(readDraft(storage, APP_STORY_CONTEXT)).toEqual({ kind: 'ok', story: builtin, savedAt: now.toISOString() });
  });

  it('may have no steps yet', () => {
    const storage = memoryStorage();
    writeDraft(storage, emptyStory({ zh: '草稿', en: '' }));
    expect(readDraft(storage).kind).toBe('ok');
  });

  it('are cleared', () => {
    const storage = memoryStorage();
    writeDraft(storage, builtin);
    clearDraft(storage);
    expect(readDraft(storage)).toEqual({ kind: 'none' });
  });

  it('that no longer validate are handed back raw with their problems, never dropped', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({ savedAt: 'x', story: { ...builtin, steps: [{ ...builtin.steps[0], layers: ['renamed-layer'] }] } });
    storage.items.set(DRAFT_KEY, raw);
    const r = readDraft(storage, APP_STORY_CONTEXT);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') {
      expect(r.raw).toBe(raw);
      expect(r.issues.map((i) => i.code)).toEqual(['layerUnknown']);
    }
    expect(storage.items.get(DRAFT_KEY)).toBe(raw);
    storage.items.set(DRAFT_KEY, '{not json');
    expect(readDraft(storage).kind).toBe('invalid');
  });

  it('report a full or blocked storage instead of throwing', () => {
    expect(writeDraft(memoryStorage('quota'), builtin)).toBe('full');
    expect(writeDraft(memoryStorage('blocked'), builtin)).toBe('unavailable');
    expect(readDraft(memoryStorage('blocked'))).toEqual({ kind: 'unavailable' });
    expect(writeDraft(null, builtin)).toBe('unavailable');
  });
});

describe('interface strings', () => {
  const keys = (o: object) => Object.keys(o).sort();
  it('have the same keys in Chinese and English, none empty', () => {
    for (const table of [AUTHOR_STRINGS, STORY_STRINGS]) {
      expect(keys(table.en)).toEqual(keys(table.zh));
      for (const lang of ['zh', 'en'] as const) {
        const empty = Object.entries(table[lang]).filter(([, v]) => !String(v).trim());
        expect(empty).toEqual([]);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    // `{s}` is the English plural ending, which Chinese does not need.
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((k) => k !== 's').sort();
    for (const table of [AUTHOR_STRINGS, STORY_STRINGS]) {
      const zh = table.zh as Record<string, string>;
      const en = table.en as Record<string, string>;
      const differ = Object.keys(zh).filter((k) => holes(zh[k]).join() !== holes(en[k]).join());
      expect(differ).toEqual([]);
    }
  });

  it('say “1 step” and “2 steps” in English', async () => {
    const { format } = await import('../../src/lib/format.ts');
    const { plural } = await import('../../src/i18n/author.ts');
    expect([1, 2].map((n) => format(AUTHOR_STRINGS.en.stepCount, { n, s: plural(n) }))).toEqual(['1 step', '2 steps']);
    expect(format(AUTHOR_STRINGS.zh.stepCount, { n: 1, s: plural(1) })).toBe('1 步');
  });

  it('word every issue in both languages', () => {
    const codes = [
      'notObject', 'versionMissing', 'versionInvalid', 'versionNewer', 'textType', 'tooLong', 'boolean', 'settingsShape',
      'seconds', 'stepsEmpty', 'stepsTooMany', 'stepShape', 'idInvalid', 'idDuplicate', 'cameraShape', 'centerInvalid',
      'centerRange', 'zoomRange', 'bearingRange', 'pitchRange', 'listType', 'listTooLong', 'layerInvalid', 'layerUnknown',
      'featureInvalid', 'featureUnknown', 'filtersShape', 'filterInvalid', 'filterUnknown', 'provisionRange',
      'excerptShape', 'excerptNotCited', 'offsetsRange', 'offsetsOrder', 'quoteBlank', 'quoteTooLong', 'quoteMismatch',
      'quoteNotFound', 'unknownField', 'notJson', 'fileEmpty', 'fileTooLarge', 'fileRead', 'linkCorrupt', 'linkNewer',
      'linkTooBig', 'linkUnsupported',
    ] as const;
    for (const code of codes) {
      const zh = issueText({ field: 'file', code }, 'zh');
      const en = issueText({ field: 'file', code }, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is JSON, and points at the first wrong character', async () => {
    const { jsonErrorOffset } = await import('../../src/story/story-file.ts');
    const good = ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]} ', '"s"', '0'];
    for (const g of good) expect(jsonErrorOffset(g), g).toBe(-1);
    const bad: [string, number][] = [
      ['{"a":1,}', 7],
      ['[1,,2]', 3],
      ['{"a" 1}', 5],
      ['{"a":01}', 6],
      ['{"a":"x\ny"}', 7],
      ['[1] x', 4],
      ['{"a":tru}', 5],
      ['[1', 2],
    ];
    for (const [b, at] of bad) {
      expect(() => JSON.parse(b)).toThrow();
      expect(jsonErrorOffset(b), b).toBe(at);
    }
  });
});
