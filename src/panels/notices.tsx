import type { Lang } from '../i18n/lang.ts';
import type { Notice } from '../store/types.ts';
import { format } from '../lib/format.ts';

type StringTable = { zh: Record<string, string>; en: Record<string, string> };

// Every area keeps its strings in src/i18n/<area>.ts; a notice names a key from any of them.
const MODULES = import.meta.glob<Record<string, unknown>>('../i18n/*.ts', { eager: true });
const TABLES: StringTable[] = Object.values(MODULES).flatMap((m) =>
  Object.values(m).filter(
    (v): v is StringTable =>
      typeof v === 'object' && v !== null && 'zh' in v && 'en' in v && typeof (v as StringTable).zh === 'object',
  ),
);

/**
 * Returns a notice's message in `lang`: its literal text, or the interface string its key names with its `values`
 * filled in (else the key itself).
 */
export function noticeText(n: Notice, lang: Lang): string {
  if (n.literal) return n.text;
  for (const t of TABLES) {
    const s = t[lang][n.text];
    if (typeof s === 'string') return format(s, n.values ?? {});
  }
  return n.text;
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
