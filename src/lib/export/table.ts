import type { ExportCollection, ExportProps } from './collection.ts';

/**
 * The export as one flat table (a column list and rows of scalars), shared by the CSV, the KML's ExtendedData and the
 * GeoPackage's attribute columns, so that every format carries the same fields under the same names and values. Lists
 * are joined: provisions and districts with `;`, mentions as `(22) 金山高新区 | (15) 金山`. Pure.
 */

export type ColumnType = 'text' | 'integer' | 'real';

/** One column: its name, storage type and what it means in both languages (for the README and the KML schema). */
export interface Column {
  name: string;
  type: ColumnType;
  zh: string;
  en: string;
}

export type Cell = string | number | null;

export interface FlatTable {
  columns: Column[];
  rows: Cell[][];
}

const c = (name: string, type: ColumnType, zh: string, en: string): Column => ({ name, type, zh, en });

/** The fixed columns, in order. Extra bilingual catalog fields are inserted after the column they translate. */
export const BASE_COLUMNS: readonly Column[] = [
  c('id', 'text', '要素编号（稳定，唯一；与应用链接 #f=编号 相同）', 'feature id (stable, unique; the same as in app links #f=id)'),
  c('name_zh', 'text', '中文名称', 'name in Chinese'),
  c('name_en', 'text', '英文名称', 'name in English'),
  c('layer', 'text', '图层编号', 'layer id'),
  c('layer_zh', 'text', '图层中文名', 'layer title in Chinese'),
  c('layer_en', 'text', '图层英文名', 'layer title in English'),
  c('kind', 'text', '要素类别代码', 'feature kind (code)'),
  c('kind_zh', 'text', '要素类别（中文）', 'feature kind in Chinese'),
  c('kind_en', 'text', '要素类别（英文）', 'feature kind in English'),
  c('sector', 'text', '领域代码', 'sector (code)'),
  c('sector_zh', 'text', '领域（中文）', 'sector in Chinese'),
  c('sector_en', 'text', '领域（英文）', 'sector in English'),
  c('status', 'text', '规划原文中的动词（照录原文）', 'the plan’s own verb for the item, verbatim (Chinese)'),
  c('status_class', 'text', '进展分类代码（由原文动词归类）', 'status class (code), read from the plan’s verb'),
  c('status_zh', 'text', '进展分类（中文）', 'status class in Chinese'),
  c('status_en', 'text', '进展分类（英文）', 'status class in English'),
  c('precision', 'text', '几何精度：surveyed 实测 / approximate 约略 / schematic 示意', 'geometry precision: surveyed / approximate / schematic'),
  c('uncertainty_m', 'real', '约略位置的误差半径（米）；真实位置应在此半径内', 'radius of doubt of an approximate position, metres: the real site lies within it'),
  c('precision_zh', 'text', '精度说明（中文）', 'precision in words, Chinese'),
  c('precision_en', 'text', '精度说明（英文）', 'precision in words, English'),
  c('interpretation', 'text', '解读依据：stated 原文明确 / confirmed 资料印证 / inferred 本项目推断', 'interpretation: stated / confirmed / inferred'),
  c('interpretation_zh', 'text', '解读依据（中文）', 'interpretation in words, Chinese'),
  c('interpretation_en', 'text', '解读依据（英文）', 'interpretation in words, English'),
  c('interpretation_note_zh', 'text', '解读理由或印证资料（中文）', 'why we read it so, or the source that confirms it, Chinese'),
  c('interpretation_note_en', 'text', '解读理由或印证资料（英文）', 'why we read it so, or the source that confirms it, English'),
  c('placed_by', 'text', '约略位置的确定方式：published-coordinate 公开坐标 / published-geometry 公开几何 / osm / described-position 文字描述 / inferred 推断', 'how an approximate position was obtained: published-coordinate / published-geometry / osm / described-position / inferred'),
  c('note_zh', 'text', '简要说明（中文）', 'short note, Chinese'),
  c('note_en', 'text', '简要说明（英文）', 'short note, English'),
  c('target', 'text', '原文中的产值目标（产业带）', 'output target as written in the plan (industrial belts)'),
  c('sectors_text', 'text', '原文中的主导产业（产业带）', 'leading sectors as written in the plan (industrial belts)'),
  c('part_of', 'text', '主要角色所属的布局或要素（如“两屏四带多点”）的编号', 'id of the layout or feature the primary role is part of'),
  c('also_in', 'text', '同样绘出该要素的其他图层，以 ; 分隔', 'other layers that also draw the feature, separated by ;'),
  c('roles', 'text', '该要素在规划中的全部角色（JSON）', 'every role the feature plays in the plan (JSON)'),
  c('provisions', 'text', '提及该要素的条目编号，以 ; 分隔', 'numbers of the provisions naming the feature, separated by ;'),
  c('provision_titles_zh', 'text', '这些条目的标题句（照录原文）：(条目号) 标题 | …', 'the titles of those provisions, Chinese, verbatim: (number) title | …'),
  c('provision_titles_en', 'text', '这些条目标题的英文译文（非官方）', 'the titles of those provisions in the unofficial English translation'),
  c('mentions', 'text', '各条目中的原文用词：(条目号) 原文 | …', 'the plan’s exact words per provision: (number) words | …'),
  c('mentions_en', 'text', '英文译文中对应的用词（非官方译文）', 'the same words in the unofficial English translation: (number) words | …'),
  c('districts', 'text', '涉及的旗县区行政区划代码，以 ; 分隔', 'adcodes of the county-level units touched, separated by ;'),
  c('district_names_zh', 'text', '涉及的旗县区（中文）', 'county-level units touched, Chinese'),
  c('district_names_en', 'text', '涉及的旗县区（英文）', 'county-level units touched, English'),
  c('anchor_lng', 'real', '代表点经度（WGS84）', 'representative point, longitude (WGS84)'),
  c('anchor_lat', 'real', '代表点纬度（WGS84）', 'representative point, latitude (WGS84)'),
  c('length_km', 'real', '长度（公里，线要素；示意要素为空）', 'length in km (lines; empty when schematic)'),
  c('area_km2', 'real', '面积（平方公里，面要素；示意要素为空）', 'area in km² (polygons; empty when schematic)'),
  c('geometry_type', 'text', '几何类型', 'geometry type'),
  c('source_zh', 'text', '几何与信息的来源（中文）', 'where the geometry and facts come from, Chinese'),
  c('source_en', 'text', '几何与信息的来源（英文）', 'where the geometry and facts come from, English'),
  c('attribution_zh', 'text', '该图层数据的出处与许可（中文）', 'sources and licences of the layer’s data, Chinese'),
  c('attribution_en', 'text', '该图层数据的出处与许可（英文）', 'sources and licences of the layer’s data, English'),
  c('link', 'text', '在地图应用中打开该要素的链接', 'link that opens the feature in the map app'),
];

