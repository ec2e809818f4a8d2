import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { plural, type AuthorStrings } from '../../i18n/author.ts';
import { format } from '../../lib/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { StoryStep } from '../story-schema.ts';
import { stepText } from '../story-text.ts';

export interface StepListProps {
  steps: readonly StoryStep[];
  lang: Lang;
  t: AuthorStrings;
  onEdit: (id: string) => void;
  onPreview: (index: number) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  /** Moves the step at `from` to position `to` (0-based). */
  onMove: (from: number, to: number) => void;
}

/** A small stroke icon. */
export function Icon({ d, size = 18 }: { d: string; size?: number }) {
  return (
    <svg className="author-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const ICONS = {
  play: 'M7 4.5v15l12.5-7.5z',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  share: 'M8.6 13.5l6.8 4M15.4 6.5l-6.8 4M18 8a3 3 0 100-6 3 3 0 000 6zM6 15a3 3 0 100-6 3 3 0 000 6zM18 22a3 3 0 100-6 3 3 0 000 6z',
  open: 'M3 7V5a2 2 0 012-2h4l2 2h8a2 2 0 012 2v2M3 7h18l-2 12H5z',
  map: 'M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14M15 6v14',
  quote: 'M7 7h4v4c0 3-1.5 5-4 6M15 7h4v4c0 3-1.5 5-4 6',
  notes: 'M5 4h14v16H5zM9 9h6M9 13h6M9 17h3',
  chevronDown: 'M6 9l6 6 6-6',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 010 10h-3',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  link: 'M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1',
} as const;

interface Drag {
  from: number;
  to: number;
  dy: number;
  startY: number;
  pointer: number;
  mids: number[];
  height: number;
}

/**
 * The steps of the draft as cards in order: number, title, caption and what the step shows, with preview, edit,
 * duplicate and delete. A card is moved by dragging its handle (mouse, pen or touch) or, with the handle focused, by
 * the arrow keys (Home/End to either end); the new position is announced.
 */
export function StepList({ steps, lang, t, onEdit, onPreview, onDuplicate, onDelete, onMove }: StepListProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const helpId = useId();

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const to =
      e.key === 'ArrowUp' ? i - 1
      : e.key === 'ArrowDown' ? i + 1
      : e.key === 'Home' ? 0
      : e.key === 'End' ? steps.length - 1
      : null;
    if (to == null) return;
    e.preventDefault();
    if (to >= 0 && to < steps.length && to !== i) onMove(i, to);
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, i: number) => {
    if (e.button !== 0 || !list.current) return;
    const cards = [...list.current.querySelectorAll<HTMLElement>(':scope > li')];
    const rects = cards.map((c) => c.getBoundingClientRect());
    e.currentTarget.setPointerCapture(e.pointerId);
    const gap = rects.length > 1 ? rects[1].top - rects[0].bottom : 8;
    setDrag({
      from: i,
      to: i,
      dy: 0,
      startY: e.clientY,
      pointer: e.pointerId,
      mids: rects.map((r) => r.top + r.height / 2),
      height: rects[i].height + gap,
    });
  };

  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    const dy = e.clientY - drag.startY;
    const centre = drag.mids[drag.from] + dy;
    let to = 0;
    drag.mids.forEach((m, j) => {
      if (j !== drag.from && centre > m) to++;
    });
    if (dy !== drag.dy || to !== drag.to) setDrag({ ...drag, dy, to });
  };

  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    setDrag(null);
    if (drag.to !== drag.from) onMove(drag.from, drag.to);
  };

  const shift = (i: number): number => {
    if (!drag || i === drag.from) return 0;
    if (drag.from < drag.to && i > drag.from && i <= drag.to) return -drag.height;
    if (drag.from > drag.to && i >= drag.to && i < drag.from) return drag.height;
    return 0;
  };

  return (
    <>
      <p id={helpId} hidden>
        {t.moveHelp}
      </p>
      <ol className={`author-steps${drag ? ' is-sorting' : ''}`} ref={list} data-testid="author-steps">
        {steps.map((s, i) => {
          const text = stepText(s, lang);
          const title = text.title.trim();
          const dragging = drag?.from === i;
          const titleId = `${helpId}-t${i}`;
          return (
            <li
              key={s.id}
              className={`author-step${dragging ? ' is-dragging' : ''}`}
              data-step-id={s.id}
              data-testid="author-step"
              style={dragging ? { transform: `translateY(${drag.dy}px)` } : shift(i) ? { transform: `translateY(${shift(i)}px)` } : undefined}
            >
              <button
                type="button"
                className="author-step__handle"
                data-action="move"
                aria-label={format(t.moveHandle, { n: i + 1 })}
                aria-describedby={helpId}
                title={t.moveHelp}
                onKeyDown={(e) => onHandleKey(e, i)}
                onPointerDown={(e) => onPointerDown(e, i)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={() => setDrag(null)}
              >
                <span className="author-step__number" aria-hidden="true">
                  {i + 1}
                </span>
                <Icon d={ICONS.grip} size={16} />
              </button>
              <div className="author-step__body">
                <h3 className={`author-step__title${title ? '' : ' is-empty'}`} id={titleId}>
                  <button type="button" className="author-step__title-button" onClick={() => onEdit(s.id)} data-testid="author-step-title">
                    {title || t.untitledStep}
                  </button>
                </h3>
                <p className={`author-step__caption${text.caption.trim() ? '' : ' is-empty'}`}>{text.caption.trim() || t.noCaption}</p>
                <p className="author-step__meta">
                  <span>
                    <Icon d={ICONS.map} size={14} /> {format(t.layersN, { n: s.layers.length, s: plural(s.layers.length) })}
                  </span>
                  <span className={s.excerpts.length ? '' : 'is-empty'}>
                    <Icon d={ICONS.quote} size={14} /> {s.excerpts.length ? format(t.quotesN, { n: s.excerpts.length, s: plural(s.excerpts.length) }) : t.noQuotes}
                    {s.provisions.length > 0 && <> · {s.provisions.map((p) => `(${p})`).join(' ')}</>}
                  </span>
                  {(s.notes_zh.trim() || s.notes_en.trim()) && (
                    <span>
                      <Icon d={ICONS.notes} size={14} /> {t.hasNotes}
                    </span>
                  )}
                </p>
                <div className="author-step__actions">
                  <button type="button" data-action="preview" aria-describedby={titleId} onClick={() => onPreview(i)} title={t.previewHint}>
                    <Icon d={ICONS.play} size={16} />
                    <span>{t.preview}</span>
                  </button>
                  <button type="button" data-action="edit" aria-describedby={titleId} onClick={() => onEdit(s.id)} title={t.editHint}>
                    <Icon d={ICONS.edit} size={16} />
                    <span>{t.edit}</span>
                  </button>
                  <button type="button" data-action="duplicate" aria-describedby={titleId} onClick={() => onDuplicate(s.id)} title={t.duplicateHint}>
                    <Icon d={ICONS.copy} size={16} />
                    <span>{t.duplicate}</span>
                  </button>
                  <button type="button" data-action="delete" aria-describedby={titleId} className="is-danger" onClick={() => onDelete(s.id)} title={t.deleteHint}>
                    <Icon d={ICONS.trash} size={16} />
                    <span>{t.delete}</span>
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
