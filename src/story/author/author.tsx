import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { saveBlob } from '../../lib/download.ts';
import type { Catalog } from '../../../geo/schema.ts';
import { AUTHOR_STRINGS, plural, type AuthorStrings } from '../../i18n/author.ts';
import { issueText } from '../../i18n/story-issues.ts';
import { format } from '../../lib/format.ts';
import { LAYER_IDS } from '../../layers/registry.ts';
import { loadCatalog } from '../../lib/geo-data.ts';
import { currentMapView } from '../../map/capture.ts';
import { useEnglish } from '../../panels/reader/use-english.ts';
import { selectLang } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import type { Lang } from '../../i18n/lang.ts';
import { onInbox, takeFromInbox, type InboxSource } from '../editor-inbox.ts';
import { rememberReturnState } from '../session.ts';
import { loadStoryContext, STORY } from '../story-data.ts';
import {
  appendStory,
  captureStep,
  deleteStep,
  duplicateStep,
  emptyStory,
  insertStep,
  moveStep,
  newStepId,
  recaptureStep,
  updateStep,
} from '../story-edit.ts';
import { readStoryFile, storyFileName, storyFileText } from '../story-file.ts';
import { encodeStoryCode } from '../story-link.ts';
import { MAX_STEPS, MAX_TITLE, validateStory, type Story, type StoryIssue, type StoryStep } from '../story-schema.ts';
import { stepText, storyTitle } from '../story-text.ts';
import { Modal } from './modal.tsx';
import { ShareDialog } from './share-dialog.tsx';
import { CHINESE_TITLES, type PlanTitles } from './quote-picker.tsx';
import { StepDialog } from './step-dialog.tsx';
import { Icon, ICONS, StepList } from './step-list.tsx';
import { useDraft } from './use-draft.ts';
import './author.css';

/** A briefing offered to replace or extend the draft (a file, a link's briefing, the built-in one). */
/** Words made when shown, so that a message follows a switch of the interface language. */
type Words = (t: AuthorStrings, lang: Lang) => string;

interface Offer {
  story: Story;
  /** What to call it in the question: a file name or "the built-in briefing". */
  name: Words;
  migrated: boolean;
}

type Confirm = { kind: 'import'; offer: Offer } | { kind: 'clear' } | { kind: 'discard' };

interface Report {
  title: Words;
  issues: StoryIssue[];
  /** The file's parsed content, to name steps by their titles in the messages. */
  data: unknown;
}

interface Toast {
  words: Words;
  /** The draft to go back to on "undo". */
  undo?: Story;
}

/** Saves `blob` as a download named `name`. */
interface DangerConfirmProps {
  ids: string;
  title: string;
  body: string;
  cancel: string;
  /** "Cancel" takes the focus when the dialog opens. */
  cancelRef: RefObject<HTMLButtonElement | null>;
  action: string;
  testId?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The body of a confirmation that loses something: its title, what it loses, "cancel" and the red action. */
function DangerConfirm({ ids, title, body, cancel, cancelRef, action, testId, onConfirm, onCancel }: DangerConfirmProps) {
  return (
    <>
      <h2 id={`${ids}-confirm`} className="modal__title">
        {title}
      </h2>
      <p id={`${ids}-confirm-body`}>{body}</p>
      <div className="modal__footer">
        <button type="button" className="author-button" ref={cancelRef} onClick={onCancel} data-testid="confirm-cancel">
          {cancel}
        </button>
        <button type="button" className="author-button is-danger-solid" onClick={onConfirm} data-testid={testId}>
          {action}
        </button>
      </div>
    </>
  );
}


/** Returns the title of step `n` as a file or link wrote it (for error messages), read only from own properties. */
function rawStepTitle(data: unknown, n: number, lang: Lang): string | undefined {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'steps')) return undefined;
  const steps = (data as { steps: unknown }).steps;
  if (!Array.isArray(steps)) return undefined;
  const step: unknown = steps[n - 1];
  if (typeof step !== 'object' || step === null) return undefined;
  for (const k of lang === 'zh' ? ['title_zh', 'title_en'] : ['title_en', 'title_zh']) {
    const v = Object.hasOwn(step, k) ? (step as Record<string, unknown>)[k] : undefined;
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 40);
  }
  return undefined;
}

