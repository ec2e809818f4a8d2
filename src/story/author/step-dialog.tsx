import { useEffect, useId, useRef, useState } from 'react';
import type { Catalog } from '../../../geo/schema.ts';
import type { AuthorStrings } from '../../i18n/author.ts';
import { format } from '../../lib/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { addExcerpt, removeExcerpt, uncite } from '../story-edit.ts';
import { charCount, MAX_CAPTION, MAX_NOTES, MAX_QUOTE_EN, MAX_TITLE, type StoryStep } from '../story-schema.ts';
import { excerptWords } from '../story-text.ts';
import { Modal } from './modal.tsx';
import { QuotePicker, type PlanTitles } from './quote-picker.tsx';
import { Icon, ICONS } from './step-list.tsx';
import { featureName, filterWords, layerName } from './words.ts';

export interface StepDialogProps {
  open: boolean;
  step: StoryStep | null;
  /** 1-based position of the step. */
  number: number;
  lang: Lang;
  t: AuthorStrings;
  catalog: Catalog | null;
  titles: PlanTitles;
  /** Provision to show in the quote picker when the step cites none (the one open in the reader). */
  defaultProvision: number;
  onChange: (patch: Partial<Omit<StoryStep, 'id'>>) => void;
  onRecapture: () => void;
  onRevert: () => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null | undefined;
}

function Counter({ value, max, t }: { value: string; max: number; t: AuthorStrings }) {
  const n = charCount(value);
  return <span className={`author-counter${n > max ? ' is-over' : ''}`}>{format(t.charsLeft, { n, max })}</span>;
}

interface FieldProps {
  label: string;
  value: string;
  max: number;
  lang: 'zh-CN' | 'en';
  t: AuthorStrings;
  rows?: number;
  testId: string;
  onChange: (v: string) => void;
  inputRef?: React.Ref<HTMLInputElement>;
}

function TextField({ label, value, max, lang, t, rows, testId, onChange, inputRef }: FieldProps) {
  const id = useId();
  return (
    <div className="author-field">
      <span className="author-field__row">
        <label className="author-field__label" htmlFor={id}>
          {label}
        </label>
        <Counter value={value} max={max} t={t} />
      </span>
      {rows ? (
        <textarea id={id} lang={lang} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      ) : (
        <input id={id} ref={inputRef} lang={lang} type="text" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      )}
    </div>
  );
}

/**
 * Edits one step in a dialog: title, caption and notes in Chinese and English, the quotations (picked from the
 * verbatim text), what the step shows on the map (replaceable by the current view) and whether its flight is
 * essential. Changes apply to the draft as they are typed; "undo changes" restores the step as it was on opening.
 */
