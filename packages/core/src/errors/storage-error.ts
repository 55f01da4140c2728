import { CoachError, markerCheck } from './coach-error.js';

const check = markerCheck('StorageError');

/** The database failed in a way the caller cannot fix. */
export class StorageError extends CoachError {
  readonly [check.marker] = true;

  constructor(options: { message: string; cause?: unknown }) {
    super({ code: 'STORAGE_ERROR', message: options.message, cause: options.cause });
    this.name = 'StorageError';
  }

  static override isInstance(error: unknown): error is StorageError {
    return check.is(error);
  }
}
