/** Why the browser could not give a position. */
export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type GeoResult = { ok: true; point: [number, number]; accuracy: number } | { ok: false; reason: GeoFailure };

/**
 * Asks the browser for the device's position once and returns it as `[lng, lat]` with its accuracy in metres, or
 * why it failed. Never rejects. The position stays in this page: nothing is sent anywhere.
 */
export function locateOnce(geo: Geolocation | undefined, timeoutMs = 15_000): Promise<GeoResult> {
  if (!geo || typeof geo.getCurrentPosition !== 'function') return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    try {
      geo.getCurrentPosition(
        (pos) => resolve({ ok: true, point: [pos.coords.longitude, pos.coords.latitude], accuracy: pos.coords.accuracy }),
        (err) => {
          // GeolocationPositionError codes: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT.
          const reason: GeoFailure = err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable';
          resolve({ ok: false, reason });
        },
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      // Some browsers throw synchronously on insecure origins instead of calling the error callback.
      resolve({ ok: false, reason: 'unsupported' });
    }
  });
}
