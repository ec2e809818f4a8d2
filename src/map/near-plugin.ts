import { circle } from '@turf/turf';
import { Marker, type GeoJSONSource, type Map as MaplibreMap, type MapMouseEvent, type MapTouchEvent } from 'maplibre-gl';
import type { FeatureCollection, Polygon } from 'geojson';
import { NEAR_STRINGS } from '../i18n/near.ts';
import { expandedBbox } from '../lib/near.ts';
import { DEFAULT_NEAR_RADIUS_M } from '../store/store.ts';
import type { NearState } from '../store/types.ts';
import { registerMapPlugin } from './plugins.ts';
import './near-plugin.css';

/**
 * The near-me pin on the map: draws the pin (a draggable marker) and the search radius (a Turf circle) from the
 * store's `near`, and lets the user drop a pin by long-press (touch, 500 ms), by right-click/ctrl-click ("drop a pin
 * here" menu) or, while the Near tab is open, by a plain mouse click on empty map. Coordinates are `[lng, lat]`.
 */

const SOURCE = 'near-radius';
export const NEAR_LAYER_FILL = 'near-radius-fill';
export const NEAR_LAYER_LINE = 'near-radius-line';
const LONG_PRESS_MS = 500;
/** A finger that moves more than this (px) is panning, not pressing. */
const LONG_PRESS_SLOP_PX = 10;
const PIN_COLOUR = '#c62f3b';

const EMPTY: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [] };

/** Returns the radius circle around `near` as a polygon collection (64 steps is smooth at every useful zoom). */
export function radiusCircle(near: NearState | null): FeatureCollection<Polygon> {
  if (!near) return EMPTY;
  return { type: 'FeatureCollection', features: [circle([near.lng, near.lat], near.radius, { steps: 64, units: 'meters' })] };
}

function addLayers(map: MaplibreMap, data: FeatureCollection<Polygon>): void {
  if (!map.getSource(SOURCE)) map.addSource(SOURCE, { type: 'geojson', data });
  if (!map.getLayer(NEAR_LAYER_FILL)) {
    map.addLayer({
      id: NEAR_LAYER_FILL,
      type: 'fill',
      source: SOURCE,
      paint: { 'fill-color': PIN_COLOUR, 'fill-opacity': 0.06 },
    });
  }
  if (!map.getLayer(NEAR_LAYER_LINE)) {
    map.addLayer({
      id: NEAR_LAYER_LINE,
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': PIN_COLOUR, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': 0.9 },
    });
  }
}