export function StepDialog(props: StepDialogProps) {
  const { open, step, number, lang, t, catalog, titles, defaultProvision, onChange } = props;
  const ids = useId();
  const first = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState(defaultProvision);
  const [recaptured, setRecaptured] = useState(false);

  useEffect(() => {
    if (open) {
      setPicked(step?.provisions[0] ?? defaultProvision);
      setRecaptured(false);
    }
    // Only when the dialog opens (or another step is opened), not as the step is edited.
  }, [open, step?.id]);

  const titleId = `${ids}-title`;
  const s = step;
  const cam = s?.camera;
  const filters = s ? filterWords(s.filters, lang, catalog) : [];

  return (
    <Modal
      open={open && s != null}
      onClose={props.onClose}
      labelledBy={titleId}
      initialFocus={first}
      fallbackFocus={props.fallbackFocus}
      className="step-dialog"
      testId="step-dialog"
    >
      {s && cam && (
        <>
          <header className="modal__header">
            <h2 id={titleId} className="modal__title">
              {format(t.stepDialogTitle, { n: number })}
            </h2>
            <p className="modal__note">{t.liveNote}</p>
            <button type="button" className="author-icon-button" onClick={props.onClose} aria-label={t.done} title={t.done}>
              <Icon d={ICONS.close} />
            </button>
          </header>

          <div className="modal__body step-dialog__body">
            <section className="step-dialog__texts" aria-labelledby={`${ids}-texts`}>
              <h3 id={`${ids}-texts`} className="author-section-title">
                {t.texts}
              </h3>
              <p className="author-help">{t.oneLanguage}</p>
              <div className="step-dialog__langs">
                <fieldset className="author-fieldset" lang="zh-CN">
                  <legend>{t.chinese}</legend>
                  <TextField label={t.title} value={s.title_zh} max={MAX_TITLE} lang="zh-CN" t={t} testId="step-title-zh" inputRef={lang === 'zh' ? first : undefined} onChange={(v) => onChange({ title_zh: v })} />
                  <TextField label={t.caption} value={s.caption_zh} max={MAX_CAPTION} lang="zh-CN" t={t} rows={2} testId="step-caption-zh" onChange={(v) => onChange({ caption_zh: v })} />
                  <TextField label={t.notes} value={s.notes_zh} max={MAX_NOTES} lang="zh-CN" t={t} rows={3} testId="step-notes-zh" onChange={(v) => onChange({ notes_zh: v })} />
                </fieldset>
                <fieldset className="author-fieldset" lang="en">
                  <legend>{t.english}</legend>
                  <TextField label={t.title} value={s.title_en} max={MAX_TITLE} lang="en" t={t} testId="step-title-en" inputRef={lang === 'en' ? first : undefined} onChange={(v) => onChange({ title_en: v })} />
                  <TextField label={t.caption} value={s.caption_en} max={MAX_CAPTION} lang="en" t={t} rows={2} testId="step-caption-en" onChange={(v) => onChange({ caption_en: v })} />
                  <TextField label={t.notes} value={s.notes_en} max={MAX_NOTES} lang="en" t={t} rows={3} testId="step-notes-en" onChange={(v) => onChange({ notes_en: v })} />
                </fieldset>
              </div>
            </section>

            <section className="step-dialog__quotes" aria-labelledby={`${ids}-quotes`}>
              <h3 id={`${ids}-quotes`} className="author-section-title">
                {t.quotes}
              </h3>
              <p className="author-help">{t.quotesHelp}</p>
              <div className="step-dialog__quote-side">
                {s.excerpts.length === 0 ? (
                  <p className="author-empty-line">{t.noQuotesYet}</p>
                ) : (
                  <ol className="step-dialog__quote-list" data-testid="step-quotes">
                    {s.excerpts.map((x, i) => (
                      <li key={`${x.p}-${x.start}`} className="step-dialog__quote">
                        <div className="step-dialog__quote-head">
                          <blockquote lang="zh-CN" data-testid="step-quote">
                            {excerptWords(x)}
                          </blockquote>
                          <span className="step-dialog__quote-from">{format(t.quoteFrom, { n: x.p })}</span>
                          <button
                            type="button"
                            className="author-icon-button is-danger"
                            aria-label={format(t.removeQuoteN, { n: i + 1 })}
                            title={t.removeQuote}
                            onClick={() => onChange({ excerpts: removeExcerpt(s, i).excerpts })}
                          >
                            <Icon d={ICONS.trash} size={16} />
                          </button>
                        </div>
                        <label className="author-field">
                          <span className="author-field__row">
                            <span className="author-field__label">{t.quoteEn}</span>
                            <Counter value={x.text_en ?? ''} max={MAX_QUOTE_EN} t={t} />
                          </span>
                          <input
                            type="text"
                            lang="en"
                            value={x.text_en ?? ''}
                            onChange={(e) =>
                              onChange({
                                excerpts: s.excerpts.map((y, j) => {
                                  if (j !== i) return y;
                                  const { text_en: _drop, ...rest } = y;
                                  return e.target.value ? { ...rest, text_en: e.target.value } : rest;
                                }),
                              })
                            }
                          />
                        </label>
                      </li>
                    ))}
                  </ol>
                )}
                {s.provisions.length > 0 && (
                  <div className="step-dialog__cited">
                    <span className="author-field__label">{t.cited}</span>
                    <ul className="author-chips">
                      {s.provisions.map((p) => (
                        <li key={p} className="author-chip">
                          <button type="button" className="author-chip__main" onClick={() => setPicked(p)} aria-pressed={picked === p}>
                            ({p}) <span lang={titles.lang === 'zh' ? 'zh-CN' : 'en'}>{titles.provision(p)}</span>
                          </button>
                          <button
                            type="button"
                            className="author-chip__remove"
                            aria-label={format(t.uncite, { n: p })}
                            title={format(t.uncite, { n: p })}
                            onClick={() => onChange({ ...uncite(s, p) })}
                          >
                            ×
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
              <QuotePicker
                t={t}
                titles={titles}
                provision={picked}
                quoted={s.excerpts.filter((x) => x.p === picked)}
                onProvision={setPicked}
                onQuote={(start, end) => {
                  const r = addExcerpt(s, { p: picked, start, end });
                  if ('refused' in r) return r.refused === 'duplicate' ? 'quoteDuplicate' : 'quoteOverlap';
                  onChange({ provisions: r.step.provisions, excerpts: r.step.excerpts });
                  return null;
                }}
              />
            </section>

            <section className="step-dialog__map" aria-labelledby={`${ids}-map`}>
              <h3 id={`${ids}-map`} className="author-section-title">
                {t.view}
              </h3>
              <dl className="author-facts" data-testid="step-view">
                <div>
                  <dt className="visually-hidden">{t.view}</dt>
                  <dd>
                    {format(t.camera, { zoom: cam.zoom, lng: cam.center[0], lat: cam.center[1] })}
                    {cam.bearing !== 0 || cam.pitch !== 0 ? format(t.bearingPitch, { bearing: cam.bearing, pitch: cam.pitch }) : null}
                  </dd>
                </div>
                <div>
                  <dt>{t.layers}</dt>
                  <dd>{s.layers.length ? s.layers.map((l) => layerName(l, lang)).join('、') : t.noLayers}</dd>
                </div>
                <div>
                  <dt>{t.highlighted}</dt>
                  <dd>{s.highlight.length ? s.highlight.map((f) => featureName(f, lang, catalog)).join('、') : t.none}</dd>
                </div>
                <div>
                  <dt>{t.filters}</dt>
                  <dd>{filters.length ? filters.join('、') : t.none}</dd>
                </div>
              </dl>
              <div className="step-dialog__map-actions">
                <button
                  type="button"
                  className="author-button"
                  title={t.recaptureHint}
                  onClick={() => {
                    props.onRecapture();
                    setRecaptured(true);
                  }}
                  data-testid="step-recapture"
                >
                  <Icon d={ICONS.map} size={16} /> {t.recapture}
                </button>
                <label className="author-check" title={t.essentialMotionHint}>
                  <input type="checkbox" checked={s.essential_motion} onChange={(e) => onChange({ essential_motion: e.target.checked })} />
                  <span>{t.essentialMotion}</span>
                </label>
              </div>
              <p className="author-ok" role="status">
                {recaptured ? t.recaptured : ''}
              </p>
            </section>
          </div>

          <footer className="modal__footer">
            <button type="button" className="author-button" onClick={props.onRevert} title={t.revertHint}>
              <Icon d={ICONS.undo} size={16} /> {t.revert}
            </button>
            <button type="button" className="author-button is-primary" onClick={props.onClose} data-testid="step-done">
              {t.done}
            </button>
          </footer>
        </>
      )}
    </Modal>
  );
}
