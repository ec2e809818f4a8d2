import { useId, type ReactNode } from 'react';
import type { MentionSpan } from '../../plan/mentions.ts';
import type { Span } from '../../plan/search.ts';
import { paragraphRanges } from '../../plan/paragraphs.ts';
import type { Provision } from '../../plan/types.ts';

export interface ProvisionTextProps {
  provision: Provision;
  /** Search matches to highlight, as ranges of `provision.text`. */
  matches?: readonly Span[];
  /** Mention spans (from the mention index) to render as buttons; must not overlap each other. */
  mentions?: readonly MentionSpan[];
  /** Called with the ids of a mention span and its words when the reader activates it. */
  onMention?: (ids: string[], words: string) => void;
  /** Strings to mark wherever they occur (e.g. the words that mention a selected feature). */
  emphasis?: readonly string[];
  /** Ranges of `provision.text` to mark as emphasis (e.g. the English words that mention a selected feature). */
  emphasisSpans?: readonly Span[];
  /** Feature ids currently lit on the map: their mention spans are marked as active. */
  activeIds?: readonly string[];
  /** Ids drawn on the map; mentions of only other ids (unplaced) are styled as such. All count as mapped if absent. */
  mapped?: ReadonlySet<string>;
  /** Hint read after a mention's words by screen readers (e.g. "show on the map"). */
  mentionHint?: string;
  className?: string;
  /** Language of the text (`zh-CN` for the plan, `en` for its translation). */
  lang?: string;
}

interface Piece {
  start: number;
  end: number;
  mention: number;
}

const within = (a: number, spans: readonly Span[]) => spans.some((s) => a >= s.start && a < s.end);

function occurrencesOf(text: string, words: readonly string[], from: number): Span[] {
  const out: Span[] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, i + w.length)) out.push({ start: i, end: i + w.length });
  }
  return out;
}

/**
 * Renders a provision's text (the verbatim Chinese or its English translation, both shaped alike), paragraph by
 * paragraph: the number prefix and title sentence styled, search matches and emphasised words marked, and mentions of
 * places as buttons. The text stays selectable and copies as in the source; nothing is injected as HTML.
 */
export function ProvisionText({
  provision,
  matches = [],
  mentions = [],
  onMention,
  emphasis = [],
  emphasisSpans = [],
  activeIds = [],
  mapped,
  mentionHint,
  className,
  lang = 'zh-CN',
}: ProvisionTextProps) {
  const hintId = useId();
  const { text, title_start: ts, title_end: te } = provision;
  const emph = [...occurrencesOf(text, emphasis, ts), ...emphasisSpans];
  const cuts = new Set<number>([ts, te]);
  for (const s of [...matches, ...emph, ...mentions]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const mentionAt = (a: number) => mentions.findIndex((m) => a >= m.start && a < m.end);

  const paragraphs = paragraphRanges(text).map((para, pi) => {
    const points = [...cuts].filter((c) => c > para.start && c < para.end).sort((a, b) => a - b);
    const bounds = [para.start, ...points, para.end];
    const pieces: Piece[] = [];
    for (let i = 0; i < bounds.length - 1; i++) pieces.push({ start: bounds[i], end: bounds[i + 1], mention: mentionAt(bounds[i]) });

    const renderPiece = (p: Piece): ReactNode => {
      let node: ReactNode = text.slice(p.start, p.end);
      const isMatch = within(p.start, matches);
      const isEmph = within(p.start, emph);
      if (isMatch || isEmph) {
        node = (
          <mark className={[isMatch && 'pt-match', isEmph && 'pt-emph'].filter(Boolean).join(' ')} key={`m${p.start}`}>
            {node}
          </mark>
        );
      }
      if (p.start < ts) return <span className="pt-num" key={p.start}>{node}</span>;
      if (p.start < te) return <strong className="pt-title" key={p.start}>{node}</strong>;
      return <span key={p.start}>{node}</span>;
    };

    const out: ReactNode[] = [];
    for (let i = 0; i < pieces.length; ) {
      const m = pieces[i].mention;
      let j = i + 1;
      while (j < pieces.length && pieces[j].mention === m) j++;
      const group = pieces.slice(i, j);
      if (m < 0 || !onMention) out.push(...group.map(renderPiece));
      else {
        const span = mentions[m];
        const words = text.slice(group[0].start, group[group.length - 1].end);
        const placed = !mapped || span.ids.some((id) => mapped.has(id));
        const active = span.ids.some((id) => activeIds.includes(id));
        out.push(
          // A span with the button role rather than <button>: Chrome lays a button out as an atomic inline box, so
          // the words would not wrap with the text (and a 。 could start a line); a span wraps and selects naturally.
          <span
            role="button"
            tabIndex={0}
            key={`b${group[0].start}`}
            className={['pt-mention', placed ? '' : 'is-unplaced', active ? 'is-active' : ''].filter(Boolean).join(' ')}
            data-ids={span.ids.join(' ')}
            aria-describedby={mentionHint ? hintId : undefined}
            onClick={() => onMention(span.ids, words)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onMention(span.ids, words);
              }
            }}
          >
            {group.map(renderPiece)}
          </span>,
        );
      }
      i = j;
    }
    return (
      <p key={pi} className="pt-para">
        {out}
      </p>
    );
  });

  return (
    <div className={['provision-text', className].filter(Boolean).join(' ')} lang={lang}>
      {paragraphs}
      {mentionHint && onMention && mentions.length > 0 && (
        <span id={hintId} hidden>
          {mentionHint}
        </span>
      )}
    </div>
  );
}

/**
 * Renders `text.slice(start, end)` on one line with `spans` marked, with an ellipsis where it is cut: a search
 * result's context. Line breaks inside the window are shown as spaces.
 */
export function TextWindow({
  text,
  start,
  end,
  spans,
  bare = false,
  lang = 'zh-CN',
}: {
  text: string;
  start: number;
  end: number;
  spans: readonly Span[];
  /** No ellipses (the window is a whole unit, such as a title). */
  bare?: boolean;
  /** Language of the text. */
  lang?: string;
}) {
  const bounds = new Set<number>([start, end]);
  for (const s of spans) {
    if (s.end > start && s.start < end) {
      bounds.add(Math.max(start, s.start));
      bounds.add(Math.min(end, s.end));
    }
  }
  const pts = [...bounds].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const t = text.slice(pts[i], pts[i + 1]).replace(/[\r\n]+/g, ' ');
    nodes.push(within(pts[i], spans) ? <mark key={pts[i]} className="pt-match">{t}</mark> : t);
  }
  return (
    <span className="text-window" lang={lang}>
      {!bare && start > 0 && '…'}
      {nodes}
      {!bare && end < text.length && '…'}
    </span>
  );
}
