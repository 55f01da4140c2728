import { StorageError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';

/** What `coach.health()` reports when everything answers. */
export interface HealthResult {
  /** The storage adapter, e.g. `kysely-sqlite`. */
  storage: string;
}

/** Checks that the database answers; throws a `StorageError` when it does not. */
export async function checkHealth(context: CoachContext): Promise<HealthResult> {
  try {
    await context.storage.healthCheck();
  } catch (error) {
    throw StorageError.isInstance(error) ? error : new StorageError({ message: 'The database does not answer.', cause: error });
  }
  return { storage: context.storage.adapterId };
}
