import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.ts';
import { NOTICE_STRINGS } from '../../src/i18n/notices.ts';
import { Notices, noticeText } from '../../src/panels/notices.tsx';
import type { Notice } from '../../src/store/types.ts';

afterEach(cleanup);

const missing: Notice = { id: 'map-source-x', level: 'warning', key: 'layerMissing', values: { file: 'geo/layers/x.geojson' } };

describe('notices', () => {
  it('are stored as keys and translated when shown, so they follow a language switch', () => {
    const props = { notices: [missing], label: 'n', dismissLabel: 'x', onDismiss: () => undefined };
    const { rerender } = render(<Notices {...props} lang="zh" />);
    const text = () => screen.getByTestId('notices').querySelector('[data-notice="map-source-x"]')!.textContent;
    expect(text()).toContain('图层数据缺失：geo/layers/x.geojson');
    rerender(<Notices {...props} lang="en" />);
    expect(text()).toContain('Layer data missing: geo/layers/x.geojson');
  });

  it('have every message in both languages with the same slots', () => {
    const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(NOTICE_STRINGS.en).sort()).toEqual(Object.keys(NOTICE_STRINGS.zh).sort());
    for (const key of Object.keys(NOTICE_STRINGS.zh) as (keyof typeof NOTICE_STRINGS.zh)[]) {
      expect(slots(NOTICE_STRINGS.en[key]), key).toEqual(slots(NOTICE_STRINGS.zh[key]));
      for (const lang of LANGS) expect(noticeText({ id: key, level: 'info', key, values: { keys: 'map', file: 'f' } }, lang)).not.toMatch(/\{\w+\}/);
    }
  });
});
