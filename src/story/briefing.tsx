import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STORY_STRINGS } from '../i18n/story.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import { TRANSLATION_LABEL } from '../i18n/translation.ts';
import {
  selectKiosk,
  selectLang,
  selectMapView,
  selectPresenter,
  selectStory,
  selectVisibleLayers,
} from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MapView } from '../store/types.ts';
import { exitBriefing } from './session.ts';
import { STORY, STORY_VALIDATION } from './story-data.ts';
import { applyStep, isViewAway, layersDiffer, stepAfter, type StoryAction } from './story-nav.ts';
import type { Story, StoryStep } from './story-schema.ts';
import { useKiosk } from './use-kiosk.ts';
import { useStoryKeys } from './use-story-keys.ts';
import { useStorySync } from './use-story-sync.ts';
import './briefing.css';
import { format } from '../lib/format.ts';

/** Props of the presentational briefing panel. */
export interface BriefingViewProps {
  lang: Lang;
  story: Story;
  /** Current step, 1-based. */
  step: number;
  notesOpen: boolean;
  fullscreen: boolean;
  /** The audience has moved the map or changed layers since the step was shown. */
  away: boolean;
  kiosk: boolean;
  presenter: boolean;
  onAction: (action: StoryAction) => void;
  onOpenPresenter: () => void;
  onRead: (provision: number) => void;
}

