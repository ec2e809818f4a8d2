import storyJson from '../../data/story.json';
import { LAYER_IDS } from '../layers/registry.ts';
import { OUTSIDE_CITY } from '../lib/filters.ts';
import { loadCatalog } from '../lib/geo-data.ts';
import { getProvision } from '../plan/plan-data.ts';
import { validateStory, type Story, type StoryContext, type StoryValidation } from './story-schema.ts';

/** What every briefing is checked against in the app: the layer registry and the verbatim plan text. */
export const APP_STORY_CONTEXT: StoryContext = {
  layerIds: LAYER_IDS,
  provisionText: (n) => getProvision(n)?.text,
};

/**
 * The built-in briefing sequence (`data/story.json`), validated once when the briefing or the editor first loads
 * (neither is part of the first visit). Feature ids are checked in the data tests against the built catalog (it is
 * fetched, not bundled).
 */
export const STORY_VALIDATION: StoryValidation = validateStory(storyJson, APP_STORY_CONTEXT);

/** The valid built-in story, or null when `data/story.json` has errors (see `STORY_VALIDATION.issues`). */
export const STORY: Story | null = STORY_VALIDATION.story;

/**
 * Returns the full context a briefing from outside (a link, a file, a stored draft) is checked against: the app's,
 * plus the catalog's feature ids and districts (sectors and status classes are always checked against the schema).
 * When the catalog cannot load, feature ids and districts are checked for their form only.
 */
export async function loadStoryContext(): Promise<StoryContext> {
  const catalog = await loadCatalog().catch(() => null);
  return {
    ...APP_STORY_CONTEXT,
    ...(catalog ? { featureIds: new Set(Object.keys(catalog.features)) } : {}),
    ...(catalog ? { filterValues: { districts: [...Object.keys(catalog.districts), OUTSIDE_CITY] } } : {}),
  };
}
