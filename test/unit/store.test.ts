import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/store.ts';
import { applyUrlState, toUrlState } from '../../src/store/url-sync.ts';
import { decodeHash, encodeHash } from '../../src/store/url-codec.ts';

describe('store slices', () => {
  it('toggles one layer without duplicating it', () => {
    const store = createAppStore();
    store.getState().initLayers(['a', 'b']);
    store.getState().setLayerVisible('b', true);
    store.getState().setLayerVisible('c', true);
    store.getState().setLayerVisible('a', false);
    expect(store.getState().visibleLayers).toEqual(['b', 'c']);
  });

  it('gives every focus intent a new sequence number', () => {
    const store = createAppStore();
    store.getState().focusFeatures(['x']);
    const first = store.getState().focus!.seq;
    store.getState().focusFeatures(['x']);
    expect(store.getState().focus!.seq).toBeGreaterThan(first);
  });

  it('toggles a filter value on and off', () => {
    const store = createAppStore();
    store.getState().toggleFilter('sectors', 'dairy');
    expect(store.getState().filters.sectors).toEqual(['dairy']);
    store.getState().toggleFilter('sectors', 'dairy');
    expect(store.getState().filters.sectors).toEqual([]);
  });

  it('replaces a notice with the same id instead of stacking it', () => {
    const store = createAppStore();
    store.getState().notify({ id: 'basemap', level: 'warning', key: 'basemapOffline' });
    store.getState().notify({ id: 'basemap', level: 'warning', key: 'basemapFailed' });
    expect(store.getState().notices.map((n) => n.key)).toEqual(['basemapFailed']);
  });
});

describe('store ↔ URL projection', () => {
  it('omits the layers while they equal the defaults, in any order', () => {
    const store = createAppStore();
    store.getState().initLayers(['a', 'b']);
    store.getState().setVisibleLayers(['b', 'a']);
    expect(toUrlState(store.getState()).layers).toBeNull();
    store.getState().setLayerVisible('a', false);
    expect(toUrlState(store.getState()).layers).toEqual(['b']);
  });

  it('reproduces the same fragment after a decode → apply → project cycle', () => {
    const hash = 'tab=near&p=22&f=park-jinshan&near=111.68,40.82,3000&layers=a&map=10/40.8/111.7&lang=en';
    const store = createAppStore();
    store.getState().initLayers(['a', 'b']);
    applyUrlState(store, decodeHash(hash).state);
    expect(encodeHash(toUrlState(store.getState()))).toBe(hash);
  });

  it('opens the reader tab for a provision link', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('p=5').state);
    expect(store.getState().tab).toBe('reader');
  });
});

describe('feature links frame their feature; retired ids keep working', () => {
  it('a link with a feature and no view selects it and asks the map to frame it', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('f=heritage-dazhao').state);
    expect(store.getState().selectedFeature).toBe('heritage-dazhao');
    expect(store.getState().focus).toMatchObject({ kind: 'features', ids: ['heritage-dazhao'] });
  });

  it('a link that carries a view keeps that view (no framing)', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('f=heritage-dazhao&map=13/40.82/111.67').state);
    expect(store.getState().selectedFeature).toBe('heritage-dazhao');
    expect(store.getState().focus).toBeNull();
    expect(store.getState().view).toEqual({ zoom: 13, lat: 40.82, lng: 111.67 });
  });

  it('re-applying the same feature (the app writing its own URL back) does not frame again', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('f=heritage-dazhao').state);
    const first = store.getState().focus;
    applyUrlState(store, decodeHash('f=heritage-dazhao').state);
    expect(store.getState().focus).toBe(first);
  });

  it('an old id from a link resolves to the feature that replaced it (and the URL is rewritten)', () => {
    const store = createAppStore();
    applyUrlState(store, decodeHash('f=urban-sub-centre-horinger').state);
    expect(store.getState().selectedFeature).toBe('park-horinger-new-area');
    expect(store.getState().focus).toMatchObject({ ids: ['park-horinger-new-area'] });
    expect(encodeHash(toUrlState(store.getState()))).toBe('f=park-horinger-new-area');
  });

  it('lists, mentions and roles open a feature through the same action', () => {
    const store = createAppStore();
    store.getState().openFeature('logistics-shaliang-land-port');
    expect(store.getState().selectedFeature).toBe('park-shaliang');
    expect(store.getState().focus).toMatchObject({ kind: 'features', ids: ['park-shaliang'] });
    store.getState().selectFeature('eco-screen-north');
    expect(store.getState().selectedFeature).toBe('mountain-daqingshan');
    store.getState().focusFeatures(['hub-shengle-airport', 'airport-shengle']);
    expect(store.getState().focus).toMatchObject({ ids: ['airport-shengle'] });
  });
});
