import { AttributionControl, type Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from '../i18n/map.ts';
import { VOCABULARY } from '../i18n/vocabulary.ts';
import type { AppConfig } from '../lib/app-config.ts';
import { geoAttributionLines } from '../lib/geo-data.ts';
import { fitAttribution } from './attribution-fit.ts';

/** The attribution's lines: the precision caveat, the review number, the disclaimer, every source, the basemap's credit. */
export function attributionLines(config: AppConfig, lang: Lang, basemapCredit: string): string[] {
  const disclaimer = lang === 'zh' ? config.disclaimer_zh : config.disclaimer_en;
  return [
    VOCABULARY[lang].precision.caveat,
    ...(config.reviewNumber ? [`${MAP_STRINGS[lang].reviewNumber}${config.reviewNumber}`] : []),
    ...(disclaimer ? [disclaimer] : []),
    ...geoAttributionLines(lang),
    ...(basemapCredit ? [basemapCredit] : []),
  ];
}

/**
 * The map's attribution control, replaced as a whole when the language or the basemap changes. It starts collapsed
 * behind its ⓘ button on narrow or short maps (see `fitAttribution`).
 */
export function createAttribution(map: MaplibreMap, config: AppConfig): { show: (lang: Lang, basemapCredit: string) => void } {
  let control: AttributionControl | null = null;
  map.once('remove', fitAttribution(map));
  return {
    show(lang, basemapCredit) {
      if (control) map.removeControl(control);
      control = new AttributionControl({ compact: true, customAttribution: attributionLines(config, lang, basemapCredit) });
      map.addControl(control, 'bottom-right');
    },
  };
}
