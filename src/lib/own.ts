/**
 * Safe lookups for keys that come from outside the code: the URL, a search box, an imported or fetched file. A plain
 * object inherits `constructor`, `toString`, `__proto__`… from `Object.prototype`, so `record[key]` with such a key
 * returns a function instead of `undefined`; these helpers only ever return the record's own values.
 */

/** Returns `record[key]` when `key` is an own property of `record`, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Returns whether `key` is an own property of `record` (a type guard for records keyed by a union). */
export function hasOwnKey<K extends string>(record: Readonly<Record<K, unknown>>, key: string): key is K {
  return Object.hasOwn(record, key);
}
