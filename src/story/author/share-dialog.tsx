import { useEffect, useId, useRef, useState } from 'react';
import type { AuthorStrings } from '../../i18n/author.ts';
import { format } from '../../lib/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { encodeStoryCode, MAX_SHARE_URL, shareUrl } from '../story-link.ts';
import type { Story } from '../story-schema.ts';
import { stepText } from '../story-text.ts';
import { Modal } from './modal.tsx';
import { Icon, ICONS } from './step-list.tsx';

export interface ShareDialogProps {
  open: boolean;
  story: Story;
  lang: Lang;
  t: AuthorStrings;
  onClose: () => void;
  /** Downloads the briefing file; returns its name. */
  onDownload: () => string;
}

/** Copies `text` to the clipboard; falls back to the selection of `field` where the clipboard API is missing. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

const number = (n: number, lang: Lang) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/**
 * Shares the whole briefing: as a link that carries it in the fragment (copy it; too long a link says so and points
 * to the file), or as the briefing file. Lists what the audience would miss (untitled steps) without blocking.
 */
export function ShareDialog({ open, story, lang, t, onClose, onDownload }: ShareDialogProps) {
  const ids = useId();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState<string | null>(null);
  const [kiosk, setKiosk] = useState(false);
  const [status, setStatus] = useState<{ key: 'copied' | 'copyFailed' | 'downloaded'; name?: string } | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setCode(null);
    setStatus(null);
    void encodeStoryCode(story).then((c) => live && setCode(c));
    return () => {
      live = false;
    };
  }, [open, story]);

  const url = code != null ? shareUrl(window.location.href, code, { lang, kiosk }) : '';
  const tooLong = url.length > MAX_SHARE_URL;
  const untitled = story.steps.flatMap((s, i) => (stepText(s, lang).title.trim() ? [] : [i + 1]));
  const titleId = `${ids}-title`;

  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="share-dialog" testId="share-dialog">
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t.shareTitle}
        </h2>
        <button type="button" className="author-icon-button" onClick={onClose} aria-label={t.cancel} title={t.cancel}>
          <Icon d={ICONS.close} />
        </button>
      </header>
      <div className="modal__body">
        {untitled.length > 0 && (
          <div className="author-warning" data-testid="share-warnings">
            <strong>{t.warnings}</strong> {format(t.warnUntitled, { list: untitled.join(lang === 'zh' ? '、' : ', ') })}
          </div>
        )}
        <section className="share-dialog__section" aria-labelledby={`${ids}-link`}>
          <h3 id={`${ids}-link`} className="author-section-title">
            <Icon d={ICONS.link} size={18} /> {t.link}
          </h3>
          <p className="author-help">{t.linkHelp}</p>
          <label className="author-check">
            <input type="checkbox" checked={kiosk} onChange={(e) => setKiosk(e.target.checked)} />
            <span>{t.kioskOption}</span>
          </label>
          {code == null ? (
            <p role="status">{t.linkMaking}</p>
          ) : tooLong ? (
            <div className="author-error-box" role="alert" data-testid="share-too-long">
              {format(t.linkTooLong, { n: number(url.length, lang), max: number(MAX_SHARE_URL, lang) })}
            </div>
          ) : (
            <>
              <div className="share-dialog__link">
                <input
                  ref={field}
                  type="text"
                  readOnly
                  value={url}
                  aria-label={t.link}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="share-url"
                />
                <button
                  type="button"
                  className="author-button is-primary"
                  onClick={async () => {
                    const ok = await copyText(url, field.current);
                    setStatus({ key: ok ? 'copied' : 'copyFailed' });
                  }}
                  data-testid="share-copy"
                >
                  {t.copy}
                </button>
              </div>
              <p className="author-help">{format(t.linkLength, { n: number(url.length, lang), max: number(MAX_SHARE_URL, lang) })}</p>
            </>
          )}
        </section>
        <section className="share-dialog__section" aria-labelledby={`${ids}-file`}>
          <h3 id={`${ids}-file`} className="author-section-title">
            <Icon d={ICONS.download} size={18} /> {t.file}
          </h3>
          <p className="author-help">{t.fileHelp}</p>
          <button
            type="button"
            className={`author-button${tooLong ? ' is-primary' : ''}`}
            onClick={() => setStatus({ key: 'downloaded', name: onDownload() })}
            data-testid="share-download"
          >
            <Icon d={ICONS.download} size={16} /> {t.download}
          </button>
        </section>
        <p className={status?.key === 'copyFailed' ? 'author-error' : 'author-ok'} role="status" data-testid="share-status">
          {status ? format(t[status.key], { name: status.name ?? '' }) : ''}
        </p>
      </div>
      <footer className="modal__footer">
        <button type="button" className="author-button" onClick={onClose}>
          {t.done}
        </button>
      </footer>
    </Modal>
  );
}
