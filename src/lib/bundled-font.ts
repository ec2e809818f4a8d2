// The bundled Noto Sans SC faces (regular and bold, woff2 subsets by unicode range). Imported on demand only (see
// fonts.ts): Vite emits these rules as a stylesheet of their own, loaded with this chunk.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
