import { useEffect, useRef } from 'react';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Runs the kiosk while `enabled`: calls `onAdvance` every `advanceS` seconds while nobody touches the screen; any
 * input pauses the advance, and after `idleResetS` seconds without input `onReset` is called (back to step 1) and
 * advancing resumes. Timers restart on every step change so each step is shown for the full interval.
 */
export function useKiosk(
  enabled: boolean,
  step: number | null,
  advanceS: number,
  idleResetS: number,
  onAdvance: () => void,
  onReset: () => void,
): void {
  const cbs = useRef({ onAdvance, onReset });
  cbs.current = { onAdvance, onReset };
  const paused = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    let advance: ReturnType<typeof setTimeout> | undefined;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const scheduleAdvance = () => {
      clearTimeout(advance);
      if (!paused.current) advance = setTimeout(() => cbs.current.onAdvance(), advanceS * 1000);
    };
    const onInput = () => {
      paused.current = true;
      clearTimeout(advance);
      clearTimeout(idle);
      idle = setTimeout(() => {
        paused.current = false;
        cbs.current.onReset();
        scheduleAdvance();
      }, idleResetS * 1000);
    };
    scheduleAdvance();
    for (const t of INPUT_EVENTS) window.addEventListener(t, onInput, { capture: true, passive: true });
    return () => {
      clearTimeout(advance);
      clearTimeout(idle);
      for (const t of INPUT_EVENTS) window.removeEventListener(t, onInput, { capture: true });
    };
  }, [enabled, step, advanceS, idleResetS]);
}
