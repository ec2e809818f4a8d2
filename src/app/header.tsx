import { useState } from 'react';
import { APP_STRINGS } from '../i18n/app.ts';
import { PrintDialog } from '../print/print-dialog.tsx';
import type { Lang } from '../i18n/lang.ts';
import { StartBriefingButton } from '../story/start-button.tsx';

export interface HeaderProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** Embed mode: title and a link to the full map only. */
  embed?: boolean;
  /** URL of the same view outside embed mode. */
  fullHref?: string;
}

/** The app's title bar: title, compact credit line of the source, and the language switch. */
export function Header({ lang, onLang, embed = false, fullHref }: HeaderProps) {
  const t = APP_STRINGS[lang];
  // Phones have no room for every tool in the title bar: the extra tools fold into a "more" menu there (CSS).
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <header className="app-header" data-testid="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="22" height="22">
            <path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
            <path d="M9 4v14M15 6v14" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </span>
        <div className="brand-text">
          <h1 className="app-title">
            <span className="title-long">{t.appTitle}</span>
            <span className="title-short" aria-hidden="true">
              {t.appTitleShort}
            </span>
          </h1>
          {!embed && (
            <p className="credit" title={`${t.creditLabel}${t.credit}`}>
              {t.creditLabel}
              <span className="credit-long">{t.credit}</span>
              <span className="credit-short" aria-hidden="true">
                {t.creditShort}
              </span>
            </p>
          )}
        </div>
      </div>
      <div className="header-tools">
        {embed && fullHref && (
          <a className="open-full" href={fullHref} target="_blank" rel="noopener" data-testid="open-full">
            {t.openFull}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        {!embed && (
          <>
            <button
              type="button"
              className="header-more"
              aria-expanded={moreOpen}
              aria-controls="header-extra"
              aria-label={t.moreTools}
              onClick={() => setMoreOpen((o) => !o)}
            >
              <span aria-hidden="true">⋯</span>
            </button>
            <div className="header-extra" id="header-extra" data-open={moreOpen ? 'true' : undefined}>
              <StartBriefingButton />
              <PrintDialog />
            </div>
          </>
        )}
        <div className="lang-switch" role="group" aria-label={t.langSwitch}>
          {(['zh', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              lang={l === 'zh' ? 'zh-CN' : 'en'}
              aria-pressed={lang === l}
              onClick={() => onLang(l)}
              data-testid={`lang-${l}`}
            >
              {l === 'zh' ? t.langZh : t.langEn}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
