import { useEffect, useId, useMemo, useState } from 'react';
import { NEAR_STRINGS, type NearStrings } from '../../i18n/near.ts';
import { expandedBbox, insideAny, nearby, splitWide } from '../../lib/near.ts';
import type { Place } from '../../lib/place-search.ts';
import { LAYER_IDS } from '../../layers/registry.ts';
import { selectLang, selectNear, selectSelectedFeature } from '../../store/selectors.ts';
import { DEFAULT_NEAR_RADIUS_M, useAppStore } from '../../store/store.ts';
import type { NearState } from '../../store/types.ts';
import { locateOnce, type GeoFailure } from './geolocate.ts';
import type { NearData } from './near-data.ts';
import { FeatureList, type ListRow } from './near-list.tsx';
import { PlaceSearchBox } from './place-search-box.tsx';
import { RADIUS_PRESETS_M, SLIDER_STEPS, radiusToSlider, sliderToRadius } from './radius.ts';
import './near-panel.css';
import { format, formatDistance } from '../../lib/format.ts';
import type { Lang } from '../../i18n/lang.ts';


/** How many rows a list shows before "show more" (long lists at 20 km would bury the nearest items). */
const PAGE = 40;

// The data is loaded once per page and shared by every mount of the panel (switching tabs must not reload it).
let shared: Promise<NearData> | null = null;
function loadShared(): Promise<NearData> {
  if (!shared) {
    // The panel's data and the place index (with its pinyin dictionary) load with the panel, not with the app.
    shared = import('./near-data.ts').then((m) => m.loadNearData());
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

type DataState = { status: 'loading' } | { status: 'ready'; data: NearData } | { status: 'error'; file: string };

export interface NearPanelProps {
  /** Loads the panel's data; tests pass fixtures. */
  load?: () => Promise<NearData>;
  /** The browser's geolocation; tests pass a stub. */
  geolocation?: Geolocation;
}

/**
 * The "what is planned near me?" panel: find a place (or locate me, or a pin dropped on the map), choose a radius,
 * and list every plan feature within it, nearest first, with honest distances, status, precision and the provisions
 * that mention it; or list what the plan places in one district. The location stays in the browser.
 */
export function NearPanel({ load = loadShared, geolocation }: NearPanelProps) {
  const lang = useAppStore(selectLang);
  const near = useAppStore(selectNear);
  const selected = useAppStore(selectSelectedFeature);
  const t = NEAR_STRINGS[lang];
  const [state, setState] = useState<DataState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<GeoFailure | null>(null);
  const [pinSource, setPinSource] = useState<'geo' | 'other'>('other');
  const [district, setDistrict] = useState('');
  /** The name of the place last chosen in the search, shown while the pin stays on it. */
  const [pinName, setPinName] = useState<{ name: string; lng: number; lat: number } | null>(null);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) => live && setState({ status: 'error', file: (e as { file?: string }).file ?? String(e) }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  const data = state.status === 'ready' ? state.data : null;

  const placePin = (point: [number, number], source: 'geo' | 'other') => {
    const s = useAppStore.getState();
    const radius = s.near?.radius ?? DEFAULT_NEAR_RADIUS_M;
    s.setNear({ lng: point[0], lat: point[1], radius });
    s.setTab('near');
    s.fitBbox(expandedBbox(point, radius));
    setPinSource(source);
  };

  const onChoose = (place: Place) => {
    setGeoError(null);
    placePin(place.point, 'other');
    setPinName({ name: lang === 'zh' ? place.name_zh : place.name_en, lng: place.point[0], lat: place.point[1] });
    if (place.featureId) useAppStore.getState().selectFeature(place.featureId);
    if (place.kind === 'district' && place.adcode) setDistrict(place.adcode);
  };

  const onLocate = async () => {
    setLocating(true);
    setGeoError(null);
    const result = await locateOnce(geolocation ?? (typeof navigator !== 'undefined' ? navigator.geolocation : undefined));
    setLocating(false);
    if (result.ok) placePin(result.point, 'geo');
    else setGeoError(result.reason);
  };

  const onSelect = (id: string) => {
    const s = useAppStore.getState();
    s.selectFeature(id);
    s.focusFeatures([id]);
  };

  const onProvision = (n: number) => {
    const s = useAppStore.getState();
    s.selectProvision(n);
    s.setTab('reader');
  };

  const outside = useMemo(
    () => (near && data && data.cityOutline.length > 0 ? !insideAny([near.lng, near.lat], data.cityOutline) : false),
    [near, data],
  );

  return (
    <section className="near-panel" aria-labelledby="near-title" data-testid="near-panel">
      <h2 id="near-title" className="near-title">
        {t.title}
      </h2>
      {!near && <p className="near-intro">{t.intro}</p>}
      {near && data && <NearSummary near={near} data={data} lang={lang} t={t} />}
      <PlaceSearchBox index={data?.places ?? null} lang={lang} t={t} onChoose={onChoose} />
      <div className="near-locate-row">
        <button
          type="button"
          className="near-button near-locate"
          onClick={onLocate}
          disabled={locating}
          aria-busy={locating}
          data-testid="near-locate"
        >
          <span aria-hidden="true" className="near-locate-icon" />
          {locating ? t.locating : t.locate}
        </button>
        <p className="near-hint">{t.orMap}</p>
      </div>
      <div aria-live="polite" className="near-messages">
        {geoError && (
          <p className="near-message near-message-error" role="alert" data-testid="near-geo-message">
            {t[geoErrorKey(geoError)]}
          </p>
        )}
        {near && outside && (
          <p className="near-message near-message-warning" data-testid="near-outside-message">
            {pinSource === 'geo' ? t.geoOutside : t.pinOutside}
          </p>
        )}
      </div>
      {state.status === 'error' && (
        <p className="near-message near-message-error" role="alert">
          {format(t.loadFailed, { file: state.file })}{' '}
          <button type="button" className="near-link-button" onClick={() => setAttempt((a) => a + 1)}>
            {t.retry}
          </button>
        </p>
      )}
      {near ? (
        <NearResults
          near={near}
          pinName={pinName && pinName.lng === near.lng && pinName.lat === near.lat ? pinName.name : null}
          data={data}
          loading={state.status === 'loading'}
          lang={lang}
          t={t}
          selected={selected}
          onSelect={onSelect}
          onProvision={onProvision}
        />
      ) : (
        <div className="near-empty" data-testid="near-empty">
          <h3 className="near-subtitle">{t.emptyTitle}</h3>
          <ol className="near-steps">
            <li>{t.emptyStep1}</li>
            <li>{t.emptyStep2}</li>
            <li>{t.emptyStep3}</li>
          </ol>
        </div>
      )}
      <DistrictSection data={data} lang={lang} t={t} district={district} onDistrict={setDistrict} selected={selected} onSelect={onSelect} onProvision={onProvision} />
      <p className="near-privacy" data-testid="near-privacy">
        <span aria-hidden="true" className="near-privacy-icon" />
        {t.privacy}
      </p>
    </section>
  );
}

/** The one-line answer, first in the panel so that it shows even in the phone sheet's lowest position. */
function NearSummary({ near, data, lang, t }: { near: NearState; data: NearData; lang: Lang; t: NearStrings }) {
  const { local } = useNearRows(near, data);
  const r = formatDistance(near.radius, lang, 'nominal');
  return (
    <p className="near-count" role="status" data-testid="near-count">
      {local.length > 0 ? format(t.countNear, { n: local.length, r }) : format(t.countNone, { r })}
    </p>
  );
}

function geoErrorKey(reason: GeoFailure): keyof NearStrings & `geo${string}` {
  switch (reason) {
    case 'denied':
      return 'geoDenied';
    case 'timeout':
      return 'geoTimeout';
    case 'unsupported':
      return 'geoUnsupported';
    default:
      return 'geoUnavailable';
  }
}

interface NearResultsProps {
  near: NearState;
  pinName: string | null;
  data: NearData | null;
  loading: boolean;
  lang: Lang;
  t: NearStrings;
  selected: string | null;
  onSelect: (id: string) => void;
  onProvision: (n: number) => void;
}

/** Returns the radius result for `near`, split into what is around the pin and the larger areas containing it. */
function useNearRows(near: NearState | null, data: NearData | null): { local: ListRow[]; wide: ListRow[] } {
  return useMemo(() => {
    if (!data || !near) return { local: [], wide: [] };
    const all: (ListRow & { relation: 'inside' | 'near' })[] = nearby(data.features, [near.lng, near.lat], near.radius).map(
      (i) => ({
        id: i.id,
        props: i.properties,
        entry: data.catalog.features[i.id],
        distance: i.distance,
        relation: i.relation,
      }),
    );
    // Metropolitan circles and regional belts contain every pin in the city: listing them first would bury what is
    // actually nearby, so they go to a folded group of their own.
    return splitWide(all, near.radius, (row) => row.entry?.bbox);
  }, [data, near]);
}

function NearResults({ near, pinName, data, loading, lang, t, selected, onSelect, onProvision }: NearResultsProps) {
  const [shown, setShown] = useState(PAGE);
  const { local: rows, wide } = useNearRows(near, data);
  useEffect(() => setShown(PAGE), [near.lng, near.lat, near.radius]);
  return (
    <div className="near-results">
      <div className="near-pin-row">
        <span className="near-pin-label" data-testid="near-pin-label">
          {t.pinLabel}
          {pinName ?? `${near.lng.toFixed(4)}, ${near.lat.toFixed(4)}`}
        </span>
        <button
          type="button"
          className="near-link-button"
          onClick={() => useAppStore.getState().setNear(null)}
          data-testid="near-clear"
        >
          {t.pinClear}
        </button>
      </div>
      <RadiusControl radius={near.radius} lang={lang} t={t} />
      {loading && <p className="near-message">{t.loading}</p>}
      {data && (
        <>
          <FeatureList
            rows={rows.slice(0, shown)}
            lang={lang}
            t={t}
            label={t.listLabel}
            selected={selected}
            onSelect={onSelect}
            onProvision={onProvision}
            testId="near-list"
          />
          {rows.length > shown && (
            <button type="button" className="near-button near-more" onClick={() => setShown((s) => s + PAGE)}>
              {format(t.showMore, { n: Math.min(PAGE, rows.length - shown) })}
            </button>
          )}
          {wide.length > 0 && (
            <details className="near-wide" data-testid="near-wide">
              <summary className="near-wide-summary">{format(t.wideTitle, { n: wide.length })}</summary>
              <FeatureList
                rows={wide}
                lang={lang}
                t={t}
                label={t.wideLabel}
                selected={selected}
                onSelect={onSelect}
                onProvision={onProvision}
                testId="near-wide-list"
              />
            </details>
          )}
        </>
      )}
    </div>
  );
}

function RadiusControl({ radius, lang, t }: { radius: number; lang: Lang; t: NearStrings }) {
  const id = useId();
  const setRadius = (r: number) => useAppStore.getState().setNearRadius(r);
  return (
    <div className="near-radius" role="group" aria-labelledby={`${id}-label`}>
      <div className="near-radius-head">
        <span id={`${id}-label`} className="near-label">
          {t.radiusLabel}
        </span>
        <output className="near-radius-value" htmlFor={`${id}-slider`} data-testid="near-radius-value">
          {formatDistance(radius, lang, 'nominal')}
        </output>
      </div>
      <input
        id={`${id}-slider`}
        className="near-radius-slider"
        type="range"
        min={0}
        max={SLIDER_STEPS}
        step={1}
        value={radiusToSlider(radius)}
        aria-label={t.radiusSlider}
        aria-valuetext={formatDistance(radius, lang, 'nominal')}
        onChange={(e) => setRadius(sliderToRadius(Number(e.target.value)))}
      />
      <div className="near-presets" role="group" aria-label={t.radiusPresets}>
        {RADIUS_PRESETS_M.map((m) => (
          <button
            key={m}
            type="button"
            className="near-preset"
            aria-pressed={radius === m}
            onClick={() => setRadius(m)}
          >
            {formatDistance(m, lang, 'nominal')}
          </button>
        ))}
      </div>
    </div>
  );
}

interface DistrictSectionProps {
  data: NearData | null;
  lang: Lang;
  t: NearStrings;
  district: string;
  onDistrict: (code: string) => void;
  selected: string | null;
  onSelect: (id: string) => void;
  onProvision: (n: number) => void;
}

const LAYER_ORDER = new Map(LAYER_IDS.map((id, i) => [id, i]));

function DistrictSection({ data, lang, t, district, onDistrict, selected, onSelect, onProvision }: DistrictSectionProps) {
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [district]);
  const districts = data ? Object.entries(data.catalog.districts) : [];
  const rows: ListRow[] = useMemo(() => {
    if (!data || !district) return [];
    return Object.values(data.catalog.features)
      .filter((f) => f.districts.includes(district))
      .sort(
        (a, b) =>
          (LAYER_ORDER.get(a.layer) ?? 99) - (LAYER_ORDER.get(b.layer) ?? 99) ||
          a.districts.length - b.districts.length ||
          a.name_zh.localeCompare(b.name_zh, 'zh'),
      )
      .map((f) => ({ id: f.id, props: f, entry: f }));
  }, [data, district]);
  const names = data?.catalog.districts[district];
  const name = names ? (lang === 'zh' ? names.name_zh : names.name_en) : '';

  return (
    <div className="near-district">
      <h3 className="near-subtitle">
        <label htmlFor={`${id}-select`}>{t.myDistrict}</label>
      </h3>
      <select
        id={`${id}-select`}
        className="near-select"
        value={district}
        onChange={(e) => onDistrict(e.target.value)}
        disabled={!data}
        title={t.myDistrictLabel}
        data-testid="near-district-select"
      >
        <option value="">{t.myDistrictNone}</option>
        {districts.map(([code, n]) => (
          <option key={code} value={code}>
            {lang === 'zh' ? n.name_zh : `${n.name_en} ${n.name_zh}`}
          </option>
        ))}
      </select>
      {district && data && (
        <>
          <p className="near-count" role="status" data-testid="near-district-count">
            {rows.length > 0 ? format(t.districtCount, { n: rows.length, name }) : format(t.districtEmpty, { name })}
          </p>
          <FeatureList
            rows={rows.slice(0, shown)}
            lang={lang}
            t={t}
            label={t.districtListLabel}
            selected={selected}
            onSelect={onSelect}
            onProvision={onProvision}
            testId="near-district-list"
          />
          {rows.length > shown && (
            <button type="button" className="near-button near-more" onClick={() => setShown((s) => s + PAGE)}>
              {format(t.showMore, { n: Math.min(PAGE, rows.length - shown) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
