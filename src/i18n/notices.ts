/**
 * The messages of the notice area, by key. A notice is stored as its key and values and translated when shown, so
 * it follows a language switch. Values fill the `{name}` slots and are never translated (file names, link keys).
 */
export const NOTICE_STRINGS = {
  zh: {
    badProvision: '链接中的条目编号无效（应为 1–53），已显示目录。',
    badLink: '链接中有无法识别的设置，已忽略：{keys}',
    updateReady: '新版本已下载，刷新页面后生效。',
    catalogFailed: '地点目录未能加载，原文中的地名暂不能在地图上定位。',
    mapCatalogFailed: '要素目录未能加载，地图暂不能定位要素。',
    layerMissing: '图层数据缺失：{file}',
    basemapFailed: '在线底图无法加载，已切换回内置底图。',
    basemapOffline: '当前无网络，在线底图不可用，已使用内置底图。',
  },
  en: {
    badProvision: 'The link names no valid provision (1–53); showing the contents.',
    badLink: 'Some settings in the link were not understood and were ignored: {keys}',
    updateReady: 'A new version has been downloaded; reload the page to use it.',
    catalogFailed: 'The place catalogue could not load; names in the text cannot be located on the map for now.',
    mapCatalogFailed: 'The feature catalogue could not load; the map cannot locate features for now.',
    layerMissing: 'Layer data missing: {file}',
    basemapFailed: 'The online basemap could not load; back to the built-in basemap.',
    basemapOffline: 'No network: online basemaps are unavailable; using the built-in basemap.',
  },
} as const;

/** The key of a notice message. */
export type NoticeKey = keyof (typeof NOTICE_STRINGS)['zh'];
