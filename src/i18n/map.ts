/** Interface strings of the map, its layer panel, legend and feature panel. Same keys in both languages. */
export const MAP_STRINGS = {
  zh: {
    mapLabel: '规划空间布局地图',
    mapLoading: '地图加载中…',
    mapError: '地图未能加载。文字、检索和列表仍可使用。',
    noWebgl: '地图需要 WebGL，本浏览器或设备不支持。文字、检索和列表仍可使用。',
    layerMissing: '图层数据缺失：',
    basemapFailed: '在线底图无法加载，已切换回内置底图。',
    offline: '当前无网络，在线底图不可用，已使用内置底图。',
    layersTitle: '图层',
    basemapTitle: '底图',
    viewsTitle: '视图',
    viewCore: '中心城区',
    viewCity: '全市',
    viewRegion: '区域',
    viewChina: '全国',
    viewCoreHint: '中心城区',
    viewCityHint: '呼和浩特全市域',
    viewRegionHint: '呼包鄂乌与京津冀',
    viewChinaHint: '全国',
    showGroup: '显示整组',
    features: '个要素',
    legendTitle: '图例',
    legendEmpty: '未显示任何图层',
    legendToggle: '图例',
    precisionKey: '精度',
    keySurveyed: '实线：实测或取自公开数据',
    keySchematic: '虚线或斜线：示意',
    keyApproximate: '淡圈：约略位置（±米）',
    keyInferred: '“?”：推测',
    close: '关闭',
    featureTitle: '要素',
    kind: '类型',
    precision: '精度',
    interpretation: '解读',
    status: '状态',
    source: '来源',
    districts: '所在旗县区',
    target: '目标',
    mentionsTitle: '原文提及',
    mentionsNone: '原文中未找到提及。',
    openInReader: '在原文中打开第{n}条',
    provisionN: '第{n}条',
    notInCatalog: '目录中没有该要素的信息。',
    precSurveyed: '实测：取自实际数据',
    precApproximate: '约略位置，误差约 ±{d}',
    precApproximateNoRadius: '约略位置',
    precSchematic: '示意：概念性布局，非用地边界',
    interpStated: '原文明确',
    interpConfirmed: '有公开资料佐证',
    interpInferred: '推测（本图解读）',
    inferredMark: '推测',
    statusCompleted: '已建成',
    statusUnderway: '在建/推进中',
    statusPlanned: '规划',
    statusSought: '争取',
    statusOngoing: '持续推进',
    statusContext: '参照地点',
    km: '公里',
    m: '米',
    caveat: '示意图：规划要素位置为示意，不作为用地边界',
    reviewNumber: '审图号：',
    attributionTitle: '数据来源',
    catalogMissing: '要素目录未能加载。',
  },
  en: {
    mapLabel: 'Map of the plan’s spatial layout',
    mapLoading: 'Loading the map…',
    mapError: 'The map could not load. The text, search and lists still work.',
    noWebgl: 'The map needs WebGL, which this browser or device lacks. The text, search and lists still work.',
    layerMissing: 'Layer data missing: ',
    basemapFailed: 'The online basemap could not load; back to the built-in basemap.',
    offline: 'No network: online basemaps are unavailable; using the built-in basemap.',
    layersTitle: 'Layers',
    basemapTitle: 'Basemap',
    viewsTitle: 'Views',
    viewCore: 'Urban core',
    viewCity: 'Whole city',
    viewRegion: 'Region',
    viewChina: 'China',
    viewCoreHint: 'Central urban area',
    viewCityHint: 'All of Hohhot',
    viewRegionHint: 'Hohhot–Baotou–Ordos–Ulanqab and Beijing–Tianjin–Hebei',
    viewChinaHint: 'China',
    showGroup: 'Show the whole group',
    features: 'features',
    legendTitle: 'Legend',
    legendEmpty: 'No layer shown',
    legendToggle: 'Legend',
    precisionKey: 'Precision',
    keySurveyed: 'Solid: surveyed or from published data',
    keySchematic: 'Dashed or hatched: schematic',
    keyApproximate: 'Soft circle: approximate (± m)',
    keyInferred: '“?”: inferred',
    close: 'Close',
    featureTitle: 'Feature',
    kind: 'Kind',
    precision: 'Precision',
    interpretation: 'Interpretation',
    status: 'Status',
    source: 'Source',
    districts: 'Districts',
    target: 'Target',
    mentionsTitle: 'Mentioned in the plan',
    mentionsNone: 'No mention found in the text.',
    openInReader: 'Open provision {n} in the reader',
    provisionN: 'Provision {n}',
    notInCatalog: 'No catalogue record for this feature.',
    precSurveyed: 'Surveyed: taken from real data',
    precApproximate: 'Approximate location, ±{d}',
    precApproximateNoRadius: 'Approximate location',
    precSchematic: 'Schematic: a concept, not a boundary',
    interpStated: 'Stated in the text',
    interpConfirmed: 'Confirmed by a published source',
    interpInferred: 'Inferred (our reading)',
    inferredMark: 'inferred',
    statusCompleted: 'Completed',
    statusUnderway: 'Underway',
    statusPlanned: 'Planned',
    statusSought: 'Sought',
    statusOngoing: 'Ongoing',
    statusContext: 'Reference place',
    km: 'km',
    m: 'm',
    caveat: 'Schematic: planned features are indicative, not parcel boundaries',
    reviewNumber: 'Map review no. ',
    attributionTitle: 'Sources',
    catalogMissing: 'The feature catalogue could not load.',
  },
} as const;

export type MapStrings = { [K in keyof (typeof MAP_STRINGS)['zh']]: string };

/** Returns a distance in words: `2 公里` / `500 m` (metres in, rounded). */
export function formatDistance(metres: number, lang: 'zh' | 'en'): string {
  const s = MAP_STRINGS[lang];
  if (metres >= 1000) {
    const km = Math.round(metres / 100) / 10;
    return `${Number.isInteger(km) ? km.toFixed(0) : km} ${s.km}`;
  }
  return `${Math.round(metres)} ${s.m}`;
}

/** Returns the precision of a feature in words, e.g. `约略位置，误差约 ±2 公里` / `Approximate location, ±2 km`. */
export function precisionWords(precision: string, uncertaintyM: number | null | undefined, lang: 'zh' | 'en'): string {
  const s = MAP_STRINGS[lang];
  if (precision === 'surveyed') return s.precSurveyed;
  if (precision === 'schematic') return s.precSchematic;
  if (uncertaintyM && uncertaintyM > 0) return s.precApproximate.replace('{d}', formatDistance(uncertaintyM, lang));
  return s.precApproximateNoRadius;
}

/** Returns the interpretation class in words. */
export function interpretationWords(interpretation: string, lang: 'zh' | 'en'): string {
  const s = MAP_STRINGS[lang];
  if (interpretation === 'stated') return s.interpStated;
  if (interpretation === 'confirmed') return s.interpConfirmed;
  return s.interpInferred;
}

/** Returns the status class in words. */
export function statusWords(statusClass: string, lang: 'zh' | 'en'): string {
  const s = MAP_STRINGS[lang];
  const m: Record<string, string> = {
    completed: s.statusCompleted,
    underway: s.statusUnderway,
    planned: s.statusPlanned,
    sought: s.statusSought,
    ongoing: s.statusOngoing,
    context: s.statusContext,
  };
  return m[statusClass] ?? statusClass;
}
