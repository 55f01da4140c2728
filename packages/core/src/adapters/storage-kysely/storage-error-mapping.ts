import { CoachError } from '../../errors/coach-error.js';
import { ConflictError } from '../../errors/conflict-error.js';
import { StorageError } from '../../errors/storage-error.js';

/** Whether a driver error is a unique or primary-key violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Turns a driver error into the Coach error the port promises; Coach errors pass through. */
export function toStorageError(error: unknown, operation: string): CoachError {
  if (CoachError.isInstance(error)) return error;
  if (isUniqueViolation(error)) {
    return new ConflictError({ message: `${operation}: a record with that key already exists.`, cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError({ message: `${operation} failed: ${detail}`, cause: error });
}

/**
 * Wraps every method of a repository so driver errors surface as `ConflictError` or
 * `StorageError`, never as the driver's own types.
 */
export function guardRepository<T extends object>(name: string, repository: T): T {
  const guarded = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(repository)) {
    if (typeof value !== 'function') {
      guarded[key] = value;
      continue;
    }
    const operation = `${name}.${key}`;
    guarded[key] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw toStorageError(error, operation);
      }
    };
  }
  return guarded as T;
}
