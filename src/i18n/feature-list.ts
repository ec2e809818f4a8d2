/** Interface strings of the map-features list (the map's content as a list, for screen readers and keyboards). */
export const FEATURE_LIST_STRINGS = {
  zh: {
    title: '地图要素列表',
    summary: '以列表查看地图上显示的要素（{n}）',
    intro: '当前显示图层中的全部要素，按图层分组。选择一项即在地图上选中并显示详情。',
    none: '未显示任何图层。',
    loading: '要素目录加载中…',
    failed: '要素目录未能加载，无法列出要素。',
    count: '{n} 个要素',
    selected: '已选中',
  },
  en: {
    title: 'Map features as a list',
    summary: 'List the features shown on the map ({n})',
    intro: 'Every feature of the layers shown, grouped by layer. Choosing one selects it on the map and shows its details.',
    none: 'No layer is shown.',
    loading: 'Loading the feature catalogue…',
    failed: 'The feature catalogue could not load, so the features cannot be listed.',
    count: '{n} features',
    selected: 'selected',
  },
} as const;
