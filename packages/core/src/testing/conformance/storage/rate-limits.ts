import { describe, expect, it } from 'vitest';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at } from './storage-builders.js';

/** The storage port's contract for rate-limit windows. */
export function describeRateLimitStorage(suite: StorageSuite): void {
  describe('rateLimits', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should count hits per fixed window and key', async () => {
      const windowMs = 60_000;
      const first = await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:00:05.000Z' });
      expect(first).toEqual({ count: 1, resetAt: '2024-05-01T10:01:00.000Z' });
      expect((await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:00:59.999Z' })).count).toBe(2);
      expect((await storage.rateLimits.hit({ key: 'ip:2', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(1);
      expect(await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:01:00.000Z' })).toEqual({
        count: 1,
        resetAt: '2024-05-01T10:02:00.000Z',
      });
    });

    it('should report the count of a window without counting', async () => {
      const windowMs = 60_000;
      expect(await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:05.000Z' })).toEqual({
        count: 0,
        resetAt: '2024-05-01T10:01:00.000Z',
      });
      await storage.rateLimits.hit({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:05.000Z' });
      await storage.rateLimits.hit({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:06.000Z' });
      expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(2);
      expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(2);
      expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:01:00.000Z' })).count).toBe(0);
    });

    it('should count every concurrent hit exactly once', async () => {
      const all = await racers(20);
      const results = await Promise.all(all.map((each) => each.rateLimits.hit({ key: 'busy', windowMs: 60_000, now: '2024-05-01T10:00:00.000Z' })));
      expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    });

    it('should prune windows that ended', async () => {
      await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(0) });
      await storage.rateLimits.hit({ key: 'b', windowMs: 1000, now: at(0) });
      await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(5) });
      expect(await storage.rateLimits.prune({ before: at(3) })).toBe(2);
      expect((await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(5) })).count).toBe(2);
      expect((await storage.rateLimits.hit({ key: 'b', windowMs: 1000, now: at(0) })).count).toBe(1);
    });
  });
}
