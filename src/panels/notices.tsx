import type { Lang } from '../i18n/lang.ts';
import type { Notice } from '../store/types.ts';
import { format } from '../lib/format.ts';
import { NOTICE_STRINGS } from '../i18n/notices.ts';

/** Returns a notice's message in `lang`, its `values` filled in. */
export function noticeText(n: Notice, lang: Lang): string {
  return format<string>(NOTICE_STRINGS[lang][n.key], n.values ?? {});
}

export interface NoticesProps {
  notices: readonly Notice[];
  lang: Lang;
  dismissLabel: string;
  label: string;
  onDismiss: (id: string) => void;
}

/** The notice area: short messages for the user, each dismissible; announced politely to screen readers. */
export function Notices({ notices, lang, dismissLabel, label, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="region" aria-label={label} aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-notice={n.id}>
          <span className="notice-icon" aria-hidden="true">
            {n.level === 'info' ? 'i' : '!'}
          </span>
          <span className="notice-text">{noticeText(n, lang)}</span>
          <button type="button" className="notice-dismiss" aria-label={dismissLabel} onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
