import type { Lang } from '../../i18n/lang.ts';
import { layerById } from '../../layers/registry.ts';
import { OUTSIDE_CITY } from '../filters.ts';
import { sectorLabel, statusLabel } from '../words.ts';
import type { ExportCollection } from './collection.ts';
import type { Column } from './table.ts';

/**
 * The README of the download package, in Chinese and English (the interface language first): what was exported and
 * from which view, the files, the coordinate system, the precision caveat, every field, and the sources with their
 * licences. Plain UTF-8 text with CRLF line ends, so that any editor on any system shows it. Pure.
 */

/** A file of the package as the README lists it. */
export interface ReadmeFile {
  name: string;
  zh: string;
  en: string;
}

export interface ReadmeInput {
  fc: ExportCollection;
  files: readonly ReadmeFile[];
  /** The columns of the table formats (CSV, KML, GeoPackage), with their meanings. */
  columns: readonly Column[];
  lang: Lang;
  /** County-level unit names by adcode, for the filter line. */
  districts: Readonly<Record<string, { name_zh: string; name_en: string }>>;
}

const rule = (ch = '=') => ch.repeat(78);

function filterWords(fc: ExportCollection, districts: ReadmeInput['districts'], lang: Lang): string {
  const f = fc.metadata.filters;
  const parts: string[] = [];
  const sectorName = (s: string) => sectorLabel(s, lang);
  const statusName = (s: string) => statusLabel(s, lang);
  const districtName = (d: string) =>
    d === OUTSIDE_CITY ? (lang === 'zh' ? '市域以外' : 'outside Hohhot') : Object.hasOwn(districts, d) ? districts[d][lang === 'zh' ? 'name_zh' : 'name_en'] : d;
  if (f.sectors.length) parts.push(`${lang === 'zh' ? '领域' : 'sector'} = ${f.sectors.map(sectorName).join(lang === 'zh' ? ' 或 ' : ' or ')}`);
  if (f.statuses.length) parts.push(`${lang === 'zh' ? '进展' : 'status'} = ${f.statuses.map(statusName).join(lang === 'zh' ? ' 或 ' : ' or ')}`);
  if (f.districts.length) parts.push(`${lang === 'zh' ? '旗县区' : 'district'} = ${f.districts.map(districtName).join(lang === 'zh' ? ' 或 ' : ' or ')}`);
  if (!parts.length) return lang === 'zh' ? '无（全部要素）' : 'none (every feature)';
  return parts.join(lang === 'zh' ? '；并且 ' : '; and ');
}

