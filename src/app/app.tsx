import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { APP_STRINGS } from '../i18n/app.ts';
import { STORY_STRINGS } from '../i18n/story.ts';
import { MapView } from '../map/map-view.tsx';
import { buildMentionData, EMPTY_MENTION_DATA, type MentionData } from '../plan/mentions.ts';
import { PLAN } from '../plan/plan-data.ts';
import { ErrorBoundary } from '../panels/error-boundary.tsx';
import { useEnglish } from '../panels/reader/use-english.ts';
import { Legend } from '../panels/legend.tsx';
import { Notices } from '../panels/notices.tsx';
import { MentionContext } from '../panels/reader/mention-context.ts';
import { useCatalog } from '../panels/use-catalog.ts';
import {
  selectAuthoring,
  selectEmbed,
  selectLang,
  selectNotices,
  selectProvision,
  selectReaderParallel,
  selectSelectedFeature,
  selectStory,
  selectTab,
} from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { encodeHash } from '../store/url-codec.ts';
import { toUrlState } from '../store/url-sync.ts';
import { SheetGrip, sheetHeight, type SheetState } from './bottom-sheet.tsx';
import { Header } from './header.tsx';
import { SidePanel } from './side-panel.tsx';
import { startApp, watchSelectedFeature } from './start.ts';
import { PHONE_QUERY, SIDE_BY_SIDE_QUERY, useMediaQuery } from '../panels/use-media.ts';
import './app.css';

// The briefing mode and the briefing editor are for presenters only: residents on a phone never download them.
const Briefing = lazy(() => import('../story/briefing.tsx').then((m) => ({ default: m.Briefing })));
const Author = lazy(() => import('../story/author/author.tsx').then((m) => ({ default: m.Author })));

const selectFullHash = (s: Parameters<typeof toUrlState>[0]) => encodeHash({ ...toUrlState(s), embed: false });

/**
 * Layout composition: header, the side panel (a bottom sheet on phones, a drawer in embed mode) and the map. The map
 * stays mounted in the same place whatever the layout, tab or briefing state, so it is never re-created.
 */
