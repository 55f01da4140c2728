import type { SpeechCacheRepository } from '../../../ports/storage.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

/** Synthesised audio by cache key (BLOB on SQLite, bytea on PostgreSQL). */
export function createSpeechCacheRepository({ db }: RepositoryContext): SpeechCacheRepository {
  return {
    async get({ key }) {
      const row = await db.selectFrom('coach_speech_cache').selectAll().where('key', '=', key).executeTakeFirst();
      if (!row) return null;
      // Drivers return Buffers; callers get a plain Uint8Array of their own.
      return { key: row.key, contentType: row.content_type, audio: new Uint8Array(row.audio), createdAt: row.created_at };
    },

    async put({ entry }) {
      await db
        .insertInto('coach_speech_cache')
        .values({
          key: entry.key,
          content_type: entry.contentType,
          audio: Buffer.from(entry.audio.buffer, entry.audio.byteOffset, entry.audio.byteLength),
          created_at: toTimestamp(entry.createdAt, 'entry.createdAt'),
        })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({
            content_type: eb.ref('excluded.content_type'),
            audio: eb.ref('excluded.audio'),
            created_at: eb.ref('excluded.created_at'),
          })),
        )
        .execute();
    },
  };
}
