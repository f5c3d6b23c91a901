/**
 * localStorage access that tells the truth. Browsers block storage (privacy
 * settings, some embedded views: `SecurityError`), fill it up
 * (`QuotaExceededError`), or drop writes silently; every write here is read
 * back, and every failure is reported to the caller instead of swallowed, so
 * a widget can say "not saved on this device" rather than "saved".
 */

export type StorageFailure = 'blocked' | 'full' | 'unavailable';

export type StorageResult = { ok: true } | { ok: false; reason: StorageFailure };

function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // reading the property itself throws where storage is blocked
  }
}

function failure(error: unknown): StorageFailure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'SecurityError') return 'blocked';
  return 'unavailable';
}

/** Reads a text; `undefined` when absent or when storage cannot be read. */
export function readText(key: string): string | undefined {
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and parses JSON. A value that does not parse, or that `accept`
 * rejects, is reported with a console warning and treated as absent: corrupt
 * storage never blocks a widget.
 */
export function readJson<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
  const text = readText(key);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (accept(value)) return value;
  } catch {
    /* reported below */
  }
  console.warn(`[ontrack] ignored unreadable data in this browser's storage ("${key}")`);
  return undefined;
}

/** Writes a text and reads it back. */
export function writeText(key: string, text: string): StorageResult {
  const s = store();
  if (!s) return { ok: false, reason: 'blocked' };
  try {
    s.setItem(key, text);
    return s.getItem(key) === text ? { ok: true } : { ok: false, reason: 'unavailable' };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/** Writes a value as JSON and reads it back. */
export function writeJson(key: string, value: unknown): StorageResult {
  return writeText(key, JSON.stringify(value));
}

/** Removes a key; reports whether it is gone. */
export function remove(key: string): StorageResult {
  const s = store();
  if (!s) return { ok: false, reason: 'blocked' };
  try {
    s.removeItem(key);
    return s.getItem(key) === null ? { ok: true } : { ok: false, reason: 'unavailable' };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/** Keys that start with a prefix (for outboxes kept one entry per key). */
export function keysWithPrefix(prefix: string): string[] {
  const s = store();
  if (!s) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
