export interface ProvisionStripProps {
  total: number;
  /** Provisions with at least one mapped feature. */
  mapped: ReadonlySet<number>;
  /** Provisions with items passing the active filters, or null when no filter is active. */
  matches: ReadonlySet<number> | null;
  /** The provision open in the reader. */
  current: number | null;
  cellLabel: (n: number, mapped: boolean, match: boolean) => string;
  onOpen: (n: number) => void;
}

/**
 * Draws the 53 provisions as a strip of numbered cells: dark where the provision has a place on the map, ringed where
 * it still has items under the active filters. Each cell opens its provision in the reader.
 */
export function ProvisionStrip({ total, mapped, matches, current, cellLabel, onOpen }: ProvisionStripProps) {
  return (
    <ol className="ov-strip" data-testid="provision-strip">
      {Array.from({ length: total }, (_, i) => i + 1).map((n) => {
        const isMapped = mapped.has(n);
        const isMatch = matches?.has(n) ?? false;
        return (
          <li key={n}>
            <button
              type="button"
              className="ov-strip__cell"
              data-provision={n}
              data-mapped={isMapped}
              data-match={matches ? isMatch : undefined}
              aria-current={current === n ? 'true' : undefined}
              aria-label={cellLabel(n, isMapped, isMatch)}
              title={cellLabel(n, isMapped, isMatch)}
              onClick={() => onOpen(n)}
            >
              {n}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
