/** One bar of a chart: what it counts, how many, and whether its filter is on. */
export interface BarRow<K extends string = string> {
  key: K;
  label: string;
  /** Smaller words under the label (e.g. the plan's verbs). */
  detail?: string;
  /** Items counted under the other active filters. */
  count: number;
  /** Items counted without any filter (drawn as a faint bar behind when it differs). */
  total: number;
  active: boolean;
  /** Bar colour (CSS); defaults to the accent colour. */
  color?: string;
}

export interface BarChartProps<K extends string> {
  title: string;
  /** Words under the title. */
  note?: string;
  rows: BarRow<K>[];
  /** Accessible name of a bar's button, e.g. `筛选：交通（12 项）`. */
  buttonLabel: (row: BarRow) => string;
  onSelect: (key: K) => void;
  testId?: string;
}

/**
 * Draws a horizontal bar chart whose bars are buttons: pressing one toggles its filter. Each bar is an inline SVG
 * scaled to the largest total, so the chart reads the same on a projector and on a phone.
 */
export function BarChart<K extends string>({ title, note, rows, buttonLabel, onSelect, testId }: BarChartProps<K>) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const anyActive = rows.some((r) => r.active);
  return (
    <section className="ov-chart" data-testid={testId}>
      <h3 className="ov-h3">{title}</h3>
      {note && <p className="ov-note">{note}</p>}
      <ul className="ov-bars">
        {rows.map((r) => (
          <li key={r.key}>
            <button
              type="button"
              className="ov-bar"
              aria-pressed={r.active}
              aria-label={buttonLabel(r)}
              data-key={r.key}
              data-count={r.count}
              data-dim={anyActive && !r.active ? 'true' : undefined}
              onClick={() => onSelect(r.key)}
            >
              <span className="ov-bar__label">
                <span className="ov-bar__name">{r.label}</span>
                {r.detail && <span className="ov-bar__detail">{r.detail}</span>}
              </span>
              <svg className="ov-bar__svg" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
                <rect className="ov-bar__track" x="0" y="0" width="100" height="12" />
                {r.total !== r.count && <rect className="ov-bar__total" x="0" y="0" width={(r.total / max) * 100} height="12" />}
                <rect
                  className="ov-bar__value"
                  x="0"
                  y="0"
                  width={(r.count / max) * 100}
                  height="12"
                  style={r.color ? { fill: r.color } : undefined}
                />
              </svg>
              <span className="ov-bar__count">
                {r.count}
                {r.total !== r.count && <span className="ov-bar__of">/{r.total}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One segment of a stacked bar. */
export interface StackSegment<K extends string = string> {
  key: K;
  label: string;
  count: number;
  /** CSS class modifier for the segment's fill (e.g. `surveyed`, `schematic`). */
  tone: string;
  active: boolean;
}

export interface StackedBarProps<K extends string> {
  title: string;
  note?: string;
  segments: StackSegment<K>[];
  buttonLabel: (seg: StackSegment) => string;
  onSelect: (key: K) => void;
  testId?: string;
}

/**
 * Draws one horizontal bar split into segments (e.g. surveyed / approximate / schematic) with a legend of buttons.
 * Segment fills repeat the map's visual language: solid for surveyed, lighter for approximate, hatched for schematic.
 */
export function StackedBar<K extends string>({ title, note, segments, buttonLabel, onSelect, testId }: StackedBarProps<K>) {
  const total = Math.max(1, segments.reduce((n, s) => n + s.count, 0));
  let x = 0;
  return (
    <section className="ov-chart" data-testid={testId}>
      <h3 className="ov-h3">{title}</h3>
      <svg className="ov-stack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <defs>
          <pattern id="ov-hatch" width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="2" className="ov-stack__hatch-bg" />
            <rect width="0.9" height="2" className="ov-stack__hatch-fg" />
          </pattern>
        </defs>
        {segments.map((s) => {
          const w = (s.count / total) * 100;
          const el = <rect key={s.key} className={`ov-stack__seg ov-tone-${s.tone}`} x={x} y="0" width={w} height="10" />;
          x += w;
          return el;
        })}
      </svg>
      <ul className="ov-legend">
        {segments.map((s) => (
          <li key={s.key}>
            <button
              type="button"
              className="ov-legend__item"
              aria-pressed={s.active}
              aria-label={buttonLabel(s)}
              data-key={s.key}
              data-count={s.count}
              onClick={() => onSelect(s.key)}
            >
              <svg className="ov-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect className={`ov-stack__seg ov-tone-${s.tone}`} width="10" height="10" />
              </svg>
              <span>{s.label}</span>
              <strong>{s.count}</strong>
            </button>
          </li>
        ))}
      </ul>
      {note && <p className="ov-note">{note}</p>}
    </section>
  );
}