const round = (n: number | null, digits: number) => (n == null || !Number.isFinite(n) ? null : Number(n.toFixed(digits)));

/** Returns the extra bilingual keys present in the export (not among the base columns), sorted. */
function extraKeys(fc: ExportCollection): string[] {
  const base = new Set(BASE_COLUMNS.map((col) => col.name));
  const keys = new Set<string>();
  for (const f of fc.features) for (const k of Object.keys(f.properties)) if (/_(zh|en)$/.test(k) && !base.has(k)) keys.add(k);
  return [...keys].sort();
}

/**
 * Returns the columns of this export: the base columns, with any extra bilingual fields (Chinese, then English) right
 * after the field they translate, or before the sources when there is none.
 */
export function columnsFor(fc: ExportCollection): Column[] {
  const cols = [...BASE_COLUMNS];
  const bases = [...new Set(extraKeys(fc).map((k) => k.replace(/_(zh|en)$/, '')))].sort();
  const keys = new Set(extraKeys(fc));
  for (const base of bases) {
    const pair = (['zh', 'en'] as const)
      .filter((l) => keys.has(`${base}_${l}`))
      .map((l) => c(`${base}_${l}`, 'text', `${base}（${l === 'zh' ? '中文' : '英文'}）`, `${base}, ${l === 'zh' ? 'Chinese' : 'English'}`));
    const after = cols.findIndex((x) => x.name === base);
    const at = after >= 0 ? after + 1 : cols.findIndex((x) => x.name === 'source_zh');
    cols.splice(at >= 0 ? at : cols.length, 0, ...pair);
  }
  return cols;
}

function cell(p: ExportProps, geometryType: string, name: string): Cell {
  switch (name) {
    case 'provisions':
      return p.provisions.join(';');
    case 'mentions':
      return p.mentions.map((m) => `(${m.p}) ${m.text}`).join(' | ');
    case 'mentions_en':
      return p.mentions_en.map((m) => `(${m.p}) ${m.text}`).join(' | ');
    case 'provision_titles_zh':
      return p.provision_titles_zh.join(' | ');
    case 'provision_titles_en':
      return p.provision_titles_en.join(' | ');
    case 'districts':
      return p.districts.join(';');
    case 'district_names_zh':
      return p.district_names_zh.join(';');
    case 'district_names_en':
      return p.district_names_en.join(';');
    case 'anchor_lng':
      return p.anchor?.[0] ?? null;
    case 'anchor_lat':
      return p.anchor?.[1] ?? null;
    case 'length_km':
      return round(p.length_km, 3);
    case 'area_km2':
      return round(p.area_km2, 4);
    case 'geometry_type':
      return geometryType;
    case 'also_in':
      return p.also_in.join(';');
    case 'roles':
      return p.roles.length ? JSON.stringify(p.roles) : null;
  }
  const v = (p as unknown as Record<string, unknown>)[name];
  if (v == null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(';');
  return String(v);
}

/** Returns the export as a flat table: one row per feature, in the collection's order. */
export function flatTable(fc: ExportCollection): FlatTable {
  const columns = columnsFor(fc);
  const rows = fc.features.map((f) => columns.map((col) => cell(f.properties, f.geometry.type, col.name)));
  return { columns, rows };
}
