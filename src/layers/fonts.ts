/**
 * The app's font families, in one place for the page (CSS), the live and print maps (MapLibre draws every label
 * locally with TinySDF: the style has no glyph server) and the PNG sheet. Pure constants.
 *
 * The platforms' own CJK fonts come first, so that a device that has one never downloads a font. The bundled
 * Noto Sans SC (OFL, from `@fontsource/noto-sans-sc`) is defined only when the device can draw no Chinese at all
 * (a kiosk or a headless browser without CJK fonts; see `src/lib/fonts.ts`), and for the PNG sheet, whose typography
 * must not depend on the device.
 */

/** The CJK fonts that ship with macOS/iOS, Windows and most Linux desktops, most common first. */
export const PLATFORM_CJK_FONTS = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] as const;

/** The family name of the bundled font. */
export const BUNDLED_FONT = 'Noto Sans SC';

const quote = (f: string) => `'${f}'`;

/** The CSS font stack of all text, as a `font-family` value (same as `--font` in `src/app/global.css`). */
export const FONT_STACK = [...PLATFORM_CJK_FONTS, BUNDLED_FONT].map(quote).concat('system-ui', 'sans-serif').join(', ');

/** The stack the PNG sheet draws with: the bundled font first, loaded on demand before drawing, for stable typography. */
export const PRINT_FONT_STACK = [BUNDLED_FONT, ...PLATFORM_CJK_FONTS].map(quote).concat('sans-serif').join(', ');

/**
 * A MapLibre `text-font` value for labels of the given weight. MapLibre turns the list into a CSS font stack for
 * TinySDF and reads the weight from the first name only (`Regular`, `Bold`), so the first entry names the weight and
 * the rest is the same fallback order as the page.
 */
export function mapTextFont(weight: 'Regular' | 'Bold'): string[] {
  return [`${BUNDLED_FONT} ${weight}`, ...PLATFORM_CJK_FONTS, BUNDLED_FONT];
}
