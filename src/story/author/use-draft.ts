import { useCallback, useEffect, useRef, useState } from 'react';
import {
  browserStorage,
  clearDraft,
  DRAFT_KEY,
  readDraft,
  writeDraft,
  type DraftStorage,
  type DraftWrite,
} from '../draft-storage.ts';
import { loadStoryContext } from '../story-data.ts';
import { emptyStory } from '../story-edit.ts';
import type { Story, StoryContext, StoryIssue } from '../story-schema.ts';

/** The draft as the editor sees it. */
export interface DraftState {
  /** `loading` until the stored draft has been read and checked; `invalid` when it could not be. */
  status: 'loading' | 'ready' | 'invalid';
  story: Story;
  /** The stored text and its problems, when `status` is `invalid`. */
  invalid: { raw: string; issues: StoryIssue[] } | null;
  /** How the last save went; `unavailable` when the browser keeps no storage for the page. */
  saved: DraftWrite;
  savedAt: Date | null;
}

const EMPTY = emptyStory({ zh: '', en: '' });

/**
 * Holds the briefing being written and keeps it in `localStorage` at every change, so that nothing is lost on a
 * reload; follows changes made in another tab of the same browser. Reading waits for the catalog so that the stored
 * draft is checked like any file.
 */
export function useDraft() {
  const storage = useRef<DraftStorage | null>(null);
  const ctx = useRef<StoryContext | null>(null);
  const [state, setState] = useState<DraftState>({ status: 'loading', story: EMPTY, invalid: null, saved: 'ok', savedAt: null });

  const load = useCallback(() => {
    const r = readDraft(storage.current, ctx.current ?? {});
    if (r.kind === 'ok') {
      setState({ status: 'ready', story: r.story, invalid: null, saved: 'ok', savedAt: r.savedAt ? new Date(r.savedAt) : null });
    } else if (r.kind === 'invalid') {
      setState((s) => ({ ...s, status: 'invalid', invalid: { raw: r.raw, issues: r.issues } }));
    } else {
      setState((s) => ({ ...s, status: 'ready', invalid: null, saved: r.kind === 'unavailable' ? 'unavailable' : 'ok' }));
    }
  }, []);

  useEffect(() => {
    let live = true;
    storage.current = browserStorage();
    void loadStoryContext().then((c) => {
      if (!live) return;
      ctx.current = c;
      load();
    });
    const onStorage = (e: StorageEvent) => {
      if (e.key === DRAFT_KEY && ctx.current) load();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [load]);

  /** Changes the draft and saves it at once. */
  const change = useCallback((fn: (s: Story) => Story) => {
    setState((s) => {
      if (s.status !== 'ready') return s;
      const story = fn(s.story);
      if (story === s.story) return s;
      const now = new Date();
      const saved = writeDraft(storage.current, story, now);
      return { ...s, story, saved, savedAt: saved === 'ok' ? now : s.savedAt };
    });
  }, []);

  /** Throws the stored draft away (after the presenter confirmed) and starts an empty one. */
  const discard = useCallback(() => {
    clearDraft(storage.current);
    setState({ status: 'ready', story: EMPTY, invalid: null, saved: storage.current ? 'ok' : 'unavailable', savedAt: null });
  }, []);

  return { state, change, discard };
}
