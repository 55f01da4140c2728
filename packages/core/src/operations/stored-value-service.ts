import type { CoachContext } from '../internal/context.js';

/** Values an application keeps in Coach's database, such as a server's generated secret key. */
export interface StoredValueService {
  get(options: { key: string }): Promise<string | null>;
  /**
   * The value stored under `key`, storing `create()`'s result first when there is none. Of
   * concurrent callers, all get the first writer's value, and only that writer sees `created`.
   */
  getOrCreate(options: { key: string; create: () => string }): Promise<{ value: string; created: boolean }>;
}

export function createStoredValueService(context: CoachContext): StoredValueService {
  return {
    get: ({ key }) => context.storage.settings.get({ key }),
    async getOrCreate({ key, create }) {
      const candidate = create();
      const value = await context.storage.settings.setIfAbsent({ key, value: candidate });
      return { value, created: value === candidate };
    },
  };
}
