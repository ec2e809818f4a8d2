import { DEFAULT_SETTINGS, type Story, type StoryIssue, type StoryStep } from './story-schema.ts';

/**
 * The briefing link: a whole sequence carried in the URL fragment (`#story=1&brief=<code>`), so that it needs no
 * server, works offline from the cached app and survives a redeploy (it names only layer, feature and provision ids,
 * which are stable, and quotes by offsets into the verbatim text, which never changes).
 *
 * A code is `<format>.<payload>`: format `z` is the story's compact JSON, UTF-8, compressed with raw DEFLATE
 * (the browser's own `CompressionStream('deflate-raw')`) and written in base64url; format `j` is the same JSON
 * uncompressed, for browsers without compression streams. The payload validates like a file (`validateStory`).
 */

/** Longest shared link, in characters of the whole URL: chat apps, mail clients and QR codes cut longer ones. */
export const MAX_SHARE_URL = 8000;
/** Longest `brief=` value the app accepts at all (the address bar while playing a long draft). */
export const MAX_CODE_LENGTH = 1_000_000;
/** Most bytes a code may unpack to (a guard against a small link that inflates to gigabytes). */
export const MAX_UNPACKED_BYTES = 1_000_000;

const FORMATS = new Set(['z', 'j']);
const CODE_RE = /^([a-z][a-z0-9]{0,3})\.([A-Za-z0-9_-]*)$/;

/** Returns `bytes` in base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns the bytes of a base64url string (padding optional), or null when it is not base64url. */
export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Whether this browser has the compression streams the `z` format needs. */
export const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; a rejected write or close must not become an unhandled rejection.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Returns the story in its shortest JSON form for a link: texts, lists and settings at their defaults left out,
 * numbers rounded as the URL rounds a view. `validateStory` reads it back into the full form.
 */
export function compactStory(story: Story): Record<string, unknown> {
  const out: Record<string, unknown> = { version: story.version };
  if (story.title_zh) out.title_zh = story.title_zh;
  if (story.title_en) out.title_en = story.title_en;
  const settings: Record<string, number> = {};
  if (story.settings.kiosk_advance_s !== DEFAULT_SETTINGS.kiosk_advance_s) settings.kiosk_advance_s = story.settings.kiosk_advance_s;
  if (story.settings.kiosk_idle_reset_s !== DEFAULT_SETTINGS.kiosk_idle_reset_s) settings.kiosk_idle_reset_s = story.settings.kiosk_idle_reset_s;
  if (Object.keys(settings).length) out.settings = settings;
  out.steps = story.steps.map(compactStep);
  return out;
}

const r = (n: number, digits: number) => Number(n.toFixed(digits));

function compactStep(s: StoryStep): Record<string, unknown> {
  const o: Record<string, unknown> = { id: s.id };
  for (const k of ['title_zh', 'title_en', 'caption_zh', 'caption_en', 'notes_zh', 'notes_en'] as const) if (s[k]) o[k] = s[k];
  const cam: Record<string, unknown> = { center: [r(s.camera.center[0], 5), r(s.camera.center[1], 5)], zoom: r(s.camera.zoom, 2) };
  if (s.camera.bearing) cam.bearing = r(s.camera.bearing, 1);
  if (s.camera.pitch) cam.pitch = r(s.camera.pitch, 1);
  o.camera = cam;
  if (s.layers.length) o.layers = s.layers;
  if (s.highlight.length) o.highlight = s.highlight;
  const f = s.filters;
  if (f.sectors.length || f.statuses.length || f.districts.length) {
    const filters: Record<string, string[]> = {};
    if (f.sectors.length) filters.sectors = f.sectors;
    if (f.statuses.length) filters.statuses = f.statuses;
    if (f.districts.length) filters.districts = f.districts;
    o.filters = filters;
  }
  if (s.provisions.length) o.provisions = s.provisions;
  if (s.excerpts.length) o.excerpts = s.excerpts.map((x) => (x.text_en ? { p: x.p, start: x.start, end: x.end, text_en: x.text_en } : { p: x.p, start: x.start, end: x.end }));
  if (s.essential_motion) o.essential_motion = true;
  return o;
}

/** Returns the link code of a story: compressed when the browser can, plain JSON otherwise. */
export async function encodeStoryCode(story: Story): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(compactStory(story)));
  if (!canCompress()) return `j.${toBase64Url(bytes)}`;
  return `z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
}

/** What a code holds: the parsed JSON (still to be validated), or why it cannot be read. */
export type CodeResult = { ok: true; data: unknown } | { ok: false; issue: StoryIssue };

const linkIssue = (code: StoryIssue['code'], values?: StoryIssue['values']): CodeResult => ({
  ok: false,
  issue: { field: 'link', code, ...(values ? { values } : {}) },
});

/** Unpacks a link code into parsed JSON (not yet validated). Never throws. */
export async function decodeStoryCode(code: string): Promise<CodeResult> {
  const m = CODE_RE.exec(code);
  if (!m || code.length > MAX_CODE_LENGTH) return linkIssue('linkCorrupt');
  const [, format, payload] = m;
  if (!FORMATS.has(format)) return linkIssue('linkNewer', { got: format });
  const packed = fromBase64Url(payload);
  if (!packed || packed.length === 0) return linkIssue('linkCorrupt');
  let bytes: Uint8Array;
  if (format === 'j') {
    if (packed.length > MAX_UNPACKED_BYTES) return linkIssue('linkTooBig', { max: '1 MB' });
    bytes = packed;
  } else {
    if (!canCompress()) return linkIssue('linkUnsupported');
    try {
      bytes = await pipe(packed, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
    } catch (e) {
      return e instanceof RangeError ? linkIssue('linkTooBig', { max: '1 MB' }) : linkIssue('linkCorrupt');
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return linkIssue('linkCorrupt');
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return linkIssue('linkCorrupt');
  }
}

/**
 * Returns the link that plays a story from its code: this page's address with `#story=1&brief=…`, and `lang=en` or
 * `kiosk=1` when asked.
 */
export function shareUrl(pageUrl: string, code: string, opts: { lang?: 'zh' | 'en'; kiosk?: boolean } = {}): string {
  const base = pageUrl.replace(/#.*$/, '');
  const params = [`story=1`];
  if (opts.kiosk) params.push('kiosk=1');
  if (opts.lang === 'en') params.push('lang=en');
  params.push(`brief=${code}`);
  return `${base}#${params.join('&')}`;
}
