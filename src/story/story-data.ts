import storyJson from '../../data/story.json';
import { LAYER_IDS } from '../layers/registry.ts';
import { getProvision } from '../plan/plan-data.ts';
import { validateStory, type Story, type StoryValidation } from './story-schema.ts';

/**
 * The bundled briefing sequence (`data/story.json`), validated once at start-up against the layer registry and the
 * plan text. Feature ids are checked in the data tests against the built catalog (it is fetched, not bundled).
 */
export const STORY_VALIDATION: StoryValidation = validateStory(storyJson, {
  layerIds: LAYER_IDS,
  provisionText: (n) => getProvision(n)?.text,
});

/** The valid story, or null when `data/story.json` has errors (see `STORY_VALIDATION.errors`). */
export const STORY: Story | null = STORY_VALIDATION.story;

/** Number of steps in the bundled story (0 when it is invalid). */
export const STORY_STEPS = STORY?.steps.length ?? 0;
