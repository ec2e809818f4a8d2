import { useCallback, useEffect, useState } from 'react';
import type { Catalog } from '../../geo/schema.ts';
import { loadCatalog, peekCatalog } from '../lib/geo-data.ts';

/** The catalog as a component sees it: loading, loaded, or failed with a message naming the file. */
export interface CatalogState {
  catalog: Catalog | null;
  error: string | null;
  /** Loads again after a failure. */
  retry: () => void;
}

/**
 * Returns the place catalog (`geo/catalog.json`), loading it once for the whole app. A catalog passed in (tests,
 * stories) is used as is and nothing is fetched.
 */
export function useCatalog(given?: Catalog | null): CatalogState {
  const [catalog, setCatalog] = useState<Catalog | null>(given ?? peekCatalog());
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (given) {
      setCatalog(given);
      return;
    }
    const ready = peekCatalog();
    if (ready) {
      setCatalog(ready);
      return;
    }
    let live = true;
    loadCatalog().then(
      (c) => {
        if (live) {
          setCatalog(c);
          setError(null);
        }
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [given, attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { catalog, error, retry };
}
