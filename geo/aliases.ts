/**
 * Ids that features used to have, mapped to the id of the feature (or unplaced entry) that now stands for the same
 * place. When two features turned out to be one place playing two roles, they were merged into one feature with two
 * roles; the id that disappeared is listed here so that links, briefing steps and bookmarks made with it keep working.
 *
 * The build checks that every target exists and that no old id is reused; the app resolves ids through
 * `resolveFeatureId` (a `Map`, so a value from the URL never indexes a plain object).
 */
const ALIAS_LIST: readonly (readonly [old: string, current: string, why: string])[] = [
  ['urban-sub-centre-horinger', 'park-horinger-new-area', 'the sub-centre (一副) is the 和林格尔新区 itself: one place, two roles'],
  ['eco-screen-north', 'mountain-daqingshan', 'the northern screen (北屏) is the 大青山 itself'],
  ['ring-expressway-fourth', 'hwy-ring-g5901', 'the city’s fourth ring is the G5901 ring expressway'],
  ['logistics-shaliang-land-port', 'park-shaliang', 'the 沙良 land port and the 沙良 logistics park are one site'],
  ['hub-shengle-airport', 'airport-shengle', 'the airport hub of the “三枢纽” is the airport itself'],
  ['water-hasuhai-reservoir', 'lake-hasuhai', 'the reservoir to be dredged is the lake itself'],
  ['sci-horinger-data-centre-cluster', 'park-horinger-new-area', 'the data-centre cluster’s starting area is the new area'],
  ['forest-belt-front-slope', 'mountain-daqingshan-front-slope', 'the front-slope forest belt is the front-slope zone'],
  ['tourism-daqingshan-opening', 'mountain-daqingshan', 'the tourism resources to be opened are those of the 大青山'],
  ['water-wusutu-dredging', 'river-wusutu', 'the channel to be dredged is the river itself'],
  ['eco-points', 'wetland-nanhu', 'the “many points” became a role of each named wetland; old links open the first'],
];

/** Old id → current id. */
export const FEATURE_ALIASES: ReadonlyMap<string, string> = new Map(ALIAS_LIST.map(([o, c]) => [o, c]));

/** Old id → why it was merged (for the build's report and the docs). */
export const ALIAS_REASONS: ReadonlyMap<string, string> = new Map(ALIAS_LIST.map(([o, , w]) => [o, w]));

/** Returns the current id for `id`: itself unless it is a retired id, then the feature that replaced it. */
export function resolveFeatureId(id: string): string {
  return FEATURE_ALIASES.get(id) ?? id;
}
