import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { saveBlob } from '../lib/download.ts';
import { useShallow } from 'zustand/react/shallow';
import type { Lang } from '../i18n/lang.ts';
import { PRINT_STRINGS } from '../i18n/print.ts';
import { attributionFor } from '../lib/export/attribution.ts';
import { format } from '../lib/format.ts';
import { GEO_ATTRIBUTION, geoAttributionLines } from '../lib/geo-data.ts';
import { canCaptureMap, captureMap } from '../map/capture.ts';
import { useCatalog } from '../panels/use-catalog.ts';
import { getProvision } from '../plan/plan-data.ts';
import { useEnglish } from '../panels/reader/use-english.ts';
import { selectActiveStory, selectLang, selectProvision, selectStory, selectVisibleLayers } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { encodeHash } from '../store/url-codec.ts';
import { toUrlState } from '../store/url-sync.ts';
import type { SheetOptions } from './export-png.ts';
import { DPIS, paperPixels, PAPERS, type Dpi, type Orientation, type PaperSize } from './paper.ts';
import { sheetContent, type SheetContent } from './sheet-content.ts';
import './print.css';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error'; message: string };

const SHORT = new Map(GEO_ATTRIBUTION.map((a) => [a.id, a]));

function useSources(layers: readonly string[], lang: Lang): string[] {
  const { catalog } = useCatalog();
  const key = [...layers].sort().join(',');
  return useMemo(() => {
    if (!catalog) return geoAttributionLines(lang, true);
    const paren = (text: string, licence: string) => (lang === 'en' ? `${text} (${licence})` : `${text}（${licence}）`);
    // The sheet uses each source's short credit line (as on the map) with its licence, so that all of them fit.
    return attributionFor(catalog, key ? key.split(',') : [], lang).map((a) => {
      const short = a.id ? SHORT.get(a.id) : undefined;
      return paren(short ? (lang === 'en' ? short.short_en : short.short_zh) : a.text, a.licence);
    });
  }, [catalog, key, lang]);
}

/** Reads what the sheet shows from the store: current step or provision, visible layers, sources, the link. */
function useSheetContent(customTitle: string): SheetContent {
  const lang = useAppStore(selectLang);
  const story = useAppStore(selectStory);
  // The briefing being shown (built-in or the presenter's own), as the briefing mode resolved it.
  const active = useAppStore(selectActiveStory);
  const provision = useAppStore(selectProvision);
  const layers = useAppStore(useShallow(selectVisibleLayers));
  const sources = useSources(layers, lang);
  const { english } = useEnglish(lang === 'en' && provision != null);
  return useMemo(
    () =>
      sheetContent({
        lang,
        step: story != null && active ? (active.story.steps[story - 1] ?? null) : null,
        provision: provision != null ? (getProvision(provision) ?? null) : null,
        englishProvision: provision != null ? (english?.plan.provisions[provision - 1] ?? null) : null,
        visibleLayers: layers,
        sources,
        link: typeof window === 'undefined' ? '' : sheetLink(),
        date: new Date(),
        customTitle,
      }),
    // The link follows the URL, which follows the store: recompute when what the store shows changes.
    [lang, story, active, provision, layers, sources, customTitle, english],
  );
}

/** Longest address printed and put in the QR code as it is; a longer one could not be scanned off a 26 mm code. */
const MAX_SHEET_LINK = 500;

/**
 * Returns the address the sheet prints and encodes as a QR code: the page's own, or, when a briefing carried in the
 * link (`brief=`) makes it too long to scan, the same view (layers, filters, camera) without the briefing.
 */
