import { describe, expect, it } from 'vitest';
import { exitBriefing, startBriefing } from '../../src/story/session.ts';
import { STORY } from '../../src/story/story-data.ts';
import { applyStep, isViewAway, keyToAction, layersDiffer, stepAfter } from '../../src/story/story-nav.ts';
import { createAppStore } from '../../src/store/store.ts';
import { decodeHash, encodeHash } from '../../src/store/url-codec.ts';
import { toUrlState } from '../../src/store/url-sync.ts';

/** Briefing logic without a browser: keys, stepping, applying a step to a fresh store, leaving, the URL flags. */

describe('keyToAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['n', 'notes'],
    ['B', 'back'],
    ['r', 'back'],
    ['f', 'fullscreen'],
  ])('maps %j to %s (clicker keys included)', (key, type) => {
    expect(keyToAction(key)?.type).toBe(type);
  });

  it('maps digits 1–9 to a jump and ignores 0 and other keys', () => {
    expect(keyToAction('4')).toEqual({ type: 'goto', step: 4 });
    expect(keyToAction('0')).toBeNull();
    expect(keyToAction('x')).toBeNull();
    expect(keyToAction('Tab')).toBeNull();
  });
});

describe('stepAfter', () => {
  it('clamps next and previous at the ends', () => {
    expect(stepAfter(8, { type: 'next' }, 8)).toBe(8);
    expect(stepAfter(1, { type: 'prev' }, 8)).toBe(1);
    expect(stepAfter(3, { type: 'next' }, 8)).toBe(4);
  });
  it('wraps to the first step only when asked (kiosk)', () => {
    expect(stepAfter(8, { type: 'next' }, 8, true)).toBe(1);
  });
  it('jumps to first, last and a digit within range, and ignores digits beyond the story', () => {
    expect(stepAfter(5, { type: 'first' }, 8)).toBe(1);
    expect(stepAfter(5, { type: 'last' }, 8)).toBe(8);
    expect(stepAfter(5, { type: 'goto', step: 2 }, 8)).toBe(2);
    expect(stepAfter(5, { type: 'goto', step: 9 }, 8)).toBeNull();
  });
});

describe('applyStep', () => {
  it('applies the step’s filters and clears a leftover selection', () => {
    const store = createAppStore();
    store.getState().selectFeature('park-jinshan');
    const step = { ...STORY!.steps[0], filters: { sectors: ['dairy' as const], statuses: [], districts: ['150105'] } };
    applyStep(store.getState(), step);
    expect(store.getState().filters).toEqual(step.filters);
    expect(store.getState().selectedFeature).toBeNull();
  });

  it('shows exactly the step’s layers, its highlight and asks the map for its camera', () => {
    const store = createAppStore();
    store.getState().initLayers(['industry-belts', 'transport-air']);
    const step = STORY!.steps[2];
    applyStep(store.getState(), step);
    const s = store.getState();
    expect([...s.visibleLayers].sort()).toEqual([...step.layers].sort());
    expect(s.highlighted).toEqual(step.highlight);
    expect(s.focus).toMatchObject({
      kind: 'view',
      essential: step.essential_motion,
      view: { lng: step.camera.center[0], lat: step.camera.center[1], zoom: step.camera.zoom },
    });
  });
});

describe('isViewAway / layersDiffer', () => {
  const cam = { center: [111.7, 40.8] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
  it('treats the step’s own view, give or take rounding, as not away', () => {
    expect(isViewAway({ zoom: 9.001, lng: 111.70001, lat: 40.79999 }, cam)).toBe(false);
  });
  it('treats a zoom, a pan of a few hundred pixels or a rotation as away', () => {
    expect(isViewAway({ zoom: 10, lng: 111.7, lat: 40.8 }, cam)).toBe(true);
    expect(isViewAway({ zoom: 9, lng: 111.9, lat: 40.8 }, cam)).toBe(true);
    expect(isViewAway({ zoom: 9, lng: 111.7, lat: 40.8, bearing: 30 }, cam)).toBe(true);
  });
  it('treats bearings 359° and −1° as the same', () => {
    expect(isViewAway({ zoom: 9, lng: 111.7, lat: 40.8, bearing: 359 }, { ...cam, bearing: -1 })).toBe(false);
  });
  it('compares layer sets regardless of order', () => {
    expect(layersDiffer(['b', 'a'], ['a', 'b'])).toBe(false);
    expect(layersDiffer(['a', 'b', 'c'], ['a', 'b'])).toBe(true);
    expect(layersDiffer(['a'], ['a', 'b'])).toBe(true);
  });
});

describe('startBriefing / exitBriefing', () => {
  it('gives back the planner’s layers, view, tab, selection and filters on leaving', () => {
    const store = createAppStore();
    store.getState().initLayers(['industry-belts']);
    store.getState().setTab('layers');
    store.getState().selectFeature('airport-shengle');
    store.getState().setFilters({ sectors: ['energy'], statuses: [], districts: [] });
    store.getState().reportView({ zoom: 12, lng: 111.6, lat: 40.8 });
    startBriefing(store);
    expect(store.getState().story).toBe(1);
    applyStep(store.getState(), STORY!.steps[0]);
    exitBriefing(store);
    const s = store.getState();
    expect(s.story).toBeNull();
    expect(s.visibleLayers).toEqual(['industry-belts']);
    expect(s.tab).toBe('layers');
    expect(s.selectedFeature).toBe('airport-shengle');
    expect(s.filters.sectors).toEqual(['energy']);
    expect(s.focus).toMatchObject({ kind: 'view', view: { zoom: 12, lng: 111.6, lat: 40.8 } });
  });
});

describe('leaving a briefing from a link', () => {
  it('forgets the link’s briefing and clears its filters (there was nothing to give back)', () => {
    const store = createAppStore();
    store.setState({ story: 2, brief: 'z.abc' });
    store.getState().setFilters({ sectors: ['dairy'], statuses: [], districts: [] });
    exitBriefing(store);
    expect(store.getState()).toMatchObject({ story: null, brief: null, filters: { sectors: [], statuses: [], districts: [] } });
    expect(encodeHash(toUrlState(store.getState()))).toBe('');
  });

  it('plays the editor’s own briefing with its code in the URL', () => {
    const store = createAppStore();
    store.getState().playStory({ story: STORY!, brief: 'z.abc' }, 3);
    expect(encodeHash(toUrlState(store.getState()))).toBe('story=3&brief=z.abc');
  });
});

describe('URL flags', () => {
  it('round-trips story, kiosk and presenter, omitting them by default', () => {
    const { state } = decodeHash('#story=3&kiosk=1&presenter=1');
    expect(state).toMatchObject({ story: 3, kiosk: true, presenter: true });
    expect(encodeHash(state)).toBe('story=3&kiosk=1&presenter=1');
    const store = createAppStore();
    expect(encodeHash(toUrlState(store.getState()))).toBe('');
  });
});
