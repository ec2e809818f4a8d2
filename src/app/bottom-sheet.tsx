import { useRef, useState, type ReactNode } from 'react';

/** The heights the phone's bottom sheet snaps to. */
export type SheetState = 'peek' | 'half' | 'full';
export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** Height of the sheet in `state`, in CSS pixels, for a body (below the header) `bodyHeight` tall. */
export function sheetHeight(state: SheetState, bodyHeight: number): number {
  if (state === 'peek') return Math.min(140, bodyHeight);
  if (state === 'half') return Math.round(bodyHeight * 0.55);
  return Math.max(0, bodyHeight - 44);
}

/** Returns the snap state nearest to a dragged height. */
export function nearestSheetState(height: number, bodyHeight: number): SheetState {
  let best: SheetState = 'peek';
  for (const s of SHEET_STATES) {
    if (Math.abs(sheetHeight(s, bodyHeight) - height) < Math.abs(sheetHeight(best, bodyHeight) - height)) best = s;
  }
  return best;
}

export interface SheetGripProps {
  state: SheetState;
  onState: (s: SheetState) => void;
  /** Called while dragging with the height the sheet should have (px), or null when the drag ends. */
  onDrag: (height: number | null) => void;
  /** Height of the area the sheet lives in (px). */
  bodyHeight: number;
  labels: { handle: string; expand: string; collapse: string };
}

/**
 * The bottom sheet's grip: drag it to resize (snaps to peek/half/full on release), press it to cycle, or use the
 * expand/collapse buttons and the arrow keys.
 */
export function SheetGrip({ state, onState, onDrag, bodyHeight, labels }: SheetGripProps) {
  const drag = useRef<{ y: number; h: number; moved: boolean; id: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const justDragged = useRef(false);
  const i = SHEET_STATES.indexOf(state);
  const up = () => onState(SHEET_STATES[Math.min(i + 1, 2)]);
  const down = () => onState(SHEET_STATES[Math.max(i - 1, 0)]);

  return (
    <div className={`sheet-grip${dragging ? ' is-dragging' : ''}`}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={labels.handle}
        aria-expanded={state !== 'peek'}
        data-testid="sheet-handle"
        onPointerDown={(e) => {
          drag.current = { y: e.clientY, h: sheetHeight(state, bodyHeight), moved: false, id: e.pointerId };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || d.id !== e.pointerId) return;
          const dy = e.clientY - d.y;
          if (!d.moved && Math.abs(dy) < 6) return;
          d.moved = true;
          setDragging(true);
          onDrag(Math.min(sheetHeight('full', bodyHeight), Math.max(sheetHeight('peek', bodyHeight), d.h - dy)));
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          drag.current = null;
          if (!d) return;
          setDragging(false);
          if (d.moved) {
            justDragged.current = true;
            onDrag(null);
            onState(nearestSheetState(d.h - (e.clientY - d.y), bodyHeight));
          }
        }}
        onPointerCancel={() => {
          drag.current = null;
          setDragging(false);
          onDrag(null);
        }}
        onClick={() => {
          // The click that ends a drag is not a press.
          if (justDragged.current) {
            justDragged.current = false;
            return;
          }
          onState(state === 'full' ? 'peek' : SHEET_STATES[i + 1]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp') {
            e.preventDefault();
            up();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            down();
          }
        }}
      >
        <span className="sheet-bar" aria-hidden="true" />
      </button>
      <div className="sheet-buttons">
        <button type="button" className="sheet-step" aria-label={labels.collapse} disabled={i === 0} onClick={down}>
          <Chevron dir="down" />
        </button>
        <button type="button" className="sheet-step" aria-label={labels.expand} disabled={i === 2} onClick={up}>
          <Chevron dir="up" />
        </button>
      </div>
    </div>
  );
}

function Chevron({ dir }: { dir: 'up' | 'down' }): ReactNode {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" width="18" height="18">
      <path
        d={dir === 'up' ? 'M5 12.5l5-5 5 5' : 'M5 7.5l5 5 5-5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