export function App() {
  const [ready, setReady] = useState(false);
  const lang = useAppStore(selectLang);
  const tab = useAppStore(selectTab);
  const embed = useAppStore(selectEmbed);
  const story = useAppStore(selectStory);
  const authoring = useAppStore(selectAuthoring);
  const provision = useAppStore(selectProvision);
  const selected = useAppStore(selectSelectedFeature);
  const notices = useAppStore(useShallow(selectNotices));
  const fullHash = useAppStore(selectFullHash);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const wide = useMediaQuery(SIDE_BY_SIDE_QUERY);
  const parallel = useAppStore(selectReaderParallel);
  // The English interface shows the English edition (loaded on demand, never for a Chinese first visit).
  const { english } = useEnglish(lang === 'en');
  const { catalog, error: catalogError } = useCatalog();
  const mentions = useMemo<MentionData>(() => (catalog ? buildMentionData(PLAN.provisions, catalog) : EMPTY_MENTION_DATA), [catalog]);
  const [sheet, setSheet] = useState<SheetState>('peek');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [bodyHeight, setBodyHeight] = useState(600);
  const [noticesHeight, setNoticesHeight] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const mapArea = useRef<HTMLDivElement>(null);
  const t = APP_STRINGS[lang];

  // Before the first paint: apply the link, so a deep link never flashes the default screen.
  useLayoutEffect(() => {
    const stop = startApp(useAppStore);
    const s = useAppStore.getState();
    if (s.provision != null || s.query || s.selectedFeature) setSheet('half');
    setReady(true);
    return stop;
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  useEffect(() => {
    const p = provision != null ? (english?.plan.provisions ?? PLAN.provisions)[provision - 1] : undefined;
    document.title = p ? `(${p.number}) ${p.title} · ${t.appTitleShort}` : t.appTitle;
  }, [provision, t, english]);

  useEffect(() => {
    if (catalogError) useAppStore.getState().notify({ id: 'catalog', level: 'info', key: 'catalogFailed' });
  }, [catalogError]);

  useEffect(() => (catalog ? watchSelectedFeature(useAppStore, catalog) : undefined), [catalog]);

  // Phone: opening a provision or a feature lifts the sheet; a camera move asked by the panel lowers it so the
  // features it shows are not hidden under it. A layout effect: the lifted sheet is in the page before the map
  // measures what it covers to frame the feature (src/map/camera.ts).
  useLayoutEffect(() => {
    if (provision != null || selected) setSheet((s) => (s === 'peek' ? 'half' : s));
  }, [provision, selected]);
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.focus && s.focus !== prev.focus) setSheet((v) => (v === 'full' ? 'half' : v));
      }),
    [],
  );

  useLayoutEffect(() => {
    const el = body.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setBodyHeight(el.clientHeight));
    ro.observe(el);
    setBodyHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // The notices take a band at the top of the map; the other controls sit below it (see app.css).
  useLayoutEffect(() => {
    const el = mapArea.current?.querySelector<HTMLElement>('.notices');
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setNoticesHeight(el.offsetHeight));
    ro.observe(el);
    setNoticesHeight(el.offsetHeight);
    return () => ro.disconnect();
  }, []);

  // The prerender (no window) links to the page itself.
  const here = typeof window === 'undefined' ? './' : `${window.location.pathname}${window.location.search}`;
  const fullHref = `${here}${fullHash ? `#${fullHash}` : ''}`;
  const sheetMode = isPhone && !embed;
  const panelStyle = sheetMode ? { height: dragHeight ?? sheetHeight(sheet, bodyHeight) } : undefined;
  const panelHidden = embed && !drawerOpen;
  const sheetPx = sheetMode ? (dragHeight ?? sheetHeight(sheet, bodyHeight)) : 0;
  // Scale bar and attribution ride above the bottom sheet, up to its half height; past that they stay under it.
  const mapStyle = {
    '--notices-h': `${noticesHeight > 0 ? noticesHeight + 8 : 0}px`,
    '--map-bottom': `${Math.min(sheetPx, sheetHeight('half', bodyHeight))}px`,
  } as CSSProperties;
  // Two languages side by side need a wider panel: only on wide screens, in the full app, while reading.
  const sideBySide = wide && !isPhone && !embed && story == null;

  return (
    <MentionContext.Provider value={mentions}>
      <div
        className="app"
        data-app-ready={ready ? 'true' : undefined}
        data-layout={isPhone ? 'phone' : 'desktop'}
        data-embed={embed ? 'true' : undefined}
        data-story={story != null ? 'true' : undefined}
        data-parallel={sideBySide && parallel && tab === 'reader' && provision != null && !selected ? 'true' : undefined}
        data-authoring={authoring && !embed && story == null ? 'true' : undefined}
      >
        <Header lang={lang} onLang={(l) => useAppStore.getState().setLang(l)} embed={embed} fullHref={fullHref} />
        <div className="app-body" ref={body}>
          <div className="app-map" data-testid="map-area" ref={mapArea} style={mapStyle} data-drawer={embed && drawerOpen ? 'open' : undefined}>
            <ErrorBoundary area="map" lang={lang}>
              <MapView>
                <ErrorBoundary area="legend" lang={lang}>
                  <Legend />
                </ErrorBoundary>
              </MapView>
            </ErrorBoundary>
            <ErrorBoundary area="notices" lang={lang} resetKey={notices}>
              <Notices
                notices={notices}
                lang={lang}
                label={t.noticesLabel}
                dismissLabel={t.dismiss}
                onDismiss={(id) => useAppStore.getState().dismissNotice(id)}
              />
            </ErrorBoundary>
            {embed && (
              <button
                type="button"
                className="drawer-toggle"
                aria-expanded={drawerOpen}
                aria-controls="app-panel"
                onClick={() => setDrawerOpen((o) => !o)}
              >
                {drawerOpen ? t.hidePanel : t.showPanel}
              </button>
            )}
          </div>
          <aside
            id="app-panel"
            className={`app-panel${dragHeight != null ? ' is-dragging' : ''}`}
            aria-label={t.panelLabel}
            data-sheet={sheetMode ? sheet : undefined}
            // The phone's sheet and the open embed drawer float over the map: the map frames features in the part
            // they leave free (the sheet's final height is declared so that a sheet still sliding is measured where
            // it will settle).
            data-occludes-map={sheetMode || (embed && drawerOpen) ? '' : undefined}
            data-occludes-height={sheetMode ? Math.round(dragHeight ?? sheetHeight(sheet, bodyHeight)) : undefined}
            data-testid="app-panel"
            hidden={panelHidden}
            style={panelStyle}
          >
            {/* Rendered on every screen (CSS shows it on phones only), so that the prerendered page, which cannot
                know the screen, already has the grip a phone shows: nothing moves when the app takes over. */}
            {!embed && (
              <SheetGrip
                state={sheet}
                onState={setSheet}
                onDrag={setDragHeight}
                bodyHeight={bodyHeight}
                labels={{ handle: t.sheetHandle, expand: t.sheetExpand, collapse: t.sheetCollapse }}
              />
            )}
            {story != null ? (
              <div className="panel-briefing">
                <ErrorBoundary
                  area="briefing"
                  lang={lang}
                  leave={{ label: STORY_STRINGS[lang].exit, onLeave: () => useAppStore.getState().setStory(null) }}
                >
                  <Suspense fallback={null}>
                    <Briefing />
                  </Suspense>
                </ErrorBoundary>
              </div>
            ) : (
              <SidePanel
                lang={lang}
                sideBySide={sideBySide}
                tab={tab}
                onTab={(id) => {
                  useAppStore.getState().setTab(id);
                  if (sheetMode && sheet === 'peek') setSheet('half');
                }}
              />
            )}
          </aside>
          {authoring && !embed && (
            <Suspense fallback={null}>
              <Author phone={isPhone} hidden={story != null} />
            </Suspense>
          )}
        </div>
      </div>
    </MentionContext.Provider>
  );
}
