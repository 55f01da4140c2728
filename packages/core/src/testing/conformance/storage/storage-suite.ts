import type { Storage, StorageCapabilities } from '../../../ports/storage.js';

/**
 * What each storage conformance section reads from the running suite. `storage` is the fresh
 * (or reset) storage of the current test, so sections read it inside their hooks and tests.
 */
export interface StorageSuite {
  readonly storage: Storage;
  /** `count` storages to race: the main one and peers on their own connections, in turn. */
  racers(count: number): Promise<Storage[]>;
  /** What the suite may assume about the adapter (the options' override, else the storage's own). */
  capability<K extends keyof StorageCapabilities>(key: K): StorageCapabilities[K];
  /** Another storage on the same database with its own connection(s), or null when the fixture cannot open one. */
  openPeer(): Promise<Storage> | null;
  /** Says that this test closes the main storage, so the next test gets a new fixture. */
  recreateAfterThisTest(): void;
}

/**
 * The current test's storage, read through on every access, so a section can hold it in a
 * `const` at collection time although each test gets a fresh (or reset) one.
 */
export function currentStorage(suite: StorageSuite): Storage {
  return new Proxy({} as Storage, {
    get: (_target, key) => Reflect.get(suite.storage, key, suite.storage) as unknown,
    has: (_target, key) => Reflect.has(suite.storage, key),
  });
}
