import { useEffect, useRef } from 'react';
import { keyToAction, type StoryAction } from './story-nav.ts';

/** Whether a key event comes from somewhere that needs its own keys (text entry, a native control). */
function isOwnKeyTarget(e: KeyboardEvent): boolean {
  // A dialog over the briefing (the image export) has the keys, wherever the focus is: Esc closes it, and the steps
  // stay put behind it.
  if (document.querySelector('dialog[open]')) return true;
  const t = e.target as HTMLElement | null;
  if (!t || typeof t.closest !== 'function') return false;
  if (t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // Space and Enter on a focused button or link activate it; do not also step.
  if ((e.key === ' ' || e.key === 'Enter') && t.closest('button, a[href], summary')) return true;
  return false;
}

/**
 * Listens for briefing keys on the window while `enabled`: →/PageDown/Space next, ←/PageUp previous, Home/End,
 * 1–9 jump, Esc leave, N notes, B/R back to step, F full screen. Listens in the capture phase so that a focused map
 * does not also pan on the arrow keys; keys with Ctrl/Alt/Meta and keys typed into fields are left alone.
 */
export function useStoryKeys(onAction: (action: StoryAction) => void, enabled = true): void {
  const cb = useRef(onAction);
  cb.current = onAction;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
      if (isOwnKeyTarget(e)) return;
      const action = keyToAction(e.key);
      if (!action) return;
      // Leave Esc to the browser while in full screen: the browser exits full screen on it first.
      if (action.type === 'exit' && document.fullscreenElement) return;
      e.preventDefault();
      e.stopPropagation();
      cb.current(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled]);
}