/** A small stroke icon (system fonts lack the media-control glyphs, so they are drawn). */
function Icon({ d }: { d: string }) {
  return (
    <svg className="briefing__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Returns the step's title, caption and notes in the interface language. */
function stepText(step: StoryStep, lang: Lang) {
  return lang === 'en'
    ? { title: step.title_en, caption: step.caption_en, notes: step.notes_en }
    : { title: step.title_zh, caption: step.caption_zh, notes: step.notes_zh };
}

/**
 * The briefing panel: large title, short caption, the cited provisions as verbatim excerpts with a link to read the
 * whole provision, the step counter and the controls. Props in, callbacks out; no store, no map.
 */
export function BriefingView(props: BriefingViewProps) {
  const { lang, story, step, notesOpen, fullscreen, away, kiosk, presenter, onAction } = props;
  const t = STORY_STRINGS[lang];
  const total = story.steps.length;
  const current = story.steps[step - 1];
  const text = stepText(current, lang);
  const next = step < total ? stepText(story.steps[step], lang).title : null;

  return (
    <section
      className={`briefing${presenter ? ' briefing--presenter' : ''}`}
      aria-label={t.region}
      aria-roledescription={t.region}
      data-testid="briefing"
      data-step={step}
      data-away={away ? 'true' : 'false'}
    >
      <header className="briefing__top">
        <p className="briefing__counter" data-testid="briefing-counter" aria-live="polite">
          {format(t.step, { n: step, total })}
        </p>
        <ol className="briefing__dots" aria-label={t.region}>
          {story.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className="briefing__dot"
                aria-current={i + 1 === step ? 'step' : undefined}
                aria-label={`${i + 1}. ${stepText(s, lang).title}`}
                title={`${i + 1}. ${stepText(s, lang).title}`}
                onClick={() => onAction({ type: 'goto', step: i + 1 })}
              />
            </li>
          ))}
        </ol>
      </header>

      {presenter && <p className="briefing__badge">{t.presenterBadge}</p>}
      {kiosk && (
        <p className="briefing__badge" data-testid="briefing-kiosk">
          {format(t.kioskOn, { s: story.settings.kiosk_advance_s, m: story.settings.kiosk_idle_reset_s })}
        </p>
      )}

      <div className="briefing__body">
        <h1 className="briefing__title" data-testid="briefing-title">
          {text.title}
        </h1>
        <p className="briefing__caption">{text.caption}</p>

        {current.excerpts.length > 0 && (
          <div className="briefing__cited">
            <h2 className="briefing__cited-title">{t.cited}</h2>
            {lang === 'en' && current.excerpts.some((x) => x.text_en) && (
              <p className="briefing__translation-label" data-testid="translation-label">
                {TRANSLATION_LABEL.en}
              </p>
            )}
            <ul className="briefing__excerpts">
              {current.excerpts.map((x, i) => (
                <li key={`${x.p}-${i}`} className="briefing__excerpt">
                  {lang === 'en' && x.text_en ? (
                    <>
                      <blockquote lang="en" className="briefing__quote">
                        {x.text_en}
                      </blockquote>
                      <p lang="zh-Hans" className="briefing__quote-original">
                        {x.text}
                      </p>
                    </>
                  ) : (
                    <blockquote lang="zh-Hans" className="briefing__quote">
                      {x.text}
                    </blockquote>
                  )}
                  <a
                    className="briefing__read"
                    href={`#p=${x.p}&tab=reader`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.onRead(x.p);
                    }}
                    aria-label={format(t.read, { n: x.p })}
                  >
                    {format(t.provision, { n: x.p })} ›
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="briefing__caveat">{VOCABULARY[lang].precision.caveat}</p>
      </div>

      {away && (
        <button
          type="button"
          className="briefing__back"
          data-testid="briefing-back"
          title={t.backToStepHint}
          onClick={() => onAction({ type: 'back' })}
        >
          ↺ {t.backToStep}
        </button>
      )}

      <nav className="briefing__controls" aria-label={t.region}>
        <div className="briefing__nav">
          <button type="button" onClick={() => onAction({ type: 'first' })} disabled={step === 1} aria-label={t.first} title={t.first}>
            <Icon d="M6 5v14M18 5l-9 7 9 7z" />
          </button>
          <button
            type="button"
            className="briefing__big"
            onClick={() => onAction({ type: 'prev' })}
            disabled={step === 1}
            aria-label={t.prev}
            title={t.prev}
          >
            <Icon d="M19 12H6M11 6l-6 6 6 6" />
          </button>
          <button
            type="button"
            className="briefing__big briefing__primary"
            onClick={() => onAction({ type: 'next' })}
            disabled={step === total}
            aria-label={t.next}
            title={t.next}
          >
            <Icon d="M5 12h13M13 6l6 6-6 6" />
          </button>
          <button type="button" onClick={() => onAction({ type: 'last' })} disabled={step === total} aria-label={t.last} title={t.last}>
            <Icon d="M18 5v14M6 5l9 7-9 7z" />
          </button>
        </div>
        <div className="briefing__tools">
          <button type="button" aria-pressed={notesOpen} onClick={() => onAction({ type: 'notes' })} title="N">
            {t.notes}
          </button>
          {!presenter && (
            <button type="button" onClick={props.onOpenPresenter} title={t.presenterWindowHint}>
              {t.presenterWindow}
            </button>
          )}
          <button type="button" aria-pressed={fullscreen} onClick={() => onAction({ type: 'fullscreen' })} title="F">
            {fullscreen ? t.exitFullscreen : t.fullscreen}
          </button>
          <button type="button" data-testid="briefing-exit" onClick={() => onAction({ type: 'exit' })} title="Esc">
            {t.exit}
          </button>
        </div>
        <p className="briefing__keys">{t.keysHelp}</p>
      </nav>

      {notesOpen && (
        <aside className="briefing__notes" aria-label={t.notesTitle} data-testid="briefing-notes">
          <h2 className="briefing__notes-title">{t.notesTitle}</h2>
          <p className="briefing__notes-text">{text.notes || t.notesEmpty}</p>
          <p className="briefing__notes-next">
            {next ? (
              <>
                {t.nextUp}
                <strong>{next}</strong>
              </>
            ) : (
              t.end
            )}
          </p>
        </aside>
      )}
    </section>
  );
}

/** Returns the URL that opens this app as the presenter window on `step`. */
export function presenterUrl(step: number, lang: Lang): string {
  const params = new URLSearchParams({ story: String(step), presenter: '1' });
  if (lang !== 'zh') params.set('lang', lang);
  return `${window.location.pathname}${window.location.search}#${params.toString()}`;
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * The briefing mode, shown by the shell in place of the side panel while the store's `story` is set. Applies each
 * step to the map (layers, highlight, camera intent), handles keys and clickers, the kiosk timers, the presenter
 * window sync and "back to step" after the audience explored away.
 */
export function Briefing() {
  const story = useAppStore(selectStory);
  const lang = useAppStore(selectLang);
  const kiosk = useAppStore(selectKiosk);
  const presenter = useAppStore(selectPresenter);
  const view = useAppStore(selectMapView);
  const visibleLayers = useAppStore(useShallow(selectVisibleLayers));
  const [notesOpen, setNotesOpen] = useState(presenter);
  const [fullscreen, setFullscreen] = useState(false);
  // The view the store held when the step was applied: a later, different view that is away from the step's camera
  // means the audience moved the map (a view reported at the end of the step's own flight is not away).
  const [applied, setApplied] = useState<{ step: number; view: MapView | null; seq: number } | null>(null);

  const total = STORY?.steps.length ?? 0;
  const valid = STORY != null && story != null && story >= 1 && story <= total;

  const show = useCallback((n: number) => {
    if (!STORY) return;
    const s = useAppStore.getState();
    applyStep(s, STORY.steps[n - 1]);
    setApplied((prev) => ({ step: n, view: useAppStore.getState().view, seq: (prev?.seq ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    if (valid) show(story);
  }, [story, valid, show]);

  useEffect(() => {
    setNotesOpen((o) => o || presenter);
  }, [presenter]);

  useEffect(() => {
    const onFs = () => setFullscreen(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onFs);
    return () => document.removeEventListener('fullscreenchange', onFs);
  }, []);

  const go = useCallback((n: number | null) => {
    if (n != null) useAppStore.getState().setStory(n);
  }, []);

  const onAction = useCallback(
    (action: StoryAction) => {
      const s = useAppStore.getState();
      if (s.story == null) return;
      switch (action.type) {
        case 'exit':
          if (document.fullscreenElement) void document.exitFullscreen?.();
          if (s.presenter && window.opener) window.close();
          exitBriefing(useAppStore);
          return;
        case 'notes':
          setNotesOpen((o) => !o);
          return;
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'back':
          show(s.story);
          return;
        default:
          go(stepAfter(s.story, action, total));
      }
    },
    [go, show, total],
  );

  useStoryKeys(onAction, valid);
  useStorySync(story, (n) => {
    if (n >= 1 && n <= total) useAppStore.getState().setStory(n);
  });
  useKiosk(
    kiosk && valid,
    story,
    STORY?.settings.kiosk_advance_s ?? 60,
    STORY?.settings.kiosk_idle_reset_s ?? 120,
    () => {
      const s = useAppStore.getState().story;
      if (s != null) go(stepAfter(s, { type: 'next' }, total, true));
    },
    () => {
      if (useAppStore.getState().story === 1) show(1);
      else go(1);
    },
  );

  if (story == null) return null;
  const t = STORY_STRINGS[lang];
  if (!STORY || !valid) {
    return (
      <section className="briefing" aria-label={t.region} data-testid="briefing">
        <p className="briefing__error" role="alert">
          {t.invalid}
        </p>
        <ul className="briefing__error-list">
          {(STORY ? [`story=${story}`] : STORY_VALIDATION.errors).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <button type="button" className="briefing__back" onClick={() => exitBriefing(useAppStore)}>
          {t.exit}
        </button>
      </section>
    );
  }

  const step = STORY.steps[story - 1];
  const current = applied?.step === story ? applied : null;
  const away =
    current != null &&
    (layersDiffer(visibleLayers, step.layers) ||
      (view != null && view !== current.view && isViewAway(view, step.camera)));

  return (
    <BriefingView
      lang={lang}
      story={STORY}
      step={story}
      notesOpen={notesOpen}
      fullscreen={fullscreen}
      away={away}
      kiosk={kiosk}
      presenter={presenter}
      onAction={onAction}
      onOpenPresenter={() => {
        window.open(presenterUrl(story, lang), 'hohhot-plan-presenter', 'popup,width=1100,height=760');
      }}
      onRead={(n) => {
        exitBriefing(useAppStore);
        const s = useAppStore.getState();
        s.selectProvision(n);
        s.setTab('reader');
      }}
    />
  );
}
