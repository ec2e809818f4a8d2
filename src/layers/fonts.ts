/**
 * The font of every map label and exported sheet: the bundled Noto Sans SC (`@fontsource/noto-sans-sc`), drawn
 * locally by MapLibre (`localIdeographFontFamily`) and by the sheet's canvas. Stylesheets name it in CSS.
 */

/** The bundled font's family name. */
export const LABEL_FONT_NAME = 'Noto Sans SC';

/** The CSS font stack of labels and sheets: the bundled font first. */
export const LABEL_FONT_FAMILY = `'${LABEL_FONT_NAME}', sans-serif`;
