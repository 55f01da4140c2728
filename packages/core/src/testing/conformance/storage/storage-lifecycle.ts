import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../errors/storage-error.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { rejectionOf } from './storage-builders.js';

/** The storage port's contract for opening, migrating, health and closing. */
export function describeStorageLifecycle(suite: StorageSuite): void {
  describe('storage', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should identify itself', () => {
      expect(storage.specificationVersion).toBe('v1');
      expect(typeof storage.adapterId).toBe('string');
      expect(['sqlite', 'postgres']).toContain(storage.capabilities.dialect);
      expect(typeof storage.capabilities.concurrentProcesses).toBe('boolean');
    });

    it('should answer a health check', async () => {
      await expect(storage.healthCheck()).resolves.toBeUndefined();
    });

    it('should keep data when migrate runs again, also concurrently', async () => {
      await storage.settings.setIfAbsent({ key: 'kept', value: 'yes' });
      const all = await racers(3);
      await Promise.all(all.map((each) => each.migrate()));
      await storage.migrate();
      expect(await storage.settings.get({ key: 'kept' })).toBe('yes');
    });

    it('should throw StorageError once closed', async () => {
      let closed = storage;
      const peer = suite.openPeer();
      if (peer) {
        closed = await peer;
        await closed.healthCheck();
      } else {
        suite.recreateAfterThisTest();
      }
      await closed.close();
      const error = await rejectionOf(closed.healthCheck());
      expect(StorageError.isInstance(error)).toBe(true);
      const readError = await rejectionOf(closed.settings.get({ key: 'x' }));
      expect(StorageError.isInstance(readError)).toBe(true);
      await expect(closed.close()).resolves.toBeUndefined();
    });
  });
}
