import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Catalog, Precision, Sector, StatusClass } from '../../../geo/schema.ts';
import { OVERVIEW_STRINGS, type OverviewStrings } from '../../i18n/overview.ts';
import { VOCABULARY } from '../../i18n/vocabulary.ts';
import { GROUP_TITLES } from '../../layers/registry.ts';
import { OUTSIDE_CITY, filterCatalog, filtersActive, provisionsWithMatches } from '../../lib/filters.ts';
import { computeStats, type BeltSummary, type FeatureRef, type OverviewStats } from '../../lib/stats.ts';
import {
  selectFilterActions,
  selectFilters,
  selectHighlighted,
  selectLang,
  selectOverviewActions,
  selectProvision,
  selectVisibleLayers,
} from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Filters } from '../../store/types.ts';
import { FilterBar } from '../filter-bar.tsx';
import { BeltCards } from './belt-cards.tsx';
import { BarChart, StackedBar, type BarRow } from './charts.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { ProvisionStrip } from './provision-strip.tsx';
import { useCatalog } from '../use-catalog.ts';
import './overview.css';
import { format, formatNumber } from '../../lib/format.ts';
import { precisionLabel, sectorLabel, statusLabel } from '../../lib/words.ts';

/** Bar colours of the status classes: darker = further along. */
const STATUS_COLORS: Record<StatusClass, string> = {
  completed: '#2e7d32',
  underway: '#0f5f8c',
  planned: '#4f86c6',
  sought: '#8a56b0',
  ongoing: '#5c7c8a',
  context: '#9aa5ae',
};

const layersOf = (catalog: Catalog, ids: readonly string[]) => [...new Set(ids.map((id) => catalog.features[id]?.layer).filter(Boolean))];

export interface OverviewPanelProps {
  /** Use this catalog instead of loading `geo/catalog.json` (tests). */
  catalog?: Catalog | null;
}

/**
 * The dashboard beside the map: headline figures, the four industrial belts, charts by sector, status, district and
 * precision, the 53 provisions as a strip, the active filters and the downloads. Every figure is computed from the
 * shipped catalog, and pressing one applies its filter (kept in the URL) or shows its features on the map.
 */
export function OverviewPanel({ catalog: given }: OverviewPanelProps) {
  const lang = useAppStore(selectLang);
  const { catalog, error, retry } = useCatalog(given);
  const s = OVERVIEW_STRINGS[lang];

  if (!catalog) {
    return (
      <div className="ov" data-testid="overview" data-state={error ? 'error' : 'loading'}>
        <h2 className="ov-h2">{s.title}</h2>
        {error ? (
          <div className="ov-error" role="alert">
            <p>{format(s.loadFailed, { error })}</p>
            <button type="button" className="ov-button" onClick={retry}>
              {s.retry}
            </button>
          </div>
        ) : (
          <p className="ov-note" role="status">
            {s.loading}
          </p>
        )}
      </div>
    );
  }
  return <OverviewBody catalog={catalog} lang={lang} s={s} />;
}

