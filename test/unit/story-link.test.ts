import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/story-issues.ts';
import { APP_STORY_CONTEXT, STORY } from '../../src/story/story-data.ts';
import {
  compactStory,
  decodeStoryCode,
  encodeStoryCode,
  fromBase64Url,
  MAX_SHARE_URL,
  shareUrl,
  toBase64Url,
} from '../../src/story/story-link.ts';
import { validateStory, type Story } from '../../src/story/story-schema.ts';
import { decodeHash } from '../../src/store/url-codec.ts';

/** The briefing link codec: base64url, raw DEFLATE through the platform's streams, and what a broken link says. */

const builtin = STORY as Story;
const failText = async (code: string) => {
  const r = await decodeStoryCode(code);
  if (r.ok) throw new Error('expected a failure');
  return issueText(r.issue, 'en');
};

describe('base64url', () => {
  it('round-trips every byte value without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 7) % 256);
    const s = toBase64Url(bytes);
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(s)).toEqual(bytes);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('abc=')).toBeNull();
  });
});

describe('story codes', () => {
  it('round-trips the built-in briefing through a compressed code that validates to the same story', async () => {
    const code = await encodeStoryCode(builtin);
    expect(code).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    const r = await decodeStoryCode(code);
    expect(r.ok).toBe(true);
    const v = validateStory(r.ok ? r.data : null, APP_STORY_CONTEXT);
    expect(v.story).toEqual(builtin);
  });

  it('is short enough for the built-in eight steps to travel as a link, and compresses well', async () => {
    const code = await encodeStoryCode(builtin);
    const json = JSON.stringify(compactStory(builtin));
    const url = shareUrl('https://example.org/map/#p=3', code);
    console.log(`built-in briefing: ${new TextEncoder().encode(json).length} bytes of JSON → a link of ${url.length} characters`);
    expect(url.length).toBeLessThan(MAX_SHARE_URL);
    expect(code.length).toBeLessThan(new TextEncoder().encode(json).length);
  });

  it('leaves defaults out of the compact form', () => {
    const c = compactStory({ ...builtin, steps: [{ ...builtin.steps[0], notes_en: '', essential_motion: false }] });
    const step = (c.steps as Record<string, unknown>[])[0];
    expect(step).not.toHaveProperty('notes_en');
    expect(step).not.toHaveProperty('essential_motion');
    expect(step).not.toHaveProperty('filters');
    expect(c).not.toHaveProperty('settings');
  });

  it('reads the plain format too (browsers without compression streams)', async () => {
    const json = JSON.stringify(compactStory(builtin));
    const r = await decodeStoryCode(`j.${toBase64Url(new TextEncoder().encode(json))}`);
    expect(r.ok && validateStory(r.data, APP_STORY_CONTEXT).story).toEqual(builtin);
  });

  it('builds a link that the URL codec reads back as "play this briefing from step 1"', async () => {
    const code = await encodeStoryCode(builtin);
    const url = shareUrl('https://example.org/map/?x=1#p=22&story=4', code, { lang: 'en', kiosk: true });
    expect(url.startsWith('https://example.org/map/?x=1#story=1&kiosk=1&lang=en&brief=z.')).toBe(true);
    const { state, rejected } = decodeHash(new URL(url).hash);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ story: 1, kiosk: true, lang: 'en', brief: code });
  });
});

describe('broken links say what is wrong', () => {
  it('a link cut short (a mail client that wraps lines) is damaged, not silently partial', async () => {
    const code = await encodeStoryCode(builtin);
    expect(await failText(code.slice(0, Math.floor(code.length * 0.6)))).toMatch(/^Link: the link is damaged or incomplete/);
  });

  it('garbage, a bad alphabet and an empty payload are damaged', async () => {
    for (const c of ['hello', 'z.', 'z.***', 'z.AAAA', '.abc', 'z.abc.def']) {
      expect(await failText(c), c).toMatch(/damaged or incomplete/);
    }
  });

  it('valid compression of something that is not JSON is damaged', async () => {
    const code = `z.${toBase64Url(deflateRawSync(Buffer.from('not json {')))}`;
    expect(await failText(code)).toMatch(/damaged or incomplete/);
  });

  it('a format this version does not know asks for a reload', async () => {
    expect(await failText('y2.AAAA')).toBe('Link: the link was made by a newer version of this map (format “y2”). Reload the page to update');
  });

  it('refuses a small link that inflates to more than 1 MB', async () => {
    const bomb = deflateRawSync(Buffer.alloc(3_000_000, 0x20));
    expect(toBase64Url(bomb).length).toBeLessThan(10_000);
    expect(await failText(`z.${toBase64Url(bomb)}`)).toBe('Link: the link’s data unpacks to more than 1 MB; not opened');
  });

  it('a link from a newer version of the schema is refused by the validator with the version', async () => {
    const json = JSON.stringify({ ...compactStory(builtin), version: 3 });
    const r = await decodeStoryCode(`z.${toBase64Url(deflateRawSync(Buffer.from(json)))}`);
    expect(r.ok).toBe(true);
    const v = validateStory(r.ok ? r.data : null, APP_STORY_CONTEXT);
    expect(v.issues.map((i) => i.code)).toEqual(['versionNewer']);
  });
});
