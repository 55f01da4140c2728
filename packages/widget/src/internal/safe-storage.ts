/**
 * Web Storage that never throws: storage can be disabled (privacy settings, sandboxed
 * iframes, full quota), and losing a draft must not break the interview.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function createSafeStorage(pick: () => Storage | undefined): SafeStorage {
  const storage = (): Storage | undefined => {
    try {
      return pick();
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        // Best effort: the value only survives a reload when storage works.
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // Same as set: nothing to do when storage is unavailable.
      }
    },
  };
}

/** Per-tab storage for the session id and drafts. */
export const tabStorage = createSafeStorage(() => globalThis.sessionStorage);
/** Storage that outlives the tab, for preferences such as muting. */
export const preferenceStorage = createSafeStorage(() => globalThis.localStorage);
