import { useEffect, useRef } from 'react';

/** Name of the channel that keeps the audience window and the presenter window on the same step. */
export const STORY_CHANNEL = 'hohhot-plan-briefing';

interface StepMessage {
  type: 'step';
  step: number;
}

/**
 * Keeps the briefing step in sync between windows of this app on the same origin (the audience window and the
 * presenter window), through a `BroadcastChannel`. Each window posts its step when it changes and follows steps
 * posted by the other; a window already on the posted step does nothing, so the echo ends there.
 * Does nothing where `BroadcastChannel` is missing.
 */
export function useStorySync(step: number | null, setStep: (n: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(step);
  current.current = step;
  const setter = useRef(setStep);
  setter.current = setStep;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(STORY_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<StepMessage>) => {
      const m = e.data;
      if (m && m.type === 'step' && Number.isInteger(m.step) && m.step !== current.current) setter.current(m.step);
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (step != null) channel.current?.postMessage({ type: 'step', step } satisfies StepMessage);
  }, [step]);
}