const DEFAULT_PROVISION = 1;

export interface AuthorProps {
  /** Phone layout: the editor covers the map and can be folded into a bar. */
  phone: boolean;
  /** While the briefing plays, the editor is kept (with its state) but not shown. */
  hidden: boolean;
}

/**
 * The briefing editor: the presenter's own sequence of steps, each a captured view of the map with a title, a caption,
 * notes and quotations from the plan. Lists, reorders, edits, duplicates, deletes and previews the steps; plays the
 * sequence in the briefing mode; shares it as a link or a file; opens files (picker or drop) and the built-in
 * briefing. The draft lives in the browser's storage, and nothing replaces it without asking.
 */
export function Author({ phone, hidden }: AuthorProps) {
  const lang = useAppStore(selectLang);
  const t = AUTHOR_STRINGS[lang];
  const ids = useId();
  const { state, change, discard } = useDraft();
  const story = state.story;
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  // The English edition's titles for the provision picker, loaded only in the English interface.
  const { english } = useEnglish(lang === 'en');
  const titles: PlanTitles = english
    ? {
        chapter: (n) => english.plan.chapters[n - 1]?.heading ?? CHINESE_TITLES.chapter(n),
        provision: (n) => english.plan.provisions[n - 1]?.title ?? CHINESE_TITLES.provision(n),
        lang: 'en',
      }
    : CHINESE_TITLES;
  const [editing, setEditing] = useState<{ id: string; snapshot: StoryStep } | null>(null);
  const [shareOpen, setShareOpen] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [announcement, setAnnouncement] = useState<Words | null>(null);
  const [dropping, setDropping] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const confirmFirst = useRef<HTMLButtonElement>(null);
  const reportOk = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ id: string; action: string } | null>(null);

  useEffect(() => {
    let live = true;
    loadCatalog().then(
      (c) => live && setCatalog(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // Focus follows the step a keyboard action moved, duplicated or revealed.
  useEffect(() => {
    const f = pendingFocus.current;
    if (!f) return;
    pendingFocus.current = null;
    const el = root.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(f.id)}"] [data-action="${f.action}"]`);
    (el ?? addButton.current)?.focus();
  }, [story]);

  // A message without "undo" goes away by itself; one with "undo" stays until dismissed or replaced.
  useEffect(() => {
    if (!toast || toast.undo) return;
    const timer = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);

  const say = (words: Words) => setAnnouncement(() => words);
  const stepTitle = (s: StoryStep, n: number, tt: AuthorStrings, l: Lang) => stepText(s, l).title.trim() || format(tt.untitledStep, { n });

  /** Replaces the draft with `next`, remembering the old one for "undo". */
  const changeWithUndo = (next: (s: Story) => Story, words: Words) => {
    const before = story;
    change(next);
    setToast({ words, undo: before });
  };

  // --- offers from elsewhere: a file, the built-in briefing, "edit a copy" in the briefing ----------------------
  const offer = useCallback(
    (o: Offer) => {
      if (state.status !== 'ready') return;
      if (story.steps.length === 0) {
        change(() => o.story);
        setToast({ words: (tt, l) => format(tt.replaced, { name: o.name(tt, l), n: o.story.steps.length, s: plural(o.story.steps.length) }) });
      } else setConfirm({ kind: 'import', offer: o });
    },
    [state.status, story, change],
  );

  const sourceName = (source: InboxSource, s: Story): Words => (tt, l) =>
    storyTitle(s, l) || (source === 'builtin' ? tt.sourceBuiltin : tt.sourceLink);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const take = () => {
      const item = takeFromInbox();
      if (item) offer({ story: item.story, name: sourceName(item.source, item.story), migrated: false });
    };
    take();
    return onInbox(take);
  }, [state.status, offer]);

  const importFile = async (file: File) => {
    const read = await readStoryFile(file);
    const ctx = await loadStoryContext();
    const r = read.ok ? validateStory(read.data, ctx) : null;
    if (!read.ok || !r?.ok) {
      const issues: StoryIssue[] = !read.ok ? [read.issue] : r && !r.ok ? r.issues : [];
      setReport({ title: (tt) => format(tt.importFailed, { name: file.name }), issues, data: read.ok ? read.data : null });
      return;
    }
    offer({ story: r.story, name: () => file.name, migrated: r.migratedFrom != null });
  };

  // --- drop a file anywhere on the page while the editor is open ------------------------------------------------
  useEffect(() => {
    if (hidden) return;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget == null) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  // --- step actions --------------------------------------------------------------------------------------------
  const capture = (id: string) => {
    const s = useAppStore.getState();
    return captureStep({ ...s, view: currentMapView() ?? s.view }, id, LAYER_IDS);
  };

  const addView = () => {
    if (story.steps.length >= MAX_STEPS) return;
    const id = newStepId(story.steps.map((s) => s.id));
    const step = capture(id);
    change((s) => insertStep(s, step));
    const n = story.steps.length + 1;
    say((tt) => format(tt.added, { n }));
    setEditing({ id, snapshot: step });
  };

  const play = async (index: number) => {
    if (story.steps.length === 0) return;
    const code = await encodeStoryCode(story);
    rememberReturnState(useAppStore);
    useAppStore.getState().playStory({ story, brief: code }, index + 1);
  };

  const onMove = (from: number, to: number) => {
    const moved = story.steps[from];
    change((s) => moveStep(s, from, to));
    pendingFocus.current = { id: moved.id, action: 'move' };
    say((tt, l) => format(tt.moved, { title: stepTitle(moved, to + 1, tt, l), n: to + 1 }));
  };

  const onDuplicate = (id: string) => {
    const i = story.steps.findIndex((s) => s.id === id);
    if (i < 0 || story.steps.length >= MAX_STEPS) return;
    const newId = newStepId(story.steps.map((s) => s.id));
    change((s) => duplicateStep(s, id, newId));
    pendingFocus.current = { id: newId, action: 'edit' };
    const copied = story.steps[i];
    setToast({ words: (tt, l) => format(tt.duplicated, { title: stepTitle(copied, i + 1, tt, l) }) });
  };

  const onDelete = (id: string) => {
    const i = story.steps.findIndex((s) => s.id === id);
    if (i < 0) return;
    const next = story.steps[i + 1] ?? story.steps[i - 1];
    const gone = story.steps[i];
    changeWithUndo((s) => deleteStep(s, id).story, (tt, l) => format(tt.deleted, { title: stepTitle(gone, i + 1, tt, l) }));
    if (next) pendingFocus.current = { id: next.id, action: 'edit' };
    else addButton.current?.focus();
  };

  const editingStep = editing ? (story.steps.find((s) => s.id === editing.id) ?? null) : null;
  const editingNumber = editing ? story.steps.findIndex((s) => s.id === editing.id) + 1 : 0;

  const downloadFile = () => {
    const name = storyFileName(story, lang, new Date());
    saveBlob(new Blob([storyFileText(story)], { type: 'application/json' }), name);
    return name;
  };

  const setTitle = (k: 'title_zh' | 'title_en', v: string) => change((s) => ({ ...s, [k]: v }));
  const setSetting = (k: 'kiosk_advance_s' | 'kiosk_idle_reset_s', v: number) => {
    if (Number.isFinite(v) && v >= 5 && v <= 3600) change((s) => ({ ...s, settings: { ...s.settings, [k]: Math.round(v) } }));
  };

  const count = story.steps.length;
  const ready = state.status === 'ready';
  const full = count >= MAX_STEPS;
  const savedLine =
    state.saved === 'unavailable'
      ? null
      : state.savedAt
        ? format(t.savedAt, { time: state.savedAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en', { hour: '2-digit', minute: '2-digit' }) })
        : t.savedLocal;

  const dialogs = (
    <>
      <StepDialog
        open={editing != null && editingStep != null}
        step={editingStep}
        number={editingNumber}
        lang={lang}
        t={t}
        catalog={catalog}
        titles={titles}
        defaultProvision={useAppStore.getState().provision ?? DEFAULT_PROVISION}
        onChange={(patch) => editing && change((s) => updateStep(s, editing.id, patch))}
        onRecapture={() => editing && change((s) => updateStep(s, editing.id, recaptureStep(editingStep!, capture(editing.id))))}
        onRevert={() => editing && change((s) => updateStep(s, editing.id, editing.snapshot))}
        onClose={() => {
          if (editing) pendingFocus.current = { id: editing.id, action: 'edit' };
          setEditing(null);
        }}
        fallbackFocus={() => addButton.current}
      />

      <ShareDialog open={shareOpen} story={story} lang={lang} t={t} onClose={() => setShareOpen(false)} onDownload={downloadFile} />

      <Modal
        open={confirm != null}
        onClose={() => setConfirm(null)}
        labelledBy={`${ids}-confirm`}
        describedBy={`${ids}-confirm-body`}
        initialFocus={confirmFirst}
        fallbackFocus={() => addButton.current}
        role="alertdialog"
        className="confirm-dialog"
        testId="confirm-dialog"
      >
        {confirm?.kind === 'import' && (
          <>
            <h2 id={`${ids}-confirm`} className="modal__title">
              {format(t.replaceTitle, { name: confirm.offer.name(t, lang) })}
            </h2>
            <p id={`${ids}-confirm-body`}>
              {format(t.replaceBody, { name: confirm.offer.name(t, lang), n: confirm.offer.story.steps.length, s: plural(confirm.offer.story.steps.length), m: count })}
              {confirm.offer.migrated && ` ${t.migrated}`}
            </p>
            {count + confirm.offer.story.steps.length > MAX_STEPS && <p className="author-help">{format(t.appendFull, { max: MAX_STEPS })}</p>}
            <div className="modal__footer">
              <button type="button" className="author-button" ref={confirmFirst} onClick={() => setConfirm(null)} data-testid="confirm-cancel">
                {t.cancel}
              </button>
              <button
                type="button"
                className="author-button"
                disabled={count + confirm.offer.story.steps.length > MAX_STEPS}
                onClick={() => {
                  const o = confirm.offer;
                  setConfirm(null);
                  const joined = appendStory(story, o.story);
                  if (joined) changeWithUndo(() => joined, (tt, l) => format(tt.appended, { name: o.name(tt, l), n: o.story.steps.length, s: plural(o.story.steps.length) }));
                }}
                data-testid="confirm-append"
              >
                {t.append}
              </button>
              <button
                type="button"
                className="author-button is-primary"
                onClick={() => {
                  const o = confirm.offer;
                  setConfirm(null);
                  changeWithUndo(() => o.story, (tt, l) => format(tt.replaced, { name: o.name(tt, l), n: o.story.steps.length, s: plural(o.story.steps.length) }));
                }}
                data-testid="confirm-replace"
              >
                {t.replace}
              </button>
            </div>
          </>
        )}
        {confirm?.kind === 'clear' && (
          <DangerConfirm
            ids={ids}
            title={t.clearTitle}
            body={format(t.clearBody, { n: count, s: plural(count) })}
            cancel={t.cancel}
            cancelRef={confirmFirst}
            action={t.clearConfirm}
            testId="confirm-clear"
            onConfirm={() => {
              setConfirm(null);
              changeWithUndo(() => emptyStory({ zh: '', en: '' }), (tt) => tt.cleared);
            }}
            onCancel={() => setConfirm(null)}
          />
        )}
        {confirm?.kind === 'discard' && (
          <DangerConfirm
            ids={ids}
            title={t.discardRawConfirm}
            body={t.invalidDraftBody}
            cancel={t.cancel}
            cancelRef={confirmFirst}
            action={t.discardRaw}
            onConfirm={() => {
              setConfirm(null);
              discard();
            }}
            onCancel={() => setConfirm(null)}
          />
        )}
      </Modal>

      <Modal
        open={report != null}
        onClose={() => setReport(null)}
        labelledBy={`${ids}-report`}
        initialFocus={reportOk}
        role="alertdialog"
        className="report-dialog"
        testId="import-error"
      >
        {report && (
          <>
            <h2 id={`${ids}-report`} className="modal__title">
              {report.title(t, lang)}
            </h2>
            <ul className="report-dialog__list" data-testid="import-error-list">
              {report.issues.slice(0, 20).map((i, k) => (
                <li key={k}>{issueText(i, lang, (n) => rawStepTitle(report.data, n, lang))}</li>
              ))}
            </ul>
            {report.issues.length > 20 && <p className="author-help">{format(t.moreIssues, { n: report.issues.length - 20, s: plural(report.issues.length - 20) })}</p>}
            <p className="author-ok">{t.nothingChanged}</p>
            <div className="modal__footer">
              <button type="button" className="author-button is-primary" ref={reportOk} onClick={() => setReport(null)} data-testid="import-error-ok">
                {t.ok}
              </button>
            </div>
          </>
        )}
      </Modal>
    </>
  );

  if (phone && collapsed && !hidden) {
    return (
      <>
        <div className="author-pill" data-testid="author-pill" data-occludes-map="">
          <span className="author-pill__label">{format(t.pillLabel, { n: count, s: plural(count) })}</span>
          <button type="button" className="author-button is-primary" onClick={addView} disabled={!ready || full} data-testid="author-add">
            <Icon d={ICONS.plus} size={16} /> {t.addView}
          </button>
          <button type="button" className="author-button" onClick={() => setCollapsed(false)}>
            {t.expand}
          </button>
        </div>
        {dialogs}
      </>
    );
  }

  return (
    <aside
      className={`author${dropping ? ' is-dropping' : ''}`}
      ref={root}
      hidden={hidden}
      aria-labelledby={`${ids}-heading`}
      data-testid="author"
      data-state={state.status}
      data-steps={count}
    >
      <header className="author__header">
        <h2 id={`${ids}-heading`} className="author__heading">
          {t.heading}
          <span className="author__count">{format(t.stepCount, { n: count, s: plural(count) })}</span>
        </h2>
        {phone && (
          <button type="button" className="author-button" onClick={() => setCollapsed(true)}>
            {t.backToMap}
          </button>
        )}
        <button
          type="button"
          className="author-icon-button"
          aria-label={t.close}
          title={t.closeHint}
          onClick={() => useAppStore.getState().setAuthoring(false)}
          data-testid="author-close"
        >
          <Icon d={ICONS.close} />
        </button>
      </header>

      <div className="author__scroll">
        {state.status === 'invalid' && state.invalid && (
          <div className="author-error-box" role="alert" data-testid="author-invalid-draft">
            <h3>{t.invalidDraftTitle}</h3>
            <p>{t.invalidDraftBody}</p>
            <ul>
              {state.invalid.issues.slice(0, 8).map((i, k) => (
                <li key={k}>{issueText(i, lang)}</li>
              ))}
            </ul>
            <div className="author__row">
              <button
                type="button"
                className="author-button is-primary"
                onClick={() => saveBlob(new Blob([state.invalid!.raw], { type: 'application/json' }), `briefing-draft-${new Date().toISOString().slice(0, 10)}.json`)}
              >
                <Icon d={ICONS.download} size={16} /> {t.downloadRaw}
              </button>
              <button type="button" className="author-button is-danger" onClick={() => setConfirm({ kind: 'discard' })}>
                {t.discardRaw}
              </button>
            </div>
          </div>
        )}

        <div className="author__toolbar">
          <button
            type="button"
            className="author-button is-primary"
            disabled={!ready || count === 0}
            onClick={() => void play(0)}
            title={t.playHint}
            data-testid="author-play"
          >
            <Icon d={ICONS.play} size={16} /> {t.play}
          </button>
          <button
            type="button"
            className="author-button"
            disabled={!ready || count === 0}
            onClick={() => setShareOpen(true)}
            title={count === 0 ? t.nothingToShare : t.shareHint}
            data-testid="author-share"
          >
            <Icon d={ICONS.share} size={16} /> {t.share}
          </button>
          <button type="button" className="author-button" disabled={!ready} onClick={() => fileInput.current?.click()} title={t.openFileHint} data-testid="author-open-file">
            <Icon d={ICONS.open} size={16} /> {t.openFile}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="author-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>

        <div className="author__row author__secondary">
          <button
            type="button"
            className="author-link-button"
            disabled={!ready || !STORY}
            title={t.fromBuiltinHint}
            onClick={() => STORY && offer({ story: STORY, name: (tt) => tt.sourceBuiltin, migrated: false })}
            data-testid="author-from-builtin"
          >
            {t.fromBuiltin}
          </button>
          <button
            type="button"
            className="author-link-button is-danger"
            disabled={!ready || (count === 0 && !story.title_zh && !story.title_en)}
            onClick={() => setConfirm({ kind: 'clear' })}
            data-testid="author-clear"
          >
            {t.clearDraft}
          </button>
        </div>

        <details className="author__settings">
          <summary>{t.settings}</summary>
          <div className="author__settings-grid">
            <label className="author-field">
              <span className="author-field__label">{t.storyTitleZh}</span>
              <input type="text" lang="zh-CN" value={story.title_zh} maxLength={MAX_TITLE} placeholder={AUTHOR_STRINGS.zh.untitledStory} onChange={(e) => setTitle('title_zh', e.target.value)} disabled={!ready} data-testid="author-title-zh" />
            </label>
            <label className="author-field">
              <span className="author-field__label">{t.storyTitleEn}</span>
              <input type="text" lang="en" value={story.title_en} maxLength={MAX_TITLE} placeholder={AUTHOR_STRINGS.en.untitledStory} onChange={(e) => setTitle('title_en', e.target.value)} disabled={!ready} data-testid="author-title-en" />
            </label>
            <label className="author-field">
              <span className="author-field__label">{t.kioskAdvance}</span>
              <input type="number" min={5} max={3600} step={5} value={story.settings.kiosk_advance_s} onChange={(e) => setSetting('kiosk_advance_s', Number(e.target.value))} disabled={!ready} />
            </label>
            <label className="author-field">
              <span className="author-field__label">{t.kioskIdle}</span>
              <input type="number" min={5} max={3600} step={5} value={story.settings.kiosk_idle_reset_s} onChange={(e) => setSetting('kiosk_idle_reset_s', Number(e.target.value))} disabled={!ready} />
            </label>
          </div>
        </details>

        <p className="author__saved" data-testid="author-saved">
          {state.saved === 'unavailable' ? <span className="author-error">{t.storageOff}</span> : state.saved === 'full' ? <span className="author-error">{t.storageFull}</span> : savedLine}
        </p>

        {ready && count === 0 ? (
          <div className="author__empty" data-testid="author-empty">
            <p className="author__empty-title">{t.empty}</p>
            <p>{t.emptyHow}</p>
          </div>
        ) : (
          <StepList
            steps={story.steps}
            lang={lang}
            t={t}
            onEdit={(id) => {
              const s = story.steps.find((x) => x.id === id);
              if (s) setEditing({ id, snapshot: s });
            }}
            onPreview={(i) => void play(i)}
            onDuplicate={onDuplicate}
            onDelete={onDelete}
            onMove={onMove}
          />
        )}
      </div>

      <footer className="author__footer">
        <div role="status">
          {toast && (
            <div className="author-toast" data-testid="author-toast">
              <span>{toast.words(t, lang)}</span>
              {toast.undo && (
                <button
                  type="button"
                  className="author-link-button"
                  onClick={() => {
                    const back = toast.undo!;
                    change(() => back);
                    setToast({ words: (tt) => tt.undone });
                  }}
                  data-testid="author-undo"
                >
                  {t.undo}
                </button>
              )}
              <button type="button" className="author-icon-button" aria-label={t.dismiss} onClick={() => setToast(null)}>
                <Icon d={ICONS.close} size={14} />
              </button>
            </div>
          )}
        </div>
        <button
          ref={addButton}
          type="button"
          className="author-add"
          onClick={addView}
          disabled={!ready || full}
          aria-describedby={`${ids}-add-hint`}
          data-testid="author-add"
        >
          <Icon d={ICONS.plus} /> {t.addView}
        </button>
        <p id={`${ids}-add-hint`} className="author-help">
          {full ? format(t.full, { max: MAX_STEPS }) : t.addViewHint}
        </p>
      </footer>

      <p className="visually-hidden" aria-live="polite" data-testid="author-announce">
        {announcement?.(t, lang)}
      </p>
      {dropping && (
        <div className="author-drop" aria-hidden="true">
          <Icon d={ICONS.open} size={32} />
          <span>{t.dropHere}</span>
        </div>
      )}
      {dialogs}

    </aside>
  );
}
