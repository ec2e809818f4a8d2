import { STORY_STRINGS } from '../i18n/story.ts';
import { selectLang, selectStory } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { startBriefing } from './session.ts';
import { STORY } from './story-data.ts';
import './start-button.css';

/**
 * The "演示 / Present" button for the app header: starts the briefing at step 1 (remembering the current layers and
 * view for when the presenter leaves). Hidden while presenting or when the bundled story is invalid.
 */
export function StartBriefingButton() {
  const lang = useAppStore(selectLang);
  const story = useAppStore(selectStory);
  if (story != null || !STORY) return null;
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
