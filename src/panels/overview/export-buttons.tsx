import { useState } from 'react';
import type { Catalog } from '../../../geo/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { OVERVIEW_STRINGS } from '../../i18n/overview.ts';
import type { ExportFormat } from '../../lib/export/package.ts';
import { loadPlanFile, planJsonText } from '../../lib/export/plan-json.ts';
import { format } from '../../lib/format.ts';
import { loadLayer } from '../../lib/geo-data.ts';
import type { EnglishPlanExport } from '../../plan/english.ts';
import { loadEnglish } from '../../plan/english-loader.ts';
import type { Filters } from '../../store/types.ts';
import { downloadBlob, downloadText } from '../../lib/download.ts';

export interface ExportButtonsProps {
  catalog: Catalog;
  visibleLayers: readonly string[];
  filters: Filters;
  lang: Lang;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'done'; n: number; file: string }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const SINGLES: readonly Exclude<ExportFormat, 'zip'>[] = ['geojson', 'kml', 'gpkg', 'csv'];

/**
 * Offers the downloads of what is shown (visible layers × filters): the package (ZIP: CSV, GeoJSON, KML, GeoPackage
 * and a README with fields, precision caveat, sources and licences) or any one of those files, and the structured
 * plan. The writers load only when someone downloads; layer files come through the same cached loader as the map, so
 * nothing new is fetched when the map has them.
 */
export function ExportButtons({ catalog, visibleLayers, filters, lang }: ExportButtonsProps) {
  const s = OVERVIEW_STRINGS[lang];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const exportShown = async (format: ExportFormat) => {
    setStatus({ kind: 'busy', format });
    try {
      const [entries, { buildExport, englishForExport }, english] = await Promise.all([
        Promise.all(visibleLayers.map(async (id) => [id, await loadLayer(id)] as const)),
        import('../../lib/export/package.ts'),
        // The English words of the plan go with the data when the translation loads; without it, the Chinese alone.
        loadEnglish().catch(() => null),
      ]);
      const now = new Date();
      const { file, count } = await buildExport(
        format,
        {
          catalog,
          layers: Object.fromEntries(entries),
          visibleLayers,
          filters,
          generatedAt: now.toISOString(),
          url: window.location.href,
          lang,
          english: english ? englishForExport(english, catalog) : undefined,
        },
        now,
      );
      if (count === 0) {
        setStatus({ kind: 'empty' });
        return;
      }
      downloadBlob(file.name, file.data as BlobPart, file.mime);
      setStatus({ kind: 'done', n: count, file: file.name });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  // The plan in both languages: the English edition is loaded for the download; without it, the Chinese alone.
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
        ? `${format(s.exportDone, { n: status.n })}: ${status.file}`
        : status.kind === 'empty'
          ? s.exportEmpty
          : status.kind === 'error'
            ? format(s.exportFailed, { error: status.message })
            : '';

  const label: Record<Exclude<ExportFormat, 'zip'>, [string, string]> = {
    geojson: [s.exportGeojson, s.exportGeojsonLabel],
    kml: [s.exportKml, s.exportKmlLabel],
    gpkg: [s.exportGpkg, s.exportGpkgLabel],
    csv: [s.exportCsv, s.exportCsvLabel],
  };

  return (
    <section className="ov-export" data-testid="export">
      <h3 className="ov-h3">{s.exportTitle}</h3>
      <p className="ov-note">{s.exportLead}</p>
      <div className="ov-export__buttons">
        <button
          type="button"
          className="ov-button"
          aria-label={s.exportZipLabel}
          data-testid="export-zip"
          disabled={busy}
          onClick={() => void exportShown('zip')}
        >
          {s.exportZip}
        </button>
        <button type="button" className="ov-button ov-button--quiet" aria-label={s.exportPlanLabel} data-testid="export-plan" onClick={() => void exportPlan()}>
          {s.exportPlan}
        </button>
      </div>
      <div className="ov-export__singles" role="group" aria-label={s.exportSingles}>
        <span className="ov-export__singles-label" aria-hidden="true">
          {s.exportSingles}
        </span>
        {SINGLES.map((f) => (
          <button
            key={f}
            type="button"
            className="ov-button ov-button--quiet ov-button--small"
            aria-label={label[f][1]}
            title={label[f][1]}
            data-testid={`export-${f}`}
            disabled={busy}
            onClick={() => void exportShown(f)}
          >
            {label[f][0]}
          </button>
        ))}
      </div>
      <p className="ov-export__status" role="status" data-status={status.kind}>
        {message}
      </p>
    </section>
  );
}
