import { CoachError, markerCheck } from './coach-error.js';
import type { CoachErrorCode } from './codes.js';

const check = markerCheck('PermissionError');

/** Missing or invalid credentials, a forbidden action, or a client over its rate limit. */
export class PermissionError extends CoachError {
  readonly [check.marker] = true;
  /** Seconds after which a rate-limited caller may try again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: { code?: CoachErrorCode; message: string; retryAfterSeconds?: number }) {
    super({ code: options.code ?? 'FORBIDDEN', message: options.message });
    this.name = 'PermissionError';
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static override isInstance(error: unknown): error is PermissionError {
    return check.is(error);
  }
}
