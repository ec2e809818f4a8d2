import { renderToString } from 'react-dom/server';
import type { Catalog } from '../../geo/schema.ts';
import { primeCatalog } from '../lib/geo-data.ts';
import { App } from './app.tsx';

/**
 * Renders the app's first screen to HTML at build time (see `prerenderFirstView` in vite.config.ts): the default view
 * in Chinese with the catalog loaded, as the browser's first render will be when it hydrates the page. A phone on a
 * slow link then shows the plan's title, tabs and overview with HTML and CSS alone, before any JavaScript arrives.
 */
export function prerender(catalog: Catalog): string {
  primeCatalog(catalog);
  return renderToString(<App />);
}
