import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AuthorStrings } from '../../i18n/author.ts';
import { format } from '../../lib/format.ts';
import { PLAN } from '../../plan/plan-data.ts';
import { MAX_QUOTE, charCount } from '../story-schema.ts';
import { trimRange } from '../story-text.ts';

/** Chapter and provision titles in the interface language (the English edition's where it is loaded). */
export interface PlanTitles {
  /** `五、在建设…` or `5. Building…`. */
  chapter: (n: number) => string;
  provision: (n: number) => string;
  /** The language the titles are in. */
  lang: 'zh' | 'en';
}

/** The Chinese titles, as the text has them. */
export const CHINESE_TITLES: PlanTitles = {
  chapter: (n) => `${PLAN.chapters[n - 1].numeral}、${PLAN.chapters[n - 1].title}`,
  provision: (n) => PLAN.provisions[n - 1]?.title ?? '',
  lang: 'zh',
};

export interface QuotePickerProps {
  t: AuthorStrings;
  /** Titles in the interface language where there is a translation (the text to quote is always the Chinese). */
  titles: PlanTitles;
  /** Provision whose text is shown (1–53). */
  provision: number;
  /** Ranges of this provision's text already quoted (marked behind the text). */
  quoted: readonly { start: number; end: number }[];
  onProvision: (n: number) => void;
  /** Adds the range `[start, end)` of the provision's text as a quotation; returns why when it is refused. */
  onQuote: (start: number, end: number) => 'quoteDuplicate' | 'quoteOverlap' | null;
}

/** All occurrences of `words` in `text`. */
function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  if (!words) return out;
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
}

/**
 * Picks quoted words from a provision's verbatim text: the text sits in a text field that refuses edits, where the words are
 * selected with the mouse, by touch, or with Shift and the arrow keys, and the field reports the selection as offsets
 * into the text (UTF-16 code units, as the story stores them). Typing words into "find" selects them too. Words
 * already quoted are marked on a layer behind the (transparent) field, laid out exactly like it.
 */
