import { validateStory, type Story, type StoryContext, type StoryIssue } from './story-schema.ts';

/**
 * The briefing being written, kept in the browser's `localStorage` as the presenter edits, so that a reload, a crash
 * or a closed tab loses nothing. A stored draft that no longer validates (say, a layer was renamed by a redeploy) is
 * never thrown away silently: it is returned raw, for the presenter to download or discard.
 */

/** The storage key of the draft. */
export const DRAFT_KEY = 'hohhot-plan.briefing-draft';

/** The minimal `Storage` the draft needs (a test passes a `Map`-backed one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the storage held. */
export type DraftRead =
  | { kind: 'none' }
  | { kind: 'ok'; story: Story; savedAt: string | null }
  | { kind: 'invalid'; raw: string; issues: StoryIssue[] }
  | { kind: 'unavailable' };

/** Returns the browser's local storage, or null where it is blocked (some private modes, sandboxed frames). */
export function browserStorage(): DraftStorage | null {
  try {
    const s = window.localStorage;
    const probe = `${DRAFT_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** Reads the draft, validated against `ctx` (a draft may have no steps yet). */
export function readDraft(storage: DraftStorage | null, ctx: StoryContext = {}): DraftRead {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw == null) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', raw, issues: [{ field: 'story', code: 'notJson' }] };
  }
  const wrapper = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  const body = wrapper && Object.hasOwn(wrapper, 'story') ? wrapper.story : parsed;
  const savedAt = wrapper && Object.hasOwn(wrapper, 'savedAt') && typeof wrapper.savedAt === 'string' ? wrapper.savedAt : null;
  const r = validateStory(body, { ...ctx, allowEmpty: true });
  return r.ok ? { kind: 'ok', story: r.story, savedAt } : { kind: 'invalid', raw, issues: r.issues };
}

/** Result of saving: `full` when the storage quota is exceeded, `unavailable` when there is no storage. */
export type DraftWrite = 'ok' | 'full' | 'unavailable';

/** Saves the draft with the time it was saved (ISO 8601). */
export function writeDraft(storage: DraftStorage | null, story: Story, now: Date = new Date()): DraftWrite {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: now.toISOString(), story }));
    return 'ok';
  } catch (e) {
    return e instanceof DOMException && /quota/i.test(e.name) ? 'full' : 'unavailable';
  }
}

/** Removes the draft. */
export function clearDraft(storage: DraftStorage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