function OverviewBody({ catalog, lang, s }: { catalog: Catalog; lang: Lang; s: OverviewStrings }) {
  const filters = useAppStore(selectFilters);
  const visibleLayers = useAppStore(selectVisibleLayers);
  const current = useAppStore(selectProvision);
  const highlighted = useAppStore(selectHighlighted);
  const { toggleFilter, setFilters, clearFilters } = useAppStore(useShallow(selectFilterActions));
  const nav = useAppStore(useShallow(selectOverviewActions));
  const [lit, setLit] = useState<string | null>(null);

  const active = filtersActive(filters);
  const full = useMemo(() => computeStats(catalog), [catalog]);
  const filtered = useMemo(() => filterCatalog(catalog, filters), [catalog, filters]);
  const shown = useMemo(() => (active ? computeStats(filtered) : full), [filtered, active, full]);
  // Each chart counts under the other keys' filters (cross-filtering), so its own bars stay comparable.
  const cross = useMemo(() => {
    if (!active) return { sectors: full, statuses: full, districts: full };
    const without = (k: keyof Filters) => computeStats(filterCatalog(catalog, { ...filters, [k]: [] }));
    return { sectors: without('sectors'), statuses: without('statuses'), districts: without('districts') };
  }, [catalog, filters, active, full]);
  const matches = useMemo(() => (active ? provisionsWithMatches(catalog, filters) : null), [catalog, filters, active]);
  const mappedSet = useMemo(() => new Set(full.provisions.mapped), [full]);

  // A figure that stands for a set of features shows them: make their layers visible, light them up, fit the map.
  const showFeatures = (key: string, ids: string[]) => {
    if (lit === key && highlighted.length) {
      nav.highlight([]);
      setLit(null);
      return;
    }
    nav.setLayersVisible(layersOf(catalog, ids), true);
    nav.highlight(ids);
    if (ids.length) nav.focusFeatures(ids);
    setLit(key);
  };
  const showTransport = (key: 'roads' | 'rail') => {
    const ids = [...full[key].ids, ...full[key].schematicIds];
    if (!filters.sectors.includes('transport')) setFilters({ ...filters, sectors: [...filters.sectors, 'transport'] });
    showFeatures(key, ids);
  };
  const openProvision = (n: number | null) => {
    nav.selectProvision(n);
    nav.setTab('reader');
  };
  const showBelt = (b: BeltSummary) => showFeatures(`belt:${b.id}`, [b.id, ...b.parks.map((p) => p.id)]);
  const showPark = (p: FeatureRef) => {
    nav.setLayersVisible(layersOf(catalog, [p.id]), true);
    nav.selectFeature(p.id);
    nav.focusFeatures([p.id]);
  };

  const count = (list: { key: string; count: number }[], key: string) => list.find((r) => r.key === key)?.count ?? 0;
  const sectorRows: BarRow<Sector>[] = full.bySector.map((r) => ({
    key: r.key,
    label: sectorLabel(r.key, lang),
    count: count(cross.sectors.bySector, r.key),
    total: r.count,
    active: filters.sectors.includes(r.key),
  }));
  const statusRows: BarRow<StatusClass>[] = full.byStatus.map((r) => ({
    key: r.key,
    label: statusLabel(r.key, lang),
    detail: r.verbs.length
      ? r.verbs
          .slice(0, 5)
          .map((v) => `${v.verb} ${v.count}`)
          .join(' · ') + (r.verbs.length > 5 ? ' …' : '')
      : VOCABULARY[lang].status.hint[r.key],
    count: count(cross.statuses.byStatus, r.key),
    total: r.count,
    active: filters.statuses.includes(r.key),
    color: STATUS_COLORS[r.key],
  }));
  const districtRows: BarRow[] = [
    ...full.byDistrict.map((r) => ({
      key: r.key,
      label: lang === 'en' ? r.name_en : r.name_zh,
      count: count(cross.districts.byDistrict, r.key),
      total: r.count,
      active: filters.districts.includes(r.key),
    })),
    {
      key: OUTSIDE_CITY,
      label: s.outsideCity,
      count: cross.districts.outsideCity,
      total: full.outsideCity,
      active: filters.districts.includes(OUTSIDE_CITY),
    },
  ];
  const barLabel = (r: BarRow) => `${format(r.active ? s.filterActiveOn : s.filterByThis, { label: r.label, n: r.count })}`;
  const precisionIds = (p: Precision) =>
    Object.values(filtered.features)
      .filter((e) => e.precision === p)
      .map((e) => e.id);

  return (
    <div className="ov" data-testid="overview" data-state="ready">
      <header className="ov-header">
        <h2 className="ov-h2">{s.title}</h2>
        <p className="ov-lead">{s.lead}</p>
      </header>

      <div className={active ? 'ov-sticky' : undefined}>
        <FilterBar catalog={catalog} matching={active ? shown.mapped : null} />
      </div>

      <Headline
        full={full}
        shown={shown}
        active={active}
        lang={lang}
        s={s}
        onAll={() => (active ? clearFilters() : nav.setTab('layers'))}
        onProvisions={() => openProvision(null)}
        onRoads={() => showTransport('roads')}
        onRail={() => showTransport('rail')}
        onZones={() => showFeatures('zones', full.zones.ids)}
        lit={lit}
      />

      <section className="ov-section">
        <h3 className="ov-h3">{s.beltsTitle}</h3>
        <p className="ov-note">{s.beltsLead}</p>
        <BeltCards belts={full.belts} lang={lang} onShowBelt={showBelt} onShowPark={showPark} />
      </section>

      <div className="ov-charts">
        <BarChart
          title={s.sectorTitle}
          rows={sectorRows}
          buttonLabel={barLabel}
          onSelect={(k) => toggleFilter('sectors', k)}
          testId="chart-sector"
        />
        <BarChart
          title={s.statusTitle}
          rows={statusRows}
          buttonLabel={barLabel}
          onSelect={(k) => toggleFilter('statuses', k)}
          testId="chart-status"
        />
        <BarChart
          title={s.districtTitle}
          note={s.districtNote}
          rows={districtRows}
          buttonLabel={barLabel}
          onSelect={(k) => toggleFilter('districts', k)}
          testId="chart-district"
        />
        <StackedBar
          title={s.precisionTitle}
          note={s.precisionNote}
          segments={shown.byPrecision.map((r) => ({
            key: r.key,
            label: precisionLabel(r.key, lang),
            count: r.count,
            tone: r.key,
            active: lit === `precision:${r.key}`,
          }))}
          buttonLabel={(seg) => `${seg.label}: ${format(s.countItems, { n: seg.count })}`}
          onSelect={(k) => showFeatures(`precision:${k}`, precisionIds(k))}
          testId="chart-precision"
        />
      </div>

      <section className="ov-section" data-testid="provisions">
        <h3 className="ov-h3">
          {s.provisionsTitle}{' '}
          <span className="ov-h3__figure">
            {full.provisions.mapped.length}/{full.provisions.total}
          </span>
        </h3>
        <p className="ov-note">{s.provisionsLead}</p>
        <ProvisionStrip
          total={full.provisions.total}
          mapped={mappedSet}
          matches={matches}
          current={current}
          cellLabel={(n, m, hit) =>
            `${format(s.provisionCell, { n })}：${m ? s.provisionMapped : s.provisionUnmapped}${hit ? `；${s.provisionMatch}` : ''}`
          }
          onOpen={openProvision}
        />
      </section>

      <ExportButtons catalog={catalog} visibleLayers={visibleLayers} filters={filters} lang={lang} />

      <details className="ov-how" open>
        <summary className="ov-h3">{s.howTitle}</summary>
        <ul>
          <li>{s.how1}</li>
          <li>{s.how2}</li>
          <li>{s.how3}</li>
          <li>{s.how4}</li>
        </ul>
      </details>
    </div>
  );
}

