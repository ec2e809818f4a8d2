import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNearData, type NearData } from '../../src/panels/near/near-data.ts';
import { NearPanel } from '../../src/panels/near/near-panel.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { FIXTURE_CATALOG, FIXTURE_CITY, FIXTURE_LAYER } from '../unit/fixtures/near-catalog.ts';

const initial = useAppStore.getState();
const data: NearData = buildNearData(FIXTURE_CATALOG, [FIXTURE_LAYER], { city: FIXTURE_CITY });
const load = () => Promise.resolve(data);

/** A geolocation stub that answers every request with the given error code or position. */
function geoStub(answer: { code: number } | { lng: number; lat: number }): Geolocation {
  return {
    getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
      queueMicrotask(() => {
        if ('code' in answer) fail?.({ code: answer.code, message: 'stub' } as GeolocationPositionError);
        else ok({ coords: { longitude: answer.lng, latitude: answer.lat, accuracy: 20 }, timestamp: 0 } as GeolocationPosition);
      });
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  } as unknown as Geolocation;
}

beforeEach(() => {
  useAppStore.setState(initial, true);
});
afterEach(() => cleanup());

describe('NearPanel', () => {
  it('explains how to start when there is no pin', async () => {
    render(<NearPanel load={load} />);
    expect(screen.getByTestId('near-empty').textContent).toContain('定位我');
    expect(screen.getByTestId('near-privacy').textContent).toBe('位置仅在本机浏览器中使用，不会上传。');
  });

  it('lists what lies within the radius, nearest first, with precision in words', async () => {
    useAppStore.setState({ near: { lng: 111.68, lat: 40.8, radius: 3000 }, tab: 'near' });
    render(<NearPanel load={load} />);
    const list = await screen.findByTestId('near-list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-feature-id'))).toEqual(['zone-home', 'hospital-east', 'belt-west']);
    expect(items[0]!.textContent).toContain('您在其范围内');
    expect(items[1]!.textContent).toContain('约略位置，误差约 ±2 公里');
    expect(items[1]!.textContent).toContain('加快建设（推进中）');
    expect(items[2]!.textContent).toContain('示意：该产业带是概念，不是边界');
    expect(items[2]!.textContent).toMatch(/距示意产业带边缘约 2\.5 公里（仅供参考）/);
    expect(items[2]!.textContent).toContain('推测');
  });

  it('folds far larger areas that merely contain the pin into a group of their own', async () => {
    useAppStore.setState({ near: { lng: 111.68, lat: 40.8, radius: 3000 }, tab: 'near' });
    render(<NearPanel load={load} />);
    const list = await screen.findByTestId('near-list');
    expect(list.textContent).not.toContain('示例经济圈');
    const wide = screen.getByTestId('near-wide');
    expect(wide.querySelector('summary')?.textContent).toBe('您也位于这些更大的范围内（1）');
    expect(within(wide).getByTestId('near-wide-list').textContent).toContain('在示意经济圈范围内（仅供参考）');
  });

  it('shortens the list when the radius shrinks', async () => {
    useAppStore.setState({ near: { lng: 111.68, lat: 40.8, radius: 3000 }, tab: 'near' });
    render(<NearPanel load={load} />);
    await screen.findByTestId('near-list');
    fireEvent.click(screen.getByRole('button', { name: '1 公里' }));
    expect(useAppStore.getState().near?.radius).toBe(1000);
    await waitFor(() => expect(within(screen.getByTestId('near-list')).getAllByRole('listitem')).toHaveLength(1));
  });

  it('opens a provision in the reader from a list item', async () => {
    useAppStore.setState({ near: { lng: 111.68, lat: 40.8, radius: 3000 }, tab: 'near' });
    render(<NearPanel load={load} />);
    await screen.findByTestId('near-list');
    fireEvent.click(screen.getByRole('button', { name: '打开规划原文第 30 条' }));
    expect(useAppStore.getState().provision).toBe(30);
    expect(useAppStore.getState().tab).toBe('reader');
  });

  it('selects and focuses a feature chosen in the list', async () => {
    useAppStore.setState({ near: { lng: 111.68, lat: 40.8, radius: 3000 }, tab: 'near' });
    render(<NearPanel load={load} />);
    await screen.findByTestId('near-list');
    fireEvent.click(screen.getByRole('button', { name: /^在地图上显示 东区医院/ }));
    expect(useAppStore.getState().selectedFeature).toBe('hospital-east');
    expect(useAppStore.getState().focus).toMatchObject({ kind: 'features', ids: ['hospital-east'] });
  });

  it('says so when the browser denies the location, and keeps the pin unset', async () => {
    render(<NearPanel load={load} geolocation={geoStub({ code: 1 })} />);
    fireEvent.click(screen.getByTestId('near-locate'));
    const msg = await screen.findByTestId('near-geo-message');
    expect(msg.textContent).toContain('您没有允许本页使用位置');
    expect(useAppStore.getState().near).toBeNull();
  });

  it('places the pin at a granted position outside the city and says it is outside', async () => {
    render(<NearPanel load={load} geolocation={geoStub({ lng: 112.5, lat: 41.5 })} />);
    await screen.findByTestId('near-district-select');
    await act(async () => {
      fireEvent.click(screen.getByTestId('near-locate'));
    });
    await waitFor(() => expect(useAppStore.getState().near).toMatchObject({ lng: 112.5, lat: 41.5, radius: 3000 }));
    expect((await screen.findByTestId('near-outside-message')).textContent).toContain('不在呼和浩特市范围内');
  });

  it('finds a place by pinyin and puts the pin there', async () => {
    render(<NearPanel load={load} />);
    const box = screen.getByTestId('near-search');
    await waitFor(() => expect((screen.getByTestId('near-district-select') as HTMLSelectElement).disabled).toBe(false));
    fireEvent.change(box, { target: { value: 'dongqu' } });
    const option = await screen.findByRole('option', { name: /东区医院/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useAppStore.getState().near).toMatchObject({ lng: 111.7, lat: 40.8 });
    expect(useAppStore.getState().selectedFeature).toBe('hospital-east');
  });

  it('lists what the plan places in a chosen district', async () => {
    render(<NearPanel load={load} />);
    const select = await screen.findByTestId('near-district-select');
    await waitFor(() => expect((select as HTMLSelectElement).disabled).toBe(false));
    fireEvent.change(select, { target: { value: '150105' } });
    const list = await screen.findByTestId('near-district-list');
    expect(within(list).getAllByRole('listitem').map((li) => li.getAttribute('data-feature-id')).sort()).toEqual([
      'belt-west',
      'hospital-east',
    ]);
    expect(screen.getByTestId('near-district-count').textContent).toBe('规划在赛罕区安排的 2 项内容');
  });

  it('speaks English when the store says so', async () => {
    useAppStore.setState({ lang: 'en', near: { lng: 111.68, lat: 40.8, radius: 3000 } });
    render(<NearPanel load={load} />);
    const list = await screen.findByTestId('near-list');
    expect(list.textContent).toContain('Approximate location, ±2 km');
    expect(list.textContent).toContain('East Hospital');
  });
});

describe('near-me data', () => {
  it('lists a feature drawn in two layers (a second role) once', () => {
    const twice = buildNearData(FIXTURE_CATALOG, [FIXTURE_LAYER, FIXTURE_LAYER], { city: FIXTURE_CITY });
    const ids = twice.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(FIXTURE_LAYER.features.length);
  });
});
