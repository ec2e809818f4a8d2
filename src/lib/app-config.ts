/**
 * The deployment configuration (`config.json` next to the app): a Tianditu key, the map review number (审图号) and a
 * disclaimer. Missing or invalid configuration never fails the app: every field falls back to its default.
 */

export interface AppConfig {
  /** Tianditu browser key; empty = Tianditu is not offered. */
  tiandituKey: string;
  /** 审图号, shown in the attribution when set. */
  reviewNumber: string;
  disclaimer_zh: string;
  disclaimer_en: string;
}

export const DEFAULT_CONFIG: AppConfig = { tiandituKey: '', reviewNumber: '', disclaimer_zh: '', disclaimer_en: '' };

const MAX_LEN = 500;

/** Returns a valid config from any parsed JSON value: known string fields kept (trimmed, capped), the rest defaulted. */
export function parseConfig(raw: unknown): AppConfig {
  const out: AppConfig = { ...DEFAULT_CONFIG };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(DEFAULT_CONFIG) as (keyof AppConfig)[]) {
    const v = o[k];
    if (typeof v === 'string') out[k] = v.trim().slice(0, MAX_LEN);
  }
  // A key is a token: anything else (spaces, slashes) would break the tile URLs.
  if (!/^[A-Za-z0-9]{0,64}$/.test(out.tiandituKey)) out.tiandituKey = '';
  return out;
}

let cached: Promise<AppConfig> | null = null;

/** Returns the deployment config, fetched once from `config.json` relative to the page; defaults on any failure. */
export function loadAppConfig(baseUrl: string = document.baseURI): Promise<AppConfig> {
  cached ??= fetch(new URL('config.json', baseUrl).href, { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : null))
    .then(parseConfig, () => ({ ...DEFAULT_CONFIG }));
  return cached;
}
