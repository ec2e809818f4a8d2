import type { Story } from './story-schema.ts';

/**
 * Hands a briefing to the editor from elsewhere (the briefing's "edit a copy"): the editor takes it when it opens,
 * asking first if that would replace a draft. A tiny module of its own so that the briefing does not load the editor.
 */

/** Where a briefing handed to the editor came from (the editor words its question accordingly). */
export type InboxSource = 'builtin' | 'link' | 'file';

export interface InboxItem {
  story: Story;
  source: InboxSource;
}

let pending: InboxItem | null = null;
const listeners = new Set<() => void>();

/** Offers `story` to the editor. */
export function sendToEditor(story: Story, source: InboxSource): void {
  pending = { story, source };
  for (const l of listeners) l();
}

/** Returns the offered briefing and forgets it, or null. */
export function takeFromInbox(): InboxItem | null {
  const item = pending;
  pending = null;
  return item;
}

/** Calls `listener` whenever a briefing is offered; returns a function that stops listening. */
export function onInbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
