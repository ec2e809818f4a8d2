/** Interface strings of the error boundaries: what a part of the screen says when it fails to render. */
export const ERROR_STRINGS = {
  zh: {
    failed: '{area}出错了，暂时无法显示。应用的其他部分仍可使用。',
    retry: '重试',
  },
  en: {
    failed: 'The {area} ran into an error and cannot be shown. The rest of the app still works.',
    retry: 'Try again',
  },
} as const;

/** The parts of the screen that fail on their own, named in both languages. */
export const ERROR_AREAS = {
  app: { zh: '应用', en: 'app' },
  map: { zh: '地图', en: 'map' },
  legend: { zh: '图例', en: 'legend' },
  notices: { zh: '提示区', en: 'notice area' },
  feature: { zh: '地点详情', en: 'feature details' },
  overview: { zh: '概览', en: 'overview' },
  reader: { zh: '规划原文', en: 'plan text' },
  near: { zh: '附近', en: 'near-me panel' },
  layers: { zh: '图层面板', en: 'layer panel' },
  briefing: { zh: '演示', en: 'briefing' },
} as const;

export type ErrorArea = keyof typeof ERROR_AREAS;
