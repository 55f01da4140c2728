import { StorageError } from '../../../errors/storage-error.js';
import type { SettingsRepository } from '../../../ports/storage.js';
import type { RepositoryContext } from '../repository-context.js';

/** Key-value settings written once (e.g. generated secrets), first writer wins. */
export function createSettingsRepository({ db }: RepositoryContext): SettingsRepository {
  const get = async (key: string) => {
    const row = await db.selectFrom('coach_settings').select('value').where('key', '=', key).executeTakeFirst();
    return row ? row.value : null;
  };
  return {
    get: ({ key }) => get(key),

    async setIfAbsent({ key, value }) {
      await db
        .insertInto('coach_settings')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
      // Whoever inserted first, the row now holds the value every caller must return.
      const stored = await get(key);
      if (stored === null) throw new StorageError({ message: `The setting ${key} vanished right after it was written.` });
      return stored;
    },
  };
}
