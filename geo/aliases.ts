/**
 * Ids that features used to have, mapped to the id of the feature (or unplaced entry) that now stands for the same
 * place. When two features turned out to be one place playing two roles, they were merged into one feature with two
 * roles; the id that disappeared is listed here so that links, briefing steps and bookmarks made with it keep working.
 *
 * The build checks that every target exists and that no old id is reused; the app resolves ids through
 * `resolveFeatureId` (a `Map`, so a value from the URL never indexes a plain object).
 */
const ALIAS_LIST: readonly (readonly [old: string, current: string])[] = [
  // the sub-centre (一副) is the 和林格尔新区 itself: one place, two roles
  ['urban-sub-centre-horinger', 'park-horinger-new-area'],
  // the northern screen (北屏) is the 大青山 itself
  ['eco-screen-north', 'mountain-daqingshan'],
  // the city’s fourth ring is the G5901 ring expressway
  ['ring-expressway-fourth', 'hwy-ring-g5901'],
  // the 沙良 land port and the 沙良 logistics park are one site
  ['logistics-shaliang-land-port', 'park-shaliang'],
  // the airport hub of the “三枢纽” is the airport itself
  ['hub-shengle-airport', 'airport-shengle'],
  // the reservoir to be dredged is the lake itself
  ['water-hasuhai-reservoir', 'lake-hasuhai'],
  // the data-centre cluster’s starting area is the new area
  ['sci-horinger-data-centre-cluster', 'park-horinger-new-area'],
  // the front-slope forest belt is the front-slope zone
  ['forest-belt-front-slope', 'mountain-daqingshan-front-slope'],
  // the tourism resources to be opened are those of the 大青山
  ['tourism-daqingshan-opening', 'mountain-daqingshan'],
  // the channel to be dredged is the river itself
  ['water-wusutu-dredging', 'river-wusutu'],
  // the “many points” became a role of each named wetland; old links open the first
  ['eco-points', 'wetland-nanhu'],
];

/** Old id → current id. */
export const FEATURE_ALIASES: ReadonlyMap<string, string> = new Map(ALIAS_LIST);

/** Returns the current id for `id`: itself unless it is a retired id, then the feature that replaced it. */
export function resolveFeatureId(id: string): string {
  return FEATURE_ALIASES.get(id) ?? id;
}
