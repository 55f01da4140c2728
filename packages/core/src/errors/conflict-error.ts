import { CoachError, markerCheck } from './coach-error.js';
import type { CoachErrorCode } from './codes.js';

const check = markerCheck('ConflictError');

/** The request contradicts the current state (a second answer, a stale version, a finished interview). */
export class ConflictError extends CoachError {
  readonly [check.marker] = true;

  constructor(options: { code?: CoachErrorCode; message: string; cause?: unknown }) {
    super({ code: options.code ?? 'CONFLICT', message: options.message, cause: options.cause });
    this.name = 'ConflictError';
  }

  static override isInstance(error: unknown): error is ConflictError {
    return check.is(error);
  }
}
