import { useCallback, useEffect, useState } from 'react';
import type { EnglishEdition } from '../../plan/english.ts';
import { loadEnglish } from '../../plan/english-loader.ts';

/** Where the English edition stands: not wanted yet, on its way, here, or failed to load. */
export type EnglishStatus = 'idle' | 'loading' | 'ready' | 'failed';

let loaded: EnglishEdition | null = null;

/**
 * Returns the English edition once `want` is true (loading it on first use), with its status and a retry. Until it
 * is wanted nothing is downloaded; once loaded it is returned at once to every later caller.
 */
export function useEnglish(want: boolean): { english: EnglishEdition | null; status: EnglishStatus; retry: () => void } {
  const [english, setEnglish] = useState<EnglishEdition | null>(loaded);
  const [status, setStatus] = useState<EnglishStatus>(loaded ? 'ready' : 'idle');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!want || english) return;
    let live = true;
    setStatus('loading');
    loadEnglish().then(
      (e) => {
        loaded = e;
        if (live) {
          setEnglish(e);
          setStatus('ready');
        }
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [want, english, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { english: want ? english : null, status: want ? status : 'idle', retry };
}