export function QuotePicker({ t, titles, provision, quoted, onProvision, onQuote }: QuotePickerProps) {
  const ids = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const text = PLAN.provisions[provision - 1]?.text ?? '';
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [query, setQuery] = useState('');
  const [hit, setHit] = useState(0);
  const [message, setMessage] = useState<'quoteAdded' | 'quoteDuplicate' | 'quoteOverlap' | null>(null);
  const found = useMemo(() => occurrences(text, query.trim()), [text, query]);

  // The native event (React's onBeforeInput does not see deletions): every edit of the verbatim text is refused.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const refuse = (e: Event) => e.preventDefault();
    el.addEventListener('beforeinput', refuse);
    return () => el.removeEventListener('beforeinput', refuse);
  }, []);

  useEffect(() => {
    setRange(null);
    setQuery('');
    setMessage(null);
    if (area.current) area.current.scrollTop = 0;
  }, [provision]);

  const readSelection = () => {
    const el = area.current;
    if (!el) return;
    setRange(trimRange(text, el.selectionStart, el.selectionEnd));
  };

  const select = (start: number, end: number) => {
    const el = area.current;
    if (el) {
      el.setSelectionRange(start, end);
      // Bring the found words into view without taking focus from "find" (roughly: the text is evenly dense).
      el.scrollTop = Math.max(0, (start / Math.max(1, text.length)) * el.scrollHeight - el.clientHeight / 3);
    }
    setRange(trimRange(text, start, end));
  };

  const onFind = (q: string) => {
    setQuery(q);
    setHit(0);
    setMessage(null);
    const words = q.trim();
    const at = words ? text.indexOf(words) : -1;
    if (at >= 0) select(at, at + words.length);
  };

  const nextHit = () => {
    if (found.length < 2) return;
    const i = (hit + 1) % found.length;
    setHit(i);
    const words = query.trim();
    select(found[i], found[i] + words.length);
  };

  // The marks behind the text field follow its scrolling and leave room for its scroll bar.
  const syncBackdrop = () => {
    const el = area.current;
    const b = backdrop.current;
    if (!el || !b) return;
    b.scrollTop = el.scrollTop;
    b.style.paddingRight = `calc(0.75rem + ${el.offsetWidth - el.clientWidth - 2}px)`;
  };
  useEffect(syncBackdrop);

  const marks = useMemo(() => {
    const sorted = [...quoted].filter((q) => q.end <= text.length).sort((a, b) => a.start - b.start);
    const out: ReactNode[] = [];
    let at = 0;
    for (const q of sorted) {
      if (q.start < at) continue;
      out.push(text.slice(at, q.start), <mark key={q.start}>{text.slice(q.start, q.end)}</mark>);
      at = q.end;
    }
    out.push(text.slice(at), '\n');
    return out;
  }, [quoted, text]);

  const words = range ? text.slice(range.start, range.end) : '';
  const tooLong = charCount(words) > MAX_QUOTE;

  const add = () => {
    if (!range) return;
    const refusal = onQuote(range.start, range.end);
    setMessage(refusal ?? 'quoteAdded');
    if (!refusal) {
      setRange(null);
      setQuery('');
      const el = area.current;
      if (el) el.setSelectionRange(el.selectionEnd, el.selectionEnd);
    }
  };

  return (
    <div className="quote-picker" data-testid="quote-picker">
      <label className="author-field">
        <span className="author-field__label">{t.provision}</span>
        <select
          value={provision}
          lang={titles.lang === 'zh' ? 'zh-CN' : 'en'}
          onChange={(e) => onProvision(Number(e.target.value))}
          data-testid="quote-provision"
        >
          {PLAN.chapters.map((c) => (
            <optgroup key={c.id} label={titles.chapter(c.number)}>
              {c.provisions.map((n) => (
                <option key={n} value={n}>
                  {format(t.provisionOption, { n, title: titles.provision(n) })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="author-field" htmlFor={`${ids}-text`}>
        <span className="author-field__label">{t.pickWords}</span>
      </label>
      <p className="author-help" id={`${ids}-help`}>
        {t.pickHelp}
      </p>
      <div className="quote-picker__field">
        <div className="quote-picker__backdrop" ref={backdrop} aria-hidden="true" lang="zh-CN">
          {marks}
        </div>
        <textarea
          id={`${ids}-text`}
          ref={area}
          className="quote-picker__text"
          lang="zh-CN"
          value={text}
          rows={9}
          // Not `readOnly`: Chrome gives a read-only field no caret, so the words could not be selected with the
          // keyboard. Edits are refused instead, and touch screens show no keyboard for it.
          aria-readonly="true"
          inputMode="none"
          spellCheck={false}
          onChange={() => undefined}
          onPaste={(e) => e.preventDefault()}
          onCut={(e) => e.preventDefault()}
          onDrop={(e) => e.preventDefault()}
          aria-describedby={`${ids}-help`}
          onSelect={readSelection}
          onKeyUp={readSelection}
          onMouseUp={readSelection}
          onTouchEnd={readSelection}
          onScroll={syncBackdrop}
          data-testid="quote-text"
        />
      </div>
      <div className="quote-picker__find">
        <label className="author-field quote-picker__find-field">
          <span className="author-field__label">{t.find}</span>
          <input
            type="search"
            value={query}
            placeholder={t.findPlaceholder}
            lang="zh-CN"
            onChange={(e) => onFind(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (range && found.length <= 1) add();
                else nextHit();
              }
            }}
            data-testid="quote-find"
          />
        </label>
        {query.trim() && (
          <span className="quote-picker__found" role="status">
            {found.length === 0 ? format(t.findNone, { n: provision }) : format(t.findAt, { i: hit + 1, count: found.length })}
          </span>
        )}
        {found.length > 1 && (
          <button type="button" className="author-button" onClick={nextHit}>
            {t.findNext}
          </button>
        )}
      </div>
      <div className="quote-picker__selection" aria-live="polite">
        {range ? (
          <p>
            <span className="quote-picker__selection-label">{t.selection}</span>
            <q lang="zh-CN" data-testid="quote-selection">
              {words}
            </q>
          </p>
        ) : (
          <p className="is-empty">{t.selectionNone}</p>
        )}
        {tooLong && <p className="author-error">{format(t.quoteTooLong, { n: charCount(words), max: MAX_QUOTE })}</p>}
      </div>
      <div className="quote-picker__add">
        <button type="button" className="author-button is-primary" disabled={!range || tooLong} onClick={add} data-testid="quote-add">
          {t.addQuote}
        </button>
        <span className={message === 'quoteAdded' ? 'author-ok' : 'author-error'} role="status">
          {message ? t[message] : ''}
        </span>
      </div>
    </div>
  );
}
