/** Camera helpers live in `src/lib/camera.ts` (pure, shared with panels); re-exported here for map-side imports. */
export * from '../lib/camera.ts';
