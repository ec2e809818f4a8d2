import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { META_BASEMAP } from './to-maplibre.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * The basemaps a user can choose. Pure data. The embedded one is the default and works offline; the online ones are
 * explicit options only (Tianditu only when the deploying site configured a key).
 */

export interface BasemapDef {
  id: string;
  title_zh: string;
  title_en: string;
  /** `embedded`: the app's own style; `raster`: XYZ tiles; `style`: a remote MapLibre style URL. */
  kind: 'embedded' | 'raster' | 'style';
  online: boolean;
  attribution: string;
}

export const EMBEDDED_BASEMAP: BasemapDef = {
  id: 'embedded',
  title_zh: '内置规划底图',
  title_en: 'Built-in planning basemap',
  kind: 'embedded',
  online: false,
  attribution: '',
};

const TIANDITU: BasemapDef = {
  id: 'tianditu',
  title_zh: '天地图（在线）',
  title_en: 'Tianditu (online)',
  kind: 'raster',
  online: true,
  attribution: '© 天地图 Tianditu',
};

const OPENFREEMAP: BasemapDef = {
  id: 'openfreemap',
  title_zh: 'OpenFreeMap（在线）',
  title_en: 'OpenFreeMap (online)',
  kind: 'style',
  online: true,
  attribution: '© OpenFreeMap · © OpenMapTiles · © OpenStreetMap contributors',
};

const OSM: BasemapDef = {
  id: 'osm',
  title_zh: 'OpenStreetMap（在线）',
  title_en: 'OpenStreetMap (online)',
  kind: 'raster',
  online: true,
  attribution: '© OpenStreetMap contributors',
};

/** Every basemap id the app knows (for the URL codec). */
export const BASEMAP_IDS = [EMBEDDED_BASEMAP.id, TIANDITU.id, OPENFREEMAP.id, OSM.id];

export const OPENFREEMAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

/** Returns the basemaps on offer: Tianditu only when `tiandituKey` is set. */
export function availableBasemaps(cfg: { tiandituKey?: string }): BasemapDef[] {
  return [EMBEDDED_BASEMAP, ...(cfg.tiandituKey ? [TIANDITU] : []), OPENFREEMAP, OSM];
}

/** Returns the Tianditu tile URLs (servers t0–t7) of one WMTS layer (`vec`, `cva` or `eva`) in web mercator. */
export function tiandituTiles(layer: 'vec' | 'cva' | 'eva', key: string): string[] {
  return Array.from(
    { length: 8 },
    (_, i) =>
      `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

/** Source ids used by the online basemaps (errors on them mean the basemap failed). */
export const ONLINE_SOURCE_PREFIX = 'basemap-';

/**
 * Returns a raster basemap style (no overlays), or null for non-raster basemaps. Tianditu uses its vector map plus
 * the annotation layer of the current language (`cva` Chinese, `eva` English).
 */
export function rasterStyle(def: BasemapDef, opts: { tiandituKey?: string; lang: Lang }): StyleSpecification | null {
  const meta = { [META_BASEMAP]: true };
  const base: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'bm-background', type: 'background', metadata: meta, paint: { 'background-color': '#eeeeee' } }],
  };
  if (def.id === 'osm') {
    base.sources[`${ONLINE_SOURCE_PREFIX}osm`] = {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: def.attribution,
    };
    base.layers.push({ id: 'bm-osm', type: 'raster', source: `${ONLINE_SOURCE_PREFIX}osm`, metadata: meta });
    return base;
  }
  if (def.id === 'tianditu' && opts.tiandituKey) {
    const key = opts.tiandituKey;
    base.sources[`${ONLINE_SOURCE_PREFIX}tdt-vec`] = {
      type: 'raster',
      tiles: tiandituTiles('vec', key),
      tileSize: 256,
      maxzoom: 18,
      attribution: def.attribution,
    };
    base.sources[`${ONLINE_SOURCE_PREFIX}tdt-label`] = {
      type: 'raster',
      tiles: tiandituTiles(opts.lang === 'en' ? 'eva' : 'cva', key),
      tileSize: 256,
      maxzoom: 18,
    };
    base.layers.push(
      { id: 'bm-tdt-vec', type: 'raster', source: `${ONLINE_SOURCE_PREFIX}tdt-vec`, metadata: meta },
      { id: 'bm-tdt-label', type: 'raster', source: `${ONLINE_SOURCE_PREFIX}tdt-label`, metadata: meta },
    );
    return base;
  }
  return null;
}

/**
 * Returns a remote style made ready to carry the overlays: every layer tagged as basemap, every source renamed with
 * the online prefix (so errors can be traced to the basemap), and `glyphs` removed so that all labels, its own
 * included, are drawn locally from the bundled font.
 */
export function adoptRemoteStyle(style: StyleSpecification): StyleSpecification {
  const rename = (id: string) => `${ONLINE_SOURCE_PREFIX}${id}`;
  const sources: StyleSpecification['sources'] = {};
  for (const [id, s] of Object.entries(style.sources)) sources[rename(id)] = s;
  const layers = style.layers.map((l) => {
    const tagged = { ...l, metadata: { ...((l.metadata as object | undefined) ?? {}), [META_BASEMAP]: true } };
    return 'source' in l && typeof l.source === 'string' ? { ...tagged, source: rename(l.source) } : tagged;
  }) as StyleSpecification['layers'];
  const { glyphs: _glyphs, ...rest } = style;
  return { ...rest, sources, layers };
}
