import { format } from '../../lib/format.ts';
import { READER_STRINGS } from '../../i18n/reader.ts';
import type { GlossaryTerm } from '../../plan/english.ts';
import type { Lang } from '../../i18n/lang.ts';

/**
 * The glossary of the English edition (`data/glossary.json`): each recurring term or slogan with its fixed English
 * form, its literal rendering and what it means. The explanations are in English (they explain the translation).
 */
export function GlossaryList({ terms, lang }: { terms: readonly GlossaryTerm[]; lang: Lang }) {
  const t = READER_STRINGS[lang];
  return (
    <details className="plan-aside glossary" data-testid="glossary">
      <summary>{format(t.glossary, { n: terms.length })}</summary>
      <p className="glossary__intro">{t.glossaryIntro}</p>
      <dl className="glossary__list">
        {terms.map((g) => (
          <div key={g.zh} className="glossary__item">
            <dt>
              <span className="glossary__en" lang="en">
                {g.en}
              </span>{' '}
              <span className="glossary__zh" lang="zh-CN">
                {g.zh}
              </span>
            </dt>
            <dd lang="en">
              {g.literal !== g.en && (
                <span className="glossary__literal">
                  <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{t.glossaryLiteral}</span> “{g.literal}”.{' '}
                </span>
              )}
              {g.explained}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
