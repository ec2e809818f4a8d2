/**
 * What can be wrong with a briefing (a file, a link, a stored draft), as codes, and the same in words in both
 * languages. Imported by the briefing and the editor only, so it loads with them, not with the first visit.
 */

import type { Lang } from './lang.ts';

/** What is wrong, as a code; `issueText` below words it in either language. */
export type StoryIssueCode =
  | 'notObject'
  | 'versionMissing'
  | 'versionInvalid'
  | 'versionNewer'
  | 'textType'
  | 'tooLong'
  | 'boolean'
  | 'settingsShape'
  | 'seconds'
  | 'stepsEmpty'
  | 'stepsTooMany'
  | 'stepShape'
  | 'idInvalid'
  | 'idDuplicate'
  | 'cameraShape'
  | 'centerInvalid'
  | 'centerRange'
  | 'zoomRange'
  | 'bearingRange'
  | 'pitchRange'
  | 'listType'
  | 'listTooLong'
  | 'layerInvalid'
  | 'layerUnknown'
  | 'featureInvalid'
  | 'featureUnknown'
  | 'filtersShape'
  | 'filterInvalid'
  | 'filterUnknown'
  | 'provisionRange'
  | 'excerptShape'
  | 'excerptNotCited'
  | 'offsetsRange'
  | 'offsetsOrder'
  | 'quoteBlank'
  | 'quoteTooLong'
  | 'quoteMismatch'
  | 'quoteNotFound'
  | 'unknownField'
  // Problems of the container rather than the story (see `story-link.ts` and `story-file.ts`):
  | 'notJson'
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileRead'
  | 'linkCorrupt'
  | 'linkNewer'
  | 'linkTooBig'
  | 'linkUnsupported';

/** One problem found in a story: where it is and what it is. */
export interface StoryIssue {
  /** 1-based step number when the problem is inside a step. */
  step?: number;
  /** The step's id, when it has a usable one. */
  stepId?: string;
  /** The field inside the story or the step, with list positions 0-based: `settings.kiosk_advance_s`, `layers[1]`. */
  field: string;
  code: StoryIssueCode;
  /** Values the message shows (the offending value, limits). */
  values?: Record<string, string | number>;
}


