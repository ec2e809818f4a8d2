import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { ERROR_AREAS, ERROR_STRINGS, type ErrorArea } from '../i18n/errors.ts';
import type { Lang } from '../i18n/lang.ts';
import './error-boundary.css';

export interface ErrorBoundaryProps {
  /** Which part of the screen this is: named in the message and in `data-error-boundary`. */
  area: ErrorArea;
  lang: Lang;
  /** When this value changes after a failure, the part is tried again (e.g. another feature was selected). */
  resetKey?: unknown;
  /** A second way out besides retrying (e.g. leaving the briefing). */
  leave?: { label: string; onLeave: () => void };
  children?: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
  attempt: number;
}

/**
 * Keeps a failure of one part of the screen in that part: instead of the whole app going blank (React unmounts
 * everything above an uncaught render error), the part shows a short message in the interface language with a
 * "try again" button, and every other panel and the map keep working. The error is logged with `console.error`.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, resetKey: this.props.resetKey, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { resetKey: props.resetKey, error: null };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.area} failed to render; it shows an error message instead.`, error, info.componentStack);
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  render() {
    const { error, attempt } = this.state;
    // A new key on retry mounts the part afresh, so local state that led to the failure is not kept.
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const { area, lang, leave } = this.props;
    const t = ERROR_STRINGS[lang];
    return (
      <div className="error-boundary" role="alert" data-error-boundary={area}>
        <p className="error-boundary__text">{t.failed.replace('{area}', ERROR_AREAS[area][lang])}</p>
        <div className="error-boundary__actions">
          <button type="button" className="error-boundary__retry" onClick={this.retry}>
            {t.retry}
          </button>
          {leave && (
            <button type="button" className="error-boundary__leave" onClick={leave.onLeave}>
              {leave.label}
            </button>
          )}
        </div>
      </div>
    );
  }
}