function sheetLink(): string {
  const href = window.location.href;
  if (href.length <= MAX_SHEET_LINK) return href;
  const hash = encodeHash({ ...toUrlState(useAppStore.getState()), story: null, brief: null, kiosk: false, presenter: false });
  return `${window.location.origin}${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
}


/**
 * The print / image export control: a button that opens a small dialog with paper size, orientation, resolution and
 * an optional title, then downloads a composed PNG or hands over to the browser's own printing. Also keeps a
 * print-only sheet (legend, cited provisions, caveat, link) in the page for Ctrl+P.
 */
const noSubscription = () => () => {};

export function PrintDialog() {
  // The print sheet lives in <body>, outside the app: rendered once the page is live, never in the prerendered
  // markup (which has no body to portal into), so hydration sees the same tree the build rendered.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const lang = useAppStore(selectLang);
  const t = PRINT_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [dpi, setDpi] = useState<Dpi>(150);
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [printImage, setPrintImage] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const content = useSheetContent(title);
  const id = useId();
  const px = paperPixels(paper, orientation, dpi);

  useEffect(() => {
    const d = dialogRef.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    document.documentElement.classList.toggle('print-has-image', printImage != null);
    if (!printImage) return;
    const clear = () => setPrintImage(null);
    window.addEventListener('afterprint', clear);
    return () => window.removeEventListener('afterprint', clear);
  }, [printImage]);

  const opts: SheetOptions = { paper, orientation, dpi };

  const onExport = async () => {
    setStatus({ kind: 'busy' });
    try {
      // The link is read now: the URL follows the map view, which the sheet's other inputs do not track.
      // The sheet composer (and its QR encoder) loads only when someone exports, not with the app.
      const { canvasToPng, composeSheet, pngFileName } = await import('./export-png.ts');
      const sheet = await composeSheet({ ...content, link: sheetLink() }, opts, captureMap);
      const blob = await canvasToPng(sheet.canvas);
      const file = pngFileName(opts, content.date);
      saveBlob(blob, file);
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onPrint = async () => {
    if (canCaptureMap()) {
      setStatus({ kind: 'busy' });
      try {
        const shot = await captureMap({ width: 1600, height: 1100, pixelRatio: 2 });
        setPrintImage(shot.dataUrl);
      } catch {
        setPrintImage(null);
      }
      setStatus({ kind: 'idle' });
    }
    setOpen(false);
    // Let React paint the print sheet's image before the print dialog snapshots the page.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <>
      <button type="button" className="print-open" data-testid="print-open" title={t.openHint} onClick={() => setOpen(true)}>
        {t.open}
      </button>
      <dialog
        ref={dialogRef}
        className="print-dialog"
        aria-labelledby={`${id}-title`}
        data-testid="print-dialog"
        onClose={() => setOpen(false)}
      >
        <h2 id={`${id}-title`} className="print-dialog__title">
          {t.title}
        </h2>
        <div className="print-dialog__grid">
          <label>
            {t.paper}
            <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)} data-testid="print-paper">
              {Object.keys(PAPERS).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.orientation}
            <select value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)} data-testid="print-orientation">
              <option value="landscape">{t.landscape}</option>
              <option value="portrait">{t.portrait}</option>
            </select>
          </label>
          <label>
            {t.dpi}
            <select value={dpi} onChange={(e) => setDpi(Number(e.target.value) as Dpi)} data-testid="print-dpi">
              {DPIS.map((d) => (
                <option key={d} value={d}>
                  {format(t.dpiValue, { dpi: d })}
                </option>
              ))}
            </select>
          </label>
          <label className="print-dialog__wide">
            {t.sheetTitle}
            <input type="text" value={title} placeholder={content.title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
          </label>
        </div>
        <p className="print-dialog__size" data-testid="print-size">
          {format(t.pixels, { w: px.width, h: px.height })}
        </p>
        {!canCaptureMap() && <p className="print-dialog__note">{t.noMap}</p>}
        <p className="print-dialog__status" role="status" data-testid="print-status" data-status={status.kind}>
          {status.kind === 'busy' && t.exporting}
          {status.kind === 'done' && format(t.done, { file: status.file })}
          {status.kind === 'error' && `${t.failed}${status.message}`}
        </p>
        <div className="print-dialog__actions">
          <button
            type="button"
            className="print-dialog__primary"
            data-testid="print-export"
            disabled={status.kind === 'busy' || !canCaptureMap()}
            onClick={() => void onExport()}
          >
            {t.export}
          </button>
          <button type="button" onClick={() => void onPrint()} disabled={status.kind === 'busy'}>
            {t.print}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t.close}
          </button>
        </div>
      </dialog>
      {inBrowser && createPortal(<PrintSheet content={content} image={printImage} />, document.body)}
    </>
  );
}

/** The print-only sheet: hidden on screen, laid out by `print.css` when the browser prints. */
export function PrintSheet({ content, image }: { content: SheetContent; image: string | null }) {
  const t = PRINT_STRINGS[content.lang];
  return (
    <div className="print-sheet" aria-hidden="true">
      <h1 className="print-sheet__title">{content.title}</h1>
      <p className="print-sheet__subtitle">{content.subtitle}</p>
      {image && <img className="print-sheet__map" src={image} alt="" />}
      <div className="print-sheet__cols">
        <section>
          <h2>{t.legend}</h2>
          <ul className="print-sheet__legend">
            {content.legend.map((l) => (
              <li key={l.id}>
                <span className={`print-sheet__swatch print-sheet__swatch--${l.swatch}`} style={{ color: l.color }} />
                {l.title}
              </li>
            ))}
          </ul>
        </section>
        {content.cited.length > 0 && (
          <section>
            <h2>{content.translationNote ? t.citedEn : t.cited}</h2>
            {content.translationNote && <p className="print-sheet__caveat">{content.translationNote}</p>}
            {content.cited.map((x, i) => (
              <p key={`${x.p}-${i}`} className="print-sheet__cited">
                <strong>{format(t.provision, { n: x.p })}</strong> “<span lang={x.lang === 'en' ? 'en' : 'zh-Hans'}>{x.text}</span>”
                {x.truncated ? t.excerptMore : ''}
              </p>
            ))}
          </section>
        )}
        <section>
          <p className="print-sheet__caveat">{content.caveat}</p>
          <h2>{t.sources}</h2>
          <ul className="print-sheet__sources">
            {content.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p className="print-sheet__link">{content.link}</p>
        </section>
      </div>
    </div>
  );
}