const MESSAGES: { readonly [L in Lang]: Readonly<Record<StoryIssueCode, string>> } = {
  zh: {
    notObject: '不是简报：应为一个 JSON 对象',
    versionMissing: '缺少版本号（version），这不是本地图的简报文件',
    versionInvalid: '版本号应为 1–{max} 的整数，实际为 {got}',
    versionNewer: '由更新版本的地图制作（版本 {got}，本页面最高读取版本 {max}）。请刷新页面获取最新版本，或请对方用当前版本另存',
    textType: '应为文字',
    tooLong: '过长（{n} 字，上限 {max} 字）',
    boolean: '应为 true 或 false',
    settingsShape: '应为 {kiosk_advance_s, kiosk_idle_reset_s}',
    seconds: '应为 {min}–{max} 秒，实际为 {got}',
    stepsEmpty: '没有步骤：简报至少需要一步',
    stepsTooMany: '最多 {max} 步，实际有 {n} 步',
    stepShape: '应为一个步骤对象',
    idInvalid: '编号应由小写字母、数字和连字符组成，实际为 {got}',
    idDuplicate: '编号“{id}”重复',
    cameraShape: '应为 {center: [经度, 纬度], zoom, bearing, pitch}',
    centerInvalid: '应为 [经度, 纬度]',
    centerRange: '超出范围：[{lng}, {lat}]（是否写成了 [纬度, 经度]？）',
    zoomRange: '缩放级别应为 0–22，实际为 {got}',
    bearingRange: '方位角应为 −180–180 度，实际为 {got}',
    pitchRange: '倾斜角应为 0–85 度，实际为 {got}',
    listType: '应为列表',
    listTooLong: '列表过长（{n} 项，上限 {max} 项）',
    layerInvalid: '应为图层编号，实际为 {got}',
    layerUnknown: '本地图没有图层“{id}”',
    featureInvalid: '应为地物编号，实际为 {got}',
    featureUnknown: '本地图没有地物“{id}”',
    filtersShape: '应为 {sectors, statuses, districts}',
    filterInvalid: '筛选值格式不对：{got}',
    filterUnknown: '本地图没有这个筛选值：“{value}”',
    provisionRange: '条目编号应为 1–53，实际为 {got}',
    excerptShape: '应为 {p, start, end}（条目编号和原文中的起止位置）',
    excerptNotCited: '引用了第({p})条的原文，但该条不在引用条目中',
    offsetsRange: '位置 {start}–{end} 超出第({p})条原文（共 {len} 个字符）',
    offsetsOrder: '起点应在终点之前（{start}–{end}）',
    quoteBlank: '第({p})条位置 {start}–{end} 只有空白',
    quoteTooLong: '引文过长（{n} 字，上限 {max} 字）',
    quoteMismatch: '第({p})条位置 {start}–{end} 的原文是“{found}”，不是“{text}”',
    quoteNotFound: '在第({p})条原文中找不到“{text}”',
    unknownField: '未知字段“{name}”',
    notJson: '不是有效的 JSON',
    fileEmpty: '文件是空的',
    fileTooLarge: '文件过大（{size}），简报文件最大 {max}',
    fileRead: '无法读取文件',
    linkCorrupt: '链接已损坏或不完整，数据无法解开。请重新复制完整链接，或请对方发送简报文件',
    linkNewer: '链接由更新版本的地图生成（格式“{got}”）。请刷新页面获取最新版本',
    linkTooBig: '链接中的数据解开后过大（超过 {max}），不予打开',
    linkUnsupported: '此浏览器无法解开压缩链接，请改用简报文件，或换用较新的浏览器',
  },
  en: {
    notObject: 'not a briefing: expected a JSON object',
    versionMissing: 'no version number: this is not a briefing file of this map',
    versionInvalid: 'expected a whole number from 1 to {max}, got {got}',
    versionNewer:
      'made by a newer version of this map (version {got}; this page reads up to version {max}). Reload the page to update, or ask for a file saved by this version',
    textType: 'expected text',
    tooLong: 'too long ({n} characters; at most {max})',
    boolean: 'expected true or false',
    settingsShape: 'expected {kiosk_advance_s, kiosk_idle_reset_s}',
    seconds: 'expected {min}–{max} seconds, got {got}',
    stepsEmpty: 'no steps: a briefing needs at least one',
    stepsTooMany: 'at most {max} steps, got {n}',
    stepShape: 'expected a step object',
    idInvalid: 'expected an id of lower-case letters, digits and hyphens, got {got}',
    idDuplicate: 'duplicate id “{id}”',
    cameraShape: 'expected {center: [lng, lat], zoom, bearing, pitch}',
    centerInvalid: 'expected [lng, lat]',
    centerRange: 'out of range: [{lng}, {lat}] (is it [lat, lng]?)',
    zoomRange: 'expected a zoom level 0–22, got {got}',
    bearingRange: 'expected a bearing of −180–180°, got {got}',
    pitchRange: 'expected a pitch of 0–85°, got {got}',
    listType: 'expected a list',
    listTooLong: 'list too long ({n} items; at most {max})',
    layerInvalid: 'expected a layer id, got {got}',
    layerUnknown: 'this map has no layer “{id}”',
    featureInvalid: 'expected a feature id, got {got}',
    featureUnknown: 'this map has no feature “{id}”',
    filtersShape: 'expected {sectors, statuses, districts}',
    filterInvalid: 'not a filter value: {got}',
    filterUnknown: 'this map has no filter value “{value}”',
    provisionRange: 'expected a provision number 1–53, got {got}',
    excerptShape: 'expected {p, start, end} (provision number and offsets in its text)',
    excerptNotCited: 'quotes provision ({p}), which is not among the cited provisions',
    offsetsRange: 'offsets {start}–{end} lie outside provision ({p}) ({len} characters)',
    offsetsOrder: 'start must come before end ({start}–{end})',
    quoteBlank: 'offsets {start}–{end} of provision ({p}) are only white space',
    quoteTooLong: 'quotation too long ({n} characters; at most {max})',
    quoteMismatch: 'offsets {start}–{end} of provision ({p}) read “{found}”, not “{text}”',
    quoteNotFound: '“{text}” is not in the text of provision ({p})',
    unknownField: 'unknown field “{name}”',
    notJson: 'not valid JSON',
    fileEmpty: 'the file is empty',
    fileTooLarge: 'the file is too large ({size}; a briefing file is at most {max})',
    fileRead: 'the file could not be read',
    linkCorrupt: 'the link is damaged or incomplete: its data cannot be unpacked. Copy the whole link again, or ask for the briefing file',
    linkNewer: 'the link was made by a newer version of this map (format “{got}”). Reload the page to update',
    linkTooBig: 'the link’s data unpacks to more than {max}; not opened',
    linkUnsupported: 'this browser cannot unpack compressed links: use the briefing file, or a newer browser',
  },
};