registerMapPlugin({
  id: 'near',
  attach(map, store) {
    const container = map.getContainer();
    let marker: Marker | null = null;
    let dragging = false;
    /** Counts store updates, to tell a click that selected a feature from a click on empty map. */
    let storeChanges = 0;
    const t = () => NEAR_STRINGS[store.getState().lang];

    addLayers(map, radiusCircle(store.getState().near));
    const setCircle = (near: NearState | null) => (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(radiusCircle(near));

    const dropPin = (lng: number, lat: number) => {
      const s = store.getState();
      s.setNear({ lng, lat, radius: s.near?.radius ?? DEFAULT_NEAR_RADIUS_M });
      s.setTab('near');
    };

    const syncMarker = (near: NearState | null) => {
      if (!near) {
        marker?.remove();
        marker = null;
        return;
      }
      if (!marker) {
        marker = new Marker({ color: PIN_COLOUR, draggable: true, anchor: 'bottom' }).setLngLat([near.lng, near.lat]).addTo(map);
        const el = marker.getElement();
        el.classList.add('near-pin');
        el.setAttribute('aria-label', t().pinMarker);
        el.setAttribute('data-testid', 'near-pin');
        marker.on('dragstart', () => {
          dragging = true;
        });
        marker.on('drag', () => {
          const p = marker!.getLngLat();
          // The circle follows the finger; the store (and so the list and the URL) learns the place on release.
          setCircle({ lng: p.lng, lat: p.lat, radius: store.getState().near?.radius ?? DEFAULT_NEAR_RADIUS_M });
        });
        marker.on('dragend', () => {
          dragging = false;
          const p = marker!.getLngLat();
          dropPin(p.lng, p.lat);
        });
      } else if (!dragging) {
        marker.setLngLat([near.lng, near.lat]);
      }
    };

    syncMarker(store.getState().near);
    // A shared `#near=` link without a `#map=` view opens on the pin and its circle, not on the whole city. The
    // controller fulfils pending focus intents right after the plugins attach.
    const s0 = store.getState();
    if (s0.near && !s0.view && !s0.focus) s0.fitBbox(expandedBbox([s0.near.lng, s0.near.lat], s0.near.radius));
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.near !== prev.near) {
        setCircle(s.near);
        syncMarker(s.near);
      }
      if (s.lang !== prev.lang) marker?.getElement().setAttribute('aria-label', t().pinMarker);
      storeChanges++;
    });

    // --- "drop a pin here" menu (right-click, ctrl-click) --------------------------------------------------------
    let menu: HTMLDivElement | null = null;
    const closeMenu = () => {
      menu?.remove();
      menu = null;
    };
    const openMenu = (e: MapMouseEvent) => {
      closeMenu();
      const { lng, lat } = e.lngLat;
      menu = document.createElement('div');
      menu.className = 'near-menu';
      menu.setAttribute('role', 'menu');
      menu.setAttribute('aria-label', t().pinMenu);
      menu.style.left = `${Math.min(e.point.x, container.clientWidth - 200)}px`;
      menu.style.top = `${Math.min(e.point.y, container.clientHeight - 56)}px`;
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'near-menu-item';
      item.setAttribute('role', 'menuitem');
      item.setAttribute('data-testid', 'near-drop-pin');
      item.textContent = t().dropPinHere;
      item.addEventListener('click', () => {
        closeMenu();
        dropPin(lng, lat);
      });
      menu.addEventListener('keydown', (k) => {
        if (k.key === 'Escape' || k.key === 'Tab') {
          closeMenu();
          map.getCanvas().focus();
        }
      });
      menu.append(item);
      container.append(menu);
      item.focus();
    };

    // --- long-press on touch ----------------------------------------------------------------------------------
    let pressTimer = 0;
    let pressStart: { x: number; y: number } | null = null;
    let lastLongPress = 0;
    const cancelPress = () => {
      if (pressTimer) window.clearTimeout(pressTimer);
      pressTimer = 0;
      pressStart = null;
    };
    const onTouchStart = (e: MapTouchEvent) => {
      cancelPress();
      if (e.points.length !== 1) return;
      pressStart = { x: e.point.x, y: e.point.y };
      const { lng, lat } = e.lngLat;
      pressTimer = window.setTimeout(() => {
        pressTimer = 0;
        lastLongPress = Date.now();
        navigator.vibrate?.(15);
        swallowNextClick();
        dropPin(lng, lat);
      }, LONG_PRESS_MS);
    };
    // Lifting the finger after a long-press makes the browser send a click, which the map would take as a tap on a
    // feature (selecting it). Catch that one click in the capture phase, before MapLibre's listeners see it.
    let swallowUntil = 0;
    const onCaptureClick = (e: MouseEvent) => {
      if (Date.now() > swallowUntil || !(e.target instanceof Node) || !container.contains(e.target)) return;
      swallowUntil = 0;
      e.stopPropagation();
      e.preventDefault();
    };
    const swallowNextClick = () => {
      swallowUntil = Date.now() + 1500;
    };
    window.addEventListener('click', onCaptureClick, true);

    const onTouchMove = (e: MapTouchEvent) => {
      if (!pressStart) return;
      if (e.points.length !== 1 || Math.hypot(e.point.x - pressStart.x, e.point.y - pressStart.y) > LONG_PRESS_SLOP_PX) cancelPress();
    };

    const onContextMenu = (e: MapMouseEvent) => {
      e.preventDefault();
      // Chrome on Android also fires contextmenu on a long-press: the timer has already dropped the pin.
      if (Date.now() - lastLongPress < 1500) return;
      const pointerType = (e.originalEvent as PointerEvent).pointerType;
      if (pointerType === 'touch') {
        cancelPress();
        lastLongPress = Date.now();
        swallowNextClick();
        dropPin(e.lngLat.lng, e.lngLat.lat);
        return;
      }
      openMenu(e);
    };

    // --- plain click on empty map while the Near tab is open (mouse only: a tap is for panning and selecting) ---
    // The map's own click handler (registered before this plugin) selects a feature when one is hit; it runs first,
    // so a store change between `mousedown` and this `click` means the click landed on a feature.
    let changesAtPress = 0;
    const onMouseDown = () => {
      changesAtPress = storeChanges;
    };
    const onClick = (e: MapMouseEvent) => {
      closeMenu();
      if (store.getState().tab !== 'near') return;
      const pointerType = (e.originalEvent as PointerEvent).pointerType;
      if (pointerType === 'touch' || pointerType === 'pen') return;
      if (storeChanges !== changesAtPress) return;
      // A click on the pin itself reaches the map too; it must not nudge the pin.
      if (marker && e.originalEvent.target instanceof Node && marker.getElement().contains(e.originalEvent.target)) return;
      if (Date.now() - lastLongPress < 1500) return;
      dropPin(e.lngLat.lng, e.lngLat.lat);
    };
    const onMoveStart = () => closeMenu();
    const onDocKey = (k: KeyboardEvent) => {
      if (k.key === 'Escape') closeMenu();
    };

    map.on('touchstart', onTouchStart);
    map.on('touchmove', onTouchMove);
    map.on('touchend', cancelPress);
    map.on('touchcancel', cancelPress);
    map.on('contextmenu', onContextMenu);
    map.on('mousedown', onMouseDown);
    map.on('click', onClick);
    map.on('movestart', onMoveStart);
    document.addEventListener('keydown', onDocKey);
    // After a basemap switch the controller keeps foreign layers, but re-add them should a style reload drop them.
    const onStyleData = () => {
      if (!map.getSource(SOURCE) || !map.getLayer(NEAR_LAYER_LINE)) addLayers(map, radiusCircle(store.getState().near));
    };
    map.on('style.load', onStyleData);

    return () => {
      unsubscribe();
      cancelPress();
      closeMenu();
      marker?.remove();
      map.off('touchstart', onTouchStart);
      map.off('touchmove', onTouchMove);
      map.off('touchend', cancelPress);
      map.off('touchcancel', cancelPress);
      map.off('contextmenu', onContextMenu);
      map.off('mousedown', onMouseDown);
      map.off('click', onClick);
      map.off('movestart', onMoveStart);
      map.off('style.load', onStyleData);
      document.removeEventListener('keydown', onDocKey);
      window.removeEventListener('click', onCaptureClick, true);
    };
  },
});
