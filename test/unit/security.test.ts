import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

/**
 * Static checks of the security rules: plan text and data are never injected as HTML, code is never evaluated from
 * strings, and the Content-Security-Policy allows scripts only from the app's own origin.
 */

const ROOTS = ['src', 'geo'];
const SOURCE = /\.(ts|tsx)$/;

/** What would turn text into markup or code. */
const FORBIDDEN: { name: string; re: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', re: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML / outerHTML assignment', re: /\.(inner|outer)HTML\s*[+]?=/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'document.write', re: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/ },
  { name: 'MapLibre Popup.setHTML', re: /\.setHTML\s*\(/ },
  { name: 'eval', re: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
];

/** Returns `file:line: rule` for every forbidden construct in `text` (comments included: they rarely say these words). */
function findHtmlInjection(text: string, file = '<text>'): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const f of FORBIDDEN) if (f.re.test(line)) out.push(`${file}:${i + 1}: ${f.name}`);
  });
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (SOURCE.test(name)) out.push(p);
  }
  return out;
}

/** Returns the directives of a CSP string as a map of name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('no HTML or code injection in the sources', () => {
  it('finds each forbidden construct in a sample (the scanner works)', () => {
    const sample = [
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'el.innerHTML = provision.text;',
      "el.insertAdjacentHTML('beforeend', s);",
      'popup.setHTML(name);',
      'const f = new Function("return 1");',
      'eval(code);',
      "setTimeout('run()', 10);",
      'el.textContent = provision.text; // safe',
    ].join('\n');
    expect(findHtmlInjection(sample)).toEqual([
      '<text>:1: dangerouslySetInnerHTML',
      '<text>:2: innerHTML / outerHTML assignment',
      '<text>:3: insertAdjacentHTML',
      '<text>:4: MapLibre Popup.setHTML',
      '<text>:5: new Function',
      '<text>:6: eval',
      '<text>:7: string timer',
    ]);
  });

  it('has none in src/ and geo/, but for the map container that React leaves to MapLibre (an empty constant)', () => {
    const files = ROOTS.flatMap((r) => sourceFiles(r));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => findHtmlInjection(readFileSync(f, 'utf8'), relative('.', f)));
    // The one exception: the map's container is rendered with an empty inner HTML so that React never looks at the
    // children MapLibre puts there (the map starts before React hydrates the page). It injects nothing: the value
    // is a constant empty string, checked here.
    const mapView = readFileSync('src/map/map-view.tsx', 'utf8');
    expect(mapView).toContain("const MAPLIBRE_OWNS_THIS = { __html: '' };");
    expect(mapView.match(/dangerouslySetInnerHTML=\{[^}]*\}/g)).toEqual(['dangerouslySetInnerHTML={MAPLIBRE_OWNS_THIS}']);
    const allowed = found.filter((f) => /^src\/map\/map-view\.tsx:\d+: dangerouslySetInnerHTML$/.test(f));
    expect(allowed).toHaveLength(1);
    expect(found.filter((f) => !allowed.includes(f))).toEqual([]);
  });
});

describe('Content-Security-Policy of the build', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("allows scripts from the app's origin only: no inline script, no eval, no other host", () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('falls back to self for everything not listed and blocks plugins, base and form targets', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('connects only to the origin, data/blob URLs and the online basemap hosts (all https)', () => {
    const connect = csp.get('connect-src') ?? [];
    expect(connect.slice(0, 3)).toEqual(["'self'", 'data:', 'blob:']);
    const hosts = connect.slice(3);
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(h).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.(org|cn)$/);
  });
});