/** Extra words for some issues (a hint where to look). */
const HINTS: { readonly [L in Lang]: Partial<Record<StoryIssueCode, string>> } = {
  zh: { quoteMismatch: '；这段文字位于 {at}–{atEnd}', notJson: '：第 {line} 行第 {col} 列附近有错误' },
  en: { quoteMismatch: '; those words stand at {at}–{atEnd}', notJson: ': error near line {line}, column {col}' },
};

const FIELDS: { readonly [L in Lang]: Readonly<Record<string, string>> } = {
  zh: {
    story: '简报',
    link: '链接',
    file: '文件',
    version: '版本',
    title_zh: '中文标题',
    title_en: '英文标题',
    caption_zh: '中文说明',
    caption_en: '英文说明',
    notes_zh: '中文讲稿',
    notes_en: '英文讲稿',
    settings: '设置',
    'settings.kiosk_advance_s': '自动翻页间隔',
    'settings.kiosk_idle_reset_s': '空闲回到开头的时间',
    steps: '步骤',
    step: '步骤',
    id: '编号',
    camera: '视角',
    'camera.center': '视角中心',
    'camera.zoom': '缩放级别',
    'camera.bearing': '方位角',
    'camera.pitch': '倾斜角',
    layers: '图层',
    highlight: '突出显示的地物',
    filters: '筛选',
    'filters.sectors': '领域筛选',
    'filters.statuses': '进展筛选',
    'filters.districts': '区县筛选',
    provisions: '引用条目',
    excerpts: '原文引用',
    essential_motion: '必要动画',
  },
  en: {
    story: 'briefing',
    link: 'link',
    file: 'file',
    version: 'version',
    title_zh: 'Chinese title',
    title_en: 'English title',
    caption_zh: 'Chinese caption',
    caption_en: 'English caption',
    notes_zh: 'Chinese notes',
    notes_en: 'English notes',
    settings: 'settings',
    'settings.kiosk_advance_s': 'auto-play interval',
    'settings.kiosk_idle_reset_s': 'idle time before restarting',
    steps: 'steps',
    step: 'step',
    id: 'id',
    camera: 'view',
    'camera.center': 'view centre',
    'camera.zoom': 'zoom',
    'camera.bearing': 'bearing',
    'camera.pitch': 'pitch',
    layers: 'layers',
    highlight: 'highlighted features',
    filters: 'filters',
    'filters.sectors': 'sector filter',
    'filters.statuses': 'status filter',
    'filters.districts': 'district filter',
    provisions: 'cited provisions',
    excerpts: 'quotations',
    essential_motion: 'essential motion',
  },
};

const fillIn = (template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));

/** Returns where an issue is, in words: `第 3 步（“交通”）· 图层第 2 项` / `Step 3 (“Transport”) · layers, item 2`. */
export function issuePlace(issue: StoryIssue, lang: Lang, stepTitle?: (n: number) => string | undefined): string {
  const m = /^(.*?)(?:\[(\d+)\])?$/.exec(issue.field)!;
  const base = m[1];
  const item = m[2] != null ? Number(m[2]) + 1 : null;
  const fields = FIELDS[lang];
  const name = Object.hasOwn(fields, base) ? fields[base] : base;
  const field = item == null ? name : lang === 'zh' ? `${name}第 ${item} 项` : `${name}, item ${item}`;
  if (issue.step == null) return field;
  const title = stepTitle?.(issue.step)?.trim() || issue.stepId;
  const step =
    lang === 'zh'
      ? `第 ${issue.step} 步${title ? `（“${title}”）` : ''}`
      : `Step ${issue.step}${title ? ` (“${title}”)` : ''}`;
  return issue.field === 'step' ? step : `${step} · ${field}`;
}

/** Returns what is wrong, in words, without the place. */
export function issueMessage(issue: StoryIssue, lang: Lang): string {
  const v = issue.values ?? {};
  let text = fillIn(MESSAGES[lang][issue.code], v);
  const hint = HINTS[lang][issue.code];
  if (hint && [...hint.matchAll(/\{(\w+)\}/g)].every((m) => Object.hasOwn(v, m[1]))) text += fillIn(hint, v);
  return text;
}

/** Returns the whole message: place and problem (`Step 2 · layers, item 1: this map has no layer “x”`). */
export function issueText(issue: StoryIssue, lang: Lang, stepTitle?: (n: number) => string | undefined): string {
  const place = issuePlace(issue, lang, stepTitle);
  const msg = issueMessage(issue, lang);
  const capital = lang === 'en' ? place.charAt(0).toUpperCase() + place.slice(1) : place;
  return `${capital}${lang === 'zh' ? '：' : ': '}${msg}`;
}