interface HeadlineProps {
  full: OverviewStats;
  shown: OverviewStats;
  active: boolean;
  lang: Lang;
  s: OverviewStrings;
  lit: string | null;
  onAll: () => void;
  onProvisions: () => void;
  onRoads: () => void;
  onRail: () => void;
  onZones: () => void;
}

/** The headline figures as large buttons. Under filters they show the filtered value over the total. */
function Headline({ full, shown, active, lang, s, lit, onAll, onProvisions, onRoads, onRail, onZones }: HeadlineProps) {
  const km = (n: number) => formatNumber(n, lang, n < 100 ? 1 : 0);
  const schematicNote = (n: number) => (n > 0 ? format(s.figSchematicNote, { n }) : undefined);
  // With nothing measurable (every line schematic) a "0 km" would mislead: show how many lines are drawn instead.
  const lineFigure = (f: OverviewStats['roads']) =>
    f.measured > 0 || f.schematic === 0
      ? { value: km(f.km), unit: s.figKm, note: schematicNote(f.schematic) }
      : { value: formatNumber(f.schematic, lang), unit: s.figLines, note: s.figAllSchematic };
  const zoneParts = shown.zones.byGroup
    .map((g) => `${GROUP_TITLES[g.key][lang]} ${formatNumber(g.hectares, lang)}`)
    .join(' · ');
  const zoneNote = [zoneParts, schematicNote(shown.zones.schematic)].filter(Boolean).join('；');
  const provisionsShown = active
    ? full.provisions.mapped.filter((p) => shown.provisions.mapped.includes(p)).length
    : full.provisions.mapped.length;
  return (
    <section className="ov-figures" data-testid="figures">
      <Figure
        id="mapped"
        value={formatNumber(shown.mapped, lang)}
        of={active ? formatNumber(full.mapped, lang) : undefined}
        unit={s.figMappedUnit}
        label={s.figMapped}
        note={full.unplaced > 0 ? format(s.figUnplaced, { n: full.unplaced }) : undefined}
        actionLabel={active ? s.filtersClear : undefined}
        onClick={onAll}
      />
      <Figure
        id="provisions"
        value={String(provisionsShown)}
        of={String(full.provisions.total)}
        label={s.figProvisions}
        onClick={onProvisions}
      />
      <Figure id="roads" {...lineFigure(shown.roads)} label={s.figRoads} pressed={lit === 'roads'} onClick={onRoads} />
      <Figure id="rail" {...lineFigure(shown.rail)} label={s.figRail} pressed={lit === 'rail'} onClick={onRail} />
      <Figure
        id="zones"
        value={formatNumber(shown.zones.hectares, lang)}
        unit={s.figHa}
        label={s.figZones}
        note={zoneNote || undefined}
        pressed={lit === 'zones'}
        onClick={onZones}
        wide
      />
    </section>
  );
}

interface FigureProps {
  id: string;
  value: string;
  of?: string;
  unit?: string;
  label: string;
  note?: string;
  actionLabel?: string;
  pressed?: boolean;
  wide?: boolean;
  onClick: () => void;
}

function Figure({ id, value, of, unit, label, note, actionLabel, pressed, wide, onClick }: FigureProps) {
  return (
    <button
      type="button"
      className={`ov-figure${wide ? ' ov-figure--wide' : ''}`}
      data-figure={id}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <span className="ov-figure__label">{label}</span>
      <span className="ov-figure__value">
        <span className="ov-figure__num" data-testid={`figure-${id}`}>
          {value}
        </span>
        {of && <span className="ov-figure__of">/{of}</span>}
        {unit && <span className="ov-figure__unit">{unit}</span>}
      </span>
      {note && <span className="ov-figure__note">{note}</span>}
      {actionLabel && <span className="ov-figure__action">{actionLabel}</span>}
    </button>
  );
}
