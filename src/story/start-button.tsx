import { STORY_STRINGS } from '../i18n/story.ts';
import { selectAuthoring, selectLang, selectStory } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { startBriefing } from './session.ts';
import './start-button.css';

/**
 * The "演示 / Present" button for the app header: starts the built-in briefing at step 1 (remembering the current
 * layers and view for when the presenter leaves). Hidden while presenting. The briefing itself, and the check of
 * `data/story.json`, load only when it starts.
 */
export function StartBriefingButton() {
  const lang = useAppStore(selectLang);
  const story = useAppStore(selectStory);
  if (story != null) return null;
  const t = STORY_STRINGS[lang];
  return (
    <button
      type="button"
      className="start-briefing"
      data-testid="start-briefing"
      title={t.presentHint}
      onClick={() => startBriefing(useAppStore)}
    >
      <span aria-hidden="true">▶</span> {t.present}
    </button>
  );
}

/**
 * The "编排简报 / Build a briefing" button for the app header: opens (or closes) the briefing editor, which loads
 * on demand. Hidden while presenting.
 */
export function AuthorButton() {
  const lang = useAppStore(selectLang);
  const story = useAppStore(selectStory);
  const open = useAppStore(selectAuthoring);
  if (story != null) return null;
  const t = STORY_STRINGS[lang];
  return (
    <button
      type="button"
      className="start-briefing start-briefing--author"
      data-testid="author-open"
      aria-pressed={open}
      title={t.authorHint}
      onClick={() => useAppStore.getState().setAuthoring(!open)}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="2.5" y="3" width="10" height="7" rx="1.2" fill="none" stroke="currentColor" strokeWidth="1.7" />
        <rect x="7.5" y="10" width="10" height="7" rx="1.2" fill="none" stroke="currentColor" strokeWidth="1.7" />
      </svg>{' '}
      {t.author}
    </button>
  );
}
