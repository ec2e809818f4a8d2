import { useState } from 'react';
import type { Catalog } from '../../../geo/schema.ts';
import { OVERVIEW_STRINGS } from '../../i18n/overview.ts';
import { buildCsv, buildGeoJsonExport, exportFileName, planJsonText } from '../../lib/export.ts';
import { loadPlanFile } from '../../plan/plan-data.ts';
import { loadLayer } from '../../lib/geo-data.ts';
import type { EnglishPlanExport } from '../../plan/english.ts';
import { loadEnglish } from '../../plan/english-loader.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Filters } from '../../store/types.ts';
import { downloadText } from './download.ts';
import { format } from '../../lib/format.ts';

export interface ExportButtonsProps {
  catalog: Catalog;
  visibleLayers: readonly string[];
  filters: Filters;
  lang: Lang;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; n: number } | { kind: 'empty' } | { kind: 'error'; message: string };

/**
 * Offers the downloads: what is shown (visible layers × filters) as GeoJSON or CSV, and the structured plan. Layer
 * files come through the same cached loader as the map, so nothing new is fetched when the map has them.
 */
export function ExportButtons({ catalog, visibleLayers, filters, lang }: ExportButtonsProps) {
  const s = OVERVIEW_STRINGS[lang];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportShown = async (format: 'geojson' | 'csv') => {
    setStatus({ kind: 'busy' });
    try {
      const entries = await Promise.all(visibleLayers.map(async (id) => [id, await loadLayer(id)] as const));
      const fc = buildGeoJsonExport({
        catalog,
        layers: Object.fromEntries(entries),
        visibleLayers,
        filters,
        generatedAt: new Date().toISOString(),
        url: window.location.href,
      });
      if (fc.features.length === 0) {
        setStatus({ kind: 'empty' });
        return;
      }
      const now = new Date();
      if (format === 'geojson') {
        downloadText(exportFileName('geojson', now), `${JSON.stringify(fc)}\n`, 'application/geo+json');
      } else {
        downloadText(exportFileName('csv', now), buildCsv(fc, catalog), 'text/csv;charset=utf-8');
      }
      setStatus({ kind: 'done', n: fc.features.length });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  // The plan in both languages: the English edition is loaded for the download; without it, the Chinese alone.
  const exportPlan = async () => {
    const english = loadEnglish().then(
      (e): EnglishPlanExport | undefined => e.exportData(),
      () => undefined,
    );
    try {
      downloadText('hohhot-15th-fyp-plan.json', planJsonText(await loadPlanFile(), await english), 'application/json');
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const message =
    status.kind === 'busy'
      ? s.exportBusy
      : status.kind === 'done'
        ? format(s.exportDone, { n: status.n })
        : status.kind === 'empty'
          ? s.exportEmpty
          : status.kind === 'error'
            ? format(s.exportFailed, { error: status.message })
            : '';

  return (
    <section className="ov-export" data-testid="export">
      <h3 className="ov-h3">{s.exportTitle}</h3>
      <p className="ov-note">{s.exportLead}</p>
      <div className="ov-export__buttons">
        <button
          type="button"
          className="ov-button"
          aria-label={s.exportGeojsonLabel}
          data-testid="export-geojson"
          disabled={status.kind === 'busy'}
          onClick={() => void exportShown('geojson')}
        >
          {s.exportGeojson}
        </button>
        <button
          type="button"
          className="ov-button"
          aria-label={s.exportCsvLabel}
          data-testid="export-csv"
          disabled={status.kind === 'busy'}
          onClick={() => void exportShown('csv')}
        >
          {s.exportCsv}
        </button>
        <button type="button" className="ov-button ov-button--quiet" aria-label={s.exportPlanLabel} data-testid="export-plan" onClick={() => void exportPlan()}>
          {s.exportPlan}
        </button>
      </div>
      <p className="ov-export__status" role="status" data-status={status.kind}>
        {message}
      </p>
    </section>
  );
}
