import { describe, expect, it } from 'vitest';
import { currentStorage, type StorageSuite } from './storage-suite.js';

/** The storage port's contract for stored settings. */
export function describeSettingsStorage(suite: StorageSuite): void {
  describe('settings', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should store a value only if absent', async () => {
      expect(await storage.settings.get({ key: 'secret' })).toBeNull();
      expect(await storage.settings.setIfAbsent({ key: 'secret', value: 'first' })).toBe('first');
      expect(await storage.settings.setIfAbsent({ key: 'secret', value: 'second' })).toBe('first');
      expect(await storage.settings.get({ key: 'secret' })).toBe('first');
    });

    it('should give every concurrent caller the first writer’s value', async () => {
      const all = await racers(10);
      const values = await Promise.all(all.map((each, index) => each.settings.setIfAbsent({ key: 'race', value: `value-${index}` })));
      expect(new Set(values).size).toBe(1);
      expect(await storage.settings.get({ key: 'race' })).toBe(values[0]);
    });
  });
}
