import { describe, expect, it } from 'vitest';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at } from './storage-builders.js';

/** The storage port's contract for cached speech audio. */
export function describeSpeechCacheStorage(suite: StorageSuite): void {
  describe('speechCache', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should store and return audio bytes as a plain Uint8Array', async () => {
      const audio = Uint8Array.from({ length: 2048 }, (_, index) => (index * 31) % 256);
      await storage.speechCache.put({ entry: { key: 'voice:hello', contentType: 'audio/wav', audio, createdAt: at(1) } });
      const stored = await storage.speechCache.get({ key: 'voice:hello' });
      expect(stored?.contentType).toBe('audio/wav');
      expect(stored?.createdAt).toBe(at(1));
      expect(stored?.audio.constructor).toBe(Uint8Array);
      expect(Array.from(stored?.audio ?? [])).toEqual(Array.from(audio));
      expect(await storage.speechCache.get({ key: 'voice:missing' })).toBeNull();
    });

    it('should not fail on concurrent puts of the same key', async () => {
      const all = await racers(6);
      await Promise.all(
        all.map((each, index) =>
          each.speechCache.put({ entry: { key: 'same', contentType: 'audio/mpeg', audio: Uint8Array.from([index, 1, 2]), createdAt: at(index) } }),
        ),
      );
      const stored = await storage.speechCache.get({ key: 'same' });
      expect(stored?.audio.length).toBe(3);
    });
  });
}
