import type { Geometry, Position } from 'geojson';
import { LAYERS, layerById } from '../../layers/registry.ts';
import type { ExportCollection } from './collection.ts';
import { flatTable, type Cell, type ColumnType } from './table.ts';

/**
 * The KML 2.2 export (OGC 07-147r2) for Google Earth and GIS desktop programs: one Folder per layer, one Placemark per
 * feature named in both languages, every field of the shared table as typed `SchemaData` (GDAL, QGIS and ArcGIS read
 * these as attributes), a readable description, the layer's colour as a shared Style, and the attribution, licences,
 * precision caveat and link back in the Document's description and ExtendedData. Coordinates are WGS84 `lng,lat`.
 * Pure.
 */

export const KML_SCHEMA_ID = 'hohhot_plan';

/** Returns `s` with the five XML special characters escaped (text and attribute values). */
export function xmlEscape(s: string): string {
  return s.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);
}

/** Strips characters XML 1.0 forbids (C0 controls other than tab, LF, CR) so that a stray one cannot break the file. */
const xmlText = (s: string) => xmlEscape(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));

/** A valid XML id (NCName) or null. */
const ncName = (s: string) => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) ? s : null);

/** Returns a CSS `#rrggbb` colour as KML's `aabbggrr` with the given opacity (0–1). */
export function kmlColor(hex: string, opacity = 1): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = m ? [m[1], m[2], m[3]] : ['80', '80', '80'];
  const a = Math.round(Math.min(1, Math.max(0, opacity)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${a}${b}${g}${r}`.toLowerCase();
}

const KML_TYPES: Record<ColumnType, string> = { text: 'string', integer: 'int', real: 'double' };

const coords = (ps: readonly Position[]) => ps.map((p) => `${p[0]},${p[1]}`).join(' ');
const ring = (ps: readonly Position[]) => `<LinearRing><coordinates>${coords(ps)}</coordinates></LinearRing>`;
const polygonKml = (rs: readonly Position[][]) =>
  `<Polygon><tessellate>1</tessellate><outerBoundaryIs>${ring(rs[0])}</outerBoundaryIs>${rs
    .slice(1)
    .map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`)
    .join('')}</Polygon>`;
const lineKml = (ps: readonly Position[]) => `<LineString><tessellate>1</tessellate><coordinates>${coords(ps)}</coordinates></LineString>`;
const pointKml = (p: Position) => `<Point><coordinates>${p[0]},${p[1]}</coordinates></Point>`;

/** Returns the KML geometry element of a GeoJSON geometry (multi-part geometries become MultiGeometry). */
export function kmlGeometry(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return pointKml(g.coordinates);
    case 'LineString':
      return lineKml(g.coordinates);
    case 'Polygon':
      return polygonKml(g.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map(pointKml).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map(lineKml).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(polygonKml).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${g.geometries.map(kmlGeometry).join('')}</MultiGeometry>`;
  }
}

const styleId = (layer: string) => `layer-${layer}`;

function styleKml(layer: string): string {
  const color = layerById(layer)?.color ?? '#808080';
  return (
    `<Style id="${xmlEscape(styleId(layer))}">` +
    `<IconStyle><color>${kmlColor(color)}</color><scale>0.8</scale></IconStyle>` +
    `<LabelStyle><scale>0.8</scale></LabelStyle>` +
    `<LineStyle><color>${kmlColor(color, 0.9)}</color><width>2.5</width></LineStyle>` +
    `<PolyStyle><color>${kmlColor(color, 0.3)}</color></PolyStyle>` +
    `</Style>`
  );
}

const cellText = (v: Cell) => (v == null ? '' : String(v));

/** Returns a short readable description of a feature (HTML, escaped into the element). */
function placemarkDescription(get: (name: string) => Cell): string {
  const lines: [string, Cell][] = [
    ['图层 Layer', `${cellText(get('layer_zh'))} / ${cellText(get('layer_en'))}`],
    ['精度 Precision', `${cellText(get('precision_zh'))} / ${cellText(get('precision_en'))}`],
    ['解读 Interpretation', `${cellText(get('interpretation_zh'))} / ${cellText(get('interpretation_en'))}`],
    ['进展 Status', [get('status'), `${cellText(get('status_zh'))} / ${cellText(get('status_en'))}`].filter(Boolean).join(' · ')],
    ['原文 Plan', get('mentions')],
    ['说明 Note', [get('note_zh'), get('note_en')].filter(Boolean).join(' / ') || null],
    ['解读理由 Why', [get('interpretation_note_zh'), get('interpretation_note_en')].filter(Boolean).join(' / ') || null],
    ['来源 Source', [get('source_zh'), get('source_en')].filter(Boolean).join(' / ') || null],
    ['链接 Link', get('link')],
  ];
  return lines
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `<b>${xmlEscape(k)}</b>: ${xmlEscape(cellText(v))}`)
    .join('<br/>');
}

/** Returns the collection as a KML document (UTF-8 text). */
export function buildKml(fc: ExportCollection): string {
  const table = flatTable(fc);
  const col = new Map(table.columns.map((c, i) => [c.name, i]));
  const m = fc.metadata;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:atom="http://www.w3.org/2005/Atom">');
  out.push('<Document id="hohhot-15th-fyp">');
  out.push(`<name>${xmlText(m.title)}</name>`);
  out.push('<open>1</open>');
  out.push(`<atom:author><atom:name>${xmlText(m.attribution[0]?.text ?? m.title)}</atom:name></atom:author>`);
  if (m.url) out.push(`<atom:link href="${xmlText(m.url)}"/>`);
  out.push(`<Snippet maxLines="2">${xmlText(`${m.plan_title} · ${m.count} · ${m.generated_at}`)}</Snippet>`);
  const docLines = [
    m.plan_title,
    `生成 Generated: ${m.generated_at}`,
    ...(m.url ? [`本视图 This view: ${m.url}`] : []),
    m.precision_note_zh,
    m.precision_note,
    ...(m.translation_note ? [m.translation_note] : []),
    '来源与许可 Sources and licences:',
    ...m.attribution.map((a) => `${a.text} (${a.licence})${a.url ? ` ${a.url}` : ''}`),
  ];
  out.push(`<description>${docLines.map(xmlText).join('&lt;br/&gt;')}</description>`);
  const layersUsed = [...new Set(fc.features.map((f) => f.properties.layer))];
  for (const l of layersUsed) out.push(styleKml(l));
  out.push('<ExtendedData>');
  const data = (name: string, value: string) => out.push(`<Data name="${xmlEscape(name)}"><value>${xmlText(value)}</value></Data>`);
  data('plan_title', m.plan_title);
  data('generated_at', m.generated_at);
  if (m.url) data('url', m.url);
  data('coordinates', m.coordinates);
  data('precision_note_zh', m.precision_note_zh);
  data('precision_note', m.precision_note);
  if (m.translation_note) data('translation_note', m.translation_note);
  data('attribution', m.attribution.map((a) => `${a.text} (${a.licence})${a.url ? ` ${a.url}` : ''}`).join(' | '));
  out.push('</ExtendedData>');
  out.push(`<Schema name="${KML_SCHEMA_ID}" id="${KML_SCHEMA_ID}">`);
  for (const c of table.columns) {
    out.push(`<SimpleField type="${KML_TYPES[c.type]}" name="${xmlEscape(c.name)}"><displayName>${xmlText(`${c.zh} / ${c.en}`)}</displayName></SimpleField>`);
  }
  out.push('</Schema>');
  // Folders follow the registry's drawing order, as the app's layer list does.
  const order = [...LAYERS.map((l) => l.id).filter((id) => layersUsed.includes(id)), ...layersUsed.filter((id) => !layerById(id))];
  for (const layer of order) {
    const def = layerById(layer);
    out.push(`<Folder id="${xmlEscape(ncName(styleId(layer)) ?? 'layer')}">`);
    out.push(`<name>${xmlText(def ? `${def.title_zh} / ${def.title_en}` : layer)}</name>`);
    fc.features.forEach((f, i) => {
      if (f.properties.layer !== layer) return;
      const row = table.rows[i];
      const get = (name: string) => {
        const k = col.get(name);
        return k == null ? null : row[k];
      };
      const id = ncName(f.properties.id);
      out.push(id ? `<Placemark id="${id}">` : '<Placemark>');
      const name = f.properties.name_zh === f.properties.name_en ? f.properties.name_zh : `${f.properties.name_zh} ${f.properties.name_en}`;
      out.push(`<name>${xmlText(name)}</name>`);
      out.push(`<description>${xmlEscape(placemarkDescription(get))}</description>`);
      out.push(`<styleUrl>#${xmlEscape(styleId(layer))}</styleUrl>`);
      out.push(`<ExtendedData><SchemaData schemaUrl="#${KML_SCHEMA_ID}">`);
      table.columns.forEach((c, k) => {
        const v = row[k];
        if (v != null && v !== '') out.push(`<SimpleData name="${xmlEscape(c.name)}">${xmlText(String(v))}</SimpleData>`);
      });
      out.push('</SchemaData></ExtendedData>');
      out.push(kmlGeometry(f.geometry));
      out.push('</Placemark>');
    });
    out.push('</Folder>');
  }
  out.push('</Document>');
  out.push('</kml>');
  return `${out.join('\n')}\n`;
}