function section(lang: Lang, input: ReadmeInput): string[] {
  const { fc } = input;
  const m = fc.metadata;
  const zh = lang === 'zh';
  const layerName = (id: string) => {
    const d = layerById(id);
    return d ? `${zh ? d.title_zh : d.title_en} (${id})` : id;
  };
  const out: string[] = [];
  out.push(rule());
  out.push(zh ? '呼和浩特“十五五”规划建议空间布局 · 数据下载' : 'Hohhot 15th Five-Year Plan recommendations: spatial layout · data download');
  out.push(rule());
  out.push('');
  out.push(`${zh ? '规划原文' : 'Plan'}: ${m.plan_title}${zh ? '（2025年11月25日通过）' : ' (adopted 2025-11-25)'}`);
  out.push(`${zh ? '生成时间' : 'Generated'}: ${m.generated_at}`);
  if (m.url) out.push(`${zh ? '本视图链接（在地图中打开同一视图）' : 'Link to this view (opens the same view in the map)'}: ${m.url}`);
  out.push(`${zh ? '图层' : 'Layers'}: ${m.layers.map(layerName).join(', ')}`);
  out.push(`${zh ? '筛选' : 'Filters'}: ${filterWords(fc, input.districts, lang)}`);
  out.push(`${zh ? '要素数' : 'Features'}: ${m.count}`);
  if (m.translation_note) {
    out.push(
      zh
        ? `英文字段（provision_titles_en、mentions_en）取自本图的英文译文：${m.translation_note}`
        : `English fields (provision_titles_en, mentions_en) come from the map's English translation: ${m.translation_note}`,
    );
  }
  out.push('');
  out.push(zh ? '文件' : 'Files');
  out.push(rule('-'));
  const w = Math.max(...input.files.map((f) => f.name.length)) + 2;
  for (const f of input.files) out.push(`${f.name.padEnd(w)}${zh ? f.zh : f.en}`);
  out.push('');
  out.push(
    zh
      ? '各文件包含相同的要素（相同的 id、相同的数量）和相同的字段。坐标系：WGS84 经纬度（EPSG:4326），顺序为 [经度, 纬度]；源数据中的 GCJ-02 坐标已转换。坐标保留 6 位小数（约 0.1 米），远高于要素本身的精度。'
      : 'Every file holds the same features (same ids, same count) and the same fields. Coordinates: WGS84 longitude/latitude (EPSG:4326), in [lng, lat] order; GCJ-02 input has been converted. Six decimals (about 0.1 m) are kept, far finer than any feature’s precision.',
  );
  out.push('');
  out.push(zh ? '精度说明（使用前请阅读）' : 'Precision (read before use)');
  out.push(rule('-'));
  out.push(
    zh
      ? '本数据大部分由本项目根据规划文本和公开报道绘制，不是测绘成果，不能用作用地边界或工程依据。每个要素都注明了几何精度（precision）、误差半径（uncertainty_m）、解读依据（interpretation）和来源（source_zh / source_en）。示意要素（schematic）表示概念，不表示地面上的边界或线位，其长度与面积不予量算。'
      : 'Most of these data were drawn by the project from the plan text and published reports: they are not survey data and must not be used as land boundaries or engineering references. Every feature states its geometry precision (precision), its radius of doubt (uncertainty_m), how it was identified (interpretation) and its source (source_zh / source_en). Schematic features show a concept, not a boundary or route on the ground; their length and area are not measured.',
  );
  out.push(zh ? m.precision_note_zh : m.precision_note);
  out.push('');
  out.push(zh ? '字段（CSV、KML、GeoPackage 相同；GeoJSON 中列表字段为数组）' : 'Fields (the same in CSV, KML and GeoPackage; lists are arrays in the GeoJSON)');
  out.push(rule('-'));
  const cw = Math.max(...input.columns.map((c) => c.name.length)) + 2;
  for (const c of input.columns) out.push(`${c.name.padEnd(cw)}${zh ? c.zh : c.en}`);
  out.push('');
  out.push(zh ? '来源与许可（再次发布时请保留）' : 'Sources and licences (keep them when you republish)');
  out.push(rule('-'));
  for (const a of m.attribution) {
    const text = (zh ? a.text_zh : a.text_en) ?? a.text;
    const licence = (zh ? a.licence_zh : a.licence_en) ?? a.licence;
    out.push(zh ? `- ${text}（许可：${licence}）${a.url ? ` ${a.url}` : ''}` : `- ${text} (licence: ${licence})${a.url ? ` ${a.url}` : ''}`);
  }
  out.push('');
  out.push(
    zh
      ? '规划原文为公开的政府文件，摘录照录原文。引用本数据时请注明：“呼和浩特‘十五五’规划建议空间地图”及上述来源，并附本视图链接。'
      : 'The plan is a public government document; quotations are verbatim. When you use these data, credit “Hohhot 15th Five-Year Plan map” and the sources above, with the link to this view.',
  );
  out.push('');
  return out;
}

/** Returns the README text: both languages, the interface language first, CRLF line ends. */
export function buildReadme(input: ReadmeInput): string {
  const first: Lang = input.lang;
  const second: Lang = first === 'zh' ? 'en' : 'zh';
  const lines = [...section(first, input), '', ...section(second, input)];
  return `${lines.join('\r\n')}\r\n`;
}
