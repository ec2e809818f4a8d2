import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProvisionText, TextWindow } from '../../src/panels/reader/provision-text.tsx';
import { PLAN } from '../../src/plan/plan-data.ts';
import type { Provision } from '../../src/plan/types.ts';

afterEach(cleanup);
const P22 = PLAN.provisions[21];
const at = (words: string) => ({ start: P22.text.indexOf(words), end: P22.text.indexOf(words) + words.length });

describe('ProvisionText', () => {
  it('renders the verbatim text, number prefix and title included', () => {
    const { container } = render(<ProvisionText provision={P22} />);
    expect(container.textContent).toBe(P22.text);
    expect(container.querySelector('.pt-num')?.textContent).toBe('(22)');
    expect(container.querySelector('.pt-title')?.textContent).toBe('推动工业园区集聚成势。');
  });

  it('renders a multi-paragraph provision as paragraphs without losing a character', () => {
    const p4 = PLAN.provisions[3];
    const { container } = render(<ProvisionText provision={p4} />);
    const paras = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(paras).toHaveLength(11);
    expect(paras.join('\n\n')).toBe(p4.text);
  });

  it('marks search matches exactly', () => {
    const { container } = render(<ProvisionText provision={P22} matches={[at('金山高新区'), at('沙良物流园')]} />);
    expect([...container.querySelectorAll('mark.pt-match')].map((m) => m.textContent)).toEqual(['金山高新区', '沙良物流园']);
  });

  it('marks every occurrence of the emphasis words', () => {
    const { container } = render(<ProvisionText provision={P22} emphasis={['产业带']} />);
    const n = P22.text.split('产业带').length - 1;
    expect(container.querySelectorAll('mark.pt-emph')).toHaveLength(n);
  });

  it('renders mentions as focusable buttons that report their ids and words on click, Enter and Space', () => {
    const onMention = vi.fn();
    render(
      <ProvisionText
        provision={P22}
        mentions={[{ ...at('金山高新区'), ids: ['park-jinshan'] }]}
        onMention={onMention}
        mentionHint="show on the map"
      />,
    );
    const button = screen.getByRole('button', { name: '金山高新区' });
    expect(button.tabIndex).toBe(0);
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'a' });
    expect(onMention).toHaveBeenCalledTimes(3);
    expect(onMention).toHaveBeenLastCalledWith(['park-jinshan'], '金山高新区');
  });

  it('keeps a search match inside a mention button, and the text whole', () => {
    const { container } = render(
      <ProvisionText
        provision={P22}
        matches={[at('金山')]}
        mentions={[{ ...at('金山高新区'), ids: ['park-jinshan'] }]}
        onMention={() => {}}
      />,
    );
    const button = container.querySelector('span.pt-mention')!;
    expect(button.textContent).toBe('金山高新区');
    expect(button.querySelector('mark.pt-match')?.textContent).toBe('金山');
    expect(container.querySelector('.provision-text > p')?.textContent).toBe(P22.text);
  });

  it('styles mentions of unplaced entries differently and marks active ones', () => {
    const { container } = render(
      <ProvisionText
        provision={P22}
        mentions={[
          { ...at('金山高新区'), ids: ['park-jinshan'] },
          { ...at('沙良物流园'), ids: ['unplaced-shaliang'] },
        ]}
        mapped={new Set(['park-jinshan'])}
        activeIds={['park-jinshan']}
        onMention={() => {}}
      />,
    );
    const [a, b] = container.querySelectorAll('span.pt-mention');
    expect([a.classList.contains('is-active'), a.classList.contains('is-unplaced')]).toEqual([true, false]);
    expect(b.classList.contains('is-unplaced')).toBe(true);
  });

  it('renders no buttons without an onMention handler', () => {
    const { container } = render(<ProvisionText provision={P22} mentions={[{ ...at('金山高新区'), ids: ['x'] }]} />);
    expect(container.querySelector('[role="button"]')).toBeNull();
  });

  it('never interprets the text as HTML', () => {
    const text = '(1)标题。<img src=x onerror="alert(1)"><b>粗</b>';
    const p: Provision = { id: 'p1', number: 1, chapter: 1, title: '标题', text, title_start: 3, title_end: 6 };
    const { container } = render(<ProvisionText provision={p} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(text);
  });
});

describe('TextWindow', () => {
  it('shows a window with ellipses and marks', () => {
    const { container } = render(<TextWindow text="0123456789" start={2} end={8} spans={[{ start: 4, end: 6 }]} />);
    expect(container.textContent).toBe('…234567…');
    expect(container.querySelector('mark')?.textContent).toBe('45');
  });
});
