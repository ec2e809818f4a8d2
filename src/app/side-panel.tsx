import { lazy, Suspense, useRef, type KeyboardEvent } from 'react';
import { APP_STRINGS } from '../i18n/app.ts';
import { ErrorBoundary } from '../panels/error-boundary.tsx';
import { OverviewPanel } from '../panels/overview/overview-panel.tsx';
import type { Lang } from '../i18n/lang.ts';
import { selectSelectedFeature } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { PanelTab } from '../store/types.ts';

// The first screen is the overview; the other tabs and the feature panel load when they are first shown, so a first
// visit (and the map it waits for) does not carry their code.
const ReaderPanel = lazy(() => import('../panels/reader/reader-panel.tsx').then((m) => ({ default: m.ReaderPanel })));
const NearPanel = lazy(() => import('../panels/near/near-panel.tsx').then((m) => ({ default: m.NearPanel })));
const LayerPanel = lazy(() => import('../panels/layers/layer-panel.tsx').then((m) => ({ default: m.LayerPanel })));
const FeaturePanel = lazy(() => import('../panels/feature/feature-panel.tsx').then((m) => ({ default: m.FeaturePanel })));

/** The feature panel, loaded the first time something is selected. */
function FeatureSlot() {
  const selected = useAppStore(selectSelectedFeature);
  return selected ? (
    <Suspense fallback={null}>
      <FeaturePanel />
    </Suspense>
  ) : null;
}

const TABS: readonly PanelTab[] = ['overview', 'reader', 'near', 'layers'];
const TAB_LABEL = { overview: 'tabOverview', reader: 'tabReader', near: 'tabNear', layers: 'tabLayers' } as const;

export interface SidePanelProps {
  lang: Lang;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  /** The reader may show the plan's two languages side by side. */
  sideBySide?: boolean;
}

/**
 * The side panel's tabs and content. The feature panel (when a feature is selected) stands in for the tab content;
 * it renders nothing otherwise, and the tab content shows again (see `.feature-slot:empty` in app.css).
 */
export function SidePanel({ lang, tab, onTab, sideBySide = false }: SidePanelProps) {
  const t = APP_STRINGS[lang];
  const list = useRef<HTMLDivElement>(null);
  const selected = useAppStore(selectSelectedFeature);

  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const to =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TABS.length - 1
      : -1;
    if (to < 0) return;
    e.preventDefault();
    onTab(TABS[to]);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label={t.tabsLabel} ref={list} onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="tab-panel"
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            data-testid={`tab-${id}`}
            onClick={() => onTab(id)}
          >
            {t[TAB_LABEL[id]]}
          </button>
        ))}
      </div>
      <div className="panel-scroll" data-testid="panel-scroll">
        <div className="feature-slot">
          <ErrorBoundary area="feature" lang={lang} resetKey={selected}>
            <FeatureSlot />
          </ErrorBoundary>
        </div>
        <div className="tab-content" role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
          {/* One boundary per tab (keyed by it): a failing tab, or its code failing to load, leaves the others usable. */}
          <ErrorBoundary key={tab} area={tab} lang={lang}>
            <Suspense fallback={null}>
              {tab === 'overview' && <OverviewPanel />}
              {tab === 'reader' && <ReaderPanel sideBySide={sideBySide} />}
              {tab === 'near' && <NearPanel />}
              {tab === 'layers' && <LayerPanel />}
            </Suspense>
          </ErrorBoundary>
        </div>
      </div>
    </>
  );
}
